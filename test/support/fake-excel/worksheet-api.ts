// Excel.Worksheet, WorksheetCollection, freeze panes, page layout, custom properties.
// getUsedRange on a blank sheet returns A1 ("it will *not* throw an error"); getUsedRangeOrNullObject
// returns a null object instead (Worksheet docs). getItem on a missing sheet fails with ItemNotFound at
// the sync; add() of an existing name with ItemAlreadyExists; invalid names with InvalidArgument.

import { isWholeColumns, isWholeRows, MAX_COLUMNS, MAX_ROWS, parseRect, type Rect } from "./address";
import { requireInGrid } from "./cells";
import {
  defineScalars,
  expose,
  FakeCollection,
  FakeObject,
  once,
  type FakeClientResult,
  type ScalarSpecs,
  type WriteEnv,
} from "./client-object";
import { normalizeColor } from "./colors";
import type { FakeRequestContext } from "./context";
import { officeError } from "./errors";
import type { SheetModel, WorkbookModel } from "./model";
import { FakeNamedItemCollection } from "./names-api";
import { FakeRangeAreas, resolveAreas } from "./range-areas-api";
import { FakeRange, resolveAddress, resolveRangeArgument, type RangeTarget } from "./range-api";
import { activateSheet, deleteSheet, renameSheet, setPosition, setVisibility } from "./sheets";
import { FakeTableCollection } from "./table-api";

const WHOLE_SHEET: Rect = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

function boolean(v: unknown, env: WriteEnv): boolean {
  if (typeof v !== "boolean") throw officeError("InvalidArgument", "expected true or false", env.location);
  return v;
}

const SHEET_SCALARS: ScalarSpecs<SheetModel> = {
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

export class FakeWorksheet extends FakeObject<SheetModel> {
  readonly typeName = "Worksheet";

  static create(context: FakeRequestContext, path: string, resolver: () => SheetModel | null): FakeWorksheet {
    return expose(new FakeWorksheet(context, path, resolver));
  }

  protected scalars(): ScalarSpecs<SheetModel> {
    return SHEET_SCALARS;
  }

  protected override isAlive(s: SheetModel): boolean {
    return !s.deleted;
  }

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    const navs: Record<string, () => unknown> = {
      tables: () => this.tables,
      names: () => this.names,
      freezePanes: () => this.freezePanes,
      pageLayout: () => this.pageLayout,
      customProperties: () => this.customProperties,
    };
    const get = navs[name];
    return get ? (get() as FakeObject<unknown>) : undefined;
  }

  get tables(): FakeTableCollection {
    return this.child("tables", () =>
      FakeTableCollection.create(this.context, `${this.path}.tables`, () => {
        const s = this.target();
        return s === null ? null : { workbook: s.workbook, sheet: s };
      }),
    );
  }

  get names(): FakeNamedItemCollection {
    this.checkApi("names");
    return this.child("names", () =>
      FakeNamedItemCollection.create(this.context, `${this.path}.names`, () => {
        const s = this.target();
        return s === null ? null : { workbook: s.workbook, scope: s };
      }),
    );
  }

  get freezePanes(): FakeFreezePanes {
    this.checkApi("freezePanes");
    return this.child("freezePanes", () =>
      expose(new FakeFreezePanes(this.context, `${this.path}.freezePanes`, () => this.target())),
    );
  }

  get pageLayout(): FakePageLayout {
    this.checkApi("pageLayout");
    return this.child("pageLayout", () =>
      expose(new FakePageLayout(this.context, `${this.path}.pageLayout`, () => this.target())),
    );
  }

  get customProperties(): FakeCustomPropertyCollection {
    this.checkApi("customProperties");
    return this.child("customProperties", () =>
      expose(
        new FakeCustomPropertyCollection(this.context, `${this.path}.customProperties`, () => this.target()),
      ),
    );
  }

  private range(
    member: string,
    args: readonly unknown[],
    compute: (s: SheetModel, location: string) => RangeTarget | null,
  ): FakeRange {
    this.checkApi(member);
    const location = this.location(member);
    const child = FakeRange.create(
      this.context,
      `${this.path}.${member}(${args.map((a) => JSON.stringify(a)).join(", ")})`,
      () => {
        const s = this.target();
        return s === null ? null : compute(s, location);
      },
    );
    return this.instantiate(child, member, args);
  }

  getRange(address?: unknown): FakeRange {
    return this.range("getRange", address === undefined ? [] : [address], (s, location) => {
      if (address === undefined || address === null) return { sheet: s, rect: WHOLE_SHEET };
      if (typeof address !== "string")
        throw officeError("InvalidArgument", "address must be a string", location);
      return resolveAddress(s, address, location);
    });
  }

  /** RangeAreas over comma- or semicolon-separated addresses (ExcelApi 1.9). */
  getRanges(address?: unknown): FakeRangeAreas {
    this.checkApi("getRanges");
    const location = this.location("getRanges");
    const child = FakeRangeAreas.create(
      this.context,
      `${this.path}.getRanges(${JSON.stringify(address)})`,
      () => {
        const s = this.target();
        if (s === null) return null;
        if (address === undefined || address === null)
          return { sheet: s, rect: WHOLE_SHEET, areas: [WHOLE_SHEET] };
        if (typeof address !== "string")
          throw officeError("InvalidArgument", "address must be a string", location);
        return resolveAreas(s, address, location);
      },
    );
    return this.instantiate(child, "getRanges", address === undefined ? [] : [address]);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], (s, location) => {
      const ints = [startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n));
      if (!ints || rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) {
        throw officeError("InvalidArgument", "indexes must be integers, counts at least 1", location);
      }
      const rect = {
        top: startRow + 1,
        left: startColumn + 1,
        bottom: startRow + rowCount,
        right: startColumn + columnCount,
      };
      return { sheet: s, rect: requireInGrid(rect, location) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.range("getCell", [row, column], (s, location) => ({
      sheet: s,
      rect: requireInGrid({ top: row + 1, left: column + 1, bottom: row + 1, right: column + 1 }, location),
    }));
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.range("getUsedRange", [valuesOnly], (s) => ({
      sheet: s,
      rect: s.usedRect(valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 },
    }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range("getUsedRangeOrNullObject", [valuesOnly], (s) => {
      const rect = s.usedRect(valuesOnly);
      return rect ? { sheet: s, rect } : null;
    });
  }

  activate(): void {
    this.enqueue("activate", [], (s, _a, _e, location) => {
      activateSheet(s, location);
    });
  }

  delete(): void {
    this.enqueue("delete", [], (s, _a, _e, location) => {
      deleteSheet(s, location);
    });
  }
}
defineScalars(FakeWorksheet.prototype, SHEET_SCALARS);

const NO_WB_SCALARS: ScalarSpecs<WorkbookModel> = {};

export class FakeWorksheetCollection extends FakeCollection<WorkbookModel, SheetModel> {
  readonly typeName = "WorksheetCollection";

  static create(
    context: FakeRequestContext,
    path: string,
    resolver: () => WorkbookModel | null,
  ): FakeWorksheetCollection {
    return expose(new FakeWorksheetCollection(context, path, resolver));
  }

  protected scalars(): ScalarSpecs<WorkbookModel> {
    return NO_WB_SCALARS;
  }

  protected entities(wb: WorkbookModel): SheetModel[] {
    return [...wb.sheets];
  }

  protected itemProxy(sheet: SheetModel): FakeObject<SheetModel> {
    const item = FakeWorksheet.create(
      this.context,
      `worksheets.getItem(${JSON.stringify(sheet.name)})`,
      () => sheet,
    );
    item.pinTo(sheet);
    return item;
  }

  private sheet(
    member: string,
    args: readonly unknown[],
    resolve: (wb: WorkbookModel, location: string) => SheetModel | null,
    isOnce = false,
  ): FakeWorksheet {
    this.checkApi(member);
    const location = this.location(member);
    const compute = (): SheetModel | null => {
      const wb = this.target();
      return wb === null ? null : resolve(wb, location);
    };
    const child = FakeWorksheet.create(
      this.context,
      `worksheets.${member}(${args.map((a) => JSON.stringify(a)).join(", ")})`,
      isOnce ? once(compute, location) : compute,
    );
    return this.instantiate(child, member, args);
  }

  add(name?: string): FakeWorksheet {
    return this.sheet(
      "add",
      name === undefined ? [] : [name],
      (wb, location) => wb.addSheet(name, location),
      true,
    );
  }

  getItem(key: unknown): FakeWorksheet {
    return this.sheet("getItem", [key], (wb, location) => {
      const s = typeof key === "string" ? wb.findSheet(key) : undefined;
      if (!s) throw officeError("ItemNotFound", `no worksheet '${String(key)}'`, location);
      return s;
    });
  }

  getItemOrNullObject(key: unknown): FakeWorksheet {
    return this.sheet(
      "getItemOrNullObject",
      [key],
      (wb) => (typeof key === "string" ? wb.findSheet(key) : undefined) ?? null,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.sheet("getActiveWorksheet", [], (wb, location) => {
      if (!wb.activeSheet) throw officeError("ItemNotFound", "no active worksheet", location);
      return wb.activeSheet;
    });
  }

  getFirst(visibleOnly = false): FakeWorksheet {
    return this.sheet("getFirst", [visibleOnly], (wb, location) => {
      const s = wb.sheets.find((x) => !visibleOnly || x.visibility === "Visible");
      if (!s) throw officeError("ItemNotFound", "no worksheet", location);
      return s;
    });
  }

  getLast(visibleOnly = false): FakeWorksheet {
    return this.sheet("getLast", [visibleOnly], (wb, location) => {
      const s = [...wb.sheets].reverse().find((x) => !visibleOnly || x.visibility === "Visible");
      if (!s) throw officeError("ItemNotFound", "no worksheet", location);
      return s;
    });
  }

  getCount(visibleOnly = false): FakeClientResult<number> {
    return this.result(
      "getCount",
      [visibleOnly],
      (wb) => wb.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length,
    );
  }
}

// ---- freeze panes ------------------------------------------------------------------------------------

const NO_SHEET_SCALARS: ScalarSpecs<SheetModel> = {};

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

export class FakeFreezePanes extends FakeObject<SheetModel> {
  readonly typeName = "WorksheetFreezePanes";

  protected scalars(): ScalarSpecs<SheetModel> {
    return NO_SHEET_SCALARS;
  }

  freezeRows(rowCount = 1): void {
    this.checkApi("freezeRows");
    this.enqueue("freezeRows", [rowCount], (s, _a, _e, location) => {
      s.freeze = { rows: count(rowCount, MAX_ROWS - 1, location), columns: 0 };
    });
  }

  freezeColumns(columnCount = 1): void {
    this.checkApi("freezeColumns");
    this.enqueue("freezeColumns", [columnCount], (s, _a, _e, location) => {
      s.freeze = { rows: 0, columns: count(columnCount, MAX_COLUMNS - 1, location) };
    });
  }

  /** The given range is the frozen area: rows through its last row, columns through its last column. */
  freezeAt(frozenRange: unknown): void {
    this.checkApi("freezeAt");
    this.enqueue("freezeAt", [frozenRange], (s, _a, _e, location) => {
      if (frozenRange === null) {
        s.freeze = { rows: 0, columns: 0 };
        return;
      }
      const t = resolveRangeArgument(frozenRange, s, this.writeEnv(location), location);
      if (t.sheet !== s) throw officeError("InvalidArgument", "the range is on another sheet", location);
      s.freeze = {
        rows: isWholeColumns(t.rect) ? 0 : t.rect.bottom,
        columns: isWholeRows(t.rect) ? 0 : t.rect.right,
      };
    });
  }

  unfreeze(): void {
    this.checkApi("unfreeze");
    this.enqueue("unfreeze", [], (s) => {
      s.freeze = { rows: 0, columns: 0 };
    });
  }

  getLocation(): FakeRange {
    return this.location_("getLocation", false);
  }

  getLocationOrNullObject(): FakeRange {
    return this.location_("getLocationOrNullObject", true);
  }

  private location_(member: string, orNull: boolean): FakeRange {
    this.checkApi(member);
    const location = this.location(member);
    const child = FakeRange.create(this.context, `${this.path}.${member}()`, () => {
      const s = this.target();
      if (s === null) return null;
      const rect = frozenRect(s);
      if (rect) return { sheet: s, rect };
      if (orNull) return null;
      throw officeError("ItemNotFound", "no frozen panes", location);
    });
    return this.instantiate(child, member, []);
  }
}

// ---- page layout -------------------------------------------------------------------------------------

const LAYOUT_SCALARS: ScalarSpecs<SheetModel> = {
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

export class FakePageLayout extends FakeObject<SheetModel> {
  readonly typeName = "PageLayout";

  protected scalars(): ScalarSpecs<SheetModel> {
    return LAYOUT_SCALARS;
  }

  /** "The range must span the entire row to be valid" (PageLayout.setPrintTitleRows docs). */
  setPrintTitleRows(printTitleRows: unknown): void {
    this.checkApi("setPrintTitleRows");
    this.enqueue("setPrintTitleRows", [printTitleRows], (s, _a, _e, location) => {
      const rect =
        typeof printTitleRows === "string"
          ? parseRect(printTitleRows.replace(/^.*!/, ""))
          : resolveRangeArgument(printTitleRows, s, this.writeEnv(location), location).rect;
      if (!rect || !isWholeRows(rect))
        throw officeError("InvalidArgument", "print title rows must be entire rows", location);
      s.pageLayout.printTitleRows = rect;
    });
  }

  getPrintTitleRowsOrNullObject(): FakeRange {
    return this.stored("getPrintTitleRowsOrNullObject", (s) => s.pageLayout.printTitleRows);
  }

  setPrintArea(printArea: unknown): void {
    this.checkApi("setPrintArea");
    this.enqueue("setPrintArea", [printArea], (s, _a, _e, location) => {
      s.pageLayout.printArea = resolveRangeArgument(printArea, s, this.writeEnv(location), location).rect;
    });
  }

  getPrintAreaOrNullObject(): FakeRange {
    return this.stored("getPrintAreaOrNullObject", (s) => s.pageLayout.printArea);
  }

  private stored(member: string, pick: (s: SheetModel) => Rect | null): FakeRange {
    this.checkApi(member);
    const child = FakeRange.create(this.context, `${this.path}.${member}()`, () => {
      const s = this.target();
      const rect = s === null ? null : pick(s);
      return s === null || rect === null ? null : { sheet: s, rect };
    });
    return this.instantiate(child, member, []);
  }
}
defineScalars(FakePageLayout.prototype, LAYOUT_SCALARS);

// ---- custom properties (ExcelApi 1.12) --------------------------------------------------------------

type PropTarget = { sheet: SheetModel; key: string };

const PROP_SCALARS: ScalarSpecs<PropTarget> = {
  key: { read: (t) => t.key },
  value: {
    read: (t) => t.sheet.customProperties.get(t.key) ?? null,
    write: (t, v, env) => {
      if (typeof v !== "string") throw officeError("InvalidArgument", "value must be a string", env.location);
      t.sheet.customProperties.set(t.key, v);
    },
  },
};

export class FakeCustomProperty extends FakeObject<PropTarget> {
  readonly typeName = "WorksheetCustomProperty";

  protected scalars(): ScalarSpecs<PropTarget> {
    return PROP_SCALARS;
  }

  protected override isAlive(t: PropTarget): boolean {
    return t.sheet.customProperties.has(t.key);
  }

  delete(): void {
    this.checkApi("delete");
    this.enqueue("delete", [], (t) => {
      t.sheet.customProperties.delete(t.key);
    });
  }
}
defineScalars(FakeCustomProperty.prototype, PROP_SCALARS);

export class FakeCustomPropertyCollection extends FakeCollection<SheetModel, PropTarget> {
  readonly typeName = "WorksheetCustomPropertyCollection";

  protected scalars(): ScalarSpecs<SheetModel> {
    return NO_SHEET_SCALARS;
  }

  protected entities(s: SheetModel): PropTarget[] {
    return [...s.customProperties.keys()].map((key) => ({ sheet: s, key }));
  }

  protected itemProxy(entity: PropTarget): FakeObject<PropTarget> {
    const item = expose(
      new FakeCustomProperty(this.context, `${this.path}.getItem(${entity.key})`, () => entity),
    );
    item.pinTo(entity);
    return item;
  }

  private prop(
    member: string,
    args: readonly unknown[],
    resolve: (s: SheetModel, location: string) => PropTarget | null,
    isOnce = false,
  ): FakeCustomProperty {
    this.checkApi(member);
    const location = this.location(member);
    const compute = (): PropTarget | null => {
      const s = this.target();
      return s === null ? null : resolve(s, location);
    };
    const child = expose(
      new FakeCustomProperty(
        this.context,
        `${this.path}.${member}()`,
        isOnce ? once(compute, location) : compute,
      ),
    );
    return this.instantiate(child, member, args);
  }

  /** Overwrites an existing property with the same key (WorksheetCustomPropertyCollection.add docs). */
  add(key: string, value: string): FakeCustomProperty {
    return this.prop(
      "add",
      [key, value],
      (s, location) => {
        if (typeof key !== "string" || key === "" || key.length > 255)
          throw officeError("InvalidArgument", "key", location);
        if (typeof value !== "string")
          throw officeError("InvalidArgument", "value must be a string", location);
        s.customProperties.set(key, value);
        return { sheet: s, key };
      },
      true,
    );
  }

  getItem(key: string): FakeCustomProperty {
    return this.prop("getItem", [key], (s, location) => {
      if (!s.customProperties.has(key))
        throw officeError("ItemNotFound", `no custom property '${key}'`, location);
      return { sheet: s, key };
    });
  }

  getItemOrNullObject(key: string): FakeCustomProperty {
    return this.prop("getItemOrNullObject", [key], (s) =>
      s.customProperties.has(key) ? { sheet: s, key } : null,
    );
  }

  getCount(): FakeClientResult<number> {
    return this.result("getCount", [], (s) => s.customProperties.size);
  }
}
