// The lean reader: a worksheet part's XML → SheetGrid in one pass over the text, keeping only
// cells that hold a value (the cost follows the cells that exist, not the used range). Values as
// Excel holds them: shared and inline strings, numbers, booleans, errors, formulas as their cached
// result; number formats from the styles part; hidden rows; merged areas. Cells and rows without an
// `r` attribute take the next position, as Excel does.

import {
  excelSerialFromIso,
  gridFromCells,
  type GridCell,
  type PlacedGridCell,
  type RangeRef,
  type SheetGrid,
  type TableRef,
} from "../../sheet";
import { decodeXml, decodeXstring } from "./xml";

export type SheetContext = {
  name: string;
  visible: boolean;
  sharedStrings: readonly string[];
  /** Number format per cellXfs index. */
  formats: readonly string[];
  /** The workbook counts days from 1904 (old Mac files): date serials are moved to 1900's. */
  date1904: boolean;
  tables: readonly TableRef[];
  /** Called for every cell with a style index (also cells without a value): the preview's looks. */
  onStyle?: (row: number, column: number, style: number) => void;
};

/** Days between Excel's 1900 and 1904 day zero. */
const DAYS_1904 = 1462;

/** A date format: day, month-name or year tokens outside quotes and brackets (not h:mm alone). */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .toLowerCase();
  if (bare === "general" || bare === "@" || bare === "") return false;
  return /[dy]/.test(bare) || /m{3,}/.test(bare);
}

function columnOf(ref: string): { row: number; column: number } | null {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else if (code !== 36) break; // "$"
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) {
      if (code === 36) continue;
      return null;
    }
    row = row * 10 + code - 48;
  }
  return { row, column };
}

/** A cell or range reference ("B2", "A1:C3") as a range. */
export function refRange(ref: string): RangeRef | null {
  const [a = "", b = a] = ref.split(":");
  const start = columnOf(a);
  const end = columnOf(b);
  if (!start || !end || start.column < 1 || end.column < 1 || start.row < 1 || end.row < 1) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** Value of attribute `name` in a start tag ("<c r=\"A1\" s=\"3\">"), raw (not decoded); null if absent. */
function rawAttr(tag: string, name: string): string | null {
  let at = 0;
  for (;;) {
    at = tag.indexOf(name, at);
    if (at < 0) return null;
    const before = tag.charCodeAt(at - 1);
    const eq = at + name.length;
    // a whole attribute name: preceded by whitespace, followed by '='
    if ((before === 32 || before === 9 || before === 10 || before === 13) && tag.charCodeAt(eq) === 61) {
      const quote = tag.charCodeAt(eq + 1);
      const close = tag.indexOf(String.fromCharCode(quote), eq + 2);
      return close < 0 ? null : tag.slice(eq + 2, close);
    }
    at = eq;
  }
}

/** Local name of the tag at `at` (after "<" or "</"), skipping a namespace prefix. */
function nameAt(xml: string, at: number): string {
  let end = at;
  let start = at;
  while (end < xml.length) {
    const c = xml.charCodeAt(end);
    if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13) break;
    if (c === 58) start = end + 1;
    end++;
  }
  return xml.slice(start, end);
}

/** Offset of the end tag "</name>" (any prefix) from `from`; the text's length when there is none. */
function endTagAt(xml: string, from: number, name: string): number {
  for (let at = xml.indexOf("</", from); at >= 0; at = xml.indexOf("</", at + 2)) {
    if (nameAt(xml, at + 2) === name) return at;
  }
  return xml.length;
}

/** Text of the <t> elements in xml[from, to), phonetic runs (<rPh>) left out. */
export function runText(xml: string, from: number, to: number): string {
  let text = "";
  let at = xml.indexOf("<", from);
  while (at >= 0 && at < to) {
    const close = xml.indexOf(">", at);
    if (close < 0) break;
    const isEnd = xml.charCodeAt(at + 1) === 47;
    const name = nameAt(xml, isEnd ? at + 2 : at + 1);
    if (!isEnd && name === "rPh" && xml.charCodeAt(close - 1) !== 47) {
      at = xml.indexOf("<", endTagAt(xml, close, "rPh") + 2);
      continue;
    }
    if (!isEnd && name === "t" && xml.charCodeAt(close - 1) !== 47) {
      const end = xml.indexOf("<", close + 1);
      text += xml.slice(close + 1, end < 0 ? to : end);
      at = end;
      continue;
    }
    at = xml.indexOf("<", close + 1);
  }
  return decodeXstring(decodeXml(text));
}

export function readSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  let at = 0;
  for (;;) {
    const open = xml.indexOf("<", at);
    if (open < 0) break;
    const isEnd = xml.charCodeAt(open + 1) === 47;
    const name = isEnd ? "" : nameAt(xml, open + 1);
    if (name !== "si") {
      at = open + 1;
      continue;
    }
    const tagEnd = xml.indexOf(">", open);
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      strings.push("");
      at = tagEnd + 1;
      continue;
    }
    const stop = endTagAt(xml, tagEnd, "si");
    strings.push(runText(xml, tagEnd + 1, stop));
    at = stop + 2;
  }
  return strings;
}

function parseNumber(text: string): number | null {
  // Number("") is 0 and Number(" 1 ") is 1: only a non-blank text is a number.
  const n = Number(text);
  return Number.isFinite(n) && text.trim() !== "" ? n : null;
}

type CellAttributes = { row: number; column: number; style: number; type: string };

const scratch: CellAttributes = { row: 0, column: 0, style: 0, type: "n" };

const TYPES = ["n", "s", "str", "inlineStr", "b", "e", "d"];

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/** r, s and t of a <c> start tag in xml[from, to), without allocating (the result is reused). */
function cellAttributes(xml: string, from: number, to: number): CellAttributes {
  scratch.row = 0;
  scratch.column = 0;
  scratch.style = 0;
  scratch.type = "n";
  for (let i = from; i < to; i++) {
    if (!isSpace(xml.charCodeAt(i - 1))) continue;
    const name = xml.charCodeAt(i);
    if (xml.charCodeAt(i + 1) !== 61 || (name !== 114 && name !== 115 && name !== 116)) continue; // r= s= t=
    const quote = xml.charCodeAt(i + 2);
    const start = i + 3;
    const end = xml.indexOf(String.fromCharCode(quote), start);
    if (end < 0 || end > to) break;
    if (name === 114) {
      let column = 0;
      let row = 0;
      for (let j = start; j < end; j++) {
        const ch = xml.charCodeAt(j);
        if (ch >= 65 && ch <= 90) column = column * 26 + ch - 64;
        else if (ch >= 97 && ch <= 122) column = column * 26 + ch - 96;
        else if (ch >= 48 && ch <= 57) row = row * 10 + ch - 48;
      }
      scratch.column = column;
      scratch.row = row;
    } else if (name === 115) {
      let style = 0;
      for (let j = start; j < end; j++) style = style * 10 + xml.charCodeAt(j) - 48;
      scratch.style = Number.isFinite(style) && style >= 0 ? style : 0;
    } else {
      const length = end - start;
      scratch.type =
        TYPES.find((t) => t.length === length && xml.startsWith(t, start)) ?? xml.slice(start, end);
    }
    i = end;
  }
  return scratch;
}

const OTHER = 0;
const C = 1;
const V = 2;
const IS = 3;
const ROW = 4;
const MERGE = 5;
const F = 6;

/** The kind of tag whose name starts at `start` (prefix ignored), without allocating a string. */
function tagKind(xml: string, start: number): number {
  let end = start;
  let name = start;
  for (;;) {
    const ch = xml.charCodeAt(end);
    if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13 || Number.isNaN(ch)) break;
    if (ch === 58) name = end + 1;
    end++;
  }
  const length = end - name;
  const first = xml.charCodeAt(name);
  if (length === 1) return first === 99 ? C : first === 118 ? V : first === 102 ? F : OTHER;
  if (length === 2) return first === 105 && xml.charCodeAt(name + 1) === 115 ? IS : OTHER;
  if (length === 3) return xml.startsWith("row", name) ? ROW : OTHER;
  if (length === 9) return xml.startsWith("mergeCell", name) ? MERGE : OTHER;
  return OTHER;
}

/** The worksheet XML as a sparse grid (hidden rows and merges included). */
export function readSheetXml(xml: string, context: SheetContext): SheetGrid {
  const rows = new Map<number, Map<number, GridCell>>();
  let line: Map<number, GridCell> | null = null;
  let lineRow = -1;
  let sorted = true;
  let lastPlaced = -1;
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const hiddenRows: number[] = [];
  const merges: RangeRef[] = [];
  const { sharedStrings, formats, date1904 } = context;
  let row = 0;
  let column = 0;
  let at = xml.indexOf("<");
  while (at >= 0) {
    const tagClose = xml.indexOf(">", at);
    if (tagClose < 0) break;
    const c1 = xml.charCodeAt(at + 1);
    if (c1 === 47 || c1 === 63 || c1 === 33) {
      at = xml.indexOf("<", tagClose + 1);
      continue;
    }
    const kind = tagKind(xml, at + 1);
    if (kind === ROW) {
      const tag = xml.slice(at, tagClose);
      const r = rawAttr(tag, "r");
      row = r === null ? row + 1 : Number(r);
      column = 0;
      const hidden = rawAttr(tag, "hidden");
      if (hidden === "1" || hidden === "true") hiddenRows.push(row);
      at = xml.indexOf("<", tagClose + 1);
      continue;
    }
    if (kind === MERGE) {
      const ref = rawAttr(xml.slice(at, tagClose), "ref");
      const range = ref === null ? null : refRange(ref);
      if (range) merges.push(range);
      at = xml.indexOf("<", tagClose + 1);
      continue;
    }
    if (kind !== C) {
      at = xml.indexOf("<", tagClose + 1);
      continue;
    }
    // The attributes of <c>, read in place: this runs once per cell (hundreds of thousands).
    const attrs = cellAttributes(xml, at + 2, tagClose);
    if (attrs.column > 0) {
      column = attrs.column;
      if (attrs.row > 0) row = attrs.row;
    } else column++;
    if (row === 0) row = 1;
    const type = attrs.type;
    const style = attrs.style;
    if (style !== 0) context.onStyle?.(row, column, style);
    if (xml.charCodeAt(tagClose - 1) === 47) {
      at = xml.indexOf("<", tagClose + 1);
      continue;
    }
    // The cell's content runs to its end tag; <c> does not nest.
    let end = tagClose + 1;
    let valueText: string | null = null;
    let inline: string | null = null;
    let formula: string | null = null;
    for (let inner = xml.indexOf("<", tagClose + 1); inner >= 0;) {
      const innerClose = xml.indexOf(">", inner);
      if (innerClose < 0) break;
      const isEnd = xml.charCodeAt(inner + 1) === 47;
      const innerKind = tagKind(xml, isEnd ? inner + 2 : inner + 1);
      if (isEnd && innerKind === C) {
        end = innerClose + 1;
        break;
      }
      if (!isEnd && innerKind === V && xml.charCodeAt(innerClose - 1) !== 47) {
        const vEnd = xml.indexOf("<", innerClose + 1);
        valueText = xml.slice(innerClose + 1, vEnd);
        inner = vEnd;
        continue;
      }
      if (!isEnd && innerKind === F) {
        // Only read when the cell turns out to hold no cached value (see below).
        const selfClosing = xml.charCodeAt(innerClose - 1) === 47;
        const fEnd = selfClosing ? innerClose : xml.indexOf("<", innerClose + 1);
        formula = selfClosing ? "" : xml.slice(innerClose + 1, fEnd);
        inner = selfClosing ? xml.indexOf("<", innerClose + 1) : fEnd;
        continue;
      }
      if (!isEnd && innerKind === IS && xml.charCodeAt(innerClose - 1) !== 47) {
        const stop = endTagAt(xml, innerClose, "is");
        inline = runText(xml, innerClose + 1, stop);
        inner = xml.indexOf("<", stop + 2);
        continue;
      }
      inner = xml.indexOf("<", innerClose + 1);
    }
    at = xml.indexOf("<", end);
    const format = formats[style] ?? "General";
    // A formula without a cached result (never calculated): kept as such, so readers can say so.
    const cell =
      formula !== null && valueText === null && inline === null
        ? { value: "", format, formula: `=${decodeXml(formula)}` }
        : cellValue(type, valueText, inline, format, sharedStrings, date1904);
    if (cell === null) continue;
    if (row !== lineRow) {
      line = rows.get(row) ?? null;
      if (!line) {
        line = new Map();
        rows.set(row, line);
      }
      if (row < lineRow) sorted = false;
      lineRow = row;
      lastPlaced = -1;
    }
    if (column <= lastPlaced) sorted = false;
    lastPlaced = column;
    line?.set(column, cell);
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (column < left) left = column;
    if (column > right) right = column;
  }
  dropMergedAway(rows, merges);
  const extra = { visible: context.visible, tables: context.tables, merges };
  // Excel writes rows and cells in order; anything else (or merged-away cells) is rebuilt in order.
  const grid =
    sorted && top !== Infinity && merges.length === 0
      ? {
          name: context.name,
          ...extra,
          hiddenRows: [],
          rows,
          firstRow: top,
          firstColumn: left,
          lastRow: bottom,
          lastColumn: right,
        }
      : gridFromCells(context.name, placedCells(rows), extra);
  return withHidden(grid, hiddenRows);
}

function* placedCells(rows: ReadonlyMap<number, ReadonlyMap<number, GridCell>>): Generator<PlacedGridCell> {
  for (const [row, line] of rows) for (const [column, cell] of line) yield { row, column, cell };
}

function withHidden(grid: SheetGrid, hiddenRows: readonly number[]): SheetGrid {
  const inRange = hiddenRows.filter((r) => r >= grid.firstRow && r <= grid.lastRow);
  return { ...grid, hiddenRows: [...new Set(inRange)].sort((a, b) => a - b) };
}

/** Cells under a merged area other than its top-left one show nothing in Excel. */
function dropMergedAway(rows: Map<number, Map<number, GridCell>>, merges: readonly RangeRef[]): void {
  for (const m of merges) {
    // The cost follows the smaller of the merge and the cells that exist.
    const rowNumbers =
      m.bottom - m.top + 1 <= rows.size
        ? Array.from({ length: m.bottom - m.top + 1 }, (_, i) => m.top + i)
        : [...rows.keys()].filter((r) => r >= m.top && r <= m.bottom);
    for (const r of rowNumbers) {
      const line = rows.get(r);
      if (!line) continue;
      const columns =
        m.right - m.left + 1 <= line.size
          ? Array.from({ length: m.right - m.left + 1 }, (_, i) => m.left + i)
          : [...line.keys()].filter((c) => c >= m.left && c <= m.right);
      for (const c of columns) if (!(r === m.top && c === m.left)) line.delete(c);
    }
  }
}

function textCell(value: string, format: string): GridCell | null {
  return value === "" ? null : { value, format };
}

function cellValue(
  type: string,
  valueText: string | null,
  inline: string | null,
  format: string,
  sharedStrings: readonly string[],
  date1904: boolean,
): GridCell | null {
  if (type === "n") {
    const n = valueText === null ? null : parseNumber(valueText);
    if (n === null) return null;
    return { value: date1904 && isDateFormat(format) ? n + DAYS_1904 : n, format };
  }
  switch (type) {
    case "s":
      return valueText === null ? null : textCell(sharedStrings[Number(valueText)] ?? "", format);
    case "inlineStr":
      return textCell(inline ?? (valueText === null ? "" : decodeXstring(decodeXml(valueText))), format);
    case "str":
      return valueText === null ? null : textCell(decodeXstring(decodeXml(valueText)), format);
    case "b":
      return valueText === null
        ? null
        : { value: valueText.trim() === "1" || valueText.trim() === "true", format };
    case "e":
      return valueText === null ? null : { value: decodeXml(valueText), format, error: true };
    case "d": {
      const iso = valueText === null ? "" : decodeXml(valueText).slice(0, 10);
      const serial = excelSerialFromIso(iso);
      return serial === null ? null : { value: serial, format };
    }
    default:
      return null;
  }
}
/** Column widths in characters (<cols>), by column, for the columns up to `maxColumn`. */
export function readColumnWidths(xml: string, maxColumn: number): Map<number, number> {
  const widths = new Map<number, number>();
  const start = xml.indexOf("<cols");
  const stop = xml.indexOf("<sheetData");
  if (start < 0 || (stop >= 0 && start > stop)) return widths;
  const end = xml.indexOf("cols>", start + 5);
  for (let at = xml.indexOf("<col ", start); at >= 0 && at < end; at = xml.indexOf("<col ", at + 5)) {
    const close = xml.indexOf(">", at);
    const min = Number(rawAttr(xml.slice(at, close), "min"));
    const max = Number(rawAttr(xml.slice(at, close), "max"));
    const width = Number(rawAttr(xml.slice(at, close), "width"));
    if (!Number.isInteger(min) || !Number.isInteger(max) || !Number.isFinite(width)) continue;
    for (let c = Math.max(1, min); c <= Math.min(max, maxColumn); c++) widths.set(c, width);
  }
  return widths;
}
