// The one port every workbook host implements: the Office.js host inside Excel, the .xlsx host
// over .xlsx files, and the in-memory fakes in the tests. Domain and workbook code only see this.

import type { SheetGrid } from "./grid";
import type { SheetSpec } from "./sheet-spec";

export type SheetInfo = {
  name: string;
  visible: boolean;
  /** Tables on the sheet by name. */
  tables: readonly string[];
};

/** A workbook-scoped defined name that refers to a range on one sheet. */
export type NamedRange = { name: string; sheet: string; address: string };

export type WorkbookReader = {
  listSheets(): Promise<readonly SheetInfo[]>;
  /** Values and number formats of the sheet's used range, hidden rows and tables. */
  readSheet(name: string): Promise<SheetGrid>;
  listNames(): Promise<readonly NamedRange[]>;
};

/**
 * A SheetSpec feature the host could not render (e.g. data validation on an Excel without
 * ExcelApi 1.8); the sheet is still written, the caller tells the user what is missing.
 */
export type SkippedFeature = {
  feature:
    "validation" | "freeze" | "print" | "tabColor" | "names" | "table" | "conditionalFormats" | "chart";
  reason: string;
};
export type WriteOutcome = { skipped: readonly SkippedFeature[] };

export type WorkbookWriter = {
  /**
   * Creates the sheet, or replaces the contents of a sheet the add-in created before (the caller
   * decides; a host never overwrites a sheet it was not told to). Values are written as typed in
   * the spec: text stays text (hosts give text cells the number format "@").
   */
  writeSheet(spec: SheetSpec, options: { replace: boolean }): Promise<WriteOutcome>;
  /** Makes a sheet the active one and selects a range on it (task pane links). */
  activate(sheet: string, address?: string): Promise<void>;
};

/**
 * One sheet of a write that covers several sheets at once (writeSheets).
 * - create: a new sheet; fails with sheetExists when the name is taken.
 * - replace: the add-in's own sheet rebuilt from scratch (the old sheet is deleted). Hosts refuse it
 *   while others may be editing the workbook (collaborating), whatever the caller decided.
 * - update: the add-in's own sheet changed in place. Only cells whose value or number format differs
 *   from the spec are written, and the rows holding them restyled; the table is resized to the
 *   spec's range; merges and defined names follow the spec. Cells inside `keep` (A1 ranges: the
 *   columns that belong to users) are never written. `expected` is the sheet as the caller read it
 *   before deciding what to write: a cell to be written that differs from it now was changed by
 *   someone else meanwhile, and the write fails with changedMeanwhile (nothing written).
 *   Column widths, freeze panes, print setup and tab colour stay as users left them.
 */
export type SheetWrite =
  | { mode: "create"; spec: SheetSpec }
  | { mode: "replace"; spec: SheetSpec }
  | { mode: "update"; spec: SheetSpec; keep: readonly string[]; expected: SheetGrid };

export type PlanWriter = {
  /**
   * Writes several sheets as one: either every sheet is written, or (a failure at any point) the
   * workbook is left as it was. A rollback that itself fails is reported as cleanupFailed.
   */
  writeSheets(writes: readonly SheetWrite[]): Promise<WriteOutcome>;
};

/** Whether others are editing the workbook now; "unknown" counts as active wherever it matters. */
export type Collaboration = "active" | "inactive" | "unknown";

/** A change to a watched sheet: where, and whether this user (local) or a co-author (remote) made it. */
export type SheetChange = { sheet: string; address: string; source: "local" | "remote" };

export type WorkbookWatcher = {
  collaboration(): Promise<Collaboration>;
  /**
   * Calls `onChange` for every change of the named sheets' cells until the returned function is
   * called. Hosts without co-authors (a file) never call it.
   */
  watch(sheets: readonly string[], onChange: (change: SheetChange) => void): Promise<() => Promise<void>>;
};

export type WorkbookPort = WorkbookReader & WorkbookWriter & PlanWriter & WorkbookWatcher;
