// The add-in's settings sheet: a very hidden sheet "KAM-Planner" of key/value rows. It holds the
// user's column choices, one row per account sheet ("columns:Kunden" | {"fields":…} as compact
// JSON), and the base of the last plan write (plan-base.ts: "base:…" rows). It is part of the
// workbook like any sheet, so every reader sees it: the add-in in Excel, the workbench, `kam` and
// co-authors — and it survives saving as .xlsx.
//
// Rows are stable: a key keeps its row when the sheet is written again (only changed rows are
// written), a new key takes a freed row or the next one, a removed key's row is cleared. Keys this
// version does not know are kept as they are.
//
// Which sheet is the settings sheet is decided in ownership.ts with the add-in's other sheets (A1
// holds the marker key; the defined name KAM_Settings is only a tie-breaker). A user's sheet of the
// same name is never overwritten: the settings go beside it.

import type { Finding } from "../domain/finding";
import { finding } from "../domain/finding";
import {
  cellAt,
  lastRow,
  num,
  text,
  type GridCell,
  type SheetGrid,
  type SheetInfo,
  type SheetSpec,
  type SpecValue,
  EMPTY,
} from "../sheet";
import { choiceJson, isEmptyChoice, parseChoice, type SheetChoice } from "./column-choices";
import { sameName } from "./planner-names";
import { placeRows } from "./row-placement";

export const SETTINGS_SHEET = "KAM-Planner";
/** Defined name on A1 of the settings sheet: marks the sheet as the add-in's, whatever its name. */
export const SETTINGS_MARKER = "KAM_Settings";
/** A1's text, and B1 the format version. */
export const SETTINGS_MARKER_KEY = "kam-planner-settings";
const MARKER_KEY = SETTINGS_MARKER_KEY;
const FORMAT_VERSION = 1;
const COLUMNS_PREFIX = "columns:";
const MAX_SHEET_NAME = 31;

/** Column choices by account sheet name. */
export type StoredChoices = Readonly<Record<string, SheetChoice>>;

function textOf(cell: GridCell): string | null {
  return typeof cell.value === "string" && cell.value.trim() !== "" ? cell.value : null;
}

/** Key → value of every settings row (the marker row excluded). */
export type SettingsEntries = ReadonlyMap<string, string>;

export type SettingsReading = {
  choices: StoredChoices;
  findings: Finding[];
  /** Every key/value row, keys this version does not know included (a rewrite keeps them). */
  entries: SettingsEntries;
  /** The row each key stands in. */
  rows: ReadonlyMap<string, number>;
};

export const NO_SETTINGS: SettingsReading = {
  choices: {},
  findings: [],
  entries: new Map(),
  rows: new Map(),
};

/** The stored choices; a row that cannot be read is reported and not used (never half-applied). */
export function readSettings(grid: SheetGrid): SettingsReading {
  const choices: Record<string, SheetChoice> = {};
  const findings: Finding[] = [];
  const entries = new Map<string, string>();
  const rows = new Map<string, number>();
  for (let row = Math.max(2, grid.firstRow); row <= lastRow(grid); row++) {
    const key = textOf(cellAt(grid, row, 1));
    if (key === null || rows.has(key)) continue;
    const cell = cellAt(grid, row, 2);
    entries.set(key, cell.value === null ? "" : String(cell.value));
    rows.set(key, row);
    if (!key.startsWith(COLUMNS_PREFIX)) continue;
    const sheet = key.slice(COLUMNS_PREFIX.length);
    const value = textOf(cell);
    const choice = value === null ? null : parseChoice(value);
    if (choice === null) {
      findings.push(
        finding("SHEET_MAPPING_UNREADABLE", { type: "cell", sheet: grid.name, row, column: "B" }, null, {
          sheet,
        }),
      );
      continue;
    }
    choices[sheet] = choice;
  }
  return { choices, findings, entries, rows };
}

/** The entries with the column choices replaced by `choices` (other keys as they are). */
export function withChoices(entries: SettingsEntries, choices: StoredChoices): Map<string, string> {
  const next = new Map([...entries].filter(([key]) => !key.startsWith(COLUMNS_PREFIX)));
  for (const sheet of Object.keys(choices).sort((a, b) => a.localeCompare(b))) {
    const choice = choices[sheet];
    if (choice) next.set(`${COLUMNS_PREFIX}${sheet}`, choiceJson(choice));
  }
  return next;
}

/** The stored choice for an account sheet (sheet names compare as Excel compares them). */
export function storedChoiceFor(choices: StoredChoices, sheet: string): SheetChoice | undefined {
  const key = Object.keys(choices).find((k) => sameName(k, sheet));
  return key === undefined ? undefined : choices[key];
}

/** The choices with changes applied: a sheet's new choice replaces its old one; null removes it. */
export function withChanges(
  choices: StoredChoices,
  changes: Readonly<Record<string, SheetChoice | null>>,
): Record<string, SheetChoice> {
  const next: Record<string, SheetChoice> = {};
  for (const [sheet, choice] of Object.entries(choices)) {
    if (!Object.keys(changes).some((k) => sameName(k, sheet))) next[sheet] = choice;
  }
  for (const [sheet, choice] of Object.entries(changes)) {
    if (choice !== null && !isEmptyChoice(choice)) next[sheet] = choice;
  }
  return next;
}

/**
 * The settings sheet holding `entries`; with `rows` (where keys stand now), every key keeps its row
 * and the rows of removed keys are blank (see the file comment).
 */
export function settingsSheetSpec(
  name: string,
  entries: SettingsEntries | StoredChoices,
  rows: ReadonlyMap<string, number> = new Map(),
): SheetSpec {
  const map: SettingsEntries =
    entries instanceof Map ? entries : withChoices(new Map(), entries as StoredChoices);
  const placement = placeRows(rows, [...map.keys()], 2);
  const values: (readonly [SpecValue, SpecValue])[] = [[text(MARKER_KEY), num(FORMAT_VERSION)]];
  const last = Math.max(placement.lastRow, ...placement.cleared, 1);
  for (let row = 2; row <= last; row++) values.push([EMPTY, EMPTY]);
  for (const [key, row] of placement.rowOf) values[row - 1] = [text(key), text(map.get(key) ?? "")];
  return {
    name,
    values,
    styles: [],
    columnWidths: [32, 120],
    rowHeights: [],
    merges: [],
    freeze: null,
    table: null,
    validations: [],
    names: [{ name: SETTINGS_MARKER, range: "A1" }],
    print: { landscape: false, fitToWidth: false, repeatRows: null },
    tabColor: null,
    visibility: "veryHidden",
  };
}

/** Where the settings go: the add-in's settings sheet (replaced), else a new sheet beside users' sheets. */
export function settingsTarget(
  sheets: readonly Pick<SheetInfo, "name">[],
  ownSheet: string | null,
): { name: string; replace: boolean } {
  if (ownSheet !== null) return { name: ownSheet, replace: true };
  const taken = (name: string) => sheets.some((s) => sameName(s.name, name));
  if (!taken(SETTINGS_SHEET)) return { name: SETTINGS_SHEET, replace: false };
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${SETTINGS_SHEET.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!taken(name)) return { name, replace: false };
  }
}
