// Command-line parsing for `kam`: one command, one workbook, options per DESIGN.md.

import { parseArgs } from "node:util";
import { isIsoDate } from "../domain/dates";
import type { Language } from "../domain/plan";
import { CliProblem } from "./problem";

export type Command = "read" | "check" | "suggest" | "write";
const COMMANDS: readonly Command[] = ["read", "check", "suggest", "write"];

export type CliArgs = {
  command: Command;
  workbook: string;
  json: boolean;
  plan: string | null;
  out: string | null;
  asOf: string | null;
  language: Language | null;
  account: string | null;
  sheets: readonly string[];
};

export type ParsedCommandLine = { kind: "help" } | { kind: "run"; args: CliArgs };

const OPTIONS = {
  json: { type: "boolean" },
  plan: { type: "string" },
  out: { type: "string" },
  "as-of": { type: "string" },
  lang: { type: "string" },
  account: { type: "string" },
  sheet: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

/** Which options each command accepts; anything else is a usage error, not silently ignored. */
const ALLOWED: Record<Command, readonly (keyof typeof OPTIONS)[]> = {
  read: ["json", "lang", "sheet"],
  check: ["json", "plan", "as-of", "lang", "sheet"],
  suggest: ["json", "account", "as-of", "lang", "sheet", "plan"],
  write: ["plan", "out", "as-of", "lang", "sheet"],
};

function isCommand(text: string): text is Command {
  return (COMMANDS as readonly string[]).includes(text);
}

export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's own message names the option; keep its first sentence only.
    const reason = error instanceof Error ? (error.message.split(". ")[0] ?? error.message) : String(error);
    throw new CliProblem("badOption", { reason });
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  const [command, workbook, extra] = positionals;
  if (command === undefined) throw new CliProblem("noCommand");
  if (command === "help") return { kind: "help" };
  if (!isCommand(command)) throw new CliProblem("unknownCommand", { command });
  if (workbook === undefined) throw new CliProblem("noWorkbook", { command });
  if (extra !== undefined) throw new CliProblem("tooManyArgs", { arg: extra });

  for (const name of Object.keys(values)) {
    if (name !== "help" && !(ALLOWED[command] as readonly string[]).includes(name)) {
      throw new CliProblem("badOption", { reason: `kam ${command} does not take --${name}` });
    }
  }

  const lang = values.lang;
  if (lang !== undefined && lang !== "de" && lang !== "en")
    throw new CliProblem("badLanguage", { value: lang });
  const asOf = values["as-of"];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new CliProblem("badAsOf", { value: asOf });
  if (command === "write" && values.plan === undefined) throw new CliProblem("planRequired");

  return {
    kind: "run",
    args: {
      command,
      workbook,
      json: values.json ?? false,
      plan: values.plan ?? null,
      out: values.out ?? null,
      asOf: asOf ?? null,
      language: lang ?? null,
      account: values.account ?? null,
      sheets: values.sheet ?? [],
    },
  };
}
