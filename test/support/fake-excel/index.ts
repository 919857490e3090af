// The engine of the fake Excel: one in-memory model of a workbook (sheets, cells, formats, tables,
// names, validation, freeze panes, print setup, tab colours, hidden rows, settings) and the types of
// the Excel object model over it (types/). Office.js talks to it through the wire host
// (test/support/office-js); tests read and change the model directly:
//
//   const excel = await createWireExcel({ sheets: [gridFromRows("Accounts", [["ID", "Name"], ["K-1", "Acme"]])] });
//   excel.workbook.sheet("Accounts").cell("B2").value;     // inspect the model without the API
//   excel.workbook.sheet("Accounts").setCell("B2", "x");    // a co-author's edit

import type { CellValue, GridCell, SheetGrid, TableRef } from "../../../src/sheet";
import { parseRect, type Rect } from "./address";
import { applyHeaderNames } from "./cells";
import { normalizeColor } from "./colors";
import { toGrid, type ToGridOptions } from "./grid";
import { validateDefinedName, WorkbookModel, type TableModel, type Visibility } from "./model";

export { ExcelError, NotModelledError, officeError, type FakeErrorCode } from "./errors";
export { UNSUPPORTED_FORMULA } from "./formula";
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

export type WorkbookInit = {
  /** A SheetGrid (src/workbook/grid.ts) is accepted as it is. Default: one empty "Sheet1" ("Tabelle1" in German). */
  sheets?: readonly (FakeSheetInit | SheetGrid)[];
  activeSheet?: string;
  settings?: Readonly<Record<string, unknown>>;
  /** Decides default sheet names and the separators of Range.text; default "en-US". */
  displayLanguage?: string;
};

export class FakeWorkbookModel extends WorkbookModel {
  /** The used range of a sheet as a SheetGrid, straight from the model. */
  toGrid(name: string, options?: ToGridOptions): SheetGrid {
    return toGrid(this, name, options);
  }
}

function isGridCell(v: FakeCellInit): v is GridCell {
  return typeof v === "object" && v !== null;
}

function populate(model: WorkbookModel, init: FakeSheetInit | SheetGrid): void {
  const location = "createWorkbook";
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

/** A workbook model holding the given sheets; shared by every client that opens it. */
export function createWorkbook(options: WorkbookInit = {}): FakeWorkbookModel {
  const model = new FakeWorkbookModel(options.displayLanguage ?? "en-US");
  const sheets = options.sheets ?? [];
  if (sheets.length === 0) model.addSheet(undefined, "createWorkbook");
  for (const s of sheets) populate(model, s);
  for (const [k, v] of Object.entries(options.settings ?? {}))
    model.settings.set(k, JSON.parse(JSON.stringify(v)) as unknown);
  model.activeSheet =
    (options.activeSheet === undefined ? undefined : model.findSheet(options.activeSheet)) ??
    model.sheets.find((s) => s.visibility === "Visible") ??
    null;
  return model;
}
