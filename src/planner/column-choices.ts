// Use case "correct how a sheet was read": change a field's column (or profile cell) or unit,
// exclude a row, and store the choice in the workbook's settings sheet so that every later read —
// the add-in, the workbench, `kam` and co-authors — uses it.
//
// Storing re-reads the settings sheet right before writing and changes only the rows of the sheets
// the user changed, so a co-author's choices for other sheets in the meantime are kept.

import type { AccountField } from "../domain/account";
import type { WorkbookPort } from "../sheet";
import {
  EMPTY_SHEET_CHOICE,
  type FieldChoice,
  type SheetChoice,
  type UnitChoice,
} from "../workbook/column-choices";
import { readOwnership } from "../workbook/ownership";
import {
  NO_SETTINGS,
  readSettings,
  storedChoiceFor,
  withChanges,
  withChoices,
  type StoredChoices,
} from "../workbook/settings-sheet";
import { settingsSheetWrite } from "./ownership";
import { sameName } from "../workbook/planner-names";
import type { OpenedWorkbook } from "./open";

export type ColumnChoiceChanges = Readonly<Record<string, SheetChoice | null>>;

/** A sheet's choice as it stands (stored, with the user's newer ones). */
export function sheetChoice(opened: OpenedWorkbook, sheet: string): SheetChoice {
  return storedChoiceFor(opened.columnChoices, sheet) ?? EMPTY_SHEET_CHOICE;
}

/** `at` for "where the reader finds it": the field's choice of place is dropped. */
export const AS_FOUND = "as-found";

/**
 * The sheet's choice with one field changed: `at` a column letter or profile cell (null: the sheet
 * does not hold the field; AS_FOUND: where the reader finds it), `unit` a unit (null: as the reader
 * finds it). The chosen place's header is kept with it, so the choice follows the column when
 * columns are inserted later.
 */
export function chooseField(
  opened: OpenedWorkbook,
  sheet: string,
  field: AccountField,
  change: { at?: string | null; unit?: UnitChoice | null },
): SheetChoice {
  const current = sheetChoice(opened, sheet);
  const mapping = opened.mappings.find((m) => sameName(m.sheet, sheet));
  const next: FieldChoice = { ...current.fields[field] };
  if (change.at === AS_FOUND) {
    delete next.at;
    delete next.header;
    delete next.unit;
  } else if (change.at !== undefined) {
    next.at = change.at;
    delete next.header;
    const header = change.at === null ? undefined : mapping?.options.find((o) => o.at === change.at)?.header;
    if (header !== undefined) next.header = header;
    // A unit chosen for another column does not carry over.
    delete next.unit;
  }
  if (change.unit === null) delete next.unit;
  else if (change.unit !== undefined) next.unit = change.unit;
  const empty = next.at === undefined && next.unit === undefined;
  const fields = Object.fromEntries(
    Object.entries({ ...current.fields, [field]: next }).filter(([f]) => !(empty && f === field)),
  ) satisfies SheetChoice["fields"];
  return { ...current, fields };
}

/** The sheet's choice with a row excluded from the accounts, or included again. */
export function chooseRow(
  opened: OpenedWorkbook,
  sheet: string,
  row: number,
  excluded: boolean,
): SheetChoice {
  const current = sheetChoice(opened, sheet);
  const mapping = opened.mappings.find((m) => sameName(m.sheet, sheet));
  const key = mapping?.rows.find((r) => r.row === row)?.key ?? null;
  const same = (x: { row: number; key: string | null }) =>
    key !== null && x.key !== null
      ? x.key.trim().toLocaleLowerCase() === key.trim().toLocaleLowerCase()
      : x.row === row;
  const others = current.exclude.filter((x) => !same(x));
  return { ...current, exclude: excluded ? [...others, { row, key }] : others };
}

export type SavedChoices = {
  /** The settings sheet written. */
  sheet: string;
  /** Every sheet's choices as stored now. */
  choices: StoredChoices;
};

/** Stores the changed sheets' choices in the workbook (see the rule at the top). */
export async function saveColumnChoices(
  port: Pick<WorkbookPort, "listSheets" | "listNames" | "readSheet" | "writeSheets">,
  changes: ColumnChoiceChanges,
): Promise<SavedChoices> {
  // The settings sheet as ownership.ts proves it, read right before writing; its owner records, the
  // stored base and rows this version does not know stay as they are, each in its row.
  const reading = await readOwnership(port);
  const settings = reading.settingsGrid ? readSettings(reading.settingsGrid) : NO_SETTINGS;
  const choices = withChanges(settings.choices, changes);
  // In place: the settings sheet is never deleted (co-authors may be reading it).
  const write = settingsSheetWrite(reading, withChoices(settings.entries, choices));
  await port.writeSheets([write]);
  return { sheet: write.spec.name, choices };
}
