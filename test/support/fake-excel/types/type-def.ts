// How the engine describes one type of the Excel object model (Workbook, Range, Table …): its scalar
// properties (read and write against the model), navigation properties, methods that return objects,
// methods called as actions, and for collections their items and indexer. The wire host
// (test/support/office-js) resolves Office.js object paths and runs actions through these tables;
// names are the camelCase names of the Excel JavaScript API ("getRange"; on the wire "GetRange").

import type { WorkbookModel } from "../model";
import type { Separators } from "../text-format";

/** An object as the engine sees it: its type and the model entity it stands for (null: a null object). */
export type ExcelObject = { readonly type: string; readonly target: unknown };

export const NULL_OBJECT: ExcelObject = Object.freeze({ type: "Null", target: null });

/** Things Excel does that tests want to count. */
export type EngineCounters = {
  /** TableRowCollection.add calls (Microsoft advises against them under co-authoring). */
  tableRowsAdd: number;
  tableRowsAddWhileCoauthoring: number;
  /** Loads without property names, or of a navigation property as a whole. */
  unscopedLoads: number;
  calculationSuspensions: number;
  /** Worksheet.delete calls that deleted a sheet (never under co-authoring: others may be in it). */
  sheetDeletions: number;
  sheetDeletionsWhileCoauthoring: number;
};

export function newCounters(): EngineCounters {
  return {
    tableRowsAdd: 0,
    tableRowsAddWhileCoauthoring: 0,
    unscopedLoads: 0,
    calculationSuspensions: 0,
    sheetDeletions: 0,
    sheetDeletionsWhileCoauthoring: 0,
  };
}

/** This client's registrations for worksheet change events (Worksheet.onChanged). */
export type EventRegistrations = {
  register(sheetId: string): void;
  unregister(sheetId: string): void;
};

/** What a member gets besides its target and arguments. */
export type CallEnv = {
  readonly workbook: WorkbookModel;
  /** Where an error is reported ("Range.values", "WorksheetCollection.getItem"), as Excel does. */
  readonly location: string;
  readonly separators: Separators;
  readonly counters: EngineCounters;
  readonly coauthoring: boolean;
  /** The object an argument stands for when Office.js sent an object (a Range …); else undefined. */
  objectOf(value: unknown): ExcelObject | undefined;
  /** Fails with ApiNotFound unless Excel supports ExcelApi `version` (argument-level gates). */
  requireExcelApi(version: string): void;
  readonly events: EventRegistrations;
};

// Method syntax throughout: it keeps TypeDef<SheetModel> assignable to TypeDef<unknown>.
export type ScalarDef<T> = {
  read(target: T, env: CallEnv): unknown;
  write?(target: T, value: unknown, env: CallEnv): void;
  /** Not part of a load without property names (e.g. the values of a whole sheet). */
  explicitOnly?: boolean;
};

export type ScalarDefs<T> = Readonly<Record<string, ScalarDef<T>>>;

export type MemberDef<T, R> = { call(target: T, args: readonly unknown[], env: CallEnv): R };

export type TypeDef<T> = {
  readonly name: string;
  readonly scalars: ScalarDefs<T>;
  /** Navigation properties ("format", "worksheet"): the object they lead to. */
  readonly navigation?: Readonly<Record<string, { get(target: T): ExcelObject }>>;
  /** Methods that return an object ("getRange", "add"): object paths on the wire. */
  readonly objects?: Readonly<Record<string, MemberDef<T, ExcelObject>>>;
  /** Methods called for their effect or value ("delete", "getCount"): actions on the wire. */
  readonly methods?: Readonly<Record<string, MemberDef<T, unknown>>>;
  readonly collection?: {
    items(target: T, env: CallEnv): ExcelObject[];
    /** collection.getItem(key) — an indexer on the wire. */
    indexer?(target: T, key: unknown, env: CallEnv): ExcelObject;
  };
  /** Whether a kept object still exists (a deleted sheet's range does not). */
  isAlive?(target: T): boolean;
  /** What Excel tells Office.js about an instantiated object (Worksheet and Table: their Id). */
  identity?(target: T): Readonly<Record<string, unknown>>;
};

export function object(type: string, target: unknown): ExcelObject {
  return target === null || target === undefined ? NULL_OBJECT : { type, target };
}

/** A navigation property: `get` maps the parent's target to the child's (null stays null). */
export function nav<T>(type: string, get: (target: T) => unknown): { get(target: T): ExcelObject } {
  return { get: (target) => object(type, get(target)) };
}

/** A method returning an object of `type`. */
export function returns<T>(
  type: string,
  call: (target: T, args: readonly unknown[], env: CallEnv) => unknown,
): MemberDef<T, ExcelObject> {
  return { call: (target, args, env) => object(type, call(target, args, env)) };
}

/** A method called as an action. */
export function does<T>(
  call: (target: T, args: readonly unknown[], env: CallEnv) => unknown,
): MemberDef<T, unknown> {
  return { call };
}
