// The account data on its own: rows that describe the same account twice, and figures that
// cannot be right. Both are warnings: the data stays as read, the team decides.

import { accountKey, accountLabel, matchKey, type Account, type AccountField } from "../account";
import { finding, type Finding, type ParamValue } from "../finding";
import { normalizedName } from "../wording/names";
import { isFiniteNumber } from "./context";

function checkDuplicates(accounts: readonly Account[]): Finding[] {
  const byId = new Map<string, Account>();
  const byName = new Map<string, Account>();
  const findings: Finding[] = [];
  for (const account of accounts) {
    const id = typeof account.id === "string" ? account.id.trim() : "";
    const name = typeof account.name === "string" ? normalizedName(matchKey(account.name)) : "";
    const idKey = matchKey(id);
    const earlierById = id === "" ? undefined : byId.get(idKey);
    const earlierByName = name === "" ? undefined : byName.get(name);
    const earlier = earlierById ?? earlierByName;
    if (earlier) {
      findings.push(
        finding(
          "ACCOUNT_DUPLICATE",
          { type: "account", id: accountKey(account) },
          earlierById ? "id" : "name",
          {
            reason: earlierById ? "id" : "name",
            key: earlierById ? id : (account.name ?? "").trim(),
            sheet: account.source.sheet,
            row: account.source.row,
            otherSheet: earlier.source.sheet,
            otherRow: earlier.source.row,
          },
        ),
      );
    }
    if (id !== "" && !byId.has(idKey)) byId.set(idKey, account);
    if (name !== "" && !byName.has(name)) byName.set(name, account);
  }
  return findings;
}

function suspect(account: Account, field: AccountField, params: Record<string, ParamValue>): Finding {
  return finding("ACCOUNT_DATA_SUSPECT", { type: "account", id: accountKey(account) }, field, {
    field: { term: `field.${field}` },
    account: accountLabel(account),
    ...params,
  });
}

function checkFigures(account: Account): Finding[] {
  const findings: Finding[] = [];
  const unit = account.currency;
  const { revenue, potential, relationship, businessAreaCount } = account;
  for (const field of ["revenue", "potential"] as const) {
    const value = account[field];
    if (isFiniteNumber(value) && value < 0)
      findings.push(suspect(account, field, { reason: "negative", value: { amount: value, unit } }));
  }
  if (
    isFiniteNumber(revenue) &&
    isFiniteNumber(potential) &&
    revenue >= 0 &&
    potential >= 0 &&
    revenue > potential
  ) {
    findings.push(
      suspect(account, "revenue", {
        reason: "abovePotential",
        value: { amount: revenue, unit },
        potential: { amount: potential, unit },
      }),
    );
  }
  for (const field of ["grossMargin", "profitability"] as const) {
    const value = account[field];
    if (isFiniteNumber(value) && (value < -1 || value > 1)) {
      findings.push(
        suspect(account, field, {
          reason: "outOfRange",
          value: { percent: value },
          min: { percent: -1 },
          max: { percent: 1 },
        }),
      );
    }
  }
  if (isFiniteNumber(relationship) && (relationship < 1 || relationship > 5)) {
    findings.push(
      suspect(account, "relationship", { reason: "outOfRange", value: relationship, min: 1, max: 5 }),
    );
  }
  if (isFiniteNumber(businessAreaCount) && businessAreaCount < 0) {
    findings.push(suspect(account, "businessAreas", { reason: "negative", value: businessAreaCount }));
  }
  return findings;
}

export function checkAccountData(accounts: readonly Account[]): Finding[] {
  const list = Array.isArray(accounts) ? accounts : [];
  return [...checkDuplicates(list), ...list.flatMap(checkFigures)];
}
