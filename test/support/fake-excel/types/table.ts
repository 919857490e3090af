// Excel.Table and its collections. Table names are workbook-unique (shared with defined names);
// TableRowCollection.add is counted because Microsoft warns it risks merge conflicts under
// co-authoring ("Coauthoring in Excel add-ins").

import { parseRect, splitSheet, type Rect } from "../address";
import { applyHeaderNames, evaluatedCell, mapCells } from "../cells";
import { officeError } from "../errors";
import type { SheetModel, TableModel, WorkbookModel } from "../model";
import {
  addTable,
  addTableRows,
  convertTableToRange,
  deleteTable,
  renameTable,
  resizeTable,
} from "../tables";
import { resolveRangeArgument, type RangeTarget } from "./range";
import { does, nav, object, returns, type CallEnv, type ScalarDefs, type TypeDef } from "./type-def";

const TABLE_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

function flag(v: unknown, env: CallEnv): boolean {
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
    write: (t: TableModel, v: unknown, env: CallEnv) => {
      t[key] = flag(v, env);
    },
  };
}

const TABLE_SCALARS: ScalarDefs<TableModel> = {
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

const tableRange = (pick: (t: TableModel, location: string) => Rect) =>
  returns<TableModel>("Range", (t, _args, env) => ({ sheet: t.sheet, rect: pick(t, env.location) }));

export const TABLE: TypeDef<TableModel> = {
  name: "Table",
  scalars: TABLE_SCALARS,
  isAlive: (t) => !t.deleted,
  identity: (t) => ({ Id: t.id }),
  navigation: {
    columns: nav<TableModel>("TableColumnCollection", (t) => t),
    rows: nav<TableModel>("TableRowCollection", (t) => t),
    worksheet: nav<TableModel>("Worksheet", (t) => t.sheet),
  },
  objects: {
    getRange: tableRange((t) => t.rect),
    getHeaderRowRange: tableRange((t, location) => {
      if (!t.showHeaders)
        throw officeError("InvalidOperation", "the table does not show its header row", location);
      return { ...t.rect, bottom: t.rect.top };
    }),
    getDataBodyRange: tableRange((t) => ({ ...t.rect, top: dataTop(t), bottom: dataBottom(t) })),
    getTotalRowRange: tableRange((t, location) => {
      if (!t.showTotals)
        throw officeError("InvalidOperation", "the table does not show a total row", location);
      return { ...t.rect, top: t.rect.bottom };
    }),
    convertToRange: returns<TableModel>("Range", (t) => {
      convertTableToRange(t);
      return { sheet: t.sheet, rect: t.rect };
    }),
  },
  methods: {
    resize: does((t, [newRange], env) => {
      const target = resolveRangeArgument(newRange, t.sheet, env, env.location);
      if (target.sheet !== t.sheet)
        throw officeError("InvalidArgument", "the new range is on another sheet", env.location);
      resizeTable(t, target.rect, env.location);
    }),
    delete: does((t) => {
      deleteTable(t);
    }),
  },
};

export type TablesTarget = { workbook: WorkbookModel; sheet: SheetModel | null };

function tablesOf(t: TablesTarget): TableModel[] {
  return t.sheet ? t.sheet.tables() : t.workbook.tables.filter((x) => !x.deleted);
}

function findTable(t: TablesTarget, key: unknown): TableModel | undefined {
  return tablesOf(t).find((x) => x.name.toLowerCase() === String(key).toLowerCase() || x.id === key);
}

/** The address names the sheet, or the collection's sheet, or (workbook.tables) the active sheet. */
function where(t: TablesTarget, address: unknown, env: CallEnv): RangeTarget {
  const given = env.objectOf(address);
  if (given) {
    const r = given.target as RangeTarget | null;
    if (!r) throw officeError("InvalidArgument", "the range does not exist", env.location);
    if (t.sheet && r.sheet !== t.sheet)
      throw officeError("InvalidArgument", "the range is on another sheet", env.location);
    return r;
  }
  if (typeof address !== "string")
    throw officeError("InvalidArgument", "address must be a string or a Range", env.location);
  const { sheet: sheetName, address: local } = splitSheet(address);
  const sheet = sheetName === null ? (t.sheet ?? t.workbook.activeSheet) : t.workbook.findSheet(sheetName);
  if (!sheet) throw officeError("InvalidArgument", `no sheet for '${address}'`, env.location);
  if (t.sheet && sheet !== t.sheet)
    throw officeError("InvalidArgument", "the address is on another sheet", env.location);
  const rect = parseRect(local);
  if (!rect) throw officeError("InvalidArgument", `'${address}' is not a valid address`, env.location);
  return { sheet, rect };
}

export const TABLE_COLLECTION: TypeDef<TablesTarget> = {
  name: "TableCollection",
  scalars: { count: { read: (t) => tablesOf(t).length } },
  collection: {
    items: (t) => tablesOf(t).map((table) => object("Table", table)),
    indexer: (t, key, env) => {
      const table = findTable(t, key);
      if (!table) throw officeError("ItemNotFound", `no table '${String(key)}'`, env.location);
      return object("Table", table);
    },
  },
  objects: {
    add: returns<TablesTarget>("Table", (t, [address, hasHeaders], env) => {
      // A Range argument needs ExcelApi 1.3 (TableCollection.add docs).
      if (env.objectOf(address)) env.requireExcelApi("1.3");
      if (typeof hasHeaders !== "boolean")
        throw officeError("InvalidArgument", "hasHeaders must be true or false", env.location);
      const at = where(t, address, env);
      return addTable(at.sheet, at.rect, hasHeaders, env.location);
    }),
    getItemOrNullObject: returns<TablesTarget>("Table", (t, [key]) => findTable(t, key) ?? null),
    getItemAt: returns<TablesTarget>("Table", (t, [index], env) => {
      const table = typeof index === "number" ? tablesOf(t)[index] : undefined;
      if (!table) throw officeError("InvalidArgument", `no table at ${String(index)}`, env.location);
      return table;
    }),
  },
  methods: {
    getCount: does((t) => tablesOf(t).length),
  },
};

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

const COLUMN_SCALARS: ScalarDefs<ColumnTarget> = {
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

const columnRange = (part: "all" | "header" | "body" | "total") =>
  returns<ColumnTarget>("Range", (c, _args, env) => ({
    sheet: c.table.sheet,
    rect: columnRect(c, part, env.location),
  }));

export const TABLE_COLUMN: TypeDef<ColumnTarget> = {
  name: "TableColumn",
  scalars: COLUMN_SCALARS,
  isAlive: (c) => !c.table.deleted && columnIndexOf(c) >= 0,
  objects: {
    getRange: columnRange("all"),
    getHeaderRowRange: columnRange("header"),
    getDataBodyRange: columnRange("body"),
    getTotalRowRange: columnRange("total"),
  },
};

function columnByKey(t: TableModel, key: unknown): { id: number } | undefined {
  return t.columns.find((c) =>
    typeof key === "number" ? c.id === key : c.name.toLowerCase() === String(key).toLowerCase(),
  );
}

const column = (find: (t: TableModel, key: unknown) => { id: number } | undefined, orNull: boolean) =>
  returns<TableModel>("TableColumn", (t, [key], env) => {
    const col = find(t, key);
    if (col) return { table: t, id: col.id };
    if (orNull) return null;
    throw officeError("ItemNotFound", `no column ${String(key)}`, env.location);
  });

export const TABLE_COLUMN_COLLECTION: TypeDef<TableModel> = {
  name: "TableColumnCollection",
  scalars: { count: { read: (t) => t.columns.length } },
  collection: {
    items: (t) => t.columns.map((c) => object("TableColumn", { table: t, id: c.id })),
    indexer: (t, key, env) => column(columnByKey, false).call(t, [key], env),
  },
  objects: {
    getItemOrNullObject: column(columnByKey, true),
    getItemAt: column((t, index) => (typeof index === "number" ? t.columns[index] : undefined), false),
  },
  methods: {
    getCount: does((t) => t.columns.length),
  },
};

// ---- rows --------------------------------------------------------------------------------------------

type RowTarget = { table: TableModel; index: number };

function rowRect(r: RowTarget, location: string): Rect {
  const top = dataTop(r.table) + r.index;
  if (r.index < 0 || top > dataBottom(r.table))
    throw officeError("ItemNotFound", `no table row ${r.index}`, location);
  return { ...r.table.rect, top, bottom: top };
}

const ROW_SCALARS: ScalarDefs<RowTarget> = {
  index: { read: (r) => r.index },
  values: {
    read: (r) => {
      const rect = rowRect(r, "TableRow.values");
      return mapCells(r.table.sheet, rect, (_cell, row, col) => evaluatedCell(r.table.sheet, row, col).value);
    },
  },
};

export const TABLE_ROW: TypeDef<RowTarget> = {
  name: "TableRow",
  scalars: ROW_SCALARS,
  isAlive: (r) => !r.table.deleted,
  objects: {
    getRange: returns<RowTarget>("Range", (r, _args, env) => ({
      sheet: r.table.sheet,
      rect: rowRect(r, env.location),
    })),
  },
};

export const TABLE_ROW_COLLECTION: TypeDef<TableModel> = {
  name: "TableRowCollection",
  scalars: { count: { read: (t) => dataBottom(t) - dataTop(t) + 1 } },
  collection: {
    items: (t) =>
      Array.from({ length: dataBottom(t) - dataTop(t) + 1 }, (_, index) =>
        object("TableRow", { table: t, index }),
      ),
  },
  objects: {
    /** Adds rows; counted: Microsoft recommends against it in shared workbooks. */
    add: returns<TableModel>("TableRow", (t, [index, values, alwaysInsert], env) => {
      // Several rows need ExcelApi 1.4, alwaysInsert 1.15 (TableRowCollection.add docs).
      if (Array.isArray(values) && values.length > 1) env.requireExcelApi("1.4");
      if (alwaysInsert !== undefined && alwaysInsert !== null) env.requireExcelApi("1.15");
      env.counters.tableRowsAdd++;
      if (env.coauthoring) env.counters.tableRowsAddWhileCoauthoring++;
      const at = addTableRows(t, index ?? null, values ?? null, env.location);
      return { table: t, index: at - dataTop(t) };
    }),
    getItemAt: returns<TableModel>("TableRow", (t, [index], env) => {
      const r = { table: t, index: typeof index === "number" ? index : -1 };
      rowRect(r, env.location);
      return r;
    }),
  },
  methods: {
    getCount: does((t) => dataBottom(t) - dataTop(t) + 1),
  },
};
