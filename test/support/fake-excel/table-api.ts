// Excel.Table and its collections. Table names are workbook-unique (shared with defined names);
// TableRowCollection.add is counted in stats.tableRowsAdd because Microsoft warns it risks merge
// conflicts under co-authoring ("Coauthoring in Excel add-ins").

import { parseRect, splitSheet, type Rect } from "./address";
import { applyHeaderNames, evaluatedCell, mapCells } from "./cells";
import { checkApiVersion } from "./api-sets";
import {
  defineScalars,
  expose,
  FakeCollection,
  FakeObject,
  jsonClone,
  once,
  type FakeClientResult,
  type ScalarSpecs,
  type WriteEnv,
} from "./client-object";
import type { FakeRequestContext } from "./context";
import { officeError } from "./errors";
import type { SheetModel, TableModel, WorkbookModel } from "./model";
import { FakeRange, resolveRangeArgument, type RangeTarget } from "./range-api";
import { addTable, addTableRows, convertTableToRange, deleteTable, renameTable, resizeTable } from "./tables";
import { FakeWorksheet } from "./worksheet-api";

const TABLE_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

function flag(v: unknown, env: WriteEnv): boolean {
  if (typeof v !== "boolean") throw officeError("InvalidArgument", "expected true or false", env.location);
  return v;
}

function dataTop(t: TableModel): number {
  return t.rect.top + (t.showHeaders ? 1 : 0);
}
function dataBottom(t: TableModel): number {
  return t.rect.bottom - (t.showTotals ? 1 : 0);
}

function setFlag(
  key:
    | "showBandedRows"
    | "showBandedColumns"
    | "showFilterButton"
    | "highlightFirstColumn"
    | "highlightLastColumn",
) {
  return {
    read: (t: TableModel) => t[key],
    write: (t: TableModel, v: unknown, env: WriteEnv) => {
      t[key] = flag(v, env);
    },
  };
}

const TABLE_SCALARS: ScalarSpecs<TableModel> = {
  id: { read: (t) => t.id },
  legacyId: { read: (t) => t.id },
  name: {
    read: (t) => t.name,
    write: (t, v, env) => {
      renameTable(t, v, env.location);
    },
  },
  style: {
    read: (t) => t.style,
    write: (t, v, env) => {
      if (typeof v !== "string" || (v !== "" && !TABLE_STYLE.test(v))) {
        throw officeError("InvalidArgument", `table style '${String(v)}'`, env.location);
      }
      t.style = v;
    },
  },
  showBandedRows: setFlag("showBandedRows"),
  showBandedColumns: setFlag("showBandedColumns"),
  showFilterButton: setFlag("showFilterButton"),
  highlightFirstColumn: setFlag("highlightFirstColumn"),
  highlightLastColumn: setFlag("highlightLastColumn"),
  showHeaders: {
    read: (t) => t.showHeaders,
    write: (t, v, env) => {
      const show = flag(v, env);
      if (show === t.showHeaders) return;
      if (show && t.rect.top === 1)
        throw officeError("InvalidOperation", "no row above the table", env.location);
      t.rect = { ...t.rect, top: t.rect.top + (show ? -1 : 1) };
      t.showHeaders = show;
      if (show) applyHeaderNames(t);
    },
  },
  showTotals: {
    read: (t) => t.showTotals,
    write: (t, v, env) => {
      const show = flag(v, env);
      if (show === t.showTotals) return;
      t.rect = { ...t.rect, bottom: t.rect.bottom + (show ? 1 : -1) };
      t.showTotals = show;
    },
  },
};

export class FakeTable extends FakeObject<TableModel> {
  readonly typeName = "Table";

  static create(context: FakeRequestContext, path: string, resolver: () => TableModel | null): FakeTable {
    return expose(new FakeTable(context, path, resolver));
  }

  protected scalars(): ScalarSpecs<TableModel> {
    return TABLE_SCALARS;
  }

  protected override isAlive(t: TableModel): boolean {
    return !t.deleted;
  }

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    if (name === "columns") return this.columns;
    if (name === "rows") return this.rows;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get columns(): FakeTableColumnCollection {
    return this.child("columns", () =>
      expose(new FakeTableColumnCollection(this.context, `${this.path}.columns`, () => this.target())),
    );
  }

  get rows(): FakeTableRowCollection {
    return this.child("rows", () =>
      expose(new FakeTableRowCollection(this.context, `${this.path}.rows`, () => this.target())),
    );
  }

  get worksheet(): FakeWorksheet {
    this.checkApi("worksheet");
    return this.child("worksheet", () =>
      FakeWorksheet.create(this.context, `${this.path}.worksheet`, () => this.target()?.sheet ?? null),
    );
  }

  private range(member: string, pick: (t: TableModel, location: string) => Rect): FakeRange {
    const location = this.location(member);
    const child = FakeRange.create(this.context, `${this.path}.${member}()`, () => {
      const t = this.target();
      return t === null ? null : { sheet: t.sheet, rect: pick(t, location) };
    });
    return this.instantiate(child, member, []);
  }

  getRange(): FakeRange {
    return this.range("getRange", (t) => t.rect);
  }

  getHeaderRowRange(): FakeRange {
    return this.range("getHeaderRowRange", (t, location) => {
      if (!t.showHeaders)
        throw officeError("InvalidOperation", "the table does not show its header row", location);
      return { ...t.rect, bottom: t.rect.top };
    });
  }

  getDataBodyRange(): FakeRange {
    return this.range("getDataBodyRange", (t) => ({ ...t.rect, top: dataTop(t), bottom: dataBottom(t) }));
  }

  getTotalRowRange(): FakeRange {
    return this.range("getTotalRowRange", (t, location) => {
      if (!t.showTotals)
        throw officeError("InvalidOperation", "the table does not show a total row", location);
      return { ...t.rect, top: t.rect.bottom };
    });
  }

  resize(newRange: unknown): void {
    this.checkApi("resize");
    this.enqueue("resize", [newRange], (t, _a, _e, location) => {
      const target = resolveRangeArgument(newRange, t.sheet, this.writeEnv(location), location);
      if (target.sheet !== t.sheet)
        throw officeError("InvalidArgument", "the new range is on another sheet", location);
      resizeTable(t, target.rect, location);
    });
  }

  delete(): void {
    this.enqueue("delete", [], (t) => {
      deleteTable(t);
    });
  }

  convertToRange(): FakeRange {
    this.checkApi("convertToRange");
    const location = this.location("convertToRange");
    const child = FakeRange.create(
      this.context,
      `${this.path}.convertToRange()`,
      once(() => {
        const t = this.target();
        if (t === null) return null;
        convertTableToRange(t);
        return { sheet: t.sheet, rect: t.rect };
      }, location),
    );
    return this.instantiate(child, "convertToRange", []);
  }
}
defineScalars(FakeTable.prototype, TABLE_SCALARS);

export type TablesTarget = { workbook: WorkbookModel; sheet: SheetModel | null };

const TABLES_SCALARS: ScalarSpecs<TablesTarget> = {
  count: { read: (t) => (t.sheet ? t.sheet.tables() : t.workbook.tables).length },
};

export class FakeTableCollection extends FakeCollection<TablesTarget, TableModel> {
  readonly typeName = "TableCollection";

  static create(
    context: FakeRequestContext,
    path: string,
    resolver: () => TablesTarget | null,
  ): FakeTableCollection {
    return expose(new FakeTableCollection(context, path, resolver));
  }

  protected scalars(): ScalarSpecs<TablesTarget> {
    return TABLES_SCALARS;
  }

  protected entities(t: TablesTarget): TableModel[] {
    return t.sheet ? t.sheet.tables() : t.workbook.tables.filter((x) => !x.deleted);
  }

  protected itemProxy(table: TableModel): FakeObject<TableModel> {
    const item = FakeTable.create(this.context, `tables.getItem(${JSON.stringify(table.name)})`, () => table);
    item.pinTo(table);
    return item;
  }

  private table(
    member: string,
    args: readonly unknown[],
    resolve: (t: TablesTarget, location: string) => TableModel | null,
    isOnce = false,
  ): FakeTable {
    this.checkApi(member);
    const location = this.location(member);
    const compute = (): TableModel | null => {
      const t = this.target();
      return t === null ? null : resolve(t, location);
    };
    const child = FakeTable.create(
      this.context,
      `${this.path}.${member}()`,
      isOnce ? once(compute, location) : compute,
    );
    return this.instantiate(child, member, args);
  }

  /** The address names the sheet, or the collection's sheet, or (workbook.tables) the active sheet. */
  private where(t: TablesTarget, address: unknown, location: string): RangeTarget {
    const proxy = this.writeEnv(location).deref(address);
    if (proxy) {
      const r = proxy.target() as RangeTarget | null;
      if (!r) throw officeError("InvalidArgument", "the range does not exist", location);
      if (t.sheet && r.sheet !== t.sheet)
        throw officeError("InvalidArgument", "the range is on another sheet", location);
      return r;
    }
    if (typeof address !== "string")
      throw officeError("InvalidArgument", "address must be a string or a Range", location);
    const { sheet: sheetName, address: local } = splitSheet(address);
    const sheet = sheetName === null ? (t.sheet ?? t.workbook.activeSheet) : t.workbook.findSheet(sheetName);
    if (!sheet) throw officeError("InvalidArgument", `no sheet for '${address}'`, location);
    if (t.sheet && sheet !== t.sheet)
      throw officeError("InvalidArgument", "the address is on another sheet", location);
    const rect = parseRect(local);
    if (!rect) throw officeError("InvalidArgument", `'${address}' is not a valid address`, location);
    return { sheet, rect };
  }

  add(address: unknown, hasHeaders: boolean): FakeTable {
    // A Range argument needs ExcelApi 1.3 (TableCollection.add docs); office.js checks on the client.
    if (address instanceof FakeObject) checkApiVersion(this.engine.sets, this.location("add"), "1.3");
    return this.table(
      "add",
      [address, hasHeaders],
      (t, location) => {
        if (typeof hasHeaders !== "boolean")
          throw officeError("InvalidArgument", "hasHeaders must be true or false", location);
        const where = this.where(t, address, location);
        return addTable(where.sheet, where.rect, hasHeaders, location);
      },
      true,
    );
  }

  getItem(key: unknown): FakeTable {
    return this.table("getItem", [key], (t, location) => {
      const table = this.entities(t).find(
        (x) => x.name.toLowerCase() === String(key).toLowerCase() || x.id === key,
      );
      if (!table) throw officeError("ItemNotFound", `no table '${String(key)}'`, location);
      return table;
    });
  }

  getItemOrNullObject(key: unknown): FakeTable {
    return this.table(
      "getItemOrNullObject",
      [key],
      (t) =>
        this.entities(t).find((x) => x.name.toLowerCase() === String(key).toLowerCase() || x.id === key) ??
        null,
    );
  }

  getItemAt(index: number): FakeTable {
    return this.table("getItemAt", [index], (t, location) => {
      const table = this.entities(t)[index];
      if (!table) throw officeError("InvalidArgument", `no table at ${index}`, location);
      return table;
    });
  }

  getCount(): FakeClientResult<number> {
    return this.result("getCount", [], (t) => this.entities(t).length);
  }
}
defineScalars(FakeTableCollection.prototype, TABLES_SCALARS);

// ---- columns -------------------------------------------------------------------------------------------

type ColumnTarget = { table: TableModel; id: number };

function columnIndexOf(c: ColumnTarget): number {
  return c.table.columns.findIndex((x) => x.id === c.id);
}

function columnRect(c: ColumnTarget, part: "all" | "header" | "body" | "total", location: string): Rect {
  const t = c.table;
  const col = t.rect.left + columnIndexOf(c);
  const rect = { ...t.rect, left: col, right: col };
  if (part === "header") {
    if (!t.showHeaders)
      throw officeError("InvalidOperation", "the table does not show its header row", location);
    return { ...rect, bottom: rect.top };
  }
  if (part === "body") return { ...rect, top: dataTop(t), bottom: dataBottom(t) };
  if (part === "total") {
    if (!t.showTotals) throw officeError("InvalidOperation", "the table does not show a total row", location);
    return { ...rect, top: rect.bottom };
  }
  return rect;
}

const COLUMN_SCALARS: ScalarSpecs<ColumnTarget> = {
  id: { read: (c) => c.id },
  index: { read: (c) => columnIndexOf(c) },
  name: {
    read: (c) => c.table.columns.find((x) => x.id === c.id)?.name ?? null,
    write: (c, v, env) => {
      if (typeof v !== "string" || v.trim() === "")
        throw officeError("InvalidArgument", "column name", env.location);
      const cell = c.table.sheet.editCell(c.table.rect.top, c.table.rect.left + columnIndexOf(c));
      cell.value = v;
      cell.formula = null;
      applyHeaderNames(c.table);
    },
  },
  values: {
    read: (c) => {
      const rect = columnRect(c, "all", "TableColumn.values");
      return mapCells(c.table.sheet, rect, (_cell, r, col) => evaluatedCell(c.table.sheet, r, col).value);
    },
  },
};

export class FakeTableColumn extends FakeObject<ColumnTarget> {
  readonly typeName = "TableColumn";

  protected scalars(): ScalarSpecs<ColumnTarget> {
    return COLUMN_SCALARS;
  }

  protected override isAlive(c: ColumnTarget): boolean {
    return !c.table.deleted && columnIndexOf(c) >= 0;
  }

  private range(member: string, part: "all" | "header" | "body" | "total"): FakeRange {
    const location = this.location(member);
    const child = FakeRange.create(this.context, `${this.path}.${member}()`, () => {
      const c = this.target();
      return c === null ? null : { sheet: c.table.sheet, rect: columnRect(c, part, location) };
    });
    return this.instantiate(child, member, []);
  }

  getRange(): FakeRange {
    return this.range("getRange", "all");
  }
  getHeaderRowRange(): FakeRange {
    return this.range("getHeaderRowRange", "header");
  }
  getDataBodyRange(): FakeRange {
    return this.range("getDataBodyRange", "body");
  }
  getTotalRowRange(): FakeRange {
    return this.range("getTotalRowRange", "total");
  }
}
defineScalars(FakeTableColumn.prototype, COLUMN_SCALARS);

const COLUMNS_SCALARS: ScalarSpecs<TableModel> = { count: { read: (t) => t.columns.length } };

export class FakeTableColumnCollection extends FakeCollection<TableModel, ColumnTarget> {
  readonly typeName = "TableColumnCollection";

  protected scalars(): ScalarSpecs<TableModel> {
    return COLUMNS_SCALARS;
  }

  protected entities(t: TableModel): ColumnTarget[] {
    return t.columns.map((c) => ({ table: t, id: c.id }));
  }

  protected itemProxy(entity: ColumnTarget): FakeObject<ColumnTarget> {
    const item = expose(
      new FakeTableColumn(this.context, `${this.path}.getItem(${entity.id})`, () => entity),
    );
    item.pinTo(entity);
    return item;
  }

  private column(
    member: string,
    args: readonly unknown[],
    find: (t: TableModel) => { id: number } | undefined,
    orNull: boolean,
  ): FakeTableColumn {
    this.checkApi(member);
    const location = this.location(member);
    const child = expose(
      new FakeTableColumn(
        this.context,
        `${this.path}.${member}(${args.map((a) => JSON.stringify(a)).join(", ")})`,
        () => {
          const t = this.target();
          if (t === null) return null;
          const col = find(t);
          if (col) return { table: t, id: col.id };
          if (orNull) return null;
          throw officeError("ItemNotFound", `no column ${args.map(String).join(", ")}`, location);
        },
      ),
    );
    return this.instantiate(child, member, args);
  }

  private static byKey(t: TableModel, key: unknown): { id: number } | undefined {
    return t.columns.find((c) =>
      typeof key === "number" ? c.id === key : c.name.toLowerCase() === String(key).toLowerCase(),
    );
  }

  getItem(key: string | number): FakeTableColumn {
    return this.column("getItem", [key], (t) => FakeTableColumnCollection.byKey(t, key), false);
  }

  getItemOrNullObject(key: string | number): FakeTableColumn {
    return this.column("getItemOrNullObject", [key], (t) => FakeTableColumnCollection.byKey(t, key), true);
  }

  getItemAt(index: number): FakeTableColumn {
    return this.column("getItemAt", [index], (t) => t.columns[index], false);
  }

  getCount(): FakeClientResult<number> {
    return this.result("getCount", [], (t) => t.columns.length);
  }
}
defineScalars(FakeTableColumnCollection.prototype, COLUMNS_SCALARS);

// ---- rows --------------------------------------------------------------------------------------------

type RowTarget = { table: TableModel; index: number };

function rowRect(r: RowTarget, location: string): Rect {
  const top = dataTop(r.table) + r.index;
  if (r.index < 0 || top > dataBottom(r.table))
    throw officeError("ItemNotFound", `no table row ${r.index}`, location);
  return { ...r.table.rect, top, bottom: top };
}

const ROW_SCALARS: ScalarSpecs<RowTarget> = {
  index: { read: (r) => r.index },
  values: {
    read: (r) => {
      const rect = rowRect(r, "TableRow.values");
      return mapCells(r.table.sheet, rect, (_cell, row, col) => evaluatedCell(r.table.sheet, row, col).value);
    },
  },
};

export class FakeTableRow extends FakeObject<RowTarget> {
  readonly typeName = "TableRow";

  protected scalars(): ScalarSpecs<RowTarget> {
    return ROW_SCALARS;
  }

  protected override isAlive(r: RowTarget): boolean {
    return !r.table.deleted;
  }

  getRange(): FakeRange {
    const location = this.location("getRange");
    const child = FakeRange.create(this.context, `${this.path}.getRange()`, () => {
      const r = this.target();
      return r === null ? null : { sheet: r.table.sheet, rect: rowRect(r, location) };
    });
    return this.instantiate(child, "getRange", []);
  }
}
defineScalars(FakeTableRow.prototype, ROW_SCALARS);

const ROWS_SCALARS: ScalarSpecs<TableModel> = { count: { read: (t) => dataBottom(t) - dataTop(t) + 1 } };

export class FakeTableRowCollection extends FakeCollection<TableModel, RowTarget> {
  readonly typeName = "TableRowCollection";

  protected scalars(): ScalarSpecs<TableModel> {
    return ROWS_SCALARS;
  }

  protected entities(t: TableModel): RowTarget[] {
    return Array.from({ length: dataBottom(t) - dataTop(t) + 1 }, (_, index) => ({ table: t, index }));
  }

  protected itemProxy(entity: RowTarget): FakeObject<RowTarget> {
    const item = expose(
      new FakeTableRow(this.context, `${this.path}.getItemAt(${entity.index})`, () => entity),
    );
    item.pinTo(entity);
    return item;
  }

  /**
   * Adds rows (ExcelApi 1.1 one row; 1.4 several; 1.15 alwaysInsert). Counted in stats.tableRowsAdd:
   * Microsoft recommends against it in shared workbooks.
   */
  add(index?: number | null, values?: unknown, alwaysInsert?: boolean): FakeTableRow {
    const location = this.location("add");
    if (Array.isArray(values) && values.length > 1) checkApiVersion(this.engine.sets, location, "1.4");
    if (alwaysInsert !== undefined) checkApiVersion(this.engine.sets, location, "1.15");
    const stats = this.engine.stats;
    stats.tableRowsAdd++;
    if (this.engine.coauthoring) stats.tableRowsAddWhileCoauthoring++;
    const child = expose(
      new FakeTableRow(
        this.context,
        `${this.path}.add()`,
        once(() => {
          const t = this.target();
          if (t === null) return null;
          const at = addTableRows(t, jsonClone(index ?? null), jsonClone(values ?? null), location);
          return { table: t, index: at - dataTop(t) };
        }, location),
      ),
    );
    return this.instantiate(child, "add", [index ?? null, values ?? null]);
  }

  getItemAt(index: number): FakeTableRow {
    const location = this.location("getItemAt");
    const child = expose(
      new FakeTableRow(this.context, `${this.path}.getItemAt(${index})`, () => {
        const t = this.target();
        if (t === null) return null;
        const r = { table: t, index };
        rowRect(r, location);
        return r;
      }),
    );
    return this.instantiate(child, "getItemAt", [index]);
  }

  getCount(): FakeClientResult<number> {
    return this.result("getCount", [], (t) => dataBottom(t) - dataTop(t) + 1);
  }
}
defineScalars(FakeTableRowCollection.prototype, ROWS_SCALARS);
