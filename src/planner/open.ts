// Use case "open a workbook": read every sheet through the port once, then interpret it with the
// user's choices (which sheets hold accounts, which is marketing's) as often as they change —
// without reading again. The result holds everything the surfaces show about the workbook: the
// accounts, what was found while reading, marketing's positioning and the plan stored in it.

import type { Account } from "../domain/account";
import type { Finding } from "../domain/finding";
import type { Plan, Positioning } from "../domain/plan";
import { checkAccounts } from "../domain/rules";
import type { NamedRange, SheetGrid, SheetInfo, WorkbookReader } from "../sheet";
import { readPlanFromWorkbook } from "../workbook/plan-sheets";
import { plannerSheetNames } from "../workbook/planner-names";
import { readAccounts, type SheetReading } from "../workbook/read-accounts";
import { findMarketingSheet, readPositioning } from "../workbook/read-marketing";

/** Everything read from the workbook, before any interpretation. */
export type WorkbookSnapshot = {
  sheets: readonly SheetInfo[];
  grids: readonly SheetGrid[];
  names: readonly NamedRange[];
};

export type WorkbookChoices = {
  /** The sheets that hold accounts; null: every sheet the reader recognises. */
  sheets?: readonly string[] | null;
  /** Marketing's sheet: undefined = the one the reader detects, null = none, else that sheet. */
  marketing?: string | null;
};

/** The plan stored in the workbook's goal sheet, as it stands there. */
export type StoredPlan = {
  plan: Plan;
  sheet: string;
  /** Goal-sheet cells that could not be read. */
  findings: readonly Finding[];
};

export type OpenedWorkbook = {
  snapshot: WorkbookSnapshot;
  choices: WorkbookChoices;
  /** The add-in's own goal and review sheets: never read as account sheets. */
  plannerSheets: readonly string[];
  /** Sheets offered as account sheets (every sheet but the add-in's own). */
  accountSheets: readonly SheetGrid[];
  /** How each sheet was read (layout, header row, accounts found). */
  sheetReadings: readonly SheetReading[];
  accounts: readonly Account[];
  /** What reading found: unreadable cells, skipped rows, sheets without accounts, marketing's sheet. */
  readingFindings: readonly Finding[];
  /** The account data on its own: duplicates, suspect figures. */
  accountFindings: readonly Finding[];
  marketingSheet: string | null;
  /** Marketing's positioning from its sheet; null when there is none (or it says nothing). */
  positioning: Positioning | null;
  stored: StoredPlan | null;
};

/** Reads every sheet and the workbook's names (one pass through the port). */
export async function readWorkbook(reader: WorkbookReader): Promise<WorkbookSnapshot> {
  const [sheets, names] = await Promise.all([reader.listSheets(), reader.listNames()]);
  const grids: SheetGrid[] = [];
  for (const sheet of sheets) grids.push(await reader.readSheet(sheet.name));
  return { sheets, grids, names };
}

function marketingOf(
  grids: readonly SheetGrid[],
  choice: string | null | undefined,
): { sheet: string | null; positioning: Positioning | null; findings: readonly Finding[] } {
  const grid =
    choice === null
      ? undefined
      : choice === undefined
        ? findMarketingSheet(grids)
        : grids.find((g) => g.name === choice);
  if (!grid) return { sheet: null, positioning: null, findings: [] };
  const read = readPositioning(grid);
  return { sheet: grid.name, positioning: read.positioning, findings: read.findings };
}

/** The snapshot read with the user's choices. Pure: the same snapshot and choices, the same result. */
export function interpretWorkbook(snapshot: WorkbookSnapshot, choices: WorkbookChoices = {}): OpenedWorkbook {
  const { grids, names } = snapshot;
  const own = plannerSheetNames(
    grids.map((g) => ({ name: g.name, tables: g.tables.map((t) => t.name) })),
    names,
  );
  const plannerSheets = grids.filter((g) => own.has(g.name)).map((g) => g.name);
  const accountSheets = grids.filter((g) => !own.has(g.name));
  const chosen = choices.sheets ?? null;
  const reading = readAccounts(accountSheets, chosen === null ? {} : { sheets: chosen });
  // A chosen marketing sheet is read even when it is among the chosen account sheets' neighbours.
  const marketing = marketingOf(accountSheets, choices.marketing);
  const storedPlan = readPlanFromWorkbook(grids, names);
  return {
    snapshot,
    choices,
    plannerSheets,
    accountSheets,
    sheetReadings: reading.sheets,
    accounts: reading.accounts,
    readingFindings: [...reading.findings, ...marketing.findings],
    accountFindings: checkAccounts(reading.accounts),
    marketingSheet: marketing.sheet,
    positioning: marketing.positioning,
    stored: storedPlan,
  };
}

export async function openWorkbook(
  reader: WorkbookReader,
  choices: WorkbookChoices = {},
): Promise<OpenedWorkbook> {
  return interpretWorkbook(await readWorkbook(reader), choices);
}

/** True when any sheet holds a value (an empty workbook has nothing to plan with). */
export function hasContent(opened: OpenedWorkbook): boolean {
  return opened.snapshot.grids.some((g) => {
    for (const [, cells] of g.rows)
      for (const [, c] of cells) if (c.value !== null && c.value !== "") return true;
    return false;
  });
}
