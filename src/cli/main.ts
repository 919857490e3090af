// The `kam` command: the planner headless over .xlsx files (DESIGN.md, "The kam command").
// Exit codes: 0 done (check: no error-level finding), 1 check found errors, 2 bad usage or
// unreadable input — with one line on stderr and nothing written.

import type { Language, Plan } from "../domain/plan";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { openXlsx, zlibCodec, type XlsxWorkbook } from "../hosts/xlsx";
import { planProblemMessage } from "../i18n/plan-file";
import { portErrorMessage, unreadableReason } from "../i18n/port-errors";
import {
  asOfFor,
  hasContent,
  languageFor,
  openWorkbook,
  parsePlanFile,
  resumePlan,
  type OpenedWorkbook,
} from "../planner";
import { PortError } from "../sheet";
import { parseCommandLine, type CliArgs } from "./args";
import { runCheck, runRead, runSuggest, runWrite, type Run } from "./commands";
import { readInputFile, readPlanText } from "./files";
import { processIo, type CliIo } from "./io";
import { CliProblem } from "./problem";
import { terminalLine, terminalText } from "./terminal";
import { say } from "./text-output";

export { processIo, type CliIo } from "./io";

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let language: Language = io.envLanguage;
  try {
    const parsed = parseCommandLine(argv);
    if (parsed.kind === "help") {
      io.stdout(say(language, "usage"));
      return 0;
    }
    const args = parsed.args;
    language = args.language ?? language;
    const planFile = args.plan === null ? null : await loadPlanFile(args.plan, language);
    const { port, opened, mode } = await open(args, language);
    // Without --plan, `check` and `suggest` use the plan stored in the workbook's goal sheet.
    const plan: Plan | null = planFile ?? (args.command === "write" ? null : resumePlan(opened));
    language = languageFor(args.language, plan, opened, io.envLanguage);
    // Text output shows the workbook's control and bidi characters as escapes; JSON stays exact.
    const shown: CliIo = args.json
      ? io
      : {
          ...io,
          stdout: (text) => {
            io.stdout(terminalText(text));
          },
        };
    const run: Run = {
      args,
      opened,
      plan,
      fromWorkbook: planFile === null && plan !== null,
      settings: { language, asOf: asOfFor(args.asOf, plan, io.today()) },
      io: shown,
    };
    switch (args.command) {
      case "read":
        return runRead(run);
      case "check":
        return runCheck(run);
      case "suggest":
        return runSuggest(run);
      case "write":
        // parseCommandLine insists on --plan for write.
        if (planFile === null) throw new CliProblem("planRequired");
        return await runWrite(run, planFile, port, mode);
    }
  } catch (error) {
    const text = problemText(error, language);
    if (text === null) throw error;
    io.stderr(`kam: ${terminalLine(text)}`);
    return 2;
  }
}

/** One line for a problem that ends the command; null for a programming error (it propagates). */
function problemText(error: unknown, language: Language): string | null {
  if (error instanceof PortError) return portErrorMessage(error, language);
  if (!(error instanceof CliProblem)) return null;
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(error.params))
    params[k] = typeof v === "string" || typeof v === "number" ? v : JSON.stringify(v);
  if (error.reason !== null) params.reason = say(language, error.reason);
  return say(language, error.text, params);
}

async function loadPlanFile(file: string, language: Language): Promise<Plan> {
  const result = parsePlanFile(await readPlanText(file));
  if (result.ok) return result.plan;
  const first = result.problems[0];
  const problem = first ? planProblemMessage(first, language) : "?";
  const more = result.problems.length > 1 ? ` (+${result.problems.length - 1})` : "";
  throw new CliProblem("planInvalid", { file, problem: `${problem}${more}` });
}

async function open(
  args: CliArgs,
  language: Language,
): Promise<{ port: XlsxWorkbook; opened: OpenedWorkbook; mode: number }> {
  const { bytes, mode } = await readInputFile(args.workbook);
  let port: XlsxWorkbook;
  try {
    // Native inflate/deflate in Node; the workbench uses the host's default (fflate).
    port = await openXlsx(bytes, { codec: zlibCodec(zlib) });
  } catch (error) {
    if (error instanceof PortError && error.code === "unreadableFile") {
      throw new CliProblem("notXlsx", {
        file: args.workbook,
        reason: unreadableReason(error.params, language),
      });
    }
    throw error;
  }
  if (args.command === "write") checkOut(args, port);
  const opened = await openWorkbook(port, {
    ...(args.sheets.length > 0 ? { sheets: args.sheets } : {}),
    overrides: args.map,
  });
  const sheetNames = opened.snapshot.sheets.map((s) => s.name);
  for (const sheet of args.sheets) {
    // As the reader matches --sheet: trimmed, case-insensitive.
    if (!sheetNames.some((n) => n.trim().toLowerCase() === sheet.trim().toLowerCase()))
      throw new CliProblem("noSuchSheet", { sheet, file: args.workbook, sheets: sheetNames.join(", ") });
  }
  if (!hasContent(opened)) throw new CliProblem("emptyWorkbook", { file: args.workbook });
  if (opened.accounts.length === 0 && args.sheets.length === 0) {
    // A header row without accounts below it says so; else no sheet looked like an account table.
    const headerOnly = opened.sheetReadings.filter((r) => r.layout === "list").map((r) => r.sheet);
    if (headerOnly.length > 0)
      throw new CliProblem("noAccountRows", { file: args.workbook, sheets: headerOnly.join(", ") });
    throw new CliProblem("noAccounts", {
      file: args.workbook,
      sheets: opened.accountSheets.map((g) => g.name).join(", "),
    });
  }
  return { port, opened, mode };
}

/** `--out` must name a file of the extension Excel opens this workbook under (.xlsx, .xlsm …). */
function checkOut(args: CliArgs, port: XlsxWorkbook): void {
  if (args.out === null) return;
  if (path.extname(args.out).toLowerCase() !== port.extension)
    throw new CliProblem("outExtension", { file: args.out, extension: port.extension });
}
