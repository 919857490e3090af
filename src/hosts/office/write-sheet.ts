// Writing a SheetSpec so that a failure never leaves a half-written add-in sheet:
//   1. preflight (one sync): sheets, tables and names, so conflicts are found before anything changes;
//   2. everything is written into a NEW sheet with a unique temporary name, in budgeted batches
//      (values + number formats in row chunks, then formats, merges, sizes, table, validation,
//      conditional formats, charts, freeze panes, print setup, tab colour);
//   3. the last of those batches swaps the sheets: the old sheet (replace) is renamed to a backup
//      name, the new one takes the spec's name and the old position, the backup is deleted, and
//      only then do the table and the defined names get their final names (a table name is unique
//      in the workbook: the old table of that name goes with the old sheet).
// Any error: a fresh Excel.run deletes the new sheet and renames the old one back (see rollback).
// Tables are created over values already written (`worksheet.tables.add`), never grown with
// `table.rows.add`, which Microsoft's coauthoring guidance warns causes merge conflicts.

import {
  columnLetter,
  PortError,
  rangeAddress,
  splitSheetReference,
  type SheetSpec,
  type SkippedFeature,
  type WriteOutcome,
} from "../../sheet";
import { EXCEL_API, excelApiName, type Capabilities } from "./capabilities";
import { BudgetedBatch, utf8Length, type BatchStats } from "./payload";
import { cellChunks } from "./render-cells";
import { queueCharts } from "./render-chart";
import { queueConditionalFormats } from "./render-conditional-formats";
import { queueStyles } from "./render-styles";
import { checkSpec, rowSpan } from "./spec-checks";
import { collaborationIn } from "./collaboration";
import { cellExtent, resolveStyles, styleExtent, styleRange } from "./style-layers";

export type WriteSheetOptions = {
  budgetBytes: number;
  /** Target JSON size of one values + number formats chunk; small against the budget so batches fill up. */
  chunkBytes: number;
  /** Suffix for temporary sheet and table names. */
  uniqueSuffix: () => string;
  /** Group formats into RangeAreas (the caller checked ExcelApi 1.9) instead of one Range per rectangle. */
  rangeAreas: boolean;
};

/**
 * What a failed write needs to put the workbook back; filled in as the write gets further. Sheets
 * are told apart by their unique temporary names rather than ids, so the rollback works from names
 * alone whatever part of a failed batch went through.
 */
export type WriteState = {
  finalName: string;
  /** The new sheet's name until it takes the final name. */
  tempName: string | null;
  /** The old sheet's name once it stepped aside; null when nothing is replaced. */
  backupName: string | null;
  /** The new table's name until the old table is gone; null when it is named finally at once. */
  tempTableName: string | null;
  tableName: string | null;
};

/**
 * Column width in points for a SheetSpec width. Spec widths are the workbook file's column width
 * (what the .xlsx stores and the xlsx host writes): characters of the maximum digit width (7 px)
 * with the 5 px padding already included ([MS-OI29500] 2.1.598, col width). A pixel is 0.75 pt at
 * 96 dpi, so both hosts give a column the same on-screen width.
 */
export function columnWidthPoints(fileWidth: number): number {
  if (fileWidth <= 0) return 0;
  return Math.round(Math.round(fileWidth * 7) * 0.75 * 100) / 100;
}

/** Features the spec uses that this Excel cannot render (checked before any API is used). */
export function skippedFeatures(spec: SheetSpec, capabilities: Capabilities): SkippedFeature[] {
  const skipped: SkippedFeature[] = [];
  const need = (feature: SkippedFeature["feature"], minor: number, used: boolean) => {
    if (used && !capabilities.excelApi(minor)) skipped.push({ feature, reason: excelApiName(minor) });
  };
  need("validation", EXCEL_API.dataValidation, spec.validations.length > 0);
  need(
    "freeze",
    EXCEL_API.freezePanes,
    spec.freeze !== null && (spec.freeze.rows > 0 || spec.freeze.columns > 0),
  );
  need(
    "print",
    EXCEL_API.pageLayout,
    spec.print.landscape || spec.print.fitToWidth || spec.print.repeatRows !== null,
  );
  need("tabColor", EXCEL_API.tabColor, spec.tabColor !== null);
  // A new table shows banded rows; only turning them off needs Table.showBandedRows.
  need("table", EXCEL_API.tableOptions, spec.table !== null && !spec.table.showBandedRows);
  need("conditionalFormats", EXCEL_API.conditionalFormats, (spec.conditionalFormats ?? []).length > 0);
  need("chart", EXCEL_API.charts, (spec.charts ?? []).length > 0);
  return skipped;
}

function uniqueName(prefix: string, taken: ReadonlySet<string>, suffix: () => string): string {
  for (;;) {
    const name = `${prefix}${suffix()}`.slice(0, 31);
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Consecutive equal values → [first, last, value] runs (1-based). */
function runs<T>(values: readonly (T | undefined)[], equal: (a: T, b: T) => boolean): [number, number, T][] {
  const out: [number, number, T][] = [];
  values.forEach((value, i) => {
    if (value === undefined) return;
    const last = out[out.length - 1];
    if (last && last[1] === i && equal(last[2], value)) last[1] = i + 1;
    else out.push([i + 1, i + 1, value]);
  });
  return out;
}

/** Sheets, tables and names of the workbook as one sync found them (shared by the sheets of one write). */
export type WorkbookState = {
  sheets: { name: string; position: number }[];
  /** Lower-case sheet names in use, temporary names chosen since included. */
  sheetNames: Set<string>;
  tables: { name: string; sheet: string }[];
  /** Lower-case table and defined names in use (both share one namespace). */
  usedNames: Set<string>;
  /** Existing defined names by lower-case name (actual spelling). */
  definedNames: Map<string, string>;
  /** Every workbook name with what it refers to (a user's name the spec would take is refused). */
  names: { name: string; formula: string }[];
};

export type Preflight = WorkbookState & {
  old: { name: string; position: number } | null;
};

/** Loads sheets, tables and names in one sync. */
export async function loadWorkbookState(context: Excel.RequestContext): Promise<WorkbookState> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/position");
  const tables = workbook.tables;
  tables.load("items/name,items/worksheet/name");
  const names = workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, position: s.position })),
    sheetNames: new Set(sheets.items.map((s) => s.name.toLowerCase())),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    usedNames: new Set(
      [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)].map((n) => n.toLowerCase()),
    ),
    definedNames: new Map(names.items.map((n) => [n.name.toLowerCase(), n.name])),
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
  };
}

/** The checks before a sheet is created or replaced: nothing is touched when one fails. */
export function checkPreflight(state: WorkbookState, spec: SheetSpec, replace: boolean): Preflight {
  const lower = spec.name.toLowerCase();
  const oldSheet = state.sheets.find((s) => s.name.toLowerCase() === lower);
  if (oldSheet && !replace) throw new PortError("sheetExists", { operation: "write", sheet: spec.name });
  const old = oldSheet ? { name: oldSheet.name, position: oldSheet.position } : null;

  checkNamesFree(spec, old?.name ?? null, state.sheets, state.names);
  if (spec.table) {
    const tableName = spec.table.name.toLowerCase();
    const clash = state.tables.find((t) => t.name.toLowerCase() === tableName && t.sheet !== old?.name);
    if (clash) {
      throw new PortError("nameTaken", {
        operation: "write",
        sheet: spec.name,
        name: spec.table.name,
        other: clash.sheet,
      });
    }
    if ([...state.definedNames.keys()].includes(tableName)) {
      throw new PortError("nameTaken", {
        operation: "write",
        sheet: spec.name,
        name: spec.table.name,
      });
    }
  }
  return { ...state, old };
}

async function preflight(
  context: Excel.RequestContext,
  spec: SheetSpec,
  replace: boolean,
): Promise<Preflight> {
  return checkPreflight(await loadWorkbookState(context), spec, replace);
}

/**
 * A workbook name the spec declares is replaced only when it is the add-in's: on the sheet being
 * replaced, or left over from a sheet that is gone. A user's constant, formula or range elsewhere of
 * that name is never deleted: the write is refused before anything changes (as the xlsx host does).
 */
function checkNamesFree(
  spec: SheetSpec,
  oldSheet: string | null,
  sheets: readonly { name: string }[],
  names: readonly { name: string; formula: string }[],
): void {
  const declared = new Set(spec.names.map((n) => n.name.toLowerCase()));
  const exists = (sheet: string) => sheets.some((s) => s.name.toLowerCase() === sheet.toLowerCase());
  for (const n of names) {
    if (!declared.has(n.name.toLowerCase())) continue;
    const ref = splitSheetReference(n.formula);
    const onOld = ref !== null && oldSheet !== null && ref.sheet.toLowerCase() === oldSheet.toLowerCase();
    const gone =
      /^=?#REF!/i.test(n.formula) || (ref !== null && (!exists(ref.sheet) || /#REF!/i.test(ref.address)));
    if (onOld || gone) continue;
    throw new PortError("nameTaken", {
      operation: "write",
      sheet: spec.name,
      name: n.name,
      ...(ref === null ? {} : { other: ref.sheet }),
    });
  }
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** Deletes existing names of the spec's names, then adds them over the new sheet. */
function queueNames(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  found: Preflight,
): void {
  for (const { name, range } of spec.names) {
    const existing = found.definedNames.get(name.toLowerCase());
    if (existing !== undefined) context.workbook.names.getItem(existing).delete();
    context.workbook.names.add(name, sheet.getRange(rangeAddress(styleRange(spec, range))));
  }
}

export async function writeSheetIn(
  context: Excel.RequestContext,
  spec: SheetSpec,
  replace: boolean,
  capabilities: Capabilities,
  options: WriteSheetOptions,
  state: WriteState,
): Promise<WriteOutcome & { stats: BatchStats }> {
  checkSpec(spec);
  const found = await preflight(context, spec, replace);
  // Replacing deletes the old sheet: never while others may be editing the workbook.
  if (found.old && (await collaborationIn(context, capabilities)) !== "inactive") {
    throw new PortError("collaborating", { operation: "write", sheet: spec.name });
  }
  const batch = newBatch(context, capabilities, options);
  const staged = await stageSheetIn(context, batch, spec, found, capabilities, options, state);
  await batch.add(staged.commitBytes, staged.commit);
  await batch.flush();
  return { skipped: staged.skipped, stats: batch.stats };
}

/** A batch under the budget that suspends calculation while it is sent (ExcelApi 1.6). */
export function newBatch(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  options: Pick<WriteSheetOptions, "budgetBytes">,
): BudgetedBatch {
  const suspend = capabilities.excelApi(EXCEL_API.suspendCalculation);
  // Batches are measured as Office.js serialises them; each add names the JSON its arguments carry.
  return new BudgetedBatch(context, options.budgetBytes, () => {
    if (suspend) context.workbook.application.suspendApiCalculationUntilNextSync();
  });
}

/** A sheet written under a temporary name, waiting for `commit` to take its place. */
export type StagedSheet = {
  skipped: SkippedFeature[];
  /** Queues the swap (see the file comment); the caller sends it in the write's last batch. */
  commit: () => void;
  commitBytes: number;
};

/**
 * Writes the spec into a new sheet under a temporary name (steps 2 of the file comment); the
 * returned commit queues step 3. `found` comes from checkPreflight; temporary names chosen here are
 * added to it, so several sheets can be staged in one write.
 */
export async function stageSheetIn(
  context: Excel.RequestContext,
  batch: BudgetedBatch,
  spec: SheetSpec,
  found: Preflight,
  capabilities: Capabilities,
  options: WriteSheetOptions,
  state: WriteState,
): Promise<StagedSheet> {
  const skipped = skippedFeatures(spec, capabilities);
  const has = (minor: number) => capabilities.excelApi(minor);
  const tempName = uniqueName("KAM-tmp-", found.sheetNames, options.uniqueSuffix);
  found.sheetNames.add(tempName.toLowerCase());
  const backupName = uniqueName("KAM-old-", found.sheetNames, options.uniqueSuffix);
  if (found.old) found.sheetNames.add(backupName.toLowerCase());
  state.tempName = tempName;
  state.backupName = found.old ? backupName : null;

  const workbook = context.workbook;
  await batch.reserve(utf8Length(tempName));
  const target = workbook.worksheets.add(tempName);

  // Values and number formats, row chunk by row chunk.
  const styles = resolveStyles(spec, styleExtent(spec).rows, styleExtent(spec).columns);
  for (const chunk of cellChunks(spec, cellExtent(spec), styles, options.chunkBytes)) {
    const address = rangeAddress({ top: chunk.top, bottom: chunk.bottom, left: 1, right: chunk.columns });
    await batch.add(utf8Length(address) + chunk.bytes, () => {
      const range = target.getRange(address);
      range.numberFormat = chunk.formats;
      range.values = chunk.values;
    });
  }

  await queueStyles(batch, target, styles, options.rangeAreas);

  for (const merge of spec.merges) {
    const address = rangeAddress(styleRange(spec, merge));
    await batch.add(utf8Length(address), () => {
      target.getRange(address).merge(false);
    });
  }
  for (const [first, last, width] of runs(spec.columnWidths, (a, b) => a === b)) {
    const address = `${columnLetter(first)}:${columnLetter(last)}`;
    await batch.add(utf8Length(address), () => {
      target.getRange(address).format.columnWidth = columnWidthPoints(width);
    });
  }
  const heights: (number | undefined)[] = [];
  for (const { row, height } of spec.rowHeights) heights[row - 1] = height;
  for (const [first, last, height] of runs(heights, (a, b) => a === b)) {
    await batch.add(0, () => {
      target.getRange(`${first}:${last}`).format.rowHeight = height;
    });
  }

  let table: Excel.Table | null = null;
  const tableSpec = spec.table;
  if (tableSpec) {
    const address = rangeAddress(styleRange(spec, tableSpec.range));
    await batch.reserve(utf8Length(address + tableSpec.name + tableSpec.style));
    // A Range, not an address string: a bare address would land on the active sheet.
    table = target.tables.add(target.getRange(address), true);
    // The old sheet still holds a table of the final name until it is deleted.
    state.tempTableName = found.old ? uniqueName("KAM_tmp_", found.usedNames, options.uniqueSuffix) : null;
    if (state.tempTableName !== null) found.usedNames.add(state.tempTableName.toLowerCase());
    state.tableName = tableSpec.name;
    table.name = state.tempTableName ?? tableSpec.name;
    table.style = tableSpec.style;
    if (has(EXCEL_API.tableOptions)) table.showBandedRows = tableSpec.showBandedRows;
  }

  if (has(EXCEL_API.dataValidation)) {
    for (const validation of spec.validations) {
      const address = rangeAddress(styleRange(spec, validation.range));
      const source = validation.values.join(",");
      const bytes = utf8Length(address + source + validation.errorTitle + validation.errorMessage);
      await batch.add(bytes, () => {
        const dataValidation = target.getRange(address).dataValidation;
        dataValidation.rule = { list: { inCellDropDown: true, source } };
        dataValidation.errorAlert = {
          showAlert: true,
          style: "Stop",
          title: validation.errorTitle,
          message: validation.errorMessage,
        };
      });
    }
  }

  if (has(EXCEL_API.conditionalFormats)) await queueConditionalFormats(batch, target, spec);
  if (has(EXCEL_API.charts)) await queueCharts(batch, target, spec);

  const freeze = spec.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0) && has(EXCEL_API.freezePanes)) {
    await batch.add(0, () => {
      const panes = target.freezePanes;
      if (freeze.rows > 0 && freeze.columns > 0) {
        panes.freezeAt(
          target.getRange(rangeAddress({ top: 1, left: 1, bottom: freeze.rows, right: freeze.columns })),
        );
      } else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
      else panes.freezeColumns(freeze.columns);
    });
  }

  const print = spec.print;
  if ((print.landscape || print.fitToWidth || print.repeatRows !== null) && has(EXCEL_API.pageLayout)) {
    const titleRows = print.repeatRows === null ? null : rowSpan(print.repeatRows);
    await batch.add(0, () => {
      const layout = target.pageLayout;
      layout.orientation = print.landscape ? "Landscape" : "Portrait";
      // One page wide; 0 pages tall = as many as needed (fitToHeight="0" in the file format).
      if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (titleRows) layout.setPrintTitleRows(target.getRange(`${titleRows.first}:${titleRows.last}`));
    });
  }

  const tabColor = spec.tabColor;
  if (tabColor !== null && has(EXCEL_API.tabColor)) {
    await batch.add(utf8Length(tabColor), () => {
      target.tabColor = tabColor;
    });
  }

  const namesBytes = utf8Length(spec.names.map((n) => n.name + n.range).join(""));
  const old = found.old;
  const commit = () => {
    if (!old) {
      // Nothing to replace: the new sheet, its table and its names take their final names now.
      target.name = spec.name;
      queueNames(context, target, spec, found);
      // Last: a very hidden sheet cannot be deleted, so a rollback must not meet one.
      if (spec.visibility) target.visibility = VISIBILITY[spec.visibility];
      return;
    }
    // Swap: the old sheet steps aside under a backup name, the new one takes its name and place;
    // then the backup (and its table of the final name) goes and the new table and names take their
    // final names. Excel runs a batch in order and stops at a failing operation, so whatever part
    // of this went through, rollbackIn can tell from the sheet names.
    workbook.worksheets.getItem(old.name).name = backupName;
    target.name = spec.name;
    target.position = old.position;
    // Excel refuses to delete a very hidden sheet (the old settings sheet): hide it plainly first.
    if (spec.visibility === "veryHidden") workbook.worksheets.getItem(backupName).visibility = "Hidden";
    workbook.worksheets.getItem(backupName).delete();
    if (table && tableSpec) table.name = tableSpec.name;
    queueNames(context, target, spec, found);
    if (spec.visibility) target.visibility = VISIBILITY[spec.visibility];
  };
  return { skipped, commit, commitBytes: namesBytes };
}

/**
 * Puts the workbook back after a failed write, judged by what exists now (a failed batch may have
 * been applied in part). The swap renames old → backup, then new → final name; so while a backup
 * exists, a sheet of the final name is the new one. Then the new sheet goes and the old one gets its
 * name back. Without a backup the old sheet was never renamed (only a leftover temporary sheet is
 * removed), or it is deleted already: then the new sheet stays under its final name and its table
 * gets its final name too; the write is still reported as failed, so the user runs it again.
 */
export async function rollbackIn(context: Excel.RequestContext, state: WriteState): Promise<void> {
  // With their ids loaded, Office.js addresses the items as getItem(id) in the next sync; without,
  // as getItemAt(index), which hits another sheet when a co-author added one in between.
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id");
  const tables = context.workbook.tables;
  tables.load("items/name,items/id");
  await context.sync();
  const find = (name: string | null) =>
    name === null ? undefined : sheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const temp = find(state.tempName);
  const backup = find(state.backupName);
  const final = find(state.finalName);
  temp?.delete();
  if (state.backupName === null) {
    // Nothing was replaced: a sheet of the final name can only be the new one.
    final?.delete();
  } else if (backup) {
    final?.delete();
    backup.name = state.finalName;
  } else if (final && state.tempTableName !== null && state.tableName !== null) {
    const temporary = state.tempTableName.toLowerCase();
    const table = tables.items.find((t) => t.name.toLowerCase() === temporary);
    if (table) table.name = state.tableName;
  }
  await context.sync();
}
