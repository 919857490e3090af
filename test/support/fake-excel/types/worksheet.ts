// Excel.Worksheet, WorksheetCollection, freeze panes, page layout, custom properties.
// getUsedRange on a blank sheet returns A1 ("it will *not* throw an error"); getUsedRangeOrNullObject
// returns a null object instead (Worksheet docs). getItem on a missing sheet fails with ItemNotFound at
// the sync; add() of an existing name with ItemAlreadyExists; invalid names with InvalidArgument.

import { isWholeColumns, isWholeRows, MAX_COLUMNS, MAX_ROWS, parseRect, type Rect } from "../address";
import { requireInGrid } from "../cells";
import { normalizeColor } from "../colors";
import { officeError } from "../errors";
import type { SheetModel, WorkbookModel } from "../model";
import { activateSheet, deleteSheet, renameSheet, setPosition, setVisibility } from "../sheets";
import { resolveAreas } from "./range-areas";
import { resolveAddress, resolveRangeArgument, type RangeTarget } from "./range";
import { does, nav, object, returns, type CallEnv, type ScalarDefs, type TypeDef } from "./type-def";

const WHOLE_SHEET: Rect = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

function boolean(v: unknown, env: CallEnv): boolean {
  if (typeof v !== "boolean") throw officeError("InvalidArgument", "expected true or false", env.location);
  return v;
}

const SHEET_SCALARS: ScalarDefs<SheetModel> = {
  id: { read: (s) => s.id },
  name: {
    read: (s) => s.name,
    write: (s, v, env) => {
      renameSheet(s, v, env.location);
    },
  },
  position: {
    read: (s) => s.position,
    write: (s, v, env) => {
      setPosition(s, v, env.location);
    },
  },
  visibility: {
    read: (s) => s.visibility,
    write: (s, v, env) => {
      setVisibility(s, v, env.location);
    },
  },
  tabColor: {
    read: (s) => s.tabColor,
    write: (s, v, env) => {
      if (v === "") {
        s.tabColor = "";
        return;
      }
      const c = normalizeColor(v);
      if (c === null) throw officeError("InvalidArgument", `colour '${String(v)}'`, env.location);
      s.tabColor = c;
    },
  },
  standardWidth: { read: () => 8.43 },
  standardHeight: { read: () => 15 },
  showGridlines: {
    read: (s) => s.showGridlines,
    write: (s, v, env) => {
      s.showGridlines = boolean(v, env);
    },
  },
};

function sheetByKey(wb: WorkbookModel, key: unknown): SheetModel | undefined {
  return typeof key === "string" ? wb.findSheet(key) : undefined;
}

const sheetRange = (compute: (s: SheetModel, args: readonly unknown[], env: CallEnv) => RangeTarget | null) =>
  returns<SheetModel>("Range", compute);

export const WORKSHEET: TypeDef<SheetModel> = {
  name: "Worksheet",
  scalars: SHEET_SCALARS,
  isAlive: (s) => !s.deleted,
  identity: (s) => ({ Id: s.id }),
  navigation: {
    tables: nav<SheetModel>("TableCollection", (s) => ({ workbook: s.workbook, sheet: s })),
    charts: nav<SheetModel>("ChartCollection", (s) => s),
    names: nav<SheetModel>("NamedItemCollection", (s) => ({ workbook: s.workbook, scope: s })),
    freezePanes: nav<SheetModel>("WorksheetFreezePanes", (s) => s),
    pageLayout: nav<SheetModel>("PageLayout", (s) => s),
    customProperties: nav<SheetModel>("WorksheetCustomPropertyCollection", (s) => s),
  },
  objects: {
    getRange: sheetRange((s, [address], env) => {
      if (address === undefined || address === null) return { sheet: s, rect: WHOLE_SHEET };
      if (typeof address !== "string")
        throw officeError("InvalidArgument", "address must be a string", env.location);
      return resolveAddress(s, address, env.location);
    }),
    getRanges: returns<SheetModel>("RangeAreas", (s, [address], env) => {
      if (address === undefined || address === null)
        return { sheet: s, rect: WHOLE_SHEET, areas: [WHOLE_SHEET] };
      if (typeof address !== "string")
        throw officeError("InvalidArgument", "address must be a string", env.location);
      return resolveAreas(s, address, env.location);
    }),
    getRangeByIndexes: sheetRange((s, [startRow, startColumn, rowCount, columnCount], env) => {
      const n = [startRow, startColumn, rowCount, columnCount];
      if (!n.every((x) => typeof x === "number" && Number.isInteger(x))) {
        throw officeError("InvalidArgument", "indexes must be integers", env.location);
      }
      const [r, c, rows, columns] = n as number[];
      if (rows === undefined || columns === undefined || r === undefined || c === undefined)
        throw officeError("InvalidArgument", "four indexes", env.location);
      if (rows < 1 || columns < 1 || r < 0 || c < 0) {
        throw officeError("InvalidArgument", "indexes must be integers, counts at least 1", env.location);
      }
      const rect = { top: r + 1, left: c + 1, bottom: r + rows, right: c + columns };
      return { sheet: s, rect: requireInGrid(rect, env.location) };
    }),
    getCell: sheetRange((s, [row, column], env) => {
      const r = typeof row === "number" ? row : 0;
      const c = typeof column === "number" ? column : 0;
      return {
        sheet: s,
        rect: requireInGrid({ top: r + 1, left: c + 1, bottom: r + 1, right: c + 1 }, env.location),
      };
    }),
    getUsedRange: sheetRange((s, [valuesOnly]) => ({
      sheet: s,
      rect: s.usedRect(valuesOnly === true) ?? { top: 1, left: 1, bottom: 1, right: 1 },
    })),
    getUsedRangeOrNullObject: sheetRange((s, [valuesOnly]) => {
      const rect = s.usedRect(valuesOnly === true);
      return rect ? { sheet: s, rect } : null;
    }),
  },
  methods: {
    activate: does((s, _args, env) => {
      activateSheet(s, env.location);
    }),
    delete: does((s, _args, env) => {
      deleteSheet(s, env.location);
    }),
  },
};

const sheetOf = (compute: (wb: WorkbookModel, args: readonly unknown[], env: CallEnv) => SheetModel | null) =>
  returns<WorkbookModel>("Worksheet", compute);

export const WORKSHEET_COLLECTION: TypeDef<WorkbookModel> = {
  name: "WorksheetCollection",
  scalars: {},
  collection: {
    items: (wb) => wb.sheets.map((s) => object("Worksheet", s)),
    indexer: (wb, key, env) => {
      const s = sheetByKey(wb, key);
      if (!s) throw officeError("ItemNotFound", `no worksheet '${String(key)}'`, env.location);
      return object("Worksheet", s);
    },
  },
  objects: {
    add: sheetOf((wb, [name], env) => wb.addSheet(name ?? undefined, env.location)),
    getItemOrNullObject: sheetOf((wb, [key]) => sheetByKey(wb, key) ?? null),
    getActiveWorksheet: sheetOf((wb, _args, env) => {
      if (!wb.activeSheet) throw officeError("ItemNotFound", "no active worksheet", env.location);
      return wb.activeSheet;
    }),
    getFirst: sheetOf((wb, [visibleOnly], env) => {
      const s = wb.sheets.find((x) => visibleOnly !== true || x.visibility === "Visible");
      if (!s) throw officeError("ItemNotFound", "no worksheet", env.location);
      return s;
    }),
    getLast: sheetOf((wb, [visibleOnly], env) => {
      const s = [...wb.sheets].reverse().find((x) => visibleOnly !== true || x.visibility === "Visible");
      if (!s) throw officeError("ItemNotFound", "no worksheet", env.location);
      return s;
    }),
  },
  methods: {
    getCount: does(
      (wb, [visibleOnly]) =>
        wb.sheets.filter((s) => visibleOnly !== true || s.visibility === "Visible").length,
    ),
  },
};

// ---- freeze panes ------------------------------------------------------------------------------------

function frozenRect(s: SheetModel): Rect | null {
  const { rows, columns } = s.freeze;
  if (rows === 0 && columns === 0) return null;
  if (columns === 0) return { top: 1, bottom: rows, left: 1, right: MAX_COLUMNS };
  if (rows === 0) return { top: 1, bottom: MAX_ROWS, left: 1, right: columns };
  return { top: 1, left: 1, bottom: rows, right: columns };
}

function count(v: unknown, max: number, location: string): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > max) {
    throw officeError("InvalidArgument", `count ${String(v)}`, location);
  }
  return v;
}

export const FREEZE_PANES: TypeDef<SheetModel> = {
  name: "WorksheetFreezePanes",
  scalars: {},
  methods: {
    freezeRows: does((s, [rowCount], env) => {
      s.freeze = { rows: count(rowCount ?? 1, MAX_ROWS - 1, env.location), columns: 0 };
    }),
    freezeColumns: does((s, [columnCount], env) => {
      s.freeze = { rows: 0, columns: count(columnCount ?? 1, MAX_COLUMNS - 1, env.location) };
    }),
    /** The given range is the frozen area: rows through its last row, columns through its last column. */
    freezeAt: does((s, [frozenRange], env) => {
      if (frozenRange === null || frozenRange === undefined) {
        s.freeze = { rows: 0, columns: 0 };
        return;
      }
      const t = resolveRangeArgument(frozenRange, s, env, env.location);
      if (t.sheet !== s) throw officeError("InvalidArgument", "the range is on another sheet", env.location);
      s.freeze = {
        rows: isWholeColumns(t.rect) ? 0 : t.rect.bottom,
        columns: isWholeRows(t.rect) ? 0 : t.rect.right,
      };
    }),
    unfreeze: does((s) => {
      s.freeze = { rows: 0, columns: 0 };
    }),
  },
  objects: {
    getLocation: returns<SheetModel>("Range", (s, _args, env) => {
      const rect = frozenRect(s);
      if (!rect) throw officeError("ItemNotFound", "no frozen panes", env.location);
      return { sheet: s, rect };
    }),
    getLocationOrNullObject: returns<SheetModel>("Range", (s) => {
      const rect = frozenRect(s);
      return rect ? { sheet: s, rect } : null;
    }),
  },
};

// ---- page layout -------------------------------------------------------------------------------------

const LAYOUT_SCALARS: ScalarDefs<SheetModel> = {
  orientation: {
    read: (s) => s.pageLayout.orientation,
    write: (s, v, env) => {
      if (v !== "Portrait" && v !== "Landscape")
        throw officeError("InvalidArgument", `orientation '${String(v)}'`, env.location);
      s.pageLayout.orientation = v;
    },
  },
  zoom: {
    read: (s) => s.pageLayout.zoom,
    write: (s, v, env) => {
      if (typeof v !== "object" || v === null)
        throw officeError("InvalidArgument", "zoom must be an object", env.location);
      const z = v as Record<string, unknown>;
      const zoom: SheetModel["pageLayout"]["zoom"] = {};
      for (const key of ["scale", "horizontalFitToPages", "verticalFitToPages"] as const) {
        const n = z[key];
        if (n === undefined || n === null) continue;
        if (typeof n !== "number" || !Number.isInteger(n) || n < 0)
          throw officeError("InvalidArgument", key, env.location);
        if (key === "scale" && (n < 10 || n > 400))
          throw officeError("InvalidArgument", "scale must be 10–400", env.location);
        zoom[key] = n;
      }
      s.pageLayout.zoom = zoom;
    },
  },
  printGridlines: {
    read: (s) => s.pageLayout.printGridlines,
    write: (s, v, env) => {
      s.pageLayout.printGridlines = boolean(v, env);
    },
  },
  centerHorizontally: {
    read: (s) => s.pageLayout.centerHorizontally,
    write: (s, v, env) => {
      s.pageLayout.centerHorizontally = boolean(v, env);
    },
  },
};

const stored = (pick: (s: SheetModel) => Rect | null) =>
  returns<SheetModel>("Range", (s) => {
    const rect = pick(s);
    return rect === null ? null : { sheet: s, rect };
  });

export const PAGE_LAYOUT: TypeDef<SheetModel> = {
  name: "PageLayout",
  scalars: LAYOUT_SCALARS,
  methods: {
    /** "The range must span the entire row to be valid" (PageLayout.setPrintTitleRows docs). */
    setPrintTitleRows: does((s, [printTitleRows], env) => {
      const rect =
        typeof printTitleRows === "string"
          ? parseRect(printTitleRows.replace(/^.*!/, ""))
          : resolveRangeArgument(printTitleRows, s, env, env.location).rect;
      if (!rect || !isWholeRows(rect))
        throw officeError("InvalidArgument", "print title rows must be entire rows", env.location);
      s.pageLayout.printTitleRows = rect;
    }),
    setPrintArea: does((s, [printArea], env) => {
      s.pageLayout.printArea = resolveRangeArgument(printArea, s, env, env.location).rect;
    }),
  },
  objects: {
    getPrintTitleRowsOrNullObject: stored((s) => s.pageLayout.printTitleRows),
    getPrintAreaOrNullObject: stored((s) => s.pageLayout.printArea),
  },
};

// ---- custom properties (ExcelApi 1.12) --------------------------------------------------------------

type PropTarget = { sheet: SheetModel; key: string };

const PROP_SCALARS: ScalarDefs<PropTarget> = {
  key: { read: (t) => t.key },
  value: {
    read: (t) => t.sheet.customProperties.get(t.key) ?? null,
    write: (t, v, env) => {
      if (typeof v !== "string") throw officeError("InvalidArgument", "value must be a string", env.location);
      t.sheet.customProperties.set(t.key, v);
    },
  },
};

export const CUSTOM_PROPERTY: TypeDef<PropTarget> = {
  name: "WorksheetCustomProperty",
  scalars: PROP_SCALARS,
  isAlive: (t) => t.sheet.customProperties.has(t.key),
  methods: {
    delete: does((t) => {
      t.sheet.customProperties.delete(t.key);
    }),
  },
};

const property = (compute: (s: SheetModel, args: readonly unknown[], env: CallEnv) => PropTarget | null) =>
  returns<SheetModel>("WorksheetCustomProperty", compute);

export const CUSTOM_PROPERTY_COLLECTION: TypeDef<SheetModel> = {
  name: "WorksheetCustomPropertyCollection",
  scalars: {},
  collection: {
    items: (s) =>
      [...s.customProperties.keys()].map((key) => object("WorksheetCustomProperty", { sheet: s, key })),
    indexer: (s, key, env) => {
      if (typeof key !== "string" || !s.customProperties.has(key))
        throw officeError("ItemNotFound", `no custom property '${String(key)}'`, env.location);
      return object("WorksheetCustomProperty", { sheet: s, key });
    },
  },
  objects: {
    /** Overwrites an existing property with the same key (WorksheetCustomPropertyCollection.add docs). */
    add: property((s, [key, value], env) => {
      if (typeof key !== "string" || key === "" || key.length > 255)
        throw officeError("InvalidArgument", "key", env.location);
      if (typeof value !== "string")
        throw officeError("InvalidArgument", "value must be a string", env.location);
      s.customProperties.set(key, value);
      return { sheet: s, key };
    }),
    getItemOrNullObject: property((s, [key]) =>
      typeof key === "string" && s.customProperties.has(key) ? { sheet: s, key } : null,
    ),
  },
  methods: {
    getCount: does((s) => s.customProperties.size),
  },
};
