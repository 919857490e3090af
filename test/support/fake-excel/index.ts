// A strict fake of the Excel JavaScript API for tests of the Office host (src/hosts/office).
//
//   const fake = createFakeExcel({ sheets: [gridFromRows("Accounts", [["ID", "Name"], ["K-1", "Acme"]])] });
//   await fake.Excel.run(async (context) => {
//     const range = context.workbook.worksheets.getItem("Accounts").getRange("A1:B2");
//     range.load("values");
//     await context.sync();
//     range.values;                       // [["ID","Name"],["K-1","Acme"]]
//   });
//   fake.workbook.sheet("Accounts").cell("B2").value;   // inspect the model without the API
//   fake.stats.syncs; fake.control.failSync(1);
//
// Strictness summary (sources in the module headers): every call queues; sync runs the queue in order;
// PropertyNotLoaded / ValueNotLoaded for unloaded reads; ItemNotFound / isNullObject; InvalidArgument for
// wrong-sized arrays and bad names; "=" / "+x" / "-x" text becomes a formula and "00123" a number unless the
// cell is formatted "@"; 5 MB request/response limits; requirement sets (ApiNotFound on the client);
// cell-edit mode; injected sync failures; unmodelled members throw NotModelledError.

import type { CellValue, GridCell, SheetGrid, TableRef } from "../../../src/sheet";
import { parseRect, type Rect } from "./address";
import { applyHeaderNames } from "./cells";
import { normalizeColor } from "./colors";
import { Engine, makeRun, type FakeStats } from "./context";
import type { FakeErrorCode } from "./errors";
import { toGrid, type ToGridOptions } from "./grid";
import { WorkbookModel, type TableModel, type Visibility } from "./model";
import { ExcelEnums, makeOffice, OfficeExtensionGlobal, type FakeOfficeGlobal } from "./office";
import { DEFAULT_PAYLOAD_LIMIT } from "./payload";
import { validateDefinedName } from "./model";
import { FakeWorkbook } from "./workbook-api";

export { FakeOfficeError, NotModelledError, type FakeErrorCode } from "./errors";
export { UNSUPPORTED_FORMULA } from "./formula";
export type { FakeStats } from "./context";
export type { CellView, SheetModel, TableModel, ValidationModel } from "./model";

export type FakeCellInit = CellValue | (GridCell & { formula?: string });

export type FakeSheetInit = {
  name: string;
  visible?: boolean;
  visibility?: Visibility;
  /** Row and column (1-based) of cells[0][0]; default 1. */
  firstRow?: number;
  firstColumn?: number;
  cells?: readonly (readonly FakeCellInit[])[];
  hiddenRows?: readonly number[];
  tables?: readonly (TableRef & { style?: string })[];
  /** Workbook-scoped names referring to ranges on this sheet ("A1:B3"). */
  names?: readonly { name: string; range: string }[];
  merges?: readonly string[];
  tabColor?: string;
  freeze?: { rows: number; columns: number };
};

export type FakeExcelOptions = {
  /** A SheetGrid (src/workbook/grid.ts) is accepted as it is. Default: one empty "Sheet1" ("Tabelle1" in German). */
  sheets?: readonly (FakeSheetInit | SheetGrid)[];
  activeSheet?: string;
  settings?: Readonly<Record<string, unknown>>;
  /** e.g. { ExcelApi: "1.9" }; default { ExcelApi: "1.17" }. */
  supportedSets?: Readonly<Record<string, string>>;
  displayLanguage?: string;
  /** Request and response limit per sync; default 5 MB (Excel on the web). */
  payloadLimitBytes?: number;
  platform?: "OfficeOnline" | "PC" | "Mac";
};

export type FakeControl = {
  /**
   * The n-th sync from now (1-based) fails with `code` (default GeneralException). By default nothing
   * of that batch is applied; with { partial: true } the first half of its operations is applied first,
   * like a batch that fails halfway.
   */
  failSync(n: number, code?: FakeErrorCode, options?: { partial?: boolean }): void;
  /**
   * The user is editing a cell: the next `count` Excel.run calls reject with
   * InvalidOperationInCellEditMode before their batch runs (at: "run", default), or the next `count`
   * syncs do (at: "sync"). Excel.run({ delayForCellEdit: true }, …) is not rejected.
   */
  cellEditMode(count: number, options?: { at?: "run" | "sync" }): void;
  /** Marks the workbook as shared (Workbook.getIsActiveCollabSession); rows.add is then counted separately. */
  coauthoring(on: boolean): void;
  resetStats(): void;
};

export class FakeWorkbookModel extends WorkbookModel {
  /** The used range of a sheet as a SheetGrid, straight from the model. */
  toGrid(name: string, options?: ToGridOptions): SheetGrid {
    return toGrid(this, name, options);
  }
}

export type FakeExcel = {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  workbook: FakeWorkbookModel;
  stats: FakeStats;
  control: FakeControl;
  /** Sets the Excel, Office and OfficeExtension globals; returns a function that restores them. */
  install(): () => void;
};

function isGridCell(v: FakeCellInit): v is GridCell {
  return typeof v === "object" && v !== null;
}

function populate(model: WorkbookModel, init: FakeSheetInit | SheetGrid): void {
  const location = "createFakeExcel";
  const sheet = model.addSheet(init.name, location);
  const visibility =
    "visibility" in init && init.visibility ? init.visibility : init.visible === false ? "Hidden" : "Visible";
  sheet.visibility = visibility;
  const top = init.firstRow ?? 1;
  const left = init.firstColumn ?? 1;
  // A SheetGrid holds its cells sparsely by row and column; a FakeSheetInit densely from (top, left).
  const placed: { r: number; c: number; v: FakeCellInit }[] = [];
  if ("rows" in init) {
    for (const [r, line] of init.rows) for (const [c, v] of line) placed.push({ r, c, v });
  } else {
    (init.cells ?? []).forEach((row, i) => {
      row.forEach((v, j) => placed.push({ r: top + i, c: left + j, v }));
    });
  }
  for (const { r, c, v } of placed) {
    if (v === null) continue;
    const cell = sheet.editCell(r, c);
    if (isGridCell(v)) {
      cell.value = v.value ?? "";
      cell.numberFormat = v.format;
      cell.error = v.error === true;
      cell.formula = "formula" in v && typeof v.formula === "string" ? v.formula : null;
    } else cell.value = v;
    sheet.tidy(r, c);
  }
  for (const r of init.hiddenRows ?? []) sheet.hiddenRows.add(r);
  if ("rows" in init) for (const m of init.merges) sheet.merges.push({ ...m });
  const extra = init as FakeSheetInit;
  for (const m of "rows" in init ? [] : (extra.merges ?? [])) {
    const rect = parseRect(m);
    if (rect) sheet.merges.push(rect);
  }
  if (extra.tabColor) sheet.tabColor = normalizeColor(extra.tabColor) ?? "";
  if (extra.freeze) sheet.freeze = { ...extra.freeze };
  for (const ref of init.tables ?? []) {
    const name = validateDefinedName(ref.name, location);
    const rect: Rect = { top: ref.top, left: ref.left, bottom: ref.bottom, right: ref.right };
    const table: TableModel = {
      id: model.nextTableId(),
      name,
      sheet,
      rect,
      showHeaders: ref.hasHeader,
      showTotals: false,
      style: "style" in ref && typeof ref.style === "string" ? ref.style : "TableStyleMedium2",
      showBandedRows: true,
      showBandedColumns: false,
      showFilterButton: true,
      highlightFirstColumn: false,
      highlightLastColumn: false,
      columns: [],
      nextColumnId: 1,
      deleted: false,
    };
    model.tables.push(table);
    if (table.showHeaders) applyHeaderNames(table);
    else
      table.columns = Array.from({ length: rect.right - rect.left + 1 }, (_, i) => ({
        id: i + 1,
        name: `Column${i + 1}`,
      }));
  }
  for (const n of extra.names ?? []) {
    const rect = parseRect(n.range);
    if (!rect) throw new Error(`createFakeExcel: bad range ${n.range} for name ${n.name}`);
    model.names.push({
      name: validateDefinedName(n.name, location),
      scopeSheet: null,
      ref: { kind: "range", sheet, rect },
      comment: "",
      visible: true,
      deleted: false,
    });
  }
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const language = options.displayLanguage ?? "en-US";
  const sets = options.supportedSets ?? { ExcelApi: "1.17" };
  const model = new FakeWorkbookModel(language);
  const sheets = options.sheets ?? [];
  if (sheets.length === 0) model.addSheet(undefined, "createFakeExcel");
  for (const s of sheets) populate(model, s);
  for (const [k, v] of Object.entries(options.settings ?? {}))
    model.settings.set(k, JSON.parse(JSON.stringify(v)) as unknown);
  model.activeSheet =
    (options.activeSheet === undefined ? undefined : model.findSheet(options.activeSheet)) ??
    model.sheets.find((s) => s.visibility === "Visible") ??
    null;

  const engine = new Engine(model, sets, options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT, language);
  engine.workbookFactory = (context) => FakeWorkbook.create(context, model);

  const excelGlobal = { run: makeRun(engine), ...ExcelEnums };
  const officeGlobal: FakeOfficeGlobal = makeOffice(sets, language, options.platform ?? "OfficeOnline");

  const control: FakeControl = {
    failSync(n, code = "GeneralException", opts = {}) {
      if (!Number.isInteger(n) || n < 1) throw new Error("failSync: n counts syncs from now, starting at 1");
      engine.failures.set(engine.stats.syncs + n, { code, partial: opts.partial === true });
    },
    cellEditMode(count, opts = {}) {
      engine.cellEdit = { remaining: count, at: opts.at ?? "run" };
    },
    coauthoring(on) {
      engine.coauthoring = on;
    },
    resetStats() {
      const s = engine.stats;
      Object.assign(s, {
        runs: 0,
        syncs: 0,
        failedSyncs: 0,
        requests: [],
        largestRequestBytes: 0,
        largestResponseBytes: 0,
        tableRowsAdd: 0,
        tableRowsAddWhileCoauthoring: 0,
        unscopedLoads: 0,
        cellEditRejections: 0,
        calculationSuspensions: 0,
      } satisfies FakeStats);
      engine.failures.clear();
    },
  };

  // The one boundary cast: the fake implements the subset of the API the add-in uses, and every
  // member it does not model throws NotModelledError at runtime rather than failing silently.
  const fake = {
    Excel: excelGlobal as unknown as typeof Excel,
    Office: officeGlobal as unknown as typeof Office,
    OfficeExtension: OfficeExtensionGlobal as unknown as typeof OfficeExtension,
    workbook: model,
    stats: engine.stats,
    control,
    install(): () => void {
      const g = globalThis as Record<string, unknown>;
      const saved = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
      g.Excel = fake.Excel;
      g.Office = fake.Office;
      g.OfficeExtension = fake.OfficeExtension;
      return () => {
        g.Excel = saved.Excel;
        g.Office = saved.Office;
        g.OfficeExtension = saved.OfficeExtension;
      };
    },
  };
  return fake;
}
