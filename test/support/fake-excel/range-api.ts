// Excel.Range. `values` returns "" for empty cells and numbers for dates (serials); `address` is
// sheet-qualified; writes must match the range size (or be one scalar); reading more than 5,000,000
// cells fails with RangeExceedsLimit ("Resource limits…": "A range is limited to 5,000,000 cells for
// read operations").

import {
  boundingRect,
  cellCount,
  intersect,
  isWholeColumns,
  isWholeRows,
  MAX_COLUMNS,
  MAX_ROWS,
  parseRect,
  splitSheet,
  type Rect,
} from "./address";
import {
  clearRange,
  evaluatedCell,
  mapCells,
  mergeRange,
  requireInGrid,
  unmergeRange,
  writeContent,
  writeNumberFormat,
  type ClearApplyTo,
} from "./cells";
import { defineScalars, expose, FakeObject, type ScalarSpecs, type WriteEnv } from "./client-object";
import type { Engine, FakeRequestContext } from "./context";
import { officeError } from "./errors";
import { FakeConditionalFormatCollection, FakeDataValidation } from "./validation-api";
import { FakeRangeFormat } from "./format-api";
import { FakeRangeAreas } from "./range-areas-api";
import type { SheetModel } from "./model";
import { activateSheet } from "./sheets";
import { formatText } from "./text-format";
import { FakeWorksheet } from "./worksheet-api";

/** A range; `areas` is set for a RangeAreas (Worksheet.getRanges), `rect` is then their bounding box. */
export type RangeTarget = { sheet: SheetModel; rect: Rect; areas?: readonly Rect[] };

const READ_LIMIT = 5_000_000;
const CLEAR_APPLY_TO: readonly ClearApplyTo[] = [
  "All",
  "Formats",
  "Contents",
  "Hyperlinks",
  "RemoveHyperlinks",
  "ResetContents",
];

function readable(t: RangeTarget, location: string): RangeTarget {
  if (cellCount(t.rect) > READ_LIMIT)
    throw officeError("RangeExceedsLimit", `${cellCount(t.rect)} cells`, location);
  return t;
}

function hiddenState(count: number, hidden: number): boolean | null {
  if (hidden === 0) return false;
  return hidden === count ? true : null;
}

function countHidden(set: ReadonlySet<number>, from: number, to: number): number {
  if (to - from + 1 > set.size) return [...set].filter((n) => n >= from && n <= to).length;
  let n = 0;
  for (let i = from; i <= to; i++) if (set.has(i)) n++;
  return n;
}

function setHidden(set: Set<number>, from: number, to: number, hidden: unknown, location: string): void {
  if (typeof hidden !== "boolean") throw officeError("InvalidArgument", "expected true or false", location);
  for (let i = from; i <= to; i++) {
    if (hidden) set.add(i);
    else set.delete(i);
  }
}

function valueType(t: RangeTarget, r: number, c: number): string {
  const cell = t.sheet.getCell(r, c);
  const v = evaluatedCell(t.sheet, r, c);
  if (v.error) return "Error";
  if (cell.formula === null && cell.value === "") return "Empty";
  if (typeof v.value === "number") return "Double";
  if (typeof v.value === "boolean") return "Boolean";
  return "String";
}

const SCALARS: ScalarSpecs<RangeTarget> = {
  address: { read: (t) => t.sheet.address(t.rect) },
  addressLocal: { read: (t) => t.sheet.address(t.rect) },
  cellCount: { read: (t) => cellCount(t.rect) },
  rowCount: { read: (t) => t.rect.bottom - t.rect.top + 1 },
  columnCount: { read: (t) => t.rect.right - t.rect.left + 1 },
  rowIndex: { read: (t) => t.rect.top - 1 },
  columnIndex: { read: (t) => t.rect.left - 1 },
  isEntireRow: { read: (t) => isWholeRows(t.rect) },
  isEntireColumn: { read: (t) => isWholeColumns(t.rect) },
  values: {
    read: (t) =>
      mapCells(
        readable(t, "Range.values").sheet,
        t.rect,
        (_c, r, col) => evaluatedCell(t.sheet, r, col).value,
      ),
    write: (t, v, env) => {
      writeContent(t.sheet, t.rect, v, env.location);
    },
  },
  formulas: {
    read: (t) =>
      mapCells(
        readable(t, "Range.formulas").sheet,
        t.rect,
        (cell, r, c) => cell.formula ?? evaluatedCell(t.sheet, r, c).value,
      ),
    write: (t, v, env) => {
      writeContent(t.sheet, t.rect, v, env.location);
    },
  },
  numberFormat: {
    read: (t) => mapCells(readable(t, "Range.numberFormat").sheet, t.rect, (cell) => cell.numberFormat),
    write: (t, v, env) => {
      writeNumberFormat(t.sheet, t.rect, v, env.location);
    },
  },
  text: {
    read: (t, engine: Engine) =>
      mapCells(readable(t, "Range.text").sheet, t.rect, (cell, r, c) =>
        formatText(evaluatedCell(t.sheet, r, c).value, cell.numberFormat, engine.separators),
      ),
  },
  valueTypes: {
    read: (t) => mapCells(readable(t, "Range.valueTypes").sheet, t.rect, (_cell, r, c) => valueType(t, r, c)),
  },
  rowHidden: {
    read: (t) =>
      hiddenState(t.rect.bottom - t.rect.top + 1, countHidden(t.sheet.hiddenRows, t.rect.top, t.rect.bottom)),
    write: (t, v, env) => {
      setHidden(t.sheet.hiddenRows, t.rect.top, t.rect.bottom, v, env.location);
    },
  },
  columnHidden: {
    read: (t) =>
      hiddenState(
        t.rect.right - t.rect.left + 1,
        countHidden(t.sheet.hiddenColumns, t.rect.left, t.rect.right),
      ),
    write: (t, v, env) => {
      setHidden(t.sheet.hiddenColumns, t.rect.left, t.rect.right, v, env.location);
    },
  },
  hidden: {
    read: (t) => {
      const rows = t.rect.bottom - t.rect.top + 1;
      const cols = t.rect.right - t.rect.left + 1;
      const hr = countHidden(t.sheet.hiddenRows, t.rect.top, t.rect.bottom);
      const hc = countHidden(t.sheet.hiddenColumns, t.rect.left, t.rect.right);
      if (hr === rows || hc === cols) return true;
      return hr === 0 && hc === 0 ? false : null;
    },
  },
};

/** Resolves a `Range | string` argument at sync time, relative to `sheet`. */
export function resolveRangeArgument(
  arg: unknown,
  sheet: SheetModel,
  env: Pick<WriteEnv, "deref">,
  location: string,
): RangeTarget {
  const proxy = env.deref(arg);
  if (proxy) {
    const t = proxy.target() as RangeTarget | null;
    if (!t || !("rect" in t)) throw officeError("InvalidArgument", "expected a range", location);
    return t;
  }
  if (typeof arg !== "string")
    throw officeError("InvalidArgument", "expected a range or an address", location);
  return resolveAddress(sheet, arg, location, true);
}

/** Worksheet.getRange(address): an A1 address, optionally sheet-qualified, or a defined name. */
export function resolveAddress(
  sheet: SheetModel,
  address: string,
  location: string,
  otherSheets = false,
): RangeTarget {
  if (address.length > 8192)
    throw officeError("InvalidArgument", "address longer than 8192 characters", location);
  const { sheet: sheetName, address: local } = splitSheet(address.trim());
  let target = sheet;
  if (sheetName !== null) {
    const named = sheet.workbook.findSheet(sheetName);
    if (!named || (!otherSheets && named !== sheet)) {
      throw officeError("InvalidArgument", `'${address}' is not on sheet '${sheet.name}'`, location);
    }
    target = named;
  }
  const rect = parseRect(local);
  if (rect) return { sheet: target, rect };
  const name = sheet.workbook.findName(local, sheet) ?? sheet.workbook.findName(local);
  if (name && name.ref.kind === "range") return { sheet: name.ref.sheet, rect: name.ref.rect };
  throw officeError("InvalidArgument", `'${address}' is not a valid address`, location);
}

function shifted(t: RangeTarget, rect: Rect, location: string): RangeTarget {
  return { sheet: t.sheet, rect: requireInGrid(rect, location) };
}

export class FakeRange extends FakeObject<RangeTarget> {
  readonly typeName = "Range";

  static create(context: FakeRequestContext, path: string, resolver: () => RangeTarget | null): FakeRange {
    return expose(new FakeRange(context, path, resolver));
  }

  protected scalars(): ScalarSpecs<RangeTarget> {
    return SCALARS;
  }

  protected override isAlive(t: RangeTarget): boolean {
    return !t.sheet.deleted;
  }

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    if (name === "worksheet") return this.worksheet;
    if (name === "conditionalFormats") return this.conditionalFormats;
    return undefined;
  }

  get format(): FakeRangeFormat {
    return this.child("format", () =>
      FakeRangeFormat.create(this.context, `${this.path}.format`, () => this.target()),
    );
  }

  get dataValidation(): FakeDataValidation {
    this.checkApi("dataValidation");
    return this.child("dataValidation", () =>
      FakeDataValidation.create(this.context, `${this.path}.dataValidation`, () => this.target()),
    );
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.checkApi("conditionalFormats");
    return this.child("conditionalFormats", () =>
      FakeConditionalFormatCollection.create(this.context, `${this.path}.conditionalFormats`, () =>
        this.target(),
      ),
    );
  }

  get worksheet(): FakeWorksheet {
    return this.child("worksheet", () =>
      FakeWorksheet.create(this.context, `${this.path}.worksheet`, () => this.target()?.sheet ?? null),
    );
  }

  /** A range computed from this one by a method, instantiated at the next sync. */
  private derive(
    member: string,
    args: readonly unknown[],
    compute: (t: RangeTarget, location: string) => RangeTarget | null,
  ): FakeRange {
    const location = this.location(member);
    const child = FakeRange.create(this.context, `${this.path}.${member}()`, () => {
      const t = this.target();
      return t === null ? null : compute(t, location);
    });
    return this.instantiate(child, member, args);
  }

  private otherRange(arg: unknown, t: RangeTarget, location: string): RangeTarget {
    const other = resolveRangeArgument(arg, t.sheet, this.writeEnv(location), location);
    if (other.sheet !== t.sheet)
      throw officeError("InvalidArgument", "the ranges are on different sheets", location);
    return other;
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive("getCell", [row, column], (t, loc) =>
      shifted(
        t,
        {
          top: t.rect.top + row,
          left: t.rect.left + column,
          bottom: t.rect.top + row,
          right: t.rect.left + column,
        },
        loc,
      ),
    );
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], (t, loc) =>
      shifted(
        t,
        {
          top: t.rect.top + rowOffset,
          bottom: t.rect.bottom + rowOffset,
          left: t.rect.left + columnOffset,
          right: t.rect.right + columnOffset,
        },
        loc,
      ),
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    this.checkApi("getResizedRange");
    return this.derive("getResizedRange", [deltaRows, deltaColumns], (t, loc) =>
      shifted(t, { ...t.rect, bottom: t.rect.bottom + deltaRows, right: t.rect.right + deltaColumns }, loc),
    );
  }

  getRow(row: number): FakeRange {
    return this.derive("getRow", [row], (t, loc) => {
      if (!Number.isInteger(row) || row < 0 || t.rect.top + row > t.rect.bottom) {
        throw officeError("InvalidArgument", `row ${row} is outside the range`, loc);
      }
      return { sheet: t.sheet, rect: { ...t.rect, top: t.rect.top + row, bottom: t.rect.top + row } };
    });
  }

  getColumn(column: number): FakeRange {
    return this.derive("getColumn", [column], (t, loc) => {
      if (!Number.isInteger(column) || column < 0 || t.rect.left + column > t.rect.right) {
        throw officeError("InvalidArgument", `column ${column} is outside the range`, loc);
      }
      return { sheet: t.sheet, rect: { ...t.rect, left: t.rect.left + column, right: t.rect.left + column } };
    });
  }

  getEntireRow(): FakeRange {
    return this.derive("getEntireRow", [], (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, left: 1, right: MAX_COLUMNS },
    }));
  }

  getEntireColumn(): FakeRange {
    return this.derive("getEntireColumn", [], (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, top: 1, bottom: MAX_ROWS },
    }));
  }

  getRowsAbove(count = 1): FakeRange {
    this.checkApi("getRowsAbove");
    return this.derive("getRowsAbove", [count], (t, loc) =>
      shifted(t, { ...t.rect, top: t.rect.top - count, bottom: t.rect.top - 1 }, loc),
    );
  }

  getRowsBelow(count = 1): FakeRange {
    this.checkApi("getRowsBelow");
    return this.derive("getRowsBelow", [count], (t, loc) =>
      shifted(t, { ...t.rect, top: t.rect.bottom + 1, bottom: t.rect.bottom + count }, loc),
    );
  }

  getColumnsBefore(count = 1): FakeRange {
    this.checkApi("getColumnsBefore");
    return this.derive("getColumnsBefore", [count], (t, loc) =>
      shifted(t, { ...t.rect, left: t.rect.left - count, right: t.rect.left - 1 }, loc),
    );
  }

  getColumnsAfter(count = 1): FakeRange {
    this.checkApi("getColumnsAfter");
    return this.derive("getColumnsAfter", [count], (t, loc) =>
      shifted(t, { ...t.rect, left: t.rect.right + 1, right: t.rect.right + count }, loc),
    );
  }

  getLastRow(): FakeRange {
    return this.derive("getLastRow", [], (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, top: t.rect.bottom },
    }));
  }

  getLastColumn(): FakeRange {
    return this.derive("getLastColumn", [], (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, left: t.rect.right },
    }));
  }

  getLastCell(): FakeRange {
    return this.derive("getLastCell", [], (t) => ({
      sheet: t.sheet,
      rect: { top: t.rect.bottom, bottom: t.rect.bottom, left: t.rect.right, right: t.rect.right },
    }));
  }

  getIntersection(anotherRange: unknown): FakeRange {
    return this.derive("getIntersection", [anotherRange], (t, loc) => {
      const rect = intersect(t.rect, this.otherRange(anotherRange, t, loc).rect);
      if (!rect) throw officeError("InvalidArgument", "the ranges do not intersect", loc);
      return { sheet: t.sheet, rect };
    });
  }

  getIntersectionOrNullObject(anotherRange: unknown): FakeRange {
    this.checkApi("getIntersectionOrNullObject");
    return this.derive("getIntersectionOrNullObject", [anotherRange], (t, loc) => {
      const rect = intersect(t.rect, this.otherRange(anotherRange, t, loc).rect);
      return rect ? { sheet: t.sheet, rect } : null;
    });
  }

  getBoundingRect(anotherRange: unknown): FakeRange {
    return this.derive("getBoundingRect", [anotherRange], (t, loc) => ({
      sheet: t.sheet,
      rect: boundingRect(t.rect, this.otherRange(anotherRange, t, loc).rect),
    }));
  }

  /** Range.getUsedRange throws ItemNotFound when no cell in the range is used (Range.getUsedRange docs). */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.derive("getUsedRange", [valuesOnly], (t, loc) => {
      const used = t.sheet.usedRect(valuesOnly);
      const rect = used ? intersect(used, t.rect) : null;
      if (!rect) throw officeError("ItemNotFound", "the range has no used cells", loc);
      return { sheet: t.sheet, rect };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.checkApi("getUsedRangeOrNullObject");
    return this.derive("getUsedRangeOrNullObject", [valuesOnly], (t) => {
      const used = t.sheet.usedRect(valuesOnly);
      const rect = used ? intersect(used, t.rect) : null;
      return rect ? { sheet: t.sheet, rect } : null;
    });
  }

  /** The merged areas that intersect this range (ExcelApi 1.13); a null object when there are none. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.checkApi("getMergedAreasOrNullObject");
    const child = FakeRangeAreas.create(this.context, `${this.path}.getMergedAreasOrNullObject()`, () => {
      const t = this.target();
      if (t === null) return null;
      const areas = t.sheet.merges.filter((m) => intersect(m, t.rect) !== null);
      const first = areas[0];
      return first ? { sheet: t.sheet, rect: areas.reduce(boundingRect, first), areas } : null;
    });
    return this.instantiate(child, "getMergedAreasOrNullObject", []);
  }

  select(): void {
    this.enqueue("select", [], (t, _args, _exec, location) => {
      activateSheet(t.sheet, location);
      t.sheet.selection = t.rect;
    });
  }

  merge(across = false): void {
    this.checkApi("merge");
    this.enqueue("merge", [across], (t, _args, _exec, location) => {
      mergeRange(t.sheet, t.rect, across, location);
    });
  }

  unmerge(): void {
    this.checkApi("unmerge");
    this.enqueue("unmerge", [], (t) => {
      unmergeRange(t.sheet, t.rect);
    });
  }

  clear(applyTo: unknown = "All"): void {
    this.enqueue("clear", [applyTo], (t, _args, _exec, location) => {
      const allowed: readonly unknown[] = CLEAR_APPLY_TO;
      if (!allowed.includes(applyTo))
        throw officeError("InvalidArgument", `applyTo ${JSON.stringify(applyTo)}`, location);
      clearRange(t.sheet, t.rect, applyTo as ClearApplyTo);
    });
  }
}

defineScalars(FakeRange.prototype, SCALARS);
