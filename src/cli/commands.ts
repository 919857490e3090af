// The four commands of `kam`, each over the planner: read, check, suggest, write.

import { accountKey, accountLabel, findAccount, type Account } from "../domain/account";
import { summarize } from "../domain/finding";
import type { Plan } from "../domain/plan";
import { severityCountsText } from "../i18n/counts";
import type { XlsxWorkbook } from "../hosts/xlsx";
import {
  planFindings,
  suggest,
  suggestionsOf,
  workbookFindings,
  writePlan,
  type OpenedWorkbook,
  type PlanSettings,
} from "../planner";
import type { CliArgs } from "./args";
import { defaultOutputPath, writeFileAtomically } from "./files";
import type { CliIo } from "./io";
import { accountJson, findingJson, mappingJson, summaryJson } from "./json";
import { CliProblem } from "./problem";
import { accountsTable, conflictsReport, findingsReport, mappingReport, say } from "./text-output";

export type Run = {
  args: CliArgs;
  opened: OpenedWorkbook;
  /** The plan file, else (check, suggest) the plan stored in the workbook, else null. */
  plan: Plan | null;
  /** True when `plan` was read back from the workbook's goal sheet. */
  fromWorkbook: boolean;
  settings: PlanSettings;
  io: CliIo;
};

function printJson(io: CliIo, value: unknown): void {
  io.stdout(JSON.stringify(value, null, 2));
}

export function runRead({ args, opened, settings, io }: Run): number {
  const { language } = settings;
  const { accounts } = opened;
  const findings = workbookFindings(opened);
  if (args.json) {
    printJson(io, {
      accounts: accounts.map(accountJson),
      findings: findings.map((f) => findingJson(f, language)),
      mapping: opened.mappings.map(mappingJson),
    });
    return 0;
  }
  const lines: string[] = [];
  for (const sheet of opened.sheetReadings) {
    const headerRows = opened.mappings.find((m) => m.sheet === sheet.sheet)?.headerRows ?? [];
    const first = headerRows[0];
    const layout =
      sheet.layout === "list"
        ? first !== undefined && headerRows.length > 1
          ? say(language, "layoutListRows", { first: String(first), row: String(sheet.headerRow ?? "?") })
          : say(language, "layoutList", { row: String(sheet.headerRow ?? "?") })
        : sheet.layout === "profile"
          ? say(language, "layoutProfile")
          : sheet.layout === "marketing"
            ? say(language, "layoutMarketing")
            : say(language, "layoutNone");
    // A marketing sheet holds no accounts: "0 accounts" beside it would read as a failed read.
    lines.push(
      sheet.layout === "marketing" && sheet.accounts === 0
        ? say(language, "sheetLineNoAccounts", { sheet: sheet.sheet, layout })
        : say(language, "sheetLine", { sheet: sheet.sheet, layout, count: sheet.accounts }),
    );
  }
  lines.push("", mappingReport(opened.mappings, language));
  lines.push("", accountsTable(accounts, language), "");
  lines.push(findingsReport(findings, [], accounts, language));
  io.stdout(lines.join("\n"));
  return 0;
}

export function runCheck({ args, opened, plan, fromWorkbook, settings, io }: Run): number {
  const { language } = settings;
  const findings = plan === null ? workbookFindings(opened) : planFindings(opened, plan, settings);
  const summary = summarize(findings);
  if (args.json) {
    printJson(io, { findings: findings.map((f) => findingJson(f, language)), summary: summaryJson(summary) });
  } else {
    if (plan === null) io.stdout(say(language, "noPlan"));
    else if (fromWorkbook) io.stdout(say(language, "planFromWorkbook"));
    io.stdout(findingsReport(findings, plan?.goals ?? [], opened.accounts, language));
  }
  return summary.errors > 0 ? 1 : 0;
}

export function runSuggest({ args, opened, plan, settings, io }: Run): number {
  const { language } = settings;
  const { accounts } = opened;
  let chosen: readonly Account[] = accounts;
  if (args.account !== null) {
    const account = findAccount(accounts, args.account);
    if (!account) {
      throw new CliProblem("unknownAccount", {
        account: args.account,
        known: accounts.map(accountKey).join(", "),
      });
    }
    chosen = [account];
  }
  const suggestions = suggest(opened, plan, settings, chosen);
  if (args.json) {
    printJson(io, { suggestions });
    return 0;
  }
  const lines: string[] = [];
  for (const account of chosen) {
    const own = suggestionsOf(suggestions, account);
    lines.push(say(language, "suggestionsFor", { account: account.name ?? accountLabel(account) }));
    if (own.length === 0) lines.push(`  ${say(language, "noSuggestions")}`);
    for (const s of own) {
      lines.push(`  • ${s.statement}`);
      lines.push(`    ${say(language, "rationale")}: ${s.rationale}`);
    }
    lines.push("");
  }
  io.stdout(lines.join("\n"));
  return 0;
}

/**
 * Writes the goal and review sheets into a copy of the workbook (atomically). The plan file is
 * merged three ways with the goal sheet against the base the workbook stores from the last write;
 * conflicts are listed and nothing is written (exit 2) unless --prefer decides them.
 */
export async function runWrite(run: Run, plan: Plan, port: XlsxWorkbook, mode: number): Promise<number> {
  const { args, opened, settings, io } = run;
  const { language } = settings;
  // The .xlsx host keeps every part of the user's (charts, pivot tables, macros …) byte for byte.
  const result = await writePlan(port, opened, plan, settings, {
    ...(args.prefer === null ? {} : { decide: args.prefer }),
    // A file has no co-authors and the result is a copy: a sheet that cannot be updated is rebuilt.
    rebuild: true,
    writtenAt: io.now?.() ?? null,
  });
  if (result.status === "conflicts") {
    io.stdout(conflictsReport(result, language));
    throw new CliProblem("conflicts", { count: result.conflicts.length });
  }
  if (result.status === "rebuildNeeded") throw new Error("a file is never shared: rebuilt without asking");
  const out = args.out ?? defaultOutputPath(args.workbook, port.extension);
  // The output gets the input's permissions: a private workbook stays private.
  await writeFileAtomically(out, await port.save(), { mode, ...(io.guard ? { guard: io.guard } : {}) });
  for (const { wanted, actual } of result.renamed)
    io.stdout(say(language, "writeRenamed", { wanted, actual }));
  io.stdout(say(language, "written", { file: `${out} (${result.goalSheet}, ${result.reviewSheet})` }));
  io.stdout(severityCountsText(summarize(result.findings), language, { zeros: true }));
  return 0;
}
