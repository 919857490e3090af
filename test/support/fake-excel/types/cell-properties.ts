// Range.getCellProperties / setCellProperties (ExcelApi 1.9): every cell's format as a 2-D array of
// objects shaped like Excel.CellProperties, with only the properties the load options ask for, and
// the same shape written back. Modelled: fill (color, pattern "None" for no fill — the API reports
// no fill as "#FFFFFF"), font, alignment, wrap and the four outer borders.

import { officeError } from "../errors";
import {
  DEFAULT_FONT,
  internStyle,
  type BorderModel,
  type CellStyle,
  type EdgeName,
  type FontModel,
  type SheetModel,
} from "../model";
import type { RangeTarget } from "./range";

type Options = Readonly<Record<string, unknown>>;

const EDGES: Readonly<Record<string, EdgeName>> = {
  top: "top",
  bottom: "bottom",
  left: "left",
  right: "right",
  diagonalDown: "diagonalDown",
  diagonalUp: "diagonalUp",
};
const FONT_KEYS = ["bold", "italic", "color", "size", "name", "underline", "strikethrough"] as const;

function asOptions(value: unknown): Options | null {
  return typeof value === "object" && value !== null ? (value as Options) : null;
}

function picked(options: Options | null, key: string): true | Options | null {
  const value = options?.[key];
  if (value === true) return true;
  return asOptions(value);
}

/** One cell's properties as the load options ask for them. */
function cellProperties(
  sheet: SheetModel,
  row: number,
  column: number,
  options: Options,
): Record<string, unknown> {
  const style = sheet.getCell(row, column).style;
  const out: Record<string, unknown> = {};
  if (options.address === true)
    out.address = sheet.address({ top: row, left: column, bottom: row, right: column });
  const format = picked(options, "format");
  if (format === null) return out;
  const want = (key: string) => (format === true ? true : picked(format, key));
  const f: Record<string, unknown> = {};
  const fill = want("fill");
  if (fill !== null) {
    const wantFill = (k: string) => fill === true || fill[k] === true;
    const value: Record<string, unknown> = {};
    if (wantFill("color")) value.color = style.fill ?? "#FFFFFF";
    if (wantFill("pattern")) value.pattern = style.fill === null ? "None" : "Solid";
    f.fill = value;
  }
  const font = want("font");
  if (font !== null) {
    const value: Record<string, unknown> = {};
    for (const key of FONT_KEYS) if (font === true || font[key] === true) value[key] = style.font[key];
    f.font = value;
  }
  for (const key of ["horizontalAlignment", "verticalAlignment", "wrapText"] as const) {
    if (want(key) !== null) f[key] = style[key];
  }
  const borders = want("borders");
  if (borders !== null) {
    const value: Record<string, unknown> = {};
    for (const [name, edge] of Object.entries(EDGES)) {
      const b = style.borders[edge];
      const border: Record<string, unknown> = {};
      const wantBorder = (k: string) => borders === true || borders[k] === true;
      if (wantBorder("style")) border.style = b?.style ?? "None";
      if (wantBorder("color")) border.color = b?.color ?? "#000000";
      if (wantBorder("weight")) border.weight = b?.weight ?? "Thin";
      value[name] = border;
    }
    f.borders = value;
  }
  out.format = f;
  return out;
}

export function getCellProperties(t: RangeTarget, options: unknown, location: string): unknown[][] {
  const load = asOptions(options);
  if (load === null) throw officeError("InvalidArgument", "cellPropertiesLoadOptions", location);
  const rows: unknown[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const line: unknown[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) line.push(cellProperties(t.sheet, r, c, load));
    rows.push(line);
  }
  return rows;
}

function applyFormat(style: CellStyle, format: Options): CellStyle {
  let next: CellStyle = style;
  const fill = asOptions(format.fill);
  if (fill) {
    if (fill.pattern === "None") next = { ...next, fill: null };
    else if (typeof fill.color === "string") next = { ...next, fill: fill.color.toUpperCase() };
  }
  const font = asOptions(format.font);
  if (font) {
    const value: Record<string, unknown> = { ...next.font };
    for (const key of FONT_KEYS) if (font[key] !== undefined) value[key] = font[key];
    next = { ...next, font: { ...DEFAULT_FONT, ...(value as Partial<FontModel>) } };
  }
  for (const key of ["horizontalAlignment", "verticalAlignment"] as const) {
    const value = format[key];
    if (typeof value === "string") next = { ...next, [key]: value };
  }
  if (typeof format.wrapText === "boolean") next = { ...next, wrapText: format.wrapText };
  const borders = asOptions(format.borders);
  if (borders) {
    const edges = new Map(Object.entries(next.borders) as [EdgeName, BorderModel][]);
    for (const [name, edge] of Object.entries(EDGES)) {
      const b = asOptions(borders[name]);
      if (!b) continue;
      if (b.style === "None") edges.delete(edge);
      else if (typeof b.style === "string")
        edges.set(edge, {
          style: b.style,
          color: typeof b.color === "string" ? b.color.toUpperCase() : "#000000",
          weight: typeof b.weight === "string" ? b.weight : "Thin",
        });
    }
    next = { ...next, borders: Object.fromEntries(edges) };
  }
  return next;
}

/** Writes a 2-D array of CellProperties (the range's size; null entries leave a cell as it is). */
export function setCellProperties(t: RangeTarget, data: unknown, location: string): void {
  const rows = t.rect.bottom - t.rect.top + 1;
  const columns = t.rect.right - t.rect.left + 1;
  if (
    !Array.isArray(data) ||
    data.length !== rows ||
    data.some((r) => !Array.isArray(r) || r.length !== columns)
  )
    throw officeError("InvalidArgument", `cell properties must be ${rows}×${columns}`, location);
  (data as unknown[][]).forEach((line, i) => {
    line.forEach((entry, j) => {
      const format = asOptions(asOptions(entry)?.format);
      if (!format) return;
      const cell = t.sheet.editCell(t.rect.top + i, t.rect.left + j);
      cell.style = internStyle(applyFormat(cell.style, format));
      t.sheet.tidy(t.rect.top + i, t.rect.left + j);
    });
  });
}
