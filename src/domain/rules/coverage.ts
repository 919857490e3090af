// Accounts in the light of the plan's goals: both kinds of goal, risks addressed, no account
// forgotten. Only judged once the plan has goals at all, so an empty plan is not a wall of warnings.

import { accountKey, accountLabel, findAccount, type Account } from "../account";
import { finding, type Finding, type ParamValue, type Subject } from "../finding";
import { GOAL_KINDS, METRIC_KIND, type Goal, type GoalKind } from "../plan";
import { isFiniteNumber, metricOf, textOf, type RuleContext } from "./context";

export function checkCoverage(goals: readonly Goal[], ctx: RuleContext): Finding[] {
  if (goals.length === 0) return [];
  const byAccount = new Map<Account, Goal[]>();
  for (const goal of goals) {
    const reference = textOf(goal.account).trim();
    const account = reference === "" ? undefined : findAccount(ctx.accounts, reference);
    if (!account) continue;
    // Appended in place: copying the list per goal would be quadratic in an account's goals.
    const own = byAccount.get(account);
    if (own) own.push(goal);
    else byAccount.set(account, [goal]);
  }

  const findings: Finding[] = [];
  const seen = new Set<Account>();
  for (const account of ctx.accounts) {
    // Two rows with the same key are one account to the goals (ACCOUNT_DUPLICATE says so).
    const resolved = findAccount(ctx.accounts, accountKey(account)) ?? account;
    if (seen.has(resolved)) continue;
    seen.add(resolved);
    const own = byAccount.get(resolved) ?? [];
    const subject: Subject = { type: "account", id: accountKey(resolved) };
    const label = accountLabel(resolved);
    if (own.length === 0) {
      findings.push(finding("ACCOUNT_NO_GOALS", subject, null, { account: label }));
    } else {
      if (!own.some((g) => kindOf(g) === "economic"))
        findings.push(finding("ACCOUNT_NO_ECONOMIC_GOAL", subject, null, { account: label }));
      if (!own.some((g) => kindOf(g) === "strategic"))
        findings.push(finding("ACCOUNT_NO_STRATEGIC_GOAL", subject, null, { account: label }));
    }
    findings.push(...checkRisk(resolved, own, ctx));
  }
  return findings;
}

/** The kind a goal counts as: its metric's kind (a revenue goal is economic whatever it says), else the declared one. */
function kindOf(goal: Goal): GoalKind | null {
  const kind = METRIC_KIND[metricOf(goal.metric)];
  if (kind !== "either") return kind;
  // Plan files are not type-checked: an unknown kind counts as neither.
  return GOAL_KINDS.includes(goal.kind) ? goal.kind : null;
}

function checkRisk(account: Account, goals: readonly Goal[], ctx: RuleContext): Finding[] {
  const churn = account.churnRisk === "high";
  const relationship = account.relationship;
  const weak = isFiniteNumber(relationship) && relationship <= ctx.thresholds.weakRelationship;
  if (!churn && !weak) return [];
  const addressed = goals.some((g) => {
    const metric = metricOf(g.metric);
    return metric === "retention" || metric === "relationship";
  });
  if (addressed) return [];
  const params: Record<string, ParamValue> = {
    account: accountLabel(account),
    reason: churn && weak ? "both" : churn ? "churn" : "relationship",
  };
  if (churn) params.churnRisk = { term: "risk.high" };
  if (weak) params.relationship = relationship;
  return [
    finding(
      "ACCOUNT_RISK_UNADDRESSED",
      { type: "account", id: accountKey(account) },
      churn ? "churnRisk" : "relationship",
      params,
    ),
  ];
}
