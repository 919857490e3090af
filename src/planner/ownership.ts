// The writer's side of ownership (src/workbook/ownership.ts decides which sheets are the add-in's):
// claiming the sheets a write creates or adopts — a token per sheet, recorded in the settings sheet
// and carried by the sheet as a name — and fitting each spec's table and names to the workbook, so
// that a user's table or name that happens to be called like the add-in's is never taken over.

import { PortError, type NamedRange, type SheetInfo, type SheetSpec, type SheetWrite } from "../sheet";
import { newOwnerToken, withOwnerName, type OwnedKind, type OwnershipReading } from "../workbook/ownership";
import { PLANNER_NAMES, sameName } from "../workbook/planner-names";
import {
  readSettings,
  SETTINGS_MARKER,
  settingsSheetSpec,
  settingsTarget,
  type SettingsEntries,
} from "../workbook/settings-sheet";
import { updateWrite } from "./sheet-writes";

/** Names that only mark a sheet: when a user's name has one, the add-in leaves it and goes without. */
const MARKERS: readonly string[] = [PLANNER_NAMES.goalSheet, PLANNER_NAMES.reviewSheet, SETTINGS_MARKER];

type WorkbookNames = { sheets: readonly Pick<SheetInfo, "name" | "tables">[]; names: readonly NamedRange[] };

/**
 * The spec with its table and names fitted to the workbook as it stands, for writing `target`:
 * - a table name a user's table (or name) already has elsewhere: the add-in's table takes the next
 *   free name (KAM_Goals_2);
 * - a marker name a user's name already has elsewhere: left to the user, the spec goes without (the
 *   add-in's sheets are proven by their tokens, not by markers);
 * - a name that locates part of the plan (KAM_Vision …) held by a user's name elsewhere: the write is
 *   refused ("nameTaken", naming the sheet it points at) before anything is written.
 */
export function fitToWorkbook(spec: SheetSpec, target: string, workbook: WorkbookNames): SheetSpec {
  const sheetExists = (name: string) => workbook.sheets.some((s) => sameName(s.name, name));
  const elsewhere = (name: string) =>
    workbook.names.find((n) => sameName(n.name, name) && !sameName(n.sheet, target) && sheetExists(n.sheet));
  const names = spec.names.filter((n) => {
    const taken = elsewhere(n.name);
    if (!taken) return true;
    if (MARKERS.some((m) => sameName(m, n.name))) return false;
    throw new PortError("nameTaken", {
      operation: "write",
      sheet: spec.name,
      name: n.name,
      other: taken.sheet,
    });
  });
  const table = spec.table;
  if (!table) return { ...spec, names };
  const used = new Set([
    ...workbook.sheets
      .filter((s) => !sameName(s.name, target))
      .flatMap((s) => s.tables.map((t) => t.toLowerCase())),
    ...workbook.names.map((n) => n.name.toLowerCase()),
    ...names.map((n) => n.name.toLowerCase()),
  ]);
  let name = table.name;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${table.name}_${n}`;
  return { ...spec, names, table: { ...table, name } };
}

/**
 * Tokens for the goal and review sheets a write is about to write: a sheet proven by its token keeps
 * it, a new or adopted (previous version's) sheet gets a fresh one. The write records them in the
 * settings sheet with the sheets themselves, all or nothing (planner/write.ts).
 */
export function claimSheets(
  reading: OwnershipReading,
  random?: (bytes: Uint8Array<ArrayBuffer>) => void,
): Readonly<Record<OwnedKind, string>> {
  const { ownership } = reading;
  const token = (kind: OwnedKind): string => {
    const recorded = ownership.records[kind];
    return ownership.provenBy[kind] === "token" && recorded !== undefined ? recorded : newOwnerToken(random);
  };
  return { goal: token("goal"), review: token("review") };
}

/**
 * The write of the settings sheet holding `entries` (owner records among them): the add-in's settings
 * sheet updated in place (every key keeps its row; never deleted, co-authors may be reading it) or
 * rebuilt, else a new sheet beside users' sheets. Its marker name is fitted to the workbook.
 */
export function settingsSheetWrite(
  reading: OwnershipReading,
  entries: SettingsEntries,
  rebuild = false,
): SheetWrite {
  const own = reading.ownership.settings;
  const grid = reading.settingsGrid;
  if (own !== null && grid !== null) {
    const rows = rebuild ? undefined : readSettings(grid).rows;
    const spec = fitToWorkbook(settingsSheetSpec(own, entries, rows), own, reading);
    return rebuild ? { mode: "replace", spec } : updateWrite(spec, grid, null);
  }
  const target = settingsTarget(reading.sheets, null);
  return {
    mode: "create",
    spec: fitToWorkbook(settingsSheetSpec(target.name, entries), target.name, reading),
  };
}

/** An owned sheet's spec as it is written: its token name added, its table and names fitted. */
export function ownedSpec(spec: SheetSpec, token: string, workbook: WorkbookNames): SheetSpec {
  return fitToWorkbook(withOwnerName(spec, token), spec.name, workbook);
}
