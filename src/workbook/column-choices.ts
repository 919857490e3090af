// The user's corrections to how a sheet was read: per account sheet, which column (list) or cell
// (profile) holds a field, in which unit, and which rows are not accounts. Stored in the workbook
// as compact JSON (settings-sheet.ts) and given for one run by `kam --map FIELD=COLUMN`.

import { ACCOUNT_FIELDS, type AccountField } from "../domain/account";
import { UNIT_CHOICES, type UnitChoice } from "../domain/mapping-terms";

export { UNIT_CHOICES, type UnitChoice } from "../domain/mapping-terms";

export type FieldChoice = {
  /** Column letter (list) or cell address (profile); null: the sheet does not hold the field; absent: as found. */
  at?: string | null;
  /** The header at that place when it was chosen, so the choice follows the column if columns move. */
  header?: string;
  unit?: UnitChoice;
};

/** A row the user excluded: its number and the account key read there, which follows the row if rows move. */
export type ExcludedRow = { row: number; key: string | null };

export type SheetChoice = {
  fields: Partial<Record<AccountField, FieldChoice>>;
  exclude: readonly ExcludedRow[];
};

export const EMPTY_SHEET_CHOICE: SheetChoice = { fields: {}, exclude: [] };

/** Where a choice comes from: stored in the workbook, or `--map` for this run only. */
export type ChoiceOrigin = "chosen" | "override";

/** A sheet's choices as the reader applies them, each field with its origin. */
export type AppliedChoice = {
  fields: Partial<Record<AccountField, FieldChoice & { origin: ChoiceOrigin }>>;
  exclude: readonly ExcludedRow[];
};

const PLACE = /^([A-Z]{1,3})([1-9]\d{0,6})?$/;

/** "E" → a column, "C7" → a cell; null for anything else. Letters are upper-cased. */
export function parsePlace(text: string): { column: string; row: number | null } | null {
  const m = PLACE.exec(text.trim().toUpperCase());
  if (!m?.[1]) return null;
  return { column: m[1], row: m[2] === undefined ? null : Number(m[2]) };
}

export function isAccountField(text: string): text is AccountField {
  return (ACCOUNT_FIELDS as readonly string[]).includes(text);
}

function isUnitChoice(value: unknown): value is UnitChoice {
  return typeof value === "string" && (UNIT_CHOICES as readonly string[]).includes(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Compact JSON of a sheet's choices; fields in canonical order so equal choices give equal text. */
export function choiceJson(choice: SheetChoice): string {
  const fields: Record<string, FieldChoice> = {};
  for (const field of ACCOUNT_FIELDS) {
    const c = choice.fields[field];
    if (!c) continue;
    const out: FieldChoice = {};
    if (c.at !== undefined) out.at = c.at;
    if (c.header !== undefined) out.header = c.header;
    if (c.unit !== undefined) out.unit = c.unit;
    fields[field] = out;
  }
  return JSON.stringify({ fields, exclude: choice.exclude.map((x) => ({ row: x.row, key: x.key })) });
}

/** A sheet's choices from their JSON; null when the text is not such JSON (nothing is half-read). */
export function parseChoice(text: string): SheetChoice | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || !isRecord(data.fields)) return null;
  const fields: Partial<Record<AccountField, FieldChoice>> = {};
  for (const [field, raw] of Object.entries(data.fields)) {
    if (!isAccountField(field) || !isRecord(raw)) return null;
    const choice: FieldChoice = {};
    if (raw.at === null) choice.at = null;
    else if (typeof raw.at === "string" && parsePlace(raw.at)) choice.at = raw.at.trim().toUpperCase();
    else if (raw.at !== undefined) return null;
    if (typeof raw.header === "string") choice.header = raw.header;
    else if (raw.header !== undefined) return null;
    if (isUnitChoice(raw.unit)) choice.unit = raw.unit;
    else if (raw.unit !== undefined) return null;
    fields[field] = choice;
  }
  const exclude: ExcludedRow[] = [];
  const rawExclude: unknown = data.exclude ?? [];
  if (!Array.isArray(rawExclude)) return null;
  for (const x of rawExclude) {
    if (!isRecord(x) || typeof x.row !== "number" || !Number.isInteger(x.row) || x.row < 1) return null;
    if (x.key !== null && typeof x.key !== "string") return null;
    exclude.push({ row: x.row, key: x.key });
  }
  return { fields, exclude };
}

/** True when the choice changes nothing. */
export function isEmptyChoice(choice: SheetChoice): boolean {
  return Object.keys(choice.fields).length === 0 && choice.exclude.length === 0;
}

/** Stored choices with this run's overrides on top: an overridden field takes the override whole. */
export function applyChoices(
  stored: SheetChoice | undefined,
  override: SheetChoice | undefined,
): AppliedChoice {
  const fields: AppliedChoice["fields"] = {};
  for (const [field, c] of Object.entries(stored?.fields ?? {}))
    if (isAccountField(field)) fields[field] = { ...c, origin: "chosen" };
  for (const [field, c] of Object.entries(override?.fields ?? {}))
    if (isAccountField(field)) fields[field] = { ...c, origin: "override" };
  return { fields, exclude: [...(stored?.exclude ?? []), ...(override?.exclude ?? [])] };
}
