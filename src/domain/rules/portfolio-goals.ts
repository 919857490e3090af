// Goals across the plan: the same goal copied to many accounts, and goal ids used twice.

import { accountKey, accountLabel, findAccount } from "../account";
import { finding, type Finding } from "../finding";
import type { Goal } from "../plan";
import { analyze, maskSequences, normalizedText } from "../text";
import { accountNameSequences } from "../wording/names";
import { isBlank, textOf, type RuleContext } from "./context";

/**
 * A goal's text with its account's name and id replaced by a placeholder, folded and with
 * punctuation and spacing collapsed: "Umsatz mit Kessler +10 %" ≡ "Umsatz mit LINDNER + 10%".
 */
export function normalizedStatement(goal: Goal, ctx: RuleContext): string {
  const reference = textOf(goal.account);
  const account = reference.trim() === "" ? undefined : findAccount(ctx.accounts, reference);
  return normalizedText(
    maskSequences(analyze(textOf(goal.statement)), accountNameSequences(account ?? null, reference)),
  );
}

export function checkDuplicatesAcrossAccounts(goals: readonly Goal[], ctx: RuleContext): Finding[] {
  const groups = new Map<string, { goal: Goal; accountKey: string; label: string }[]>();
  for (const goal of goals) {
    if (isBlank(goal.statement)) continue;
    const reference = textOf(goal.account).trim();
    const account = reference === "" ? undefined : findAccount(ctx.accounts, reference);
    const key = normalizedStatement(goal, ctx);
    const entry = {
      goal,
      accountKey: account ? accountKey(account) : reference.toLocaleLowerCase(),
      label: account ? accountLabel(account) : reference,
    };
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const findings: Finding[] = [];
  for (const entries of groups.values()) {
    const labels = new Map<string, string>();
    for (const e of entries) if (!labels.has(e.accountKey)) labels.set(e.accountKey, e.label);
    if (labels.size < ctx.thresholds.duplicateAccounts) continue;
    for (const e of entries) {
      findings.push(
        finding("GOAL_DUPLICATE_ACROSS_ACCOUNTS", { type: "goal", id: textOf(e.goal.id) }, "statement", {
          count: labels.size,
          accounts: { list: [...labels.values()] },
        }),
      );
    }
  }
  return findings;
}

/** Ids are compared trimmed and case-insensitively, as Excel compares them; the first one keeps it. */
export function checkDuplicateIds(goals: readonly Goal[]): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const goal of goals) {
    const id = textOf(goal.id).trim();
    if (id === "") continue;
    const key = id.toLocaleLowerCase();
    if (seen.has(key))
      findings.push(finding("GOAL_DUPLICATE_ID", { type: "goal", id: textOf(goal.id) }, "id", { id }));
    seen.add(key);
  }
  return findings;
}
