// The words of "how a sheet was read", shared by the reader (src/workbook) and the catalogues
// (src/i18n): why a field was read where it was, the units a user may choose, what became of a row.

/**
 * Why a field was read where it was: the header named it ("header", "groupHeader" for a group label
 * over a sub-header, "label" on a profile), the latest of several years, the last full year over the
 * running one (YTD, "lfd. Jahr"), the percent column over the
 * absolute one, a margin derived from an absolute margin ÷ revenue, an owner line above a block
 * of accounts ("KAM: Anna Berg") in a list without an owner column, the row of account names over a
 * profile matrix's labels (one column per account), the user's stored choice, or
 * this run's `kam --map`.
 */
export const MAPPING_REASONS = [
  "header",
  "groupHeader",
  "label",
  "latestYear",
  "lastFullYear",
  "percentPreferred",
  "derived",
  "ownerLine",
  // A 0–100 health score or an NPS on the 1–5 relationship scale.
  "rescaled100",
  "rescaledNps",
  "accountColumns",
  "chosen",
  "override",
] as const;
export type MappingReason = (typeof MAPPING_REASONS)[number];

/** ×1, thousands, millions (money); percentage points, fractions, an amount ÷ revenue (margins). */
export const UNIT_CHOICES = ["x1", "x1000", "x1000000", "percent", "fraction", "absolute"] as const;
export type UnitChoice = (typeof UNIT_CHOICES)[number];

/** Rows under a list's header: accounts, rows the user excluded, and rows that are not accounts. */
export const ROW_STATUSES = [
  "account",
  "excluded",
  "section",
  "subtotal",
  "note",
  "header",
  // A company indented under its group's row ("  └ Tochter GmbH"): part of that key account.
  "groupMember",
] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];
export type SkippedKind = Exclude<RowStatus, "account" | "excluded">;
