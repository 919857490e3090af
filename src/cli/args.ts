// Command-line parsing for `kam`: one command, one workbook, options per DESIGN.md.

import { parseArgs } from "node:util";
import { ACCOUNT_FIELDS, type AccountField } from "../domain/account";
import { isIsoDate } from "../domain/dates";
import type { Language } from "../domain/plan";
import { parsePlace, type ColumnOverride } from "../planner";
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
  /** `--map FIELD=COLUMN` / `SHEET!FIELD=CELL`: this run's column choices. */
  map: readonly ColumnOverride[];
  /** `kam write --prefer mine|theirs`: how conflicts with changes in the workbook are decided. */
  prefer: "mine" | "theirs" | null;
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
  map: { type: "string", multiple: true },
  prefer: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Which options each command accepts; anything else is a usage error, not silently ignored. */
const ALLOWED: Record<Command, readonly (keyof typeof OPTIONS)[]> = {
  read: ["json", "lang", "sheet", "map"],
  check: ["json", "plan", "as-of", "lang", "sheet", "map"],
  suggest: ["json", "account", "as-of", "lang", "sheet", "plan", "map"],
  write: ["plan", "out", "as-of", "lang", "sheet", "map", "prefer"],
};

const FIELD_BY_NAME = new Map<string, AccountField>(ACCOUNT_FIELDS.map((f) => [f.toLowerCase(), f]));

/**
 * "revenue=F", "Kunden!revenue=F", "potential=C7" (a profile's cell), "churnRisk=-" (not read):
 * the field by its name in the JSON output, case-insensitive.
 */
export function parseMap(text: string): ColumnOverride {
  const m = /^(?:(.+)!)?([A-Za-z]+)\s*=\s*(.+)$/.exec(text.trim());
  const field = m?.[2] === undefined ? undefined : FIELD_BY_NAME.get(m[2].toLowerCase());
  const at = m?.[3]?.trim() ?? "";
  const none = at === "-" || at.toLowerCase() === "none";
  const place = none ? null : parsePlace(at);
  if (!m || field === undefined || (!none && place === null)) {
    throw new CliProblem("badMap", { value: text, fields: ACCOUNT_FIELDS.join(", ") });
  }
  const column = place === null ? null : `${place.column}${place.row ?? ""}`;
  return { sheet: m[1]?.trim() ?? null, field, at: column };
}

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
  if (workbook === undefined || workbook.trim() === "") throw new CliProblem("noWorkbook", { command });
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
  const prefer = values.prefer;
  if (prefer !== undefined && prefer !== "mine" && prefer !== "theirs")
    throw new CliProblem("badPrefer", { value: prefer });
  if (values.out?.trim() === "") throw new CliProblem("outEmpty");
  if (values.plan?.trim() === "") throw new CliProblem("planRequired");

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
      map: (values.map ?? []).map(parseMap),
      prefer: prefer ?? null,
    },
  };
}
