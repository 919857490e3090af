// An index list (id, name, owner, a link per account) next to one profile sheet per account: both
// describe the same accounts. They are merged by id (by name when either has no id) into one
// account: the profile's figures win, the index fills in what the profile lacks. An index row never
// shadows its profile, and the same customer is not counted twice.

import { matchKey, type Account, type AccountField } from "../domain/account";
import { isAccountField } from "./column-choices";

/** Where a field of an account was read. */
export type CellOrigin = { sheet: string; row: number; column: string; header: string };

/** A field's place: its column and header; `row` null means the account's own row (a list). */
export type FieldPlaceRef = { sheet: string; row: number | null; column: string; header: string };

/**
 * Where each field of an account was read. The places are shared by all rows of a list (one object
 * per table, not per account: a portfolio has tens of thousands of rows).
 */
export type AccountOrigin = { row: number; fields: Readonly<Partial<Record<AccountField, FieldPlaceRef>>> };

/** The cell a field of an account was read from; undefined when the sheet has no place for it. */
export function cellOrigin(origin: AccountOrigin | undefined, field: AccountField): CellOrigin | undefined {
  const place = origin?.fields[field];
  if (!origin || !place) return undefined;
  return { sheet: place.sheet, row: place.row ?? origin.row, column: place.column, header: place.header };
}

/** The places with every row spelled out, for merging the places of two sheets. */
function resolved(origin: AccountOrigin): Partial<Record<AccountField, FieldPlaceRef>> {
  const fields: Partial<Record<AccountField, FieldPlaceRef>> = {};
  for (const [field, place] of Object.entries(origin.fields)) {
    if (isAccountField(field)) fields[field] = { ...place, row: place.row ?? origin.row };
  }
  return fields;
}

export type ReadEntry = {
  account: Account;
  origin: AccountOrigin;
  layout: "list" | "profile";
};

export type MergedEntry = {
  account: Account;
  origin: AccountOrigin;
  /** The sheets whose rows were merged into this account (the account's own sheet first). */
  sheets: readonly string[];
};

const keyOf = (text: string | null): string | null => {
  const key = text === null ? "" : matchKey(text);
  return key === "" ? null : key;
};

function sameAccount(list: Account, profile: Account): boolean {
  const listId = keyOf(list.id);
  const profileId = keyOf(profile.id);
  if (listId !== null && profileId !== null) return listId === profileId;
  const listName = keyOf(list.name);
  return listName !== null && listName === keyOf(profile.name);
}

/** The profile's values, with the list's where the profile has none. */
function mergeAccount(profile: Account, list: Account): Account {
  const areas =
    profile.businessAreaCount !== null
      ? { businessAreas: profile.businessAreas, businessAreaCount: profile.businessAreaCount }
      : { businessAreas: list.businessAreas, businessAreaCount: list.businessAreaCount };
  return {
    id: profile.id ?? list.id,
    name: profile.name ?? list.name,
    industry: profile.industry ?? list.industry,
    region: profile.region ?? list.region,
    revenue: profile.revenue ?? list.revenue,
    potential: profile.potential ?? list.potential,
    grossMargin: profile.grossMargin ?? list.grossMargin,
    profitability: profile.profitability ?? list.profitability,
    relationship: profile.relationship ?? list.relationship,
    churnRisk: profile.churnRisk ?? list.churnRisk,
    customerSince: profile.customerSince ?? list.customerSince,
    owner: profile.owner ?? list.owner,
    ...areas,
    currency:
      profile.revenue !== null || profile.potential !== null
        ? (profile.currency ?? list.currency)
        : (list.currency ?? profile.currency),
    source: profile.source,
  };
}

/**
 * Accounts in reading order; a list row and a profile of the same account become one account at
 * the list row's place (the team's order), read from the profile.
 */
export function mergeListsWithProfiles(entries: readonly ReadEntry[]): MergedEntry[] {
  const profiles = entries.filter((e) => e.layout === "profile");
  const used = new Set<ReadEntry>();
  const partnerOf = new Map<ReadEntry, ReadEntry>();
  for (const entry of entries) {
    if (entry.layout !== "list") continue;
    const profile = profiles.find((p) => !used.has(p) && sameAccount(entry.account, p.account));
    if (!profile) continue;
    used.add(profile);
    partnerOf.set(entry, profile);
  }
  const merged: MergedEntry[] = [];
  for (const entry of entries) {
    if (used.has(entry)) continue;
    const profile = partnerOf.get(entry);
    if (!profile) {
      merged.push({ account: entry.account, origin: entry.origin, sheets: [entry.account.source.sheet] });
      continue;
    }
    merged.push({
      account: mergeAccount(profile.account, entry.account),
      origin: { row: profile.origin.row, fields: { ...resolved(entry.origin), ...resolved(profile.origin) } },
      sheets: [profile.account.source.sheet, entry.account.source.sheet],
    });
  }
  return merged;
}
