// Values and number formats of a SheetSpec as 2-D arrays, cut into row chunks of bounded JSON size.
// Each chunk is written as `numberFormat` first, then `values`, on the same range in the same batch:
// Excel runs a batch in order, so text cells are already "@" when their text arrives and stay text
// (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`, `-x`, `00123`), exactly as typed in the spec.

import { excelSerialFromIso, PortError, type SheetSpec, type SpecValue } from "../../sheet";

import { jsonBytes } from "./payload";
import type { Layer, StyleLayers } from "./style-layers";

export const TEXT_FORMAT = "@";
/** A date cell no style gives a format: unambiguous in every language (as the xlsx host). */
export const DEFAULT_DATE_FORMAT = "yyyy-mm-dd";
const GENERAL = "General";

export type ExcelCellValue = string | number | boolean;

export type CellChunk = {
  /** 1-based first and last row. */
  top: number;
  bottom: number;
  columns: number;
  values: ExcelCellValue[][];
  formats: string[][];
  /** JSON bytes of values + formats. */
  bytes: number;
};

function invalid(spec: SheetSpec, row: number, column: number, problem: string): never {
  throw new PortError("invalidSpec", {
    sheet: spec.name,
    detail: `row ${row} column ${column}: ${problem}`,
  });
}

export function excelValue(spec: SheetSpec, value: SpecValue, row: number, column: number): ExcelCellValue {
  switch (value.kind) {
    case "text":
      return value.text;
    case "number":
      if (!Number.isFinite(value.value))
        invalid(spec, row, column, `${value.value} is not a number Excel can hold`);
      return value.value;
    case "date":
      return (
        excelSerialFromIso(value.iso) ?? invalid(spec, row, column, `not a calendar date "${value.iso}"`)
      );
    case "boolean":
      return value.value;
    case "formula":
      return value.formula.startsWith("=") ? value.formula : `=${value.formula}`;
    case "empty":
      return "";
  }
}

/** Text is always "@"; a formula never is (it would stay text); dates get a date format. */
export function cellFormat(value: SpecValue | undefined, styled: string | undefined): string {
  switch (value?.kind) {
    case "text":
      return TEXT_FORMAT;
    case "formula":
      return styled === undefined || styled === TEXT_FORMAT ? GENERAL : styled;
    case "date":
      return styled ?? DEFAULT_DATE_FORMAT;
    default:
      return styled ?? GENERAL;
  }
}

/**
 * Row chunks covering `rows` × `columns` from A1, each at most `chunkBytes` of JSON (a single row
 * larger than that forms a chunk of its own).
 */
export function* cellChunks(
  spec: SheetSpec,
  extent: { rows: number; columns: number },
  styles: StyleLayers,
  chunkBytes: number,
): Generator<CellChunk> {
  const { rows, columns } = extent;
  const numberFormats = styles.layers.get("numberFormat") as Layer<"numberFormat"> | undefined;
  const stride = styles.columns;
  let chunk: CellChunk | null = null;
  for (let r = 1; r <= rows; r++) {
    const specRow = spec.values[r - 1] ?? [];
    const values: ExcelCellValue[] = [];
    const formats: string[] = [];
    for (let c = 1; c <= columns; c++) {
      const value = specRow[c - 1];
      const id = numberFormats?.ids[(r - 1) * stride + c - 1] ?? 0;
      const styled = id === 0 ? undefined : numberFormats?.values[id - 1];
      values.push(value === undefined ? "" : excelValue(spec, value, r, c));
      formats.push(cellFormat(value, styled));
    }
    const bytes = jsonBytes(values) + jsonBytes(formats);
    if (chunk && chunk.bytes + bytes > chunkBytes) {
      yield chunk;
      chunk = null;
    }
    chunk ??= { top: r, bottom: r - 1, columns, values: [], formats: [], bytes: 0 };
    chunk.values.push(values);
    chunk.formats.push(formats);
    chunk.bottom = r;
    chunk.bytes += bytes;
  }
  if (chunk) yield chunk;
}
