// How a sheet was read, as data: per account field the column (or profile cell), its header, unit
// and scale, the year chosen and why — plus what the user may choose instead and which rows were
// not read as accounts. The task pane shows it and lets the user correct it; `kam read` prints it.

import type { AccountField } from "../domain/account";
import type { MappingReason, RowStatus } from "../domain/mapping-terms";
import type { HeaderLanguage } from "./headers";

export type { MappingReason, RowStatus } from "../domain/mapping-terms";

/** How values of the field are read and shown. */
export type ValueKind = "money" | "fraction" | "text" | "score" | "risk" | "date" | "areas";

export type MappedSample = {
  /** The cell's address ("E5"). */
  cell: string;
  /** The cell as the sheet shows it (its value as text). */
  shown: string;
  /** What was read from it: an amount, a fraction, a text; null when nothing could be read. */
  read: string | number | null;
};

export type FieldMapping = {
  field: AccountField;
  /** Column letter of the values (lists) or of the value cell (profiles). */
  column: string;
  /** The value's row (profiles); null for lists. */
  row: number | null;
  header: string;
  /** Factor applied to plain numbers: 1000 for T€, 0.01 for a margin in percentage points; null for texts. */
  scale: number | null;
  /** Money: the currency code; margins: "percent", "fraction" or "absolute"; else null. */
  unit: string | null;
  year: number | null;
  reason: MappingReason;
  /** How many other places name the same field (other years, the absolute margin …). */
  others: number;
  kind: ValueKind;
  /** The first two values read, for the user to check. */
  samples: readonly MappedSample[];
  /** Profiles: the label and its value are in one cell ("Umsatz 2025: 2,4 Mio. €"), at column/row. */
  labelInCell: boolean;
};

/** A place the user may choose for a field: a column (lists) or a value cell (profiles). */
export type MappingOption = { at: string; header: string; field: AccountField | null };

export type MappedRow = {
  row: number;
  /** The account key read there (id, else name); for a skipped row its first text. */
  key: string | null;
  /** What the user recognises the row by: "10482 – Hansewerk Fördertechnik GmbH". */
  label: string | null;
  status: RowStatus;
};

export type SheetMapping = {
  sheet: string;
  layout: "list" | "profile";
  /** The header rows of a list (one or two); the first label row of a profile. */
  headerRows: readonly number[];
  /** In canonical field order; fields the sheet does not hold are absent. */
  fields: readonly FieldMapping[];
  /** Key fields the sheet lacks: "name" (neither id nor name), "revenue", "potential". */
  missing: readonly AccountField[];
  options: readonly MappingOption[];
  /**
   * The rows under a list's header that hold something and what became of them (lists only): the
   * first 500 account rows, every excluded and every skipped row.
   */
  rows: readonly MappedRow[];
  /** Rows read as accounts or excluded by the user, all of them (lists only). */
  accountRows: number;
  /** Which language the recognised headers are written in (to answer in the workbook's language). */
  languages: Readonly<Record<HeaderLanguage, number>>;
};

/** The key fields every account sheet should hold; "name" stands for "an id or a name". */
export const KEY_FIELDS: readonly AccountField[] = ["name", "revenue", "potential"];

export const VALUE_KIND: Readonly<Record<AccountField, ValueKind>> = {
  id: "text",
  name: "text",
  industry: "text",
  region: "text",
  revenue: "money",
  potential: "money",
  grossMargin: "fraction",
  profitability: "fraction",
  relationship: "score",
  churnRisk: "risk",
  customerSince: "date",
  owner: "text",
  businessAreas: "areas",
};
