// Use case "open a workbook": read every sheet through the port once, then interpret it with the
// user's choices (which sheets hold accounts, which is marketing's, which column holds which field)
// as often as they change — without reading again. The result holds everything the surfaces show
// about the workbook: the accounts, how each sheet was read (the mapping), what was found while
// reading, marketing's positioning, the plan stored in it and the language its headers are in.
//
// Column choices, by precedence: this run's overrides (`kam --map`), then the user's choices (the
// pane's, stored in the workbook's settings sheet and read back from it), then what the reader finds.

import { accountKey, type Account, type AccountField } from "../domain/account";
import type { Finding } from "../domain/finding";
import type { Language, Plan, Positioning } from "../domain/plan";
import { checkAccounts } from "../domain/rules";
import { type NamedRange, type SheetGrid, type SheetInfo, type WorkbookReader } from "../sheet";
import {
  applyChoices,
  isAccountField,
  type AppliedChoice,
  type SheetChoice,
} from "../workbook/column-choices";
import type { SheetMapping } from "../workbook/mapping";
import { readPlanFromWorkbook } from "../workbook/plan-sheets";
import { ownedSheets, ownershipOfGrids } from "../workbook/ownership";
import { sameName } from "../workbook/planner-names";
import { cellOrigin, readAccounts, type AccountOrigin, type SheetReading } from "../workbook/read-accounts";
import { findMarketingSheet, readPositioning } from "../workbook/read-marketing";
import { readSettings, storedChoiceFor, withChanges, type StoredChoices } from "../workbook/settings-sheet";

/** Everything read from the workbook, before any interpretation. */
export type WorkbookSnapshot = {
  sheets: readonly SheetInfo[];
  grids: readonly SheetGrid[];
  names: readonly NamedRange[];
};

/** `kam --map FIELD=COLUMN` (lists) or `FIELD=CELL` (profiles), for one sheet or every sheet (null). */
export type ColumnOverride = { sheet: string | null; field: AccountField; at: string | null };

export type WorkbookChoices = {
  /** The sheets that hold accounts; null: every sheet the reader recognises. */
  sheets?: readonly string[] | null;
  /** Marketing's sheet: undefined = the one the reader detects, null = none, else that sheet. */
  marketing?: string | null;
  /**
   * The user's column choices per account sheet, newer than those stored in the snapshot (the pane
   * has just saved them); null drops a sheet's stored choice.
   */
  columns?: Readonly<Record<string, SheetChoice | null>>;
  /** This run only (`kam --map`): on top of the stored choices. */
  overrides?: readonly ColumnOverride[];
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
  /** Per list or profile sheet: where each field was read, and why (the user can correct it). */
  mappings: readonly SheetMapping[];
  /** The user's column choices in effect (stored in the workbook, with newer ones from `choices`). */
  columnChoices: StoredChoices;
  /** The add-in's settings sheet (very hidden), where the column choices are stored; null when none. */
  settingsSheet: string | null;
  accounts: readonly Account[];
  /** Where each account's fields were read. */
  origins: ReadonlyMap<Account, AccountOrigin>;
  /** The language of the recognised headers; null when they do not tell. */
  language: Language | null;
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

/** The overrides for one sheet as a choice: `--map` letters concern lists, cells profiles. */
function overrideFor(overrides: readonly ColumnOverride[], sheet: string): SheetChoice | undefined {
  const mine = overrides.filter((o) => o.sheet === null || sameName(o.sheet, sheet));
  if (mine.length === 0) return undefined;
  const fields: SheetChoice["fields"] = {};
  for (const o of mine) fields[o.field] = { at: o.at };
  return { fields, exclude: [] };
}

/** The language most recognised headers are written in; null when they do not tell. */
function headerLanguage(mappings: readonly SheetMapping[]): Language | null {
  let de = 0;
  let en = 0;
  for (const m of mappings) {
    de += m.languages.de;
    en += m.languages.en;
  }
  return de === en ? null : de > en ? "de" : "en";
}

/** A suspect figure names the cell (and header) it was read from. */
function withSource(
  f: Finding,
  byKey: ReadonlyMap<string, Account>,
  origins: ReadonlyMap<Account, AccountOrigin>,
) {
  if (f.code !== "ACCOUNT_DATA_SUSPECT" || f.subject.type !== "account" || f.field === null) return f;
  const account = byKey.get(f.subject.id);
  const field = f.field;
  const origin = account && isAccountField(field) ? cellOrigin(origins.get(account), field) : undefined;
  if (!origin) return f;
  return {
    ...f,
    params: {
      ...f.params,
      sourceSheet: origin.sheet,
      sourceCell: `${origin.column}${origin.row}`,
      sourceHeader: origin.header,
    },
  };
}

/** The snapshot read with the user's choices. Pure: the same snapshot and choices, the same result. */
export function interpretWorkbook(snapshot: WorkbookSnapshot, choices: WorkbookChoices = {}): OpenedWorkbook {
  const { grids, names } = snapshot;
  // The one decision which sheets are the add-in's (ownership.ts): never read as account sheets.
  const ownership = ownershipOfGrids(grids, names);
  const own = new Set(ownedSheets(ownership));
  const settingsGrid = grids.find((g) => g.name === ownership.settings);
  const settings = settingsGrid ? readSettings(settingsGrid) : { choices: {}, findings: [] };
  const columnChoices = withChanges(settings.choices, choices.columns ?? {});
  const overrides = choices.overrides ?? [];
  const applied = (sheet: string): AppliedChoice | undefined => {
    const stored = storedChoiceFor(columnChoices, sheet);
    const override = overrideFor(overrides, sheet);
    return stored || override ? applyChoices(stored, override) : undefined;
  };
  const plannerSheets = grids.filter((g) => own.has(g.name)).map((g) => g.name);
  const accountSheets = grids.filter((g) => !own.has(g.name));
  const chosen = choices.sheets ?? null;
  const reading = readAccounts(
    accountSheets,
    chosen === null ? { choices: applied } : { sheets: chosen, choices: applied },
  );
  // A chosen marketing sheet is read even when it is among the chosen account sheets' neighbours.
  const marketing = marketingOf(accountSheets, choices.marketing);
  const storedPlan = readPlanFromWorkbook(grids, names);
  const accountsByKey = new Map<string, Account>();
  for (const a of reading.accounts)
    if (!accountsByKey.has(accountKey(a))) accountsByKey.set(accountKey(a), a);
  return {
    snapshot,
    choices,
    plannerSheets,
    accountSheets,
    sheetReadings: reading.sheets,
    mappings: reading.mappings,
    columnChoices,
    settingsSheet: settingsGrid?.name ?? null,
    accounts: reading.accounts,
    origins: reading.origins,
    language: headerLanguage(reading.mappings),
    readingFindings: [...settings.findings, ...reading.findings, ...marketing.findings],
    accountFindings: checkAccounts(reading.accounts).map((f) =>
      withSource(f, accountsByKey, reading.origins),
    ),
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
