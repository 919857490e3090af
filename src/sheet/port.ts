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

export type WorkbookPort = WorkbookReader & WorkbookWriter;
