// `kam write`: checks the plan against the workbook's accounts and writes the goal and review
// sheets into a copy of the workbook (atomically; the input is only replaced when --out names it).

import type { Finding } from "../domain/finding";
import { summarize } from "../domain/finding";
import type { Language, Plan } from "../domain/plan";
import { checkAccounts, checkPlan } from "../domain/rules";
import type { XlsxWorkbook } from "../hosts/xlsx";
import { severityCountsText } from "../i18n/counts";
import { findingMessage } from "../i18n/findings";
import { describeUnkeptParts } from "../i18n/unkept";
import type { LoadedWorkbook } from "../workbook/load-workbook";
import { writePlan } from "../workbook/write-plan";
import type { CliArgs } from "./args";
import { defaultOutputPath, writeFileAtomically } from "./files";
import type { CliIo } from "./main";
import { CliProblem } from "./problem";
import { say } from "./text-output";

/** Everything `check` reports for a plan: reading problems, account data, and the plan's rules. */
export function allFindings(workbook: LoadedWorkbook, plan: Plan, asOf: string): Finding[] {
  const { accounts } = workbook.reading;
  return [...workbook.findings, ...checkAccounts(accounts), ...checkPlan(plan, accounts, { asOf })];
}

export async function runWrite(
  args: CliArgs,
  port: XlsxWorkbook,
  workbook: LoadedWorkbook,
  plan: Plan,
  asOf: string,
  language: Language,
  io: CliIo,
): Promise<number> {
  if (port.unkeptParts.length > 0) {
    throw new CliProblem("wouldLose", {
      file: args.workbook,
      parts: describeUnkeptParts(port.unkeptParts, language),
    });
  }
  const accounts = workbook.reading.accounts;
  const result = await writePlan(port, {
    // Marketing's sheet stands in for a plan without positioning, as in `check`.
    plan: { ...plan, marketing: plan.marketing ?? workbook.positioning },
    accounts,
    language,
    asOf,
    check: (merged) => allFindings(workbook, merged, asOf),
    describe: (f) => findingMessage(f, language),
  });
  const out = args.out ?? defaultOutputPath(args.workbook);
  await writeFileAtomically(out, await port.save());

  for (const { wanted, actual } of result.renamed)
    io.stdout(say(language, "writeRenamed", { wanted, actual }));
  io.stdout(say(language, "written", { file: `${out} (${result.goalSheet}, ${result.reviewSheet})` }));
  const summary = summarize(result.findings);
  io.stdout(severityCountsText(summary, language, { zeros: true }));
  return 0;
}
