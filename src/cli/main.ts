// The `kam` command: the planner's domain code headless over .xlsx files (DESIGN.md, "The kam
// command"). Exit codes: 0 done (check: no error-level finding), 1 check found errors, 2 bad usage
// or unreadable input — with one line on stderr and nothing written.

import { accountKey, findAccount, type Account } from "../domain/account";
import { summarize, type Finding } from "../domain/finding";
import type { Language, Plan } from "../domain/plan";
import { checkAccounts, checkPlan } from "../domain/rules";
import { suggestGoals } from "../domain/suggestions";
import { openXlsx, XlsxOpenError, type XlsxWorkbook } from "../hosts/xlsx";
import { CLI_TEXT } from "../i18n/cli";
import { renderSuggestion } from "../i18n/suggestions";
import { loadWorkbook, type LoadedWorkbook } from "../workbook/load-workbook";
import { readStoredPlan, withoutPlannerSheets } from "../workbook/plan-sheets";
import { parsePlanFile, planProblemMessage } from "../workbook/plan-file";
import { parseCommandLine, type CliArgs } from "./args";
import { readInputFile, readTextFile } from "./files";
import { accountJson, findingJson, summaryJson } from "./json";
import { CliProblem } from "./problem";
import { accountsTable, findingsReport, say } from "./text-output";
import { runWrite } from "./write";

export type CliIo = {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Language of the environment (LANG), used until a plan or --lang says otherwise. */
  envLanguage: Language;
  /** Today's date (ISO), the default as-of date. */
  today(): string;
};

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  envLanguage: /^de/i.test(process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG ?? "")
    ? "de"
    : "en",
  today: () => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  },
};

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let language: Language = io.envLanguage;
  try {
    const parsed = parseCommandLine(argv);
    if (parsed.kind === "help") {
      io.stdout(CLI_TEXT[language].usage);
      return 0;
    }
    const args = parsed.args;
    language = args.language ?? language;
    const planFile = args.plan === null ? null : await loadPlanFile(args.plan, language);
    const { port, workbook } = await openWorkbook(args);
    // Without --plan, `check` checks the plan stored in the workbook's goal sheet, if there is one.
    const stored = planFile === null && args.command === "check" ? await readStoredPlan(port) : null;
    const plan = planFile ?? stored?.plan ?? null;
    language = args.language ?? plan?.language ?? language;
    const asOf = args.asOf ?? plan?.asOf ?? io.today();
    switch (args.command) {
      case "read":
        return runRead(args, workbook, language, io);
      case "check":
        return runCheck(args, workbook, plan, stored?.findings ?? null, asOf, language, io);
      case "suggest":
        return runSuggest(args, workbook, plan, asOf, language, io);
      case "write":
        // parseCommandLine insists on --plan for write.
        if (planFile === null) throw new CliProblem("planRequired");
        return await runWrite(args, port, workbook, planFile, asOf, language, io);
    }
  } catch (error) {
    if (error instanceof CliProblem) {
      const params = stringParams(error.params);
      if (error.reason !== null) params.reason = say(language, error.reason);
      io.stderr(`kam: ${say(language, error.text, params)}`);
      return 2;
    }
    throw error;
  }
}

function stringParams(params: CliProblem["params"]): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params))
    out[k] = typeof v === "string" || typeof v === "number" ? v : JSON.stringify(v);
  return out;
}

async function loadPlanFile(file: string, language: Language): Promise<Plan> {
  const text = await readTextFile(file);
  const result = parsePlanFile(text);
  if (result.ok) return result.plan;
  const first = result.problems[0];
  const problem = first ? planProblemMessage(first, language) : "?";
  const more = result.problems.length > 1 ? ` (+${result.problems.length - 1})` : "";
  throw new CliProblem("planInvalid", { file, problem: `${problem}${more}` });
}

async function openWorkbook(args: CliArgs): Promise<{ port: XlsxWorkbook; workbook: LoadedWorkbook }> {
  const bytes = await readInputFile(args.workbook);
  let loaded: LoadedWorkbook;
  let port: XlsxWorkbook;
  try {
    port = await openXlsx(bytes);
    // The add-in's own goal and review sheets are not account sheets.
    loaded = await loadWorkbook(
      withoutPlannerSheets(port),
      args.sheets.length > 0 ? { sheets: args.sheets } : {},
    );
  } catch (error) {
    if (error instanceof XlsxOpenError)
      throw new CliProblem("notXlsx", { file: args.workbook, reason: error.message });
    throw error;
  }
  const hasContent = loaded.grids.some((g) =>
    g.cells.some((row) => row.some((c) => c.value !== null && c.value !== "")),
  );
  if (!hasContent) throw new CliProblem("emptyWorkbook", { file: args.workbook });
  if (loaded.reading.accounts.length === 0 && args.sheets.length === 0) {
    throw new CliProblem("noAccounts", {
      file: args.workbook,
      sheets: loaded.grids.map((g) => g.name).join(", "),
    });
  }
  return { port, workbook: loaded };
}

function runRead(args: CliArgs, workbook: LoadedWorkbook, language: Language, io: CliIo): number {
  const { accounts } = workbook.reading;
  const findings = [...workbook.findings, ...checkAccounts(accounts)];
  if (args.json) {
    io.stdout(
      JSON.stringify(
        { accounts: accounts.map(accountJson), findings: findings.map((f) => findingJson(f, language)) },
        null,
        2,
      ),
    );
    return 0;
  }
  const lines: string[] = [];
  for (const sheet of workbook.reading.sheets) {
    const layout =
      sheet.layout === "list"
        ? say(language, "layoutList", { row: sheet.headerRow ?? "?" })
        : sheet.layout === "profile"
          ? say(language, "layoutProfile")
          : sheet.layout === "marketing"
            ? say(language, "layoutMarketing")
            : say(language, "layoutNone");
    lines.push(say(language, "sheetLine", { sheet: sheet.sheet, layout, count: sheet.accounts }));
  }
  lines.push("", accountsTable(accounts, language), "");
  lines.push(findingsReport(findings, [], accounts, language));
  io.stdout(lines.join("\n"));
  return 0;
}

function effectivePlan(plan: Plan, workbook: LoadedWorkbook): Plan {
  return { ...plan, marketing: plan.marketing ?? workbook.positioning };
}

function runCheck(
  args: CliArgs,
  workbook: LoadedWorkbook,
  plan: Plan | null,
  /** Set when the plan was read back from the goal sheet: what could not be read there. */
  storedFindings: readonly Finding[] | null,
  asOf: string,
  language: Language,
  io: CliIo,
): number {
  const { accounts } = workbook.reading;
  const findings: Finding[] = [...workbook.findings, ...(storedFindings ?? []), ...checkAccounts(accounts)];
  if (plan) findings.push(...checkPlan(effectivePlan(plan, workbook), accounts, { asOf }));
  const summary = summarize(findings);
  if (args.json) {
    io.stdout(
      JSON.stringify(
        { findings: findings.map((f) => findingJson(f, language)), summary: summaryJson(summary) },
        null,
        2,
      ),
    );
  } else {
    if (!plan) io.stdout(say(language, "noPlan"));
    else if (storedFindings !== null) io.stdout(say(language, "planFromWorkbook"));
    io.stdout(findingsReport(findings, plan?.goals ?? [], accounts, language));
  }
  return summary.errors > 0 ? 1 : 0;
}

function runSuggest(
  args: CliArgs,
  workbook: LoadedWorkbook,
  plan: Plan | null,
  asOf: string,
  language: Language,
  io: CliIo,
): number {
  const { accounts } = workbook.reading;
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
  const positioning = plan?.marketing ?? workbook.positioning;
  const suggestions = chosen.flatMap((account) =>
    suggestGoals(account, accounts, positioning, { asOf }).map((draft) =>
      renderSuggestion(draft, language, account),
    ),
  );
  if (args.json) {
    io.stdout(JSON.stringify({ suggestions }, null, 2));
    return 0;
  }
  const lines: string[] = [];
  for (const account of chosen) {
    const own = suggestions.filter((s) => s.account === accountKey(account));
    lines.push(say(language, "suggestionsFor", { account: account.name ?? accountKey(account) }));
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
