// The in-memory workbook behind the fake. The API proxies change it only inside context.sync(); tests
// may inspect it directly (workbook.sheet("KAM Goals").cell("B3")) or change it to play a co-author.

import {
  cellCount,
  columnIndex,
  formatRect,
  intersect,
  MAX_COLUMNS,
  parseRect,
  qualified,
  type Rect,
} from "./address";
import type { ScalarValue } from "./coerce";
import { officeError } from "./errors";
import { evaluateFormula, type Evaluated } from "./formula";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";
export type EdgeName = "top" | "bottom" | "left" | "right" | "diagonalDown" | "diagonalUp";
export type BorderModel = { readonly style: string; readonly color: string; readonly weight: string };
export type FontModel = {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly color: string;
  readonly size: number;
  readonly name: string;
  readonly underline: string;
  readonly strikethrough: boolean;
};
export type CellStyle = {
  /** null: no fill (the API reports "#FFFFFF"). */
  readonly fill: string | null;
  readonly font: FontModel;
  readonly horizontalAlignment: string;
  readonly verticalAlignment: string;
  readonly wrapText: boolean;
  readonly borders: Readonly<Partial<Record<EdgeName, BorderModel>>>;
};
export type CellModel = {
  /** "" for an empty cell (what Range.values returns); the computed value for a formula cell. */
  value: ScalarValue;
  formula: string | null;
  error: boolean;
  numberFormat: string;
  style: CellStyle;
};

export const DEFAULT_FONT: FontModel = Object.freeze({
  bold: false,
  italic: false,
  color: "#000000",
  size: 11,
  name: "Calibri",
  underline: "None",
  strikethrough: false,
});
export const DEFAULT_STYLE: CellStyle = Object.freeze({
  fill: null,
  font: DEFAULT_FONT,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  borders: Object.freeze({}),
});
/** Points; Excel's default column is 8.43 characters = 64 px = 48 pt, rows are 15 pt. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export type ValidationModel = {
  readonly rule: Readonly<Record<string, unknown>> | null;
  readonly type: string;
  readonly errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  readonly prompt: { showPrompt: boolean; title: string; message: string };
  readonly ignoreBlanks: boolean;
};
export const NO_VALIDATION: ValidationModel = Object.freeze({
  rule: null,
  type: "None",
  errorAlert: Object.freeze({ showAlert: true, style: "Stop", title: "", message: "" }),
  prompt: Object.freeze({ showPrompt: false, title: "", message: "" }),
  ignoreBlanks: true,
});

export type ConditionalFormatModel = {
  readonly id: string;
  readonly type: string;
  rect: Rect;
  priority: number;
  stopIfTrue: boolean;
  /** Whatever was set on the format's sub-objects, by path ("custom.rule.formula"). */
  readonly settings: Map<string, unknown>;
};

/** A range a chart reads: its sheet and rectangle (a renamed sheet keeps the reference). */
export type ChartRangeModel = { readonly sheet: SheetModel; readonly rect: Rect };
export type ChartAxisModel = {
  minimum: number | null;
  maximum: number | null;
  majorUnit: number | null;
  title: { text: string; visible: boolean };
  majorGridlines: boolean;
};
export type ChartDataLabelModel = { text: string | null; position: string };
export type ChartSeriesModel = {
  name: string;
  xValues: ChartRangeModel | null;
  values: ChartRangeModel | null;
  bubbleSizes: ChartRangeModel | null;
  /** "#RRGGBB"; null after fill.clear(); "Automatic" until set. */
  fill: string | null;
  lineStyle: string;
  hasDataLabels: boolean;
  /** Points with a data label of their own, by index. */
  labels: Map<number, ChartDataLabelModel & { visible: boolean }>;
  deleted: boolean;
};
export type ChartModel = {
  readonly id: string;
  name: string;
  chartType: string;
  readonly sheet: SheetModel;
  /** The cells the chart covers (setPosition), null until placed. */
  from: Rect | null;
  to: Rect | null;
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  /** categoryAxis is the x axis of a bubble or scatter chart, valueAxis the y axis. */
  axes: { category: ChartAxisModel; value: ChartAxisModel };
  series: ChartSeriesModel[];
  deleted: boolean;
};

export type PageLayoutModel = {
  orientation: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printGridlines: boolean;
  centerHorizontally: boolean;
  printTitleRows: Rect | null;
  printArea: Rect | null;
};

export type TableModel = {
  readonly id: string;
  name: string;
  readonly sheet: SheetModel;
  /** Header row (when shown) through the last data row. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
  columns: { readonly id: number; name: string }[];
  nextColumnId: number;
  deleted: boolean;
};

export type NameRef =
  { kind: "range"; sheet: SheetModel; rect: Rect } | { kind: "formula"; formula: string } | { kind: "error" };
export type NameModel = {
  name: string;
  /** null: workbook scope. */
  readonly scopeSheet: SheetModel | null;
  ref: NameRef;
  comment: string;
  visible: boolean;
  deleted: boolean;
};

export type CellView = {
  value: ScalarValue;
  formula: string | null;
  error: boolean;
  numberFormat: string;
  fill: string | null;
  font: FontModel;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  borders: Readonly<Partial<Record<EdgeName, BorderModel>>>;
};

const EMPTY_CELL: Readonly<CellModel> = Object.freeze({
  value: "",
  formula: null,
  error: false,
  numberFormat: "General",
  style: DEFAULT_STYLE,
});

export function isEmptyContent(c: CellModel): boolean {
  return c.value === "" && c.formula === null;
}

/** Styles are interned (internStyle), so the default style is always DEFAULT_STYLE itself. */
export function isDefaultFormat(c: CellModel): boolean {
  return c.numberFormat === "General" && c.style === DEFAULT_STYLE;
}

const STYLES = new Map<string, CellStyle>([[JSON.stringify(DEFAULT_STYLE), DEFAULT_STYLE]]);

/** One frozen object per distinct style, so equal styles are the same object (default: DEFAULT_STYLE). */
export function internStyle(style: CellStyle): CellStyle {
  const key = JSON.stringify(style);
  let found = STYLES.get(key);
  if (!found) {
    found = Object.freeze(style);
    STYLES.set(key, found);
  }
  return found;
}

export class SheetModel {
  deleted = false;
  visibility: Visibility = "Visible";
  /** "" when the tab has no colour (what Worksheet.tabColor returns). */
  tabColor = "";
  showGridlines = true;
  /** Stored cells by cellKey(row, column). */
  readonly cells = new Map<number, CellModel>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  merges: Rect[] = [];
  freeze = { rows: 0, columns: 0 };
  readonly validations = new Map<string, ValidationModel>();
  conditionalFormats: ConditionalFormatModel[] = [];
  charts: ChartModel[] = [];
  readonly pageLayout: PageLayoutModel = {
    orientation: "Portrait",
    zoom: { scale: 100 },
    printGridlines: false,
    centerHorizontally: false,
    printTitleRows: null,
    printArea: null,
  };
  readonly customProperties = new Map<string, string>();
  /** Worksheet-scoped defined names. */
  readonly names: NameModel[] = [];
  selection: Rect = { top: 1, left: 1, bottom: 1, right: 1 };
  /** Columns autofitted through the API (the fake only approximates the widths). */
  readonly autofitted = new Set<number>();

  constructor(
    readonly workbook: WorkbookModel,
    readonly id: string,
    public name: string,
  ) {}

  get position(): number {
    return this.workbook.sheets.indexOf(this);
  }

  /** Key of a cell in `validations` ("3,4"). */
  static key(row: number, column: number): string {
    return `${row},${column}`;
  }

  /** Key of a cell in `cells`: a number, because sheets of 30,000 goals hold half a million cells. */
  static cellKey(row: number, column: number): number {
    return (row - 1) * MAX_COLUMNS + (column - 1);
  }

  static cellAt(key: number): [row: number, column: number] {
    return [Math.floor(key / MAX_COLUMNS) + 1, (key % MAX_COLUMNS) + 1];
  }

  /** The cell as stored, or an empty default cell (do not mutate the result). */
  getCell(row: number, column: number): Readonly<CellModel> {
    return this.cells.get(SheetModel.cellKey(row, column)) ?? EMPTY_CELL;
  }

  editCell(row: number, column: number): CellModel {
    const key = SheetModel.cellKey(row, column);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { ...EMPTY_CELL };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Drops a cell that holds nothing and has default formatting. */
  tidy(row: number, column: number): void {
    const key = SheetModel.cellKey(row, column);
    const cell = this.cells.get(key);
    if (cell && isEmptyContent(cell) && isDefaultFormat(cell)) this.cells.delete(key);
  }

  /** Visits stored (non-default) cells inside the rectangle. */
  forEachStored(rect: Rect, visit: (cell: CellModel, row: number, column: number) => void): void {
    if (cellCount(rect) <= this.cells.size) {
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = this.cells.get(SheetModel.cellKey(r, c));
          if (cell) visit(cell, r, c);
        }
      }
      return;
    }
    for (const [key, cell] of [...this.cells]) {
      const [r, c] = SheetModel.cellAt(key);
      if (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right) visit(cell, r, c);
    }
  }

  countStored(rect: Rect): number {
    let n = 0;
    this.forEachStored(rect, () => n++);
    return n;
  }

  /** Smallest rectangle around cells with a value or formula (and, unless valuesOnly, formatting). */
  usedRect(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [key, cell] of this.cells) {
      if (isEmptyContent(cell) && (valuesOnly || isDefaultFormat(cell))) continue;
      const [r, c] = SheetModel.cellAt(key);
      rect = rect
        ? {
            top: Math.min(rect.top, r),
            left: Math.min(rect.left, c),
            bottom: Math.max(rect.bottom, r),
            right: Math.max(rect.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    }
    return rect;
  }

  /** The value Range.values reports: formulas are evaluated on read (see formula.ts). */
  evaluated(row: number, column: number, depth = 0): Evaluated {
    const cell = this.getCell(row, column);
    if (cell.formula === null) return { value: cell.value, error: cell.error };
    if (depth > 50) return { value: "#CIRCULAR!", error: true };
    return evaluateFormula(cell.formula, (sheetName, rect) => {
      const target = sheetName === null ? this : this.workbook.findSheet(sheetName);
      if (!target || cellCount(rect) > 100_000) return null;
      const out: Evaluated[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const line: Evaluated[] = [];
        for (let c = rect.left; c <= rect.right; c++) line.push(target.evaluated(r, c, depth + 1));
        out.push(line);
      }
      return out;
    });
  }

  mergeAt(row: number, column: number): Rect | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right);
  }

  tables(): TableModel[] {
    return this.workbook.tables.filter((t) => t.sheet === this && !t.deleted);
  }

  columnWidthAt(column: number): number {
    return this.hiddenColumns.has(column) ? 0 : (this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH);
  }

  rowHeightAt(row: number): number {
    return this.hiddenRows.has(row) ? 0 : (this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT);
  }

  // ---- inspection helpers for tests -------------------------------------------------------------

  /** Everything about one cell ("B3"); `value` is the computed value of a formula cell. */
  cell(address: string): CellView {
    const rect = parseRect(address);
    if (!rect) throw new Error(`not a cell address: ${address}`);
    const c = this.getCell(rect.top, rect.left);
    const { value, error } = this.evaluated(rect.top, rect.left);
    return {
      value,
      formula: c.formula,
      error,
      numberFormat: c.numberFormat,
      fill: c.style.fill,
      font: c.style.font,
      horizontalAlignment: c.style.horizontalAlignment,
      verticalAlignment: c.style.verticalAlignment,
      wrapText: c.style.wrapText,
      borders: c.style.borders,
    };
  }

  /** Column width in points ("C" or 3). */
  columnWidth(column: string | number): number {
    return this.columnWidthAt(typeof column === "number" ? column : columnIndex(column));
  }

  rowHeight(row: number): number {
    return this.rowHeightAt(row);
  }

  mergedAreas(): string[] {
    return this.merges.map((m) => formatRect(m));
  }

  /** The validation of one cell ("D9"), or undefined. */
  validationAt(address: string): ValidationModel | undefined {
    const rect = parseRect(address);
    if (!rect) throw new Error(`not a cell address: ${address}`);
    return this.validations.get(SheetModel.key(rect.top, rect.left));
  }

  /** Hidden row numbers, ascending. */
  hiddenRowNumbers(): number[] {
    return [...this.hiddenRows].sort((a, b) => a - b);
  }

  /** Raw write that bypasses the API (a co-author typing), without coercion. */
  setCell(address: string, value: ScalarValue, numberFormat?: string): void {
    const rect = parseRect(address);
    if (!rect) throw new Error(`not a cell address: ${address}`);
    const cell = this.editCell(rect.top, rect.left);
    cell.value = value;
    cell.formula = null;
    cell.error = false;
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
    this.tidy(rect.top, rect.left);
  }

  address(rect: Rect): string {
    return qualified(this.name, rect);
  }

  /** Cells of a rectangle that are covered by a merge but are not its top-left cell. */
  isMergedAway(row: number, column: number): boolean {
    const m = this.mergeAt(row, column);
    return m !== undefined && (m.top !== row || m.left !== column);
  }

  mergesIn(rect: Rect): Rect[] {
    return this.merges.filter((m) => intersect(m, rect) !== null);
  }
}

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/;

/** Worksheet name rules: 1–31 characters, none of : \ / ? * [ ], no leading/trailing apostrophe, not "History". */
export function validateSheetName(name: unknown, location: string): string {
  if (typeof name !== "string" || name.trim() === "") {
    throw officeError("InvalidArgument", "sheet name must not be blank", location);
  }
  if (name.length > 31)
    throw officeError("InvalidArgument", "sheet name longer than 31 characters", location);
  if (INVALID_SHEET_CHARS.test(name)) {
    throw officeError("InvalidArgument", "sheet name contains one of : \\ / ? * [ ]", location);
  }
  if (name.startsWith("'") || name.endsWith("'")) {
    throw officeError("InvalidArgument", "sheet name starts or ends with an apostrophe", location);
  }
  if (name.toLowerCase() === "history")
    throw officeError("InvalidArgument", "'History' is reserved", location);
  return name;
}

const NAME_PATTERN = /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/;
const CELL_LIKE = /^[A-Za-z]{1,3}\d+$/;
const R1C1_LIKE = /^([Rr]\d*([Cc]\d*)?|[Cc]\d*)$/;

/** Rules shared by table names and defined names (≤ 255 chars, no spaces, not a cell reference). */
export function validateDefinedName(name: unknown, location: string): string {
  if (typeof name !== "string" || name === "")
    throw officeError("InvalidArgument", "name is blank", location);
  if (name.length > 255) throw officeError("InvalidArgument", "name longer than 255 characters", location);
  if (!NAME_PATTERN.test(name) || CELL_LIKE.test(name) || R1C1_LIKE.test(name)) {
    throw officeError("InvalidArgument", `'${name}' is not a valid name`, location);
  }
  return name;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  /** Workbook-scoped defined names. */
  readonly names: NameModel[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheet: SheetModel | null = null;
  calculationMode = "Automatic";
  private sheetCounter = 0;
  private tableCounter = 0;
  private cfCounter = 0;
  private chartCounter = 0;

  constructor(readonly language: string) {}

  get defaultSheetBase(): string {
    return this.language.toLowerCase().startsWith("de") ? "Tabelle" : "Sheet";
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  findSheet(nameOrId: string): SheetModel | undefined {
    const key = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key || s.id.toLowerCase() === key);
  }

  /** For tests: the sheet by name, or an Error. */
  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`no sheet named ${name}; sheets: ${this.sheetNames().join(", ")}`);
    return sheet;
  }

  nextSheetId(): string {
    this.sheetCounter++;
    return `{00000000-0001-0000-${String(this.sheetCounter).padStart(4, "0")}-000000000000}`;
  }

  addSheet(name: unknown, location: string): SheetModel {
    let finalName: string;
    if (name === undefined || name === null) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`${this.defaultSheetBase}${n}`)) n++;
      finalName = `${this.defaultSheetBase}${n}`;
    } else finalName = validateSheetName(name, location);
    if (this.findSheet(finalName)) {
      throw officeError("ItemAlreadyExists", `a sheet named '${finalName}' already exists`, location);
    }
    const sheet = new SheetModel(this, this.nextSheetId(), finalName);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  findTable(nameOrId: string): TableModel | undefined {
    const key = nameOrId.toLowerCase();
    return this.tables.find(
      (t) => !t.deleted && (t.name.toLowerCase() === key || t.id.toLowerCase() === key),
    );
  }

  /** For tests: the table by name, or an Error. */
  table(name: string): TableModel {
    const table = this.findTable(name);
    if (!table) throw new Error(`no table named ${name}`);
    return table;
  }

  nextTableId(): string {
    this.tableCounter++;
    return String(this.tableCounter);
  }

  nextChartId(): string {
    this.chartCounter++;
    return `{CHART-${this.chartCounter}}`;
  }

  nextConditionalFormatId(): string {
    this.cfCounter++;
    return `{CF-${this.cfCounter}}`;
  }

  defaultTableName(): string {
    let n = 1;
    while (this.isNameTaken(`Table${n}`)) n++;
    return `Table${n}`;
  }

  findName(name: string, scopeSheet: SheetModel | null = null): NameModel | undefined {
    const list = scopeSheet ? scopeSheet.names : this.names;
    return list.find((n) => !n.deleted && n.name.toLowerCase() === name.toLowerCase());
  }

  /** Table names and workbook-scoped defined names share one namespace. */
  isNameTaken(name: string, except?: TableModel): boolean {
    const key = name.toLowerCase();
    return (
      this.tables.some((t) => t !== except && !t.deleted && t.name.toLowerCase() === key) ||
      this.names.some((n) => !n.deleted && n.name.toLowerCase() === key)
    );
  }

  /** "=Sheet1!$A$1:$B$2" for a range name. */
  nameFormula(name: NameModel): string {
    if (name.ref.kind === "range") return `=${qualified(name.ref.sheet.name, name.ref.rect, true)}`;
    if (name.ref.kind === "formula") return name.ref.formula;
    return "=#REF!";
  }
}
