// SheetSpec → the worksheet part (and its table part) as SpreadsheetML text, written in schema
// order so that later features slot in where Excel expects them: conditional formatting after the
// merges, a drawing (chart) part reference before the table parts, sheet visibility in workbook.xml.
// Text is written as inline strings (t="inlineStr"), so the workbook's shared strings part is never
// rewritten; cell styles are appended to the styles part (styles-part.ts).

import {
  cellAddress,
  columnLetter,
  dayNumber,
  EMPTY,
  rangeAddress,
  rowSpan,
  type Border,
  type ConditionalFormat,
  type CellStyle,
  type RangeRef,
  type SheetSpec,
  type SpecValue,
} from "../../sheet";
import { argb, listFormula, range } from "./spec-checks";
import type { StyleAppender } from "./styles-part";
import { escapeAttr, escapeText } from "./xml";

/** Keeps a text cell text when a user edits it in Excel or LibreOffice. */
export const TEXT_FORMAT = "@";
/** Used for a date cell no style gives a number format: unambiguous in every language. */
export const DEFAULT_DATE_FORMAT = "yyyy-mm-dd";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * Excel's escaping of cell text (ST_Xstring): a literal "_x0041_" must be written "_x005F_x0041_"
 * or it reads back as "A", and control characters other than tab and line feed are written as
 * "_x000D_" (a raw CR would become a LF, other controls are not allowed in XML).
 */
export function escapeCellText(text: string): string {
  const literal = text.replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`);
  let escaped = "";
  for (const ch of literal) {
    const code = ch.charCodeAt(0);
    const control = (code < 32 && code !== 9 && code !== 10) || code === 0xfffe || code === 0xffff;
    escaped += control ? `_x${code.toString(16).toUpperCase().padStart(4, "0")}_` : ch;
  }
  return escaped;
}

/**
 * Cell text as XML content: Excel's escapes (escapeCellText), except that a CR is written as the
 * character reference &#13;, which every reader keeps (an escaped _x000D_ in an inline string is
 * left as it is by some readers).
 */
function inlineText(text: string): string {
  return escapeText(escapeCellText(text)).replace(/_x000D_/g, (m, at: number, all: string) =>
    all.slice(Math.max(0, at - 6), at) === "_x005F" ? m : "&#13;",
  );
}

/** The font the add-in's bold or coloured cells use (the workbook's default face is not known). */
const BASE_FONT = { name: "Calibri", family: 2, size: 11 };

function fontXml(style: CellStyle): string | null {
  if (
    style.bold === undefined &&
    style.italic === undefined &&
    style.fontSize === undefined &&
    style.fontColor === undefined
  ) {
    return null;
  }
  return (
    "<font>" +
    (style.bold === true ? "<b/>" : "") +
    (style.italic === true ? "<i/>" : "") +
    `<sz val="${style.fontSize ?? BASE_FONT.size}"/>` +
    (style.fontColor === undefined ? '<color theme="1"/>' : `<color rgb="${argb(style.fontColor)}"/>`) +
    `<name val="${BASE_FONT.name}"/><family val="${BASE_FONT.family}"/>` +
    "</font>"
  );
}

function fillXml(style: CellStyle): string | null {
  if (style.fill === undefined) return null;
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/></patternFill></fill>`;
}

function borderSide(name: string, border: Border | undefined): string {
  return border
    ? `<${name} style="${border.style}"><color rgb="${argb(border.color)}"/></${name}>`
    : `<${name}/>`;
}

function borderXml(style: CellStyle): string | null {
  if (!style.borderLeft && !style.borderRight && !style.borderTop && !style.borderBottom) return null;
  return (
    "<border>" +
    borderSide("left", style.borderLeft) +
    borderSide("right", style.borderRight) +
    borderSide("top", style.borderTop) +
    borderSide("bottom", style.borderBottom) +
    "<diagonal/></border>"
  );
}

function alignmentXml(style: CellStyle): string {
  const parts: string[] = [];
  if (style.horizontal !== undefined) parts.push(`horizontal="${style.horizontal}"`);
  if (style.vertical !== undefined) parts.push(`vertical="${style.vertical}"`);
  if (style.wrap === true) parts.push('wrapText="1"');
  return parts.length === 0 ? "" : `<alignment ${parts.join(" ")}/>`;
}

/** The cellXfs index of a resolved style, appending what the styles part does not have yet. */
function xfIndex(styles: StyleAppender, style: CellStyle): number {
  const font = fontXml(style);
  const fill = fillXml(style);
  const border = borderXml(style);
  const fontId = font === null ? 0 : styles.add("fonts", font);
  const fillId = fill === null ? 0 : styles.add("fills", fill);
  const borderId = border === null ? 0 : styles.add("borders", border);
  const numFmtId = style.numberFormat === undefined ? 0 : styles.numberFormat(style.numberFormat);
  const alignment = alignmentXml(style);
  const applied =
    (numFmtId !== 0 ? ' applyNumberFormat="1"' : "") +
    (font !== null ? ' applyFont="1"' : "") +
    (fill !== null ? ' applyFill="1"' : "") +
    (border !== null ? ' applyBorder="1"' : "") +
    (alignment !== "" ? ' applyAlignment="1"' : "");
  const xfId = styles.hasCellStyleXfs ? ' xfId="0"' : "";
  const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"${xfId}${applied}${alignment === "" ? "/>" : `>${alignment}</xf>`}`;
  return styles.add("cellXfs", xf);
}

type Styled = {
  area: RangeRef;
  style: CellStyle;
  order: number;
  /** Equal styles share one id. */ id: number;
};

/** Ranges with their style interned: thousands of per-row ranges use a handful of distinct styles. */
function styledRanges(spec: SheetSpec): Styled[] {
  const ids = new Map<string, number>();
  return spec.styles.map((s, order) => {
    const key = JSON.stringify(s.style);
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return { area: range(spec, s.range), style: s.style, order, id };
  });
}

/**
 * Per row, the style index of each styled column: the spec's ranges applied in order (later ones
 * override earlier ones property by property). Rows covered by the same ranges share one result.
 */
class RowStyler {
  private readonly byTop = new Map<number, Styled[]>();
  private active: Styled[] = [];
  private cache = new Map<string, number>();
  private current: Map<number, string> | null = null;
  private changed = true;

  constructor(
    ranges: readonly Styled[],
    private readonly styles: StyleAppender,
  ) {
    for (const r of ranges) {
      const list = this.byTop.get(r.area.top);
      if (list) list.push(r);
      else this.byTop.set(r.area.top, [r]);
    }
  }

  private readonly byId = new Map<number, CellStyle>();

  private styleOf(ranges: readonly Styled[], id: number): CellStyle | undefined {
    if (this.byId.size === 0) for (const r of ranges) if (!this.byId.has(r.id)) this.byId.set(r.id, r.style);
    return this.byId.get(id);
  }

  /** Column → style key ("" for none) for `row`; call with ascending rows. */
  keysFor(row: number): Map<number, string> {
    const before = this.active.length;
    this.active = this.active.filter((r) => r.area.bottom >= row);
    const starting = this.byTop.get(row);
    if (starting) this.active = [...this.active, ...starting].sort((a, b) => a.order - b.order);
    if (starting || this.active.length !== before) this.changed = true;
    if (!this.changed && this.current) return this.current;
    const keys = new Map<number, string>();
    // Keyed by the interned styles in order, so that rows styled alike share their cell styles.
    for (const r of this.active) {
      for (let c = r.area.left; c <= r.area.right; c++) {
        const key = keys.get(c);
        keys.set(c, key === undefined ? String(r.id) : `${key},${r.id}`);
      }
    }
    this.current = keys;
    this.changed = false;
    return keys;
  }

  /** The xf index for a style key plus what the cell's value adds (text "@", a date's format). */
  xf(key: string, value: SpecValue, ranges: readonly Styled[]): number {
    const kind = value.kind === "text" ? "t" : value.kind === "date" ? "d" : "";
    const full = `${key}|${kind}`;
    const known = this.cache.get(full);
    if (known !== undefined) return known;
    let style: CellStyle = kind === "d" ? { numberFormat: DEFAULT_DATE_FORMAT } : {};
    if (key !== "")
      for (const id of key.split(",")) style = { ...style, ...this.styleOf(ranges, Number(id)) };
    // Text stays text, whatever number format a style gave its range.
    if (kind === "t") style = { ...style, numberFormat: TEXT_FORMAT };
    const index = key === "" && kind === "" ? 0 : xfIndex(this.styles, style);
    this.cache.set(full, index);
    return index;
  }
}

function numberText(n: number): string {
  return String(n);
}

function cellXml(ref: string, value: SpecValue, s: number): string {
  const style = s === 0 ? "" : ` s="${s}"`;
  switch (value.kind) {
    case "text":
      return value.text === ""
        ? `<c r="${ref}"${style}/>`
        : `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${inlineText(value.text)}</t></is></c>`;
    case "number":
      return Number.isFinite(value.value)
        ? `<c r="${ref}"${style}><v>${numberText(value.value)}</v></c>`
        : `<c r="${ref}"${style}/>`;
    case "date": {
      const day = dayNumber(value.iso);
      if (day === null) throw new Error(`not a calendar date: "${value.iso}"`);
      // dayNumber counts from 1970-01-01; Excel's 1900 serial of that day is 25569.
      return `<c r="${ref}"${style}><v>${day + 25569}</v></c>`;
    }
    case "boolean":
      return `<c r="${ref}"${style} t="b"><v>${value.value ? 1 : 0}</v></c>`;
    case "formula": {
      const formula = escapeText(value.formula.replace(/^=/, ""));
      const result = value.result;
      if (result === undefined || result === null) return `<c r="${ref}"${style}><f>${formula}</f></c>`;
      if (typeof result === "number")
        return `<c r="${ref}"${style}><f>${formula}</f><v>${numberText(result)}</v></c>`;
      return `<c r="${ref}"${style} t="str"><f>${formula}</f><v>${escapeText(escapeCellText(result))}</v></c>`;
    }
    case "empty":
      return `<c r="${ref}"${style}/>`;
  }
}

/** Excel needs unique, non-empty column names equal to the header cells' text. */
export function tableColumnNames(spec: SheetSpec, area: RangeRef): string[] {
  const header = spec.values[area.top - 1] ?? [];
  const seen = new Set<string>();
  const names: string[] = [];
  for (let c = area.left; c <= area.right; c++) {
    const cell = header[c - 1] ?? EMPTY;
    const own = cell.kind === "text" ? cell.text.trim() : cell.kind === "number" ? String(cell.value) : "";
    let name = own === "" ? `Column${c - area.left + 1}` : own;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${own || "Column"}${n}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

export type WrittenSheet = {
  sheetXml: string;
  /** The table part, when the spec has a table; its relationship id in the sheet is `tableRelId`. */
  tableXml: string | null;
};

export type SheetParts = {
  tableId: number;
  tableRelId: string;
  /** The sheet's relationship to its drawing part; null when the spec has no chart. */
  drawingRelId: string | null;
};

/** A conditional format's differential style (fill, font colour, bold) as a `dxf`. */
function dxfXml(style: ConditionalFormat["style"]): string {
  const font =
    style.fontColor !== undefined || style.bold !== undefined
      ? "<font>" +
        (style.bold === true ? "<b/>" : "") +
        (style.fontColor === undefined ? "" : `<color rgb="${argb(style.fontColor)}"/>`) +
        "</font>"
      : "";
  // In a dxf the cell colour is the pattern's background colour.
  const fill =
    style.fill === undefined
      ? ""
      : `<fill><patternFill patternType="solid"><bgColor rgb="${argb(style.fill)}"/></patternFill></fill>`;
  return `<dxf>${font}${fill}</dxf>`;
}

/** The spec's conditional formats: the first one has the highest priority, as the spec means. */
function conditionalFormattingXml(spec: SheetSpec, styles: StyleAppender): string {
  return (spec.conditionalFormats ?? [])
    .map((rule, i) => {
      const dxfId = styles.add("dxfs", dxfXml(rule.style));
      const formula = rule.formula.startsWith("=") ? rule.formula.slice(1) : rule.formula;
      return (
        `<conditionalFormatting sqref="${rangeAddress(range(spec, rule.range))}">` +
        `<cfRule type="expression" dxfId="${dxfId}" priority="${i + 1}"><formula>${escapeText(formula)}</formula></cfRule>` +
        "</conditionalFormatting>"
      );
    })
    .join("");
}

function paneXml(spec: SheetSpec): string {
  const freeze = spec.freeze;
  if (!freeze || (freeze.rows <= 0 && freeze.columns <= 0))
    return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane =
    freeze.rows > 0 && freeze.columns > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
  const split =
    (freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : "") +
    (freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : "");
  const topLeft = cellAddress(freeze.rows + 1, freeze.columns + 1);
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

/** The worksheet part for `spec`, with its cell styles appended to `styles`. */
export function writeSheet(spec: SheetSpec, styles: StyleAppender, parts: SheetParts): WrittenSheet {
  const ranges = styledRanges(spec);
  const styler = new RowStyler(ranges, styles);
  const table = spec.table ? range(spec, spec.table.range) : null;
  const headerOnly = table !== null && table.top === table.bottom;
  const heights = new Map(spec.rowHeights.map((h) => [h.row, h.height]));
  let lastRowNumber = spec.values.length;
  for (const r of ranges) lastRowNumber = Math.max(lastRowNumber, r.area.bottom);
  if (headerOnly) lastRowNumber = Math.max(lastRowNumber, table.bottom + 1);
  for (const r of heights.keys()) lastRowNumber = Math.max(lastRowNumber, r);

  // Header cells must hold exactly the table's column names (Excel repairs the file otherwise).
  const headerNames = table ? tableColumnNames(spec, table) : [];
  const valueAt = (r: number, c: number): SpecValue => {
    if (table && r === table.top && c >= table.left && c <= table.right) {
      return { kind: "text", text: headerNames[c - table.left] ?? "" };
    }
    return spec.values[r - 1]?.[c - 1] ?? EMPTY;
  };

  const letters: string[] = [];
  const letter = (c: number) => (letters[c] ??= columnLetter(c));
  const rows: string[] = [];
  let maxColumn = 0;
  for (let r = 1; r <= lastRowNumber; r++) {
    const values = spec.values[r - 1] ?? [];
    const keys = styler.keysFor(r);
    const columns = new Set<number>();
    values.forEach((v, i) => {
      if (v.kind !== "empty") columns.add(i + 1);
    });
    if (table && r === table.top) for (let c = table.left; c <= table.right; c++) columns.add(c);
    for (const c of keys.keys()) columns.add(c);
    const height = heights.get(r);
    if (columns.size === 0 && height === undefined) continue;
    const ordered = [...columns].sort((a, b) => a - b);
    let cells = "";
    for (const c of ordered) {
      const value = valueAt(r, c);
      const s = styler.xf(keys.get(c) ?? "", value, ranges);
      if (value.kind === "empty" && s === 0) continue;
      cells += cellXml(`${letter(c)}${r}`, value, s);
      maxColumn = Math.max(maxColumn, c);
    }
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    rows.push(`<row r="${r}"${ht}>${cells}</row>`);
  }

  const sheetPr =
    spec.tabColor !== null || spec.print.fitToWidth
      ? "<sheetPr>" +
        (spec.tabColor === null ? "" : `<tabColor rgb="${argb(spec.tabColor)}"/>`) +
        (spec.print.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : "") +
        "</sheetPr>"
      : "";
  const dimension =
    maxColumn === 0
      ? "A1"
      : rangeAddress({ top: 1, left: 1, bottom: Math.max(1, lastRowNumber), right: maxColumn });
  const cols =
    spec.columnWidths.length === 0
      ? ""
      : `<cols>${spec.columnWidths
          .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
          .join("")}</cols>`;
  const merges =
    spec.merges.length === 0
      ? ""
      : `<mergeCells count="${spec.merges.length}">${spec.merges
          .map((m) => `<mergeCell ref="${rangeAddress(range(spec, m))}"/>`)
          .join("")}</mergeCells>`;
  const validations =
    spec.validations.length === 0
      ? ""
      : `<dataValidations count="${spec.validations.length}">${spec.validations
          .map(
            (v) =>
              `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="${escapeAttr(v.errorTitle)}" error="${escapeAttr(v.errorMessage)}" sqref="${rangeAddress(range(spec, v.range))}"><formula1>${escapeText(listFormula(v))}</formula1></dataValidation>`,
          )
          .join("")}</dataValidations>`;
  const pageSetup =
    `<pageSetup orientation="${spec.print.landscape ? "landscape" : "portrait"}"` +
    (spec.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "") +
    "/>";
  const tableParts = table
    ? `<tableParts count="1"><tablePart r:id="${parts.tableRelId}"/></tableParts>`
    : "";
  const drawing = parts.drawingRelId === null ? "" : `<drawing r:id="${parts.drawingRelId}"/>`;
  const sheetXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    sheetPr +
    `<dimension ref="${dimension}"/>` +
    paneXml(spec) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols +
    `<sheetData>${rows.join("")}</sheetData>` +
    merges +
    conditionalFormattingXml(spec, styles) +
    validations +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    pageSetup +
    drawing +
    tableParts +
    "</worksheet>";

  return { sheetXml, tableXml: table && spec.table ? tableXml(spec, table, parts.tableId) : null };
}

function tableXml(spec: SheetSpec, area: RangeRef, id: number): string {
  const table = spec.table;
  if (!table) throw new Error("no table");
  // A table of only a header row is corrupt in Excel; like Excel, give it one empty data row.
  const full = area.top === area.bottom ? { ...area, bottom: area.bottom + 1 } : area;
  const ref = rangeAddress(full);
  const names = tableColumnNames(spec, area);
  const columns = names.map((n, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(n)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${escapeAttr(table.name)}" displayName="${escapeAttr(table.name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${names.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttr(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="${table.showBandedRows ? 1 : 0}" showColumnStripes="0"/>` +
    "</table>"
  );
}

/** "8:8" / "$8:$9" → "$8:$8" for the print-titles name. */
export function printTitleRows(repeatRows: string): string {
  const span = rowSpan(repeatRows);
  if (!span) throw new Error(`not a row range: "${repeatRows}"`);
  return `$${span.first}:$${span.last}`;
}
