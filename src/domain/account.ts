// A key account as read from the team's sheets. Every figure may be missing (null): a missing
// figure is never guessed, it is reported where it was read.

import { ASCII } from "./text";

export type ChurnRisk = "low" | "medium" | "high";

export const ACCOUNT_FIELDS = [
  "id",
  "name",
  "industry",
  "region",
  "revenue",
  "potential",
  "grossMargin",
  "profitability",
  "relationship",
  "churnRisk",
  "customerSince",
  "owner",
  "businessAreas",
] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];

export type SourceRef = { sheet: string; row: number };

export type Account = {
  /** The team's own account id; null when the sheet has none (then the name identifies it). */
  id: string | null;
  name: string | null;
  industry: string | null;
  region: string | null;
  /** Revenue of the last full year, in `currency`. */
  revenue: number | null;
  /** Revenue potential (wallet size) in `currency`. */
  potential: number | null;
  /** Fraction, 0.29 for 29 %. */
  grossMargin: number | null;
  /** Fraction (e.g. EBIT margin), 0.08 for 8 %. */
  profitability: number | null;
  /** Score 1 (weak) … 5 (strong). */
  relationship: number | null;
  churnRisk: ChurnRisk | null;
  /** ISO date `YYYY-MM-DD`, or a year `YYYY` when only the year is known. */
  customerSince: string | null;
  owner: string | null;
  /** Business areas served, when the sheet lists them. */
  businessAreas: readonly string[] | null;
  /** Number of business areas served (the list's length, or a count from the sheet). */
  businessAreaCount: number | null;
  /** ISO currency code of the money figures when the sheet shows one (EUR, USD, …). */
  currency: string | null;
  source: SourceRef;
};

/** An account with no figures yet, read from `sheet`, `row`. */
export function emptyAccount(sheet: string, row: number): Account {
  return {
    id: null,
    name: null,
    industry: null,
    region: null,
    revenue: null,
    potential: null,
    grossMargin: null,
    profitability: null,
    relationship: null,
    churnRisk: null,
    customerSince: null,
    owner: null,
    businessAreas: null,
    businessAreaCount: null,
    currency: null,
    source: { sheet, row },
  };
}

/** The key that goals refer to: the id, or the name when the sheet has no ids. */
export function accountKey(account: Account): string {
  return account.id ?? account.name ?? `${account.source.sheet}!${account.source.row}`;
}

export function accountLabel(account: Account): string {
  if (account.id && account.name) return `${account.name} (${account.id})`;
  return account.name ?? account.id ?? `${account.source.sheet}!${account.source.row}`;
}

/** Characters that do not show: zero-width spaces and joiners, soft hyphens, bidi marks (Unicode Cf). */
const INVISIBLE = /\p{Cf}/gu;

/**
 * How account ids and names are compared: as they look. Unicode-normalised (NFKC: a decomposed
 * "ä" is "ä", full-width digits are digits, a non-breaking space is a space), characters that do not
 * show dropped, runs of spaces as one, case ignored.
 */
export function matchKey(text: string): string {
  // ASCII holds no compatibility forms and no format characters (\p{Cf} starts at U+00AD).
  if (ASCII.test(text)) return text.replace(/\s+/g, " ").trim().toLocaleLowerCase();
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/gu, " ").trim().toLocaleLowerCase();
}

type AccountIndex = { size: number; byId: Map<string, Account>; byName: Map<string, Account> };

/**
 * Lookup maps per account list: goal sheets and checks resolve tens of thousands of goals against
 * thousands of accounts. Lists are treated as immutable (every caller builds new arrays); the
 * size check catches an accidental push.
 */
const indexes = new WeakMap<readonly Account[], AccountIndex>();

function indexOf(accounts: readonly Account[]): AccountIndex {
  const cached = indexes.get(accounts);
  if (cached?.size === accounts.length) return cached;
  const byId = new Map<string, Account>();
  const byName = new Map<string, Account>();
  for (const a of accounts) {
    // The first account wins, as a linear search would find it.
    if (a.id !== null) {
      const key = matchKey(a.id);
      if (key !== "" && !byId.has(key)) byId.set(key, a);
    }
    if (a.name !== null) {
      const key = matchKey(a.name);
      if (key !== "" && !byName.has(key)) byName.set(key, a);
    }
  }
  const index = { size: accounts.length, byId, byName };
  indexes.set(accounts, index);
  return index;
}

/** Finds the account a goal refers to: by id first, then by name, compared by matchKey. */
export function findAccount(accounts: readonly Account[], ref: string): Account | undefined {
  const wanted = matchKey(ref);
  if (wanted === "") return undefined;
  const index = indexOf(accounts);
  return index.byId.get(wanted) ?? index.byName.get(wanted);
}

/** Share of wallet = revenue / potential (fraction), null when either is missing or potential ≤ 0. */
export function shareOfWallet(account: Pick<Account, "revenue" | "potential">): number | null {
  const { revenue, potential } = account;
  if (revenue === null || potential === null || potential <= 0 || revenue < 0) return null;
  return revenue / potential;
}
