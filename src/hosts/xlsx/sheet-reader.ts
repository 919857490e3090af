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

/** Value of attribute `name` inside the start tag xml[from, to), raw (not decoded); null if absent. */
function rawAttr(xml: string, from: number, to: number, name: string): string | null {
  let at = from;
  for (;;) {
    at = xml.indexOf(name, at);
    if (at < 0 || at >= to) return null;
    const before = xml.charCodeAt(at - 1);
    const eq = at + name.length;
    // a whole attribute name: preceded by whitespace, followed by '='
    if ((before === 32 || before === 9 || before === 10 || before === 13) && xml.charCodeAt(eq) === 61) {
      const quote = xml.charCodeAt(eq + 1);
      const close = xml.indexOf(String.fromCharCode(quote), eq + 2);
      return close < 0 ? null : xml.slice(eq + 2, close);
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
  const n = Number(text.trim());
  return text.trim() !== "" && Number.isFinite(n) ? n : null;
}

/** The worksheet XML as a sparse grid (hidden rows and merges included). */
export function readSheetXml(xml: string, context: SheetContext): SheetGrid {
  const cells: PlacedGridCell[] = [];
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
    const name = nameAt(xml, at + 1);
    const selfClosing = xml.charCodeAt(tagClose - 1) === 47;
    if (name === "row") {
      const r = rawAttr(xml, at, tagClose, "r");
      row = r === null ? row + 1 : Number(r);
      column = 0;
      const hidden = rawAttr(xml, at, tagClose, "hidden");
      if (hidden === "1" || hidden === "true") hiddenRows.push(row);
      at = xml.indexOf("<", tagClose + 1);
      continue;
    }
    if (name === "mergeCell") {
      const ref = rawAttr(xml, at, tagClose, "ref");
      const range = ref === null ? null : refRange(ref);
      if (range) merges.push(range);
      at = xml.indexOf("<", tagClose + 1);
      continue;
    }
    if (name !== "c") {
      at = xml.indexOf("<", tagClose + 1);
      continue;
    }
    const ref = rawAttr(xml, at, tagClose, "r");
    const place = ref === null ? null : columnOf(ref);
    if (place && place.column > 0) {
      column = place.column;
      if (place.row > 0) row = place.row;
    } else column++;
    if (row === 0) row = 1;
    const type = rawAttr(xml, at, tagClose, "t") ?? "n";
    const style = Number(rawAttr(xml, at, tagClose, "s") ?? 0);
    if (style !== 0) context.onStyle?.(row, column, style);
    if (selfClosing) {
      at = xml.indexOf("<", tagClose + 1);
      continue;
    }
    // The cell's content runs to its end tag; <c> does not nest.
    let end = tagClose + 1;
    let valueText: string | null = null;
    let inline: string | null = null;
    for (let inner = xml.indexOf("<", tagClose + 1); inner >= 0;) {
      const innerClose = xml.indexOf(">", inner);
      if (innerClose < 0) break;
      const isEnd = xml.charCodeAt(inner + 1) === 47;
      const innerName = nameAt(xml, isEnd ? inner + 2 : inner + 1);
      if (isEnd && innerName === "c") {
        end = innerClose + 1;
        break;
      }
      if (!isEnd && innerName === "v" && xml.charCodeAt(innerClose - 1) !== 47) {
        const vEnd = xml.indexOf("<", innerClose + 1);
        valueText = xml.slice(innerClose + 1, vEnd);
        inner = vEnd;
        continue;
      }
      if (!isEnd && innerName === "is" && xml.charCodeAt(innerClose - 1) !== 47) {
        const stop = endTagAt(xml, innerClose, "is");
        inline = runText(xml, innerClose + 1, stop);
        inner = xml.indexOf("<", stop + 2);
        continue;
      }
      inner = xml.indexOf("<", innerClose + 1);
    }
    at = xml.indexOf("<", end);
    const format = formats[style] ?? "General";
    const cell = cellValue(type, valueText, inline, format, sharedStrings, date1904);
    if (cell !== null) cells.push({ row, column, cell });
  }
  const grid = gridFromCells(context.name, dropMergedAway(cells, merges), {
    visible: context.visible,
    tables: context.tables,
    merges,
  });
  return withHidden(grid, hiddenRows);
}

function withHidden(grid: SheetGrid, hiddenRows: readonly number[]): SheetGrid {
  const inRange = hiddenRows.filter((r) => r >= grid.firstRow && r <= grid.lastRow);
  return { ...grid, hiddenRows: [...new Set(inRange)].sort((a, b) => a - b) };
}

/** Cells under a merged area other than its top-left one show nothing in Excel. */
function dropMergedAway(cells: PlacedGridCell[], merges: readonly RangeRef[]): PlacedGridCell[] {
  if (merges.length === 0) return cells;
  const byRow = new Map<number, RangeRef[]>();
  const tall: RangeRef[] = [];
  for (const m of merges) {
    // Index short merges by row; the rare tall ones are checked directly.
    if (m.bottom - m.top > 64) tall.push(m);
    else
      for (let r = m.top; r <= m.bottom; r++) {
        const list = byRow.get(r);
        if (list) list.push(m);
        else byRow.set(r, [m]);
      }
  }
  const covered = (m: RangeRef, p: PlacedGridCell) =>
    p.row >= m.top &&
    p.row <= m.bottom &&
    p.column >= m.left &&
    p.column <= m.right &&
    !(p.row === m.top && p.column === m.left);
  return cells.filter(
    (p) => !(byRow.get(p.row) ?? []).some((m) => covered(m, p)) && !tall.some((m) => covered(m, p)),
  );
}

function cellValue(
  type: string,
  valueText: string | null,
  inline: string | null,
  format: string,
  sharedStrings: readonly string[],
  date1904: boolean,
): GridCell | null {
  const text = (value: string): GridCell | null => (value === "" ? null : { value, format });
  switch (type) {
    case "s": {
      const index = valueText === null ? NaN : Number(valueText);
      return text(sharedStrings[index] ?? "");
    }
    case "inlineStr":
      return text(inline ?? (valueText === null ? "" : decodeXstring(decodeXml(valueText))));
    case "str":
      return valueText === null ? null : text(decodeXstring(decodeXml(valueText)));
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
    default: {
      const n = valueText === null ? null : parseNumber(valueText);
      if (n === null) return null;
      return { value: date1904 && isDateFormat(format) ? n + DAYS_1904 : n, format };
    }
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
    const min = Number(rawAttr(xml, at, close, "min"));
    const max = Number(rawAttr(xml, at, close, "max"));
    const width = Number(rawAttr(xml, at, close, "width"));
    if (!Number.isInteger(min) || !Number.isInteger(max) || !Number.isFinite(width)) continue;
    for (let c = Math.max(1, min); c <= Math.min(max, maxColumn); c++) widths.set(c, width);
  }
  return widths;
}
