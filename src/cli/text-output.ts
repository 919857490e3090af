// Readable (non-JSON) output of the `kam` command: an account table, and findings grouped by
// what they concern — vision, mission, each account with its goals, the workbook's cells.

import { accountKey, accountLabel, findAccount, shareOfWallet, type Account } from "../domain/account";
import { bySeverity, summarize, type Finding, type Severity } from "../domain/finding";
import type { Goal, Language } from "../domain/plan";
import { CLI_TEXT, type CliText } from "../i18n/cli";
import { fillTemplate, formatAmount, formatList, formatNumber, formatPercent, term } from "../i18n/format";
import { severityCountsText } from "../i18n/counts";
import { findingMessage } from "../i18n/findings";
import { reasonText, rowStatusText, unitText } from "../i18n/mapping";
import type { ConflictsFound, SheetMapping } from "../planner";
import { conflictSubject, conflictValue, formatDateTime } from "../i18n/conflicts";
import { terminalLine } from "./terminal";

export function say(language: Language, key: CliText, params: Record<string, string | number> = {}): string {
  return fillTemplate(CLI_TEXT[language][key], params, language);
}

const MARK: Record<Severity, string> = { error: "✖", warning: "⚠", info: "ℹ" };

function table(cells: readonly (readonly string[])[]): string {
  // A cell is one line of plain text: line breaks, tabs and terminal controls show as escapes.
  const rows = cells.map((row) => row.map(terminalLine));
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

/** What makes two sheets read the same way (profiles laid out from one template). */
function mappingKey(m: SheetMapping): string {
  return JSON.stringify([
    m.layout,
    m.missing,
    m.fields.map((f) => [f.field, f.column, f.row, f.header, f.scale, f.unit, f.year, f.reason]),
  ]);
}

/**
 * How each sheet was read: per field its column (or profile cell), header, unit, year and why;
 * fields not found; rows not read as accounts. Sheets read the same way share one block.
 */
export function mappingReport(mappings: readonly SheetMapping[], language: Language): string {
  const t = CLI_TEXT[language];
  const groups = new Map<string, SheetMapping[]>();
  for (const m of mappings) groups.set(mappingKey(m), [...(groups.get(mappingKey(m)) ?? []), m]);
  const blocks: string[] = [];
  for (const group of groups.values()) {
    const [m] = group;
    if (!m) continue;
    const lines = [
      say(language, group.length > 1 ? "mappingHeadingMany" : "mappingHeading", {
        sheet: formatList(
          group.map((g) => g.sheet),
          language,
        ),
      }),
    ];
    const rows = m.fields.map((f) => [
      term(`field.${f.field}`, language),
      f.row === null ? f.column : `${f.column}${f.row}`,
      f.header,
      unitText(f, language),
      f.year === null ? "" : String(f.year),
      reasonText(f, language),
    ]);
    const header = [
      t.mappingField,
      t.mappingColumn,
      t.mappingHeader,
      t.mappingUnit,
      t.mappingYear,
      t.mappingWhy,
    ];
    lines.push(
      ...table([header, ...rows])
        .split("\n")
        .map((line) => `  ${line}`),
    );
    if (m.missing.length > 0) {
      const fields = formatList(
        m.missing.map((f) => term(`field.${f}`, language)),
        language,
      );
      lines.push(`  ${say(language, "mappingMissing", { fields })}`);
    }
    const rowList = (statuses: readonly string[]) =>
      m.rows
        .filter((r) => statuses.includes(r.status))
        .map((r) =>
          say(language, "rowWithKind", {
            row: String(r.row),
            kind: r.status === "excluded" ? (r.key ?? "") : rowStatusText(r.status, language),
          }),
        )
        .join(", ");
    const skipped = rowList(["section", "subtotal", "note", "header"]);
    if (skipped !== "") lines.push(`  ${say(language, "mappingSkipped", { rows: skipped })}`);
    const excluded = rowList(["excluded"]);
    if (excluded !== "") lines.push(`  ${say(language, "mappingExcluded", { rows: excluded })}`);
    blocks.push(lines.join("\n"));
  }
  return blocks.join("\n\n");
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

/** The conflicts of a `kam write`, one per line, with both values and since when. */
export function conflictsReport(result: ConflictsFound, language: Language): string {
  const { stored, merge } = result;
  const when =
    stored === null || stored.writtenAt === null
      ? null
      : stored.writtenBy === null
        ? formatDateTime(stored.writtenAt, language)
        : say(language, "writtenBy", {
            when: formatDateTime(stored.writtenAt, language),
            who: stored.writtenBy,
          });
  const heading =
    stored === null
      ? say(language, "conflictsNoBase")
      : when === null
        ? say(language, "conflictsHeading")
        : say(language, "conflictsHeadingSince", { when });
  const lines = result.conflicts.map((c) => {
    const goal = c.kind === "statement" ? null : (merge.plan.goals.find((g) => g.id === c.id) ?? null);
    return `  ${say(language, "conflictLine", {
      subject: conflictSubject(c, language),
      mine: conflictValue(c, "mine", language, goal),
      theirs: conflictValue(c, "theirs", language, goal),
    })}`;
  });
  return [heading, ...lines].join("\n");
}
