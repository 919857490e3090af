// Readable (non-JSON) output of the `kam` command: an account table, and findings grouped by
// what they concern — vision, mission, each account with its goals, the workbook's cells.

import { accountKey, accountLabel, findAccount, shareOfWallet, type Account } from "../domain/account";
import { bySeverity, summarize, type Finding, type Severity } from "../domain/finding";
import type { Goal, Language } from "../domain/plan";
import { CLI_TEXT, type CliText } from "../i18n/cli";
import { fillTemplate, formatAmount, formatNumber, formatPercent, term } from "../i18n/format";
import { severityCountsText } from "../i18n/counts";
import { findingMessage } from "../i18n/findings";

export function say(language: Language, key: CliText, params: Record<string, string | number> = {}): string {
  return fillTemplate(CLI_TEXT[language][key], params, language);
}

const MARK: Record<Severity, string> = { error: "✖", warning: "⚠", info: "ℹ" };

function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function accountsTable(accounts: readonly Account[], language: Language): string {
  const t = CLI_TEXT[language];
  const dash = "–";
  const money = (a: Account, v: number | null) => (v === null ? dash : formatAmount(v, a.currency, language));
  const pct = (v: number | null) => (v === null ? dash : formatPercent(v, language));
  const rows = accounts.map((a) => [
    a.id ?? dash,
    a.name ?? dash,
    money(a, a.revenue),
    money(a, a.potential),
    pct(shareOfWallet(a)),
    pct(a.grossMargin),
    a.relationship === null ? dash : formatNumber(a.relationship, language),
    a.churnRisk === null ? dash : term(`risk.${a.churnRisk}`, language),
    a.owner ?? dash,
  ]);
  const header = [
    t.colId,
    t.colName,
    t.colRevenue,
    t.colPotential,
    t.colShare,
    t.colMargin,
    t.colRelationship,
    t.colRisk,
    t.colOwner,
  ];
  return table([header, ...rows]);
}

type Group = { title: string; findings: Finding[] };

export function findingsReport(
  findings: readonly Finding[],
  goals: readonly Goal[],
  accounts: readonly Account[],
  language: Language,
): string {
  const t = CLI_TEXT[language];
  if (findings.length === 0) return t.noFindings;
  // Groups in reading order: vision, mission, the accounts as the sheets list them, goals whose
  // account is unknown, then the workbook's cells.
  const groups = new Map<string, Group>();
  groups.set("vision", { title: t.groupVision, findings: [] });
  groups.set("mission", { title: t.groupMission, findings: [] });
  for (const a of accounts) groups.set(`account:${accountKey(a)}`, { title: accountLabel(a), findings: [] });
  const add = (key: string, title: string, f: Finding) => {
    const group = groups.get(key) ?? { title, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  };
  const goalById = new Map(goals.map((g) => [g.id, g]));
  const byAccount = (ref: string | undefined, f: Finding) => {
    const account = ref === undefined ? undefined : findAccount(accounts, ref);
    if (account) add(`account:${accountKey(account)}`, accountLabel(account), f);
    else add(`plan:${ref ?? ""}`, ref ?? t.groupPlan, f);
  };
  const cells: Finding[] = [];
  for (const f of findings) {
    const s = f.subject;
    if (s.type === "vision" || s.type === "mission") add(s.type, s.type, f);
    else if (s.type === "cell") cells.push(f);
    else if (s.type === "account") byAccount(s.id, f);
    else byAccount(goalById.get(s.id)?.account, f);
  }
  for (const f of cells) {
    if (f.subject.type === "cell")
      add(`sheet:${f.subject.sheet}`, `${t.groupWorkbook}: ${f.subject.sheet}`, f);
  }

  const lines: string[] = [];
  for (const group of groups.values()) {
    if (group.findings.length === 0) continue;
    lines.push(group.title);
    for (const f of [...group.findings].sort(bySeverity)) {
      const where =
        f.subject.type === "goal"
          ? `${f.subject.id}: `
          : f.subject.type === "cell"
            ? `${f.subject.column}${f.subject.row}: `
            : "";
      lines.push(`  ${MARK[f.severity]} ${where}${findingMessage(f, language)}  [${f.code}]`);
    }
    lines.push("");
  }
  const summary = summarize(findings);
  lines.push(severityCountsText(summary, language, { zeros: true }));
  return lines.join("\n");
}
