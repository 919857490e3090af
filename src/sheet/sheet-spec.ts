// A declarative description of a sheet the add-in writes. Layouts (goal sheet, review sheet) are
// computed once as a SheetSpec; every host only renders it. Addresses are A1 strings relative to
// the sheet; colours are "#RRGGBB".

export type SpecValue =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  /** ISO `YYYY-MM-DD`; hosts write an Excel date serial. */
  | { kind: "date"; iso: string }
  | { kind: "boolean"; value: boolean }
  /**
   * Only formulas the add-in itself builds (totals, progress): native Excel functions, so the sheet
   * computes without the add-in; text from users or sheets appears in them only as an escaped
   * string literal. `result` is the value the add-in computed, cached for file readers.
   */
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

/**
 * Colour that follows the data ("use a formula to determine which cells to format"): where the
 * formula is TRUE, the style shows; it updates when the cells it reads change. Earlier entries win
 * over later ones (the first has the highest priority). In a workbook file: a `cfRule
 * type="expression"` (formula without "="), its style a differential format (dxf); Office.js:
 * `conditionalFormats.add("Custom")`.
 */
export type ConditionalFormat = {
  range: string;
  /** A native Excel formula starting with "=", written for the range's top-left cell; relative references move with each cell. */
  formula: string;
  style: { fill?: string; fontColor?: string; bold?: boolean };
};

export type ChartAxis = { title: string; min: number; max: number; majorUnit: number };

/** A label on one point of a series (0-based index within the series), as static text. */
export type ChartPointLabel = {
  index: number;
  text: string;
  position: "left" | "right" | "center" | "above" | "below";
};

export type BubbleSeries = {
  name: string;
  /** Ranges on this sheet of one column each, the same number of rows: x values, y values, bubble sizes. */
  x: string;
  y: string;
  size: string;
  /** "#RRGGBB"; null: no fill and no line (an invisible point that only carries its label). */
  fill: string | null;
  /** 0 (opaque) … 1 (clear). */
  transparency: number;
  labels: readonly ChartPointLabel[];
};

/**
 * A bubble chart over cells of the sheet, drawn by the host's own charting (a native Excel chart,
 * a DrawingML chart part in an .xlsx), so it follows the cells when they change. In a workbook
 * file: a two-cell anchor `from`…`to`, `c:bubbleChart` with one `c:ser` per series (`c:xVal`,
 * `c:yVal`, `c:bubbleSize` as references to the ranges, the cached values from `values`), both axes
 * `c:valAx` with min, max, major unit, major gridlines and title, a `c:dLbl` per labelled point (its
 * text, position l/r/ctr), `a:noFill` and no line for a series without fill, and no legend when
 * `showLegend` is false. Office.js: `charts.add("Bubble", …)`, then each series set from its ranges.
 */
export type ChartSpec = {
  kind: "bubble";
  /** Unique on the sheet. */
  name: string;
  title: string;
  /** The cells the chart covers: top-left and bottom-right corner (a two-cell anchor). */
  from: string;
  to: string;
  x: ChartAxis;
  y: ChartAxis;
  series: readonly BubbleSeries[];
  showLegend: boolean;
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
  /** Absent: none. */
  conditionalFormats?: readonly ConditionalFormat[];
  /**
   * Rules the add-in wrote on this sheet before that `conditionalFormats` replace (the same rules in
   * the other language): an update recognises them as the add-in's too. Never written.
   */
  replacesFormats?: readonly Pick<ConditionalFormat, "range" | "formula">[];
  /** Absent: none. */
  charts?: readonly ChartSpec[];
};

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export const text = (t: string): SpecValue => ({ kind: "text", text: t });
export const num = (n: number | null): SpecValue => (n === null ? EMPTY : { kind: "number", value: n });
export const date = (iso: string | null): SpecValue => (iso === null ? EMPTY : { kind: "date", iso });
export const EMPTY: SpecValue = { kind: "empty" };
