// A declarative description of a sheet the add-in writes. Layouts (goal sheet, review sheet) are
// computed once as a SheetSpec; every host only renders it. Addresses are A1 strings relative to
// the sheet; colours are "#RRGGBB".

export type SpecValue =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  /** ISO `YYYY-MM-DD`; hosts write an Excel date serial. */
  | { kind: "date"; iso: string }
  | { kind: "boolean"; value: boolean }
  /** Only formulas the add-in itself builds (totals); never text that came from a user or a sheet. */
  | { kind: "formula"; formula: string; result?: number | string | null }
  | { kind: "empty" };

export type BorderStyle = "thin" | "medium" | "thick";
export type Border = { style: BorderStyle; color: string };

export type CellStyle = {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  wrap?: boolean;
  borderTop?: Border;
  borderBottom?: Border;
  borderLeft?: Border;
  borderRight?: Border;
};

/** A style applied to a range; ranges are applied in order, later ones override earlier ones. */
export type StyledRange = { range: string; style: CellStyle };

export type TableSpec = {
  name: string;
  /** Header row plus data rows. */
  range: string;
  style: string;
  showBandedRows: boolean;
};

export type ListValidation = {
  range: string;
  /** The allowed values, shown as a dropdown. */
  values: readonly string[];
  /** Shown when a value outside the list is typed. */
  errorTitle: string;
  errorMessage: string;
};

export type DefinedName = { name: string; range: string };

export type PrintSetup = {
  landscape: boolean;
  fitToWidth: boolean;
  /** Rows repeated on every printed page, e.g. "8:8". */
  repeatRows: string | null;
};

export type SheetSpec = {
  name: string;
  /** Rows of values starting at A1. */
  values: readonly (readonly SpecValue[])[];
  styles: readonly StyledRange[];
  /** Widths in characters of the default font, for columns A, B, … */
  columnWidths: readonly number[];
  /** Explicit row heights in points, for rows that wrap long text (1-based row numbers). */
  rowHeights: readonly { row: number; height: number }[];
  merges: readonly string[];
  freeze: { rows: number; columns: number } | null;
  table: TableSpec | null;
  validations: readonly ListValidation[];
  names: readonly DefinedName[];
  print: PrintSetup;
  tabColor: string | null;
  /**
   * Visible unless said otherwise. "veryHidden" sheets (the add-in's settings) do not show in
   * Excel's Unhide dialog; a host still reads and lists them (SheetInfo.visible false).
   */
  visibility?: SheetVisibility;
};

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export const text = (t: string): SpecValue => ({ kind: "text", text: t });
export const num = (n: number | null): SpecValue => (n === null ? EMPTY : { kind: "number", value: n });
export const date = (iso: string | null): SpecValue => (iso === null ? EMPTY : { kind: "date", iso });
export const EMPTY: SpecValue = { kind: "empty" };
