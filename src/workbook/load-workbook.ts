// Reads everything the planner needs from a workbook through the port: the grids, the accounts
// of every account sheet, and marketing's positioning.

import type { Finding } from "../domain/finding";
import type { Positioning } from "../domain/plan";
import type { WorkbookReader } from "../hosts/port";
import type { SheetGrid } from "./grid";
import { readAccounts, type AccountReading, type ReadOptions } from "./read-accounts";
import { findMarketingSheet, readPositioning } from "./read-marketing";

export type LoadedWorkbook = {
  grids: readonly SheetGrid[];
  reading: AccountReading;
  /** Marketing's positioning from the workbook's marketing sheet, if it has one. */
  positioning: Positioning | null;
  marketingSheet: string | null;
  /** Everything found while reading: unreadable cells, skipped rows, the marketing sheet's problems. */
  findings: readonly Finding[];
};

export async function loadWorkbook(
  reader: WorkbookReader,
  options: ReadOptions = {},
): Promise<LoadedWorkbook> {
  const sheets = await reader.listSheets();
  const grids: SheetGrid[] = [];
  for (const sheet of sheets) grids.push(await reader.readSheet(sheet.name));
  return interpretGrids(grids, options);
}

export function interpretGrids(grids: readonly SheetGrid[], options: ReadOptions = {}): LoadedWorkbook {
  const reading = readAccounts(grids, options);
  const marketing = findMarketingSheet(grids);
  const positioning = marketing ? readPositioning(marketing) : null;
  return {
    grids,
    reading,
    positioning: positioning?.positioning ?? null,
    marketingSheet: marketing?.name ?? null,
    findings: [...reading.findings, ...(positioning?.findings ?? [])],
  };
}
