// A write of several sheets that happens completely or not at all (a plan write: goal sheet,
// review sheet, settings rows):
//   1. one sync: sheets, tables and names — and, when a sheet would be rebuilt, whether others are
//      editing (Workbook.getIsActiveCollabSession, ExcelApi 1.9; "cannot tell" counts as yes:
//      a rebuild deletes a sheet, which must never happen under an active collaboration session);
//   2. updates are loaded, compared and journaled (update-sheet.ts) — a cell changed meanwhile stops
//      the write here, before anything changed;
//   3. new and rebuilt sheets are written under temporary names (write-sheet.ts);
//   4. the updates are applied;
//   5. the last batch gives the new sheets their names.
// Any failure: rollbackSheetsIn puts the updated sheets back from their journals and removes the
// temporary sheets (or swaps a rebuilt sheet back), in a fresh Excel.run.

import { PortError, type SheetWrite } from "../../sheet";
import type { Capabilities } from "./capabilities";
import { collaborationIn } from "./collaboration";
import { BudgetedBatch, type BatchStats } from "./payload";
import { checkSpec } from "./spec-checks";
import {
  applyUpdateIn,
  commitUpdateIn,
  prepareUpdateIn,
  rollbackUpdateExtrasIn,
  rollbackUpdateIn,
  type PreparedUpdate,
  type UpdateJournal,
} from "./update-sheet";
import {
  checkPreflight,
  loadWorkbookState,
  newBatch,
  rollbackIn,
  skippedFeatures,
  stageSheetIn,
  type StagedSheet,
  type WriteSheetOptions,
  type WriteState,
} from "./write-sheet";
import type { SkippedFeature } from "../../sheet";

/** What a failed write needs to be undone; filled as the write gets further. */
export type SheetsWriteState = { creates: WriteState[]; updates: UpdateJournal[] };

export async function writeSheetsIn(
  context: Excel.RequestContext,
  writes: readonly SheetWrite[],
  capabilities: Capabilities,
  options: WriteSheetOptions,
  state: SheetsWriteState,
): Promise<{ skipped: SkippedFeature[]; stats: BatchStats }> {
  for (const write of writes) checkSpec(write.spec);
  const skipped = writes.flatMap((w) => skippedFeatures(w.spec, capabilities));
  // Updates alone need nothing of the workbook's sheets, tables and names (one sync saved).
  const found = writes.every((w) => w.mode === "update") ? null : await loadWorkbookState(context);
  const rebuilt = writes.find((w) => w.mode === "replace");
  if (rebuilt && (await collaborationIn(context, capabilities)) !== "inactive") {
    throw new PortError("collaborating", { operation: "write", sheet: rebuilt.spec.name });
  }
  const preflights = writes.map((w) =>
    w.mode === "update" || found === null ? null : checkPreflight(found, w.spec, w.mode === "replace"),
  );

  const updates: PreparedUpdate[] = [];
  for (const write of writes) {
    if (write.mode !== "update") continue;
    const update = await prepareUpdateIn(context, write, capabilities, options.budgetBytes);
    state.updates.push(update.journal);
    updates.push(update);
  }

  const batch = newBatch(context, capabilities, options);
  const staged: StagedSheet[] = [];
  for (const [i, write] of writes.entries()) {
    const found = preflights[i];
    if (write.mode === "update" || !found) continue;
    const sheetState: WriteState = {
      finalName: write.spec.name,
      tempName: null,
      backupName: null,
      tempTableName: null,
      tableName: null,
    };
    state.creates.push(sheetState);
    staged.push(await stageSheetIn(context, batch, write.spec, found, capabilities, options, sheetState));
  }
  for (const update of updates) await applyUpdateIn(context, batch, update, options.rangeAreas);
  const commitBytes = staged.reduce((sum, s) => sum + s.commitBytes, 0);
  await batch.add(commitBytes, () => {
    for (const s of staged) s.commit();
    // Last: the updates' new charts replace the old ones (update-chart.ts).
    for (const update of updates) commitUpdateIn(context, update);
  });
  await batch.flush();
  return { skipped, stats: batch.stats };
}

/** Undoes a failed writeSheetsIn: updated sheets from their journals, then the new sheets. */
export async function rollbackSheetsIn(
  context: Excel.RequestContext,
  state: SheetsWriteState,
  budgetBytes: number,
): Promise<void> {
  const batch = new BudgetedBatch(context, budgetBytes);
  for (const journal of [...state.updates].reverse()) await rollbackUpdateIn(context, batch, journal);
  await batch.flush();
  for (const journal of [...state.updates].reverse()) await rollbackUpdateExtrasIn(context, journal);
  for (const sheet of state.creates) if (sheet.tempName !== null) await rollbackIn(context, sheet);
}
