// Which sheets are the add-in's own: proven, never inferred from a name a user can type.
//
// The proof has two halves that no ordinary or accidental user action produces together:
// - the settings sheet (very hidden, so no one can select, copy or unhide it in Excel's UI) holds
//   its marker key in A1 and the format version in B1, and records one random 128-bit token per
//   sheet the add-in owns ("owner:goal" | token, "owner:review" | token);
// - the owned sheet carries the token as a workbook-scoped defined name `KAM_Owned_<token>`. Excel
//   keeps such a name on its sheet through renames and moves; a copy of the sheet gets a sheet-scoped
//   copy of it (not a workbook name), and a copy into another workbook meets a settings sheet that
//   does not record its token. The name is the sheet's identity on both hosts (the Office host and
//   the .xlsx host report the same workbook names), which a sheet position or id is not.
//
// A sheet that merely carries the add-in's table or marker names (KAM_Goals, KAM_GoalSheet …) is a
// user's sheet: it is read for accounts, never replaced, and the add-in writes beside it.
//
// Workbooks of the previous version (markers only, no records) are recognised once: while the
// settings sheet records no owner at all, a goal sheet is the add-in's when KAM_GoalSheet points at
// its A1, it holds the table KAM_Goals and KAM_Vision and KAM_Mission point into it (a review
// sheet, only beside such a goal sheet: KAM_ReviewSheet at A1 and the table KAM_Review) — everything
// the previous version wrote together. The next write records tokens, after which only the proof
// counts.
//
// decideOwnership is the one decision; the reader (open a workbook), the writer's choice of target
// sheets, the settings store and the task pane (through the planner) all use it, on every host.

import {
  cellAt,
  parseRange,
  type GridCell,
  type NamedRange,
  type SheetGrid,
  type SheetInfo,
  type SheetSpec,
  type WorkbookReader,
} from "../sheet";
import { GOALS_TABLE, PLANNER_NAMES, REVIEW_TABLE, sameName } from "./planner-names";
import { SETTINGS_MARKER, SETTINGS_MARKER_KEY, SETTINGS_SHEET, type SettingsEntries } from "./settings-sheet";

export type OwnedKind = "goal" | "review";
export const OWNED_KINDS: readonly OwnedKind[] = ["goal", "review"];

/** The tokens the settings sheet records, by kind of sheet. */
export type OwnerRecords = Readonly<Partial<Record<OwnedKind, string>>>;

export type Ownership = {
  /** The add-in's settings sheet; null when the workbook has none. */
  settings: string | null;
  goal: string | null;
  review: string | null;
  /** What the settings sheet records (empty: nothing yet, or a workbook of the previous version). */
  records: OwnerRecords;
  /** Per kind, how its sheet was recognised: by the proof, or once by the previous version's markers. */
  provenBy: Readonly<Record<OwnedKind, "token" | "legacy" | null>>;
};

/** What the decision looks at: the sheets with their tables, the workbook names, some grids. */
export type OwnershipInput = {
  sheets: readonly Pick<SheetInfo, "name" | "visible" | "tables">[];
  names: readonly NamedRange[];
  /** The grid of a sheet; asked only for the sheets ownershipCandidates names. */
  grid: (sheet: string) => SheetGrid | undefined;
};

const OWNER_NAME_PREFIX = "KAM_Owned_";
const OWNER_KEY_PREFIX = "owner:";
const TOKEN = /^[0-9a-f]{32}$/;

/** The workbook name that carries a token on the sheet it owns. */
export function ownerName(token: string): string {
  return `${OWNER_NAME_PREFIX}${token}`;
}

/** A fresh token: 128 random bits as hex, from the platform's cryptographic source. */
export function newOwnerToken(random: (bytes: Uint8Array<ArrayBuffer>) => void = defaultRandom): string {
  const bytes = new Uint8Array(16);
  random(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function defaultRandom(bytes: Uint8Array<ArrayBuffer>): void {
  globalThis.crypto.getRandomValues(bytes);
}

function textOf(cell: GridCell): string | null {
  return typeof cell.value === "string" ? cell.value.trim() : null;
}

/**
 * Sheets whose grids the decision needs: those that may be the settings sheet (hidden, or named or
 * marked like it). Only these are looked into, so a writer that reads just them decides exactly as
 * a reader that has every grid.
 */
export function ownershipCandidates(input: Omit<OwnershipInput, "grid">): string[] {
  const marked = input.names.find((n) => sameName(n.name, SETTINGS_MARKER))?.sheet;
  return input.sheets
    .filter(
      (s) =>
        !s.visible ||
        s.name.toLowerCase().startsWith(SETTINGS_SHEET.toLowerCase()) ||
        (marked !== undefined && sameName(marked, s.name)),
    )
    .map((s) => s.name);
}

/** The settings sheet's own proof: its marker key in A1 and a format version number in B1. */
function isSettingsGrid(grid: SheetGrid): boolean {
  return textOf(cellAt(grid, 1, 1)) === SETTINGS_MARKER_KEY && typeof cellAt(grid, 1, 2).value === "number";
}

/** The owner rows of a settings sheet; malformed ones are ignored (they prove nothing). */
export function readOwnerRecords(grid: SheetGrid): OwnerRecords {
  const records: Partial<Record<OwnedKind, string>> = {};
  for (const [row] of grid.rows) {
    const key = textOf(cellAt(grid, row, 1));
    if (key === null || !key.startsWith(OWNER_KEY_PREFIX)) continue;
    const kind = OWNED_KINDS.find((k) => k === key.slice(OWNER_KEY_PREFIX.length));
    const token = textOf(cellAt(grid, row, 2));
    if (kind !== undefined && token !== null && TOKEN.test(token) && records[kind] === undefined)
      records[kind] = token;
  }
  return records;
}

/** The sheet a workbook name points at, when that sheet exists. */
function pointedAt(input: OwnershipInput, name: string): { sheet: string; address: string } | null {
  const named = input.names.find((n) => sameName(n.name, name));
  const sheet = named ? input.sheets.find((s) => sameName(s.name, named.sheet)) : undefined;
  return named && sheet ? { sheet: sheet.name, address: named.address } : null;
}

function atA1(address: string): boolean {
  const range = parseRange(address);
  return range !== null && range.top === 1 && range.left === 1;
}

/** The previous version's goal or review sheet: everything it wrote together (see the top). */
function legacySheet(input: OwnershipInput, kind: OwnedKind): string | null {
  const marker = pointedAt(input, kind === "goal" ? PLANNER_NAMES.goalSheet : PLANNER_NAMES.reviewSheet);
  if (!marker || !atA1(marker.address)) return null;
  const sheet = input.sheets.find((s) => sameName(s.name, marker.sheet));
  const table = kind === "goal" ? GOALS_TABLE : REVIEW_TABLE;
  if (!sheet?.tables.some((t) => sameName(t, table))) return null;
  if (kind === "review") return sheet.name;
  const on = (name: string) => {
    const at = pointedAt(input, name);
    return at !== null && sameName(at.sheet, sheet.name);
  };
  return on(PLANNER_NAMES.vision) && on(PLANNER_NAMES.mission) ? sheet.name : null;
}

/** THE decision which sheets are the add-in's (see the top of this file). */
export function decideOwnership(input: OwnershipInput): Ownership {
  const marked = input.names.find((n) => sameName(n.name, SETTINGS_MARKER))?.sheet;
  const settingsSheets = ownershipCandidates(input).filter((name) => {
    const grid = input.grid(name);
    return grid !== undefined && isSettingsGrid(grid);
  });
  // Several proven settings sheets (a co-author's race): the marked one, else the first.
  const settings =
    settingsSheets.find((s) => marked !== undefined && sameName(s, marked)) ?? settingsSheets[0] ?? null;
  const settingsGrid = settings === null ? undefined : input.grid(settings);
  const records = settingsGrid ? readOwnerRecords(settingsGrid) : {};
  const legacyAllowed = Object.keys(records).length === 0;
  const taken = new Set(settings === null ? [] : [settings.toLowerCase()]);
  const provenBy: Record<OwnedKind, "token" | "legacy" | null> = { goal: null, review: null };
  const found: Record<OwnedKind, string | null> = { goal: null, review: null };
  for (const kind of OWNED_KINDS) {
    const token = records[kind];
    const byToken = token === undefined ? null : (pointedAt(input, ownerName(token))?.sheet ?? null);
    // The previous version wrote its review sheet only with its goal sheet: one without the other
    // is not taken for its.
    const legacy =
      legacyAllowed && (kind === "goal" || found.goal !== null) ? legacySheet(input, kind) : null;
    const sheet = byToken ?? legacy;
    if (sheet === null || taken.has(sheet.toLowerCase())) continue;
    taken.add(sheet.toLowerCase());
    found[kind] = sheet;
    provenBy[kind] = byToken !== null ? "token" : "legacy";
  }
  return { settings, goal: found.goal, review: found.review, records, provenBy };
}

/** The add-in's own sheets (settings, goal, review) by name. */
export function ownedSheets(ownership: Ownership): string[] {
  return [ownership.settings, ownership.goal, ownership.review].filter((s): s is string => s !== null);
}

export function isOwnedSheet(ownership: Ownership, sheet: string): boolean {
  return ownedSheets(ownership).some((s) => sameName(s, sheet));
}

/** The decision over grids already read (the reader has every sheet's grid). */
export function ownershipOfGrids(grids: readonly SheetGrid[], names: readonly NamedRange[]): Ownership {
  const byName = new Map(grids.map((g) => [g.name.toLowerCase(), g]));
  return decideOwnership({
    sheets: grids.map((g) => ({ name: g.name, visible: g.visible, tables: g.tables.map((t) => t.name) })),
    names,
    grid: (sheet) => byName.get(sheet.toLowerCase()),
  });
}

export type OwnershipReading = {
  sheets: readonly SheetInfo[];
  names: readonly NamedRange[];
  ownership: Ownership;
  /** The settings sheet's grid as it is now; null when there is none. */
  settingsGrid: SheetGrid | null;
};

/** The decision through the port, reading only the grids it needs (writers, right before writing). */
export async function readOwnership(
  reader: Pick<WorkbookReader, "listSheets" | "listNames" | "readSheet">,
): Promise<OwnershipReading> {
  const [sheets, names] = await Promise.all([reader.listSheets(), reader.listNames()]);
  const grids = new Map<string, SheetGrid>();
  for (const name of ownershipCandidates({ sheets, names }))
    grids.set(name.toLowerCase(), await reader.readSheet(name));
  const ownership = decideOwnership({ sheets, names, grid: (sheet) => grids.get(sheet.toLowerCase()) });
  const settingsGrid =
    ownership.settings === null ? null : (grids.get(ownership.settings.toLowerCase()) ?? null);
  return { sheets, names, ownership, settingsGrid };
}

/** The spec of an owned sheet carries its token (a name on A1). */
export function withOwnerName(spec: SheetSpec, token: string): SheetSpec {
  const name = ownerName(token);
  return {
    ...spec,
    names: [...spec.names.filter((n) => !sameName(n.name, name)), { name, range: "A1" }],
  };
}

/**
 * The settings entries with the owner records set ("owner:goal" | token …); every other entry (the
 * column choices, the stored base, a newer version's keys) as it is.
 */
export function withOwnerEntries(entries: SettingsEntries, records: OwnerRecords): Map<string, string> {
  const next = new Map([...entries].filter(([key]) => !key.startsWith(OWNER_KEY_PREFIX)));
  for (const kind of OWNED_KINDS) {
    const token = records[kind];
    if (token !== undefined) next.set(`${OWNER_KEY_PREFIX}${kind}`, token);
  }
  return next;
}
