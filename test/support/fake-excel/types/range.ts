// Excel.Range. `values` returns "" for empty cells and numbers for dates (serials); `address` is
// sheet-qualified; writes must match the range size (or be one scalar); reading more than 5,000,000
// cells fails with RangeExceedsLimit ("Resource limits…": "A range is limited to 5,000,000 cells for
// read operations"). `_ValidateArraySize` is what Office.js sends before it splits a large write into
// row chunks (`getRow(i).getBoundingRect(getRow(j))`, over 1,500 cells).

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
} from "../address";
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
} from "../cells";
import { officeError } from "../errors";
import type { SheetModel } from "../model";
import { activateSheet } from "../sheets";
import { formatText } from "../text-format";
import { getCellProperties, setCellProperties } from "./cell-properties";
import { does, nav, returns, type CallEnv, type ScalarDefs, type TypeDef } from "./type-def";

/** A range; `areas` is set for a RangeAreas (Worksheet.getRanges), `rect` is then their bounding box. */
export type RangeTarget = { sheet: SheetModel; rect: Rect; areas?: readonly Rect[] };

const READ_LIMIT = 5_000_000;
export const CLEAR_APPLY_TO: readonly string[] = [
  "All",
  "Formats",
  "Contents",
  "Hyperlinks",
  "RemoveHyperlinks",
  "ResetContents",
];

/** Range.clear's argument; an omitted one arrives as null on the wire. */
export function clearApplyTo(value: unknown, location: string): ClearApplyTo {
  const applyTo = value ?? "All";
  if (typeof applyTo !== "string" || !CLEAR_APPLY_TO.includes(applyTo))
    throw officeError("InvalidArgument", `applyTo ${JSON.stringify(applyTo)}`, location);
  return applyTo as ClearApplyTo;
}

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

const SCALARS: ScalarDefs<RangeTarget> = {
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
    read: (t, env) =>
      mapCells(readable(t, "Range.text").sheet, t.rect, (cell, r, c) =>
        formatText(evaluatedCell(t.sheet, r, c).value, cell.numberFormat, env.separators),
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

/** Resolves a `Range | string` argument, relative to `sheet`. */
export function resolveRangeArgument(
  arg: unknown,
  sheet: SheetModel,
  env: Pick<CallEnv, "objectOf">,
  location: string,
): RangeTarget {
  const given = env.objectOf(arg);
  if (given) {
    const t = given.target as RangeTarget | null;
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

function otherRange(arg: unknown, t: RangeTarget, env: CallEnv): RangeTarget {
  const other = resolveRangeArgument(arg, t.sheet, env, env.location);
  if (other.sheet !== t.sheet)
    throw officeError("InvalidArgument", "the ranges are on different sheets", env.location);
  return other;
}

const int = (v: unknown, fallback: number): number => (typeof v === "number" ? v : fallback);

/** A method deriving a range from this one. */
function derived(compute: (t: RangeTarget, args: readonly unknown[], env: CallEnv) => RangeTarget | null) {
  return returns<RangeTarget>("Range", compute);
}

export const RANGE: TypeDef<RangeTarget> = {
  name: "Range",
  scalars: SCALARS,
  isAlive: (t) => !t.sheet.deleted,
  navigation: {
    format: nav<RangeTarget>("RangeFormat", (t) => t),
    dataValidation: nav<RangeTarget>("DataValidation", (t) => t),
    conditionalFormats: nav<RangeTarget>("ConditionalFormatCollection", (t) => t),
    worksheet: nav<RangeTarget>("Worksheet", (t) => t.sheet),
  },
  objects: {
    getCell: derived((t, [row, column], env) =>
      shifted(
        t,
        {
          top: t.rect.top + int(row, 0),
          left: t.rect.left + int(column, 0),
          bottom: t.rect.top + int(row, 0),
          right: t.rect.left + int(column, 0),
        },
        env.location,
      ),
    ),
    getOffsetRange: derived((t, [rowOffset, columnOffset], env) =>
      shifted(
        t,
        {
          top: t.rect.top + int(rowOffset, 0),
          bottom: t.rect.bottom + int(rowOffset, 0),
          left: t.rect.left + int(columnOffset, 0),
          right: t.rect.right + int(columnOffset, 0),
        },
        env.location,
      ),
    ),
    getResizedRange: derived((t, [deltaRows, deltaColumns], env) =>
      shifted(
        t,
        { ...t.rect, bottom: t.rect.bottom + int(deltaRows, 0), right: t.rect.right + int(deltaColumns, 0) },
        env.location,
      ),
    ),
    getRow: derived((t, [row], env) => {
      if (typeof row !== "number" || !Number.isInteger(row) || row < 0 || t.rect.top + row > t.rect.bottom) {
        throw officeError("InvalidArgument", `row ${String(row)} is outside the range`, env.location);
      }
      return { sheet: t.sheet, rect: { ...t.rect, top: t.rect.top + row, bottom: t.rect.top + row } };
    }),
    getColumn: derived((t, [column], env) => {
      if (
        typeof column !== "number" ||
        !Number.isInteger(column) ||
        column < 0 ||
        t.rect.left + column > t.rect.right
      ) {
        throw officeError("InvalidArgument", `column ${String(column)} is outside the range`, env.location);
      }
      return {
        sheet: t.sheet,
        rect: { ...t.rect, left: t.rect.left + column, right: t.rect.left + column },
      };
    }),
    getEntireRow: derived((t) => ({ sheet: t.sheet, rect: { ...t.rect, left: 1, right: MAX_COLUMNS } })),
    getEntireColumn: derived((t) => ({ sheet: t.sheet, rect: { ...t.rect, top: 1, bottom: MAX_ROWS } })),
    getRowsAbove: derived((t, [count], env) =>
      shifted(t, { ...t.rect, top: t.rect.top - int(count, 1), bottom: t.rect.top - 1 }, env.location),
    ),
    getRowsBelow: derived((t, [count], env) =>
      shifted(t, { ...t.rect, top: t.rect.bottom + 1, bottom: t.rect.bottom + int(count, 1) }, env.location),
    ),
    getColumnsBefore: derived((t, [count], env) =>
      shifted(t, { ...t.rect, left: t.rect.left - int(count, 1), right: t.rect.left - 1 }, env.location),
    ),
    getColumnsAfter: derived((t, [count], env) =>
      shifted(t, { ...t.rect, left: t.rect.right + 1, right: t.rect.right + int(count, 1) }, env.location),
    ),
    getLastRow: derived((t) => ({ sheet: t.sheet, rect: { ...t.rect, top: t.rect.bottom } })),
    getLastColumn: derived((t) => ({ sheet: t.sheet, rect: { ...t.rect, left: t.rect.right } })),
    getLastCell: derived((t) => ({
      sheet: t.sheet,
      rect: { top: t.rect.bottom, bottom: t.rect.bottom, left: t.rect.right, right: t.rect.right },
    })),
    getIntersection: derived((t, [other], env) => {
      const rect = intersect(t.rect, otherRange(other, t, env).rect);
      if (!rect) throw officeError("InvalidArgument", "the ranges do not intersect", env.location);
      return { sheet: t.sheet, rect };
    }),
    getIntersectionOrNullObject: derived((t, [other], env) => {
      const rect = intersect(t.rect, otherRange(other, t, env).rect);
      return rect ? { sheet: t.sheet, rect } : null;
    }),
    getBoundingRect: derived((t, [other], env) => ({
      sheet: t.sheet,
      rect: boundingRect(t.rect, otherRange(other, t, env).rect),
    })),
    /** Range.getUsedRange throws ItemNotFound when no cell in the range is used (Range.getUsedRange docs). */
    getUsedRange: derived((t, [valuesOnly], env) => {
      const used = t.sheet.usedRect(valuesOnly === true);
      const rect = used ? intersect(used, t.rect) : null;
      if (!rect) throw officeError("ItemNotFound", "the range has no used cells", env.location);
      return { sheet: t.sheet, rect };
    }),
    getUsedRangeOrNullObject: derived((t, [valuesOnly]) => {
      const used = t.sheet.usedRect(valuesOnly === true);
      const rect = used ? intersect(used, t.rect) : null;
      return rect ? { sheet: t.sheet, rect } : null;
    }),
    /** The merged areas that intersect this range (ExcelApi 1.13); a null object when there are none. */
    getMergedAreasOrNullObject: returns<RangeTarget>("RangeAreas", (t) => {
      const areas = t.sheet.merges.filter((m) => intersect(m, t.rect) !== null);
      const first = areas[0];
      return first ? { sheet: t.sheet, rect: areas.reduce(boundingRect, first), areas } : null;
    }),
  },
  methods: {
    select: does((t, _args, env) => {
      activateSheet(t.sheet, env.location);
      t.sheet.selection = t.rect;
    }),
    merge: does((t, [across], env) => {
      mergeRange(t.sheet, t.rect, across === true, env.location);
    }),
    unmerge: does((t) => {
      unmergeRange(t.sheet, t.rect);
    }),
    clear: does((t, [applyTo], env) => {
      clearRange(t.sheet, t.rect, clearApplyTo(applyTo, env.location));
    }),
    getCellProperties: does((t, [options], env) => getCellProperties(t, options, env.location)),
    setCellProperties: does((t, [data], env) => {
      setCellProperties(t, data, env.location);
    }),
    /** Office.js checks the size of a large write before sending it in row chunks. */
    _ValidateArraySize: does((t, [rows, columns], env) => {
      if (rows !== t.rect.bottom - t.rect.top + 1 || columns !== t.rect.right - t.rect.left + 1) {
        throw officeError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${String(rows)}×${String(columns)}).`,
          env.location,
        );
      }
    }),
  },
};
