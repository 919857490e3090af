// The plan file (`kam check|write --plan plan.json`, DESIGN.md "Plan file"): JSON text → Plan, or
// every problem found as data (a code, the JSON path, parameters). Never throws.
//
// Lenient where people write plans by hand: ids and accounts may be numbers; kind, metric and status
// accept German and English words in any case; numbers may be text in German or English notation
// ("2,3 Mio. €", "22 %"); dates may be written 31.12.2027. Choices this file makes:
// - `language` missing: the language the vision, mission and goal statements are written in,
//   German when they give no evidence either way (the product's domain text is German);
// - `marketing.minGrossMargin` above 1 and up to 100 is percentage points (22 → 0.22);
// - a goal without `id` gets "G<position>", or the next free "G<n>" if an explicit id has that;
// - a goal without `kind` takes its metric's kind when the metric belongs to one kind only;
// - text that says "no value" ("", "k. A.", "n/a") in baseline or target is null;
// - unknown keys are ignored.

import { isIsoDate, isoFromParts } from "../domain/dates";
import {
  GOAL_STATUSES,
  METRIC_KIND,
  METRICS,
  type Goal,
  type GoalKind,
  type GoalStatus,
  type Language,
  type Metric,
  type Plan,
  type Positioning,
} from "../domain/plan";
import { fillTemplate } from "../i18n/format";
import { JSON_TYPE_WORDS, PLAN_PROBLEM_TEXT } from "../i18n/plan-file";
import { parseNumber } from "./numbers";

export const PLAN_PROBLEM_CODES = [
  "JSON_SYNTAX",
  "NOT_AN_OBJECT",
  "VERSION_UNSUPPORTED",
  "REQUIRED",
  "WRONG_TYPE",
  "INVALID_VALUE",
  "INVALID_DATE",
] as const;
export type PlanProblemCode = (typeof PLAN_PROBLEM_CODES)[number];

export type PlanProblem = {
  /** JSON path of the offending entry, e.g. "$.goals[2].deadline"; "$" is the whole file. */
  path: string;
  code: PlanProblemCode;
  /**
   * JSON_SYNTAX: line, column (1-based). NOT_AN_OBJECT: found. VERSION_UNSUPPORTED: found,
   * supported. WRONG_TYPE: expected ("string|number"), found. INVALID_VALUE: value, and `allowed`
   * (comma-separated) — without `allowed` the value should have been a number. INVALID_DATE: value.
   */
  params: Record<string, string | number>;
};

export type PlanFileResult = { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] };

export const PLAN_FILE_VERSION = 1;

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** Missing, null or blank text: treated alike ("not given"). */
function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === "string" && value.trim() === "");
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "array" : typeof value;
}

/** A value as a message shows it: one line, at most 40 characters. */
function shown(value: unknown): string {
  const text =
    typeof value === "string" || typeof value === "number" || value === undefined
      ? String(value ?? "")
      : JSON.stringify(value);
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/** Lower-case letters and digits only, umlauts folded: "Share of Wallet" → "shareofwallet". */
function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]/g, "");
}

const KINDS: Record<string, GoalKind> = {
  economic: "economic",
  wirtschaftlich: "economic",
  oekonomisch: "economic",
  strategic: "strategic",
  strategisch: "strategic",
};

const METRIC_WORDS: Record<string, Metric> = {
  ...Object.fromEntries(METRICS.map((m) => [key(m), m])),
  umsatz: "revenue",
  sales: "revenue",
  marge: "grossMargin",
  bruttomarge: "grossMargin",
  margin: "grossMargin",
  grossmargin: "grossMargin",
  rentabilitaet: "profitability",
  profitmargin: "profitability",
  shareofwallet: "shareOfWallet",
  lieferanteil: "shareOfWallet",
  kundenbindung: "retention",
  customerretention: "retention",
  beziehung: "relationship",
  beziehungsstaerke: "relationship",
  neuegeschaeftsbereiche: "newBusinessAreas",
  newbusinessareas: "newBusinessAreas",
  sonstiges: "other",
};

const STATUS_WORDS: Record<string, GoalStatus> = {
  ...Object.fromEntries(GOAL_STATUSES.map((s) => [key(s), s])),
  geplant: "planned",
  inarbeit: "inProgress",
  inbearbeitung: "inProgress",
  erreicht: "achieved",
  verworfen: "dropped",
};

const LANGUAGE_NAMES: Readonly<Record<string, Language>> = {
  deutsch: "de",
  german: "de",
  englisch: "en",
  english: "en",
};

// Function words that tell German from English text.
const GERMAN_WORDS = new Set(
  "und wir unsere unseren der die das mit fuer zu ein eine sein wird werden ihren ihrer als".split(" "),
);
const ENGLISH_WORDS = new Set("and we our the with for to a an be will their as of".split(" "));

/** German unless the texts use clearly more English than German function words. */
function languageOfTexts(texts: readonly string[]): Language {
  let de = 0;
  let en = 0;
  for (const word of texts.join(" ").split(/\s+/).map(key)) {
    if (GERMAN_WORDS.has(word)) de++;
    if (ENGLISH_WORDS.has(word)) en++;
  }
  return en > de ? "en" : "de";
}

/** Reads the plan object; problems are collected, never thrown. */
class PlanReader {
  readonly problems: PlanProblem[] = [];

  problem(path: string, code: PlanProblemCode, params: PlanProblem["params"] = {}): null {
    this.problems.push({ path, code, params });
    return null;
  }

  wrongType(path: string, expected: string, found: unknown): null {
    return this.problem(path, "WRONG_TYPE", { expected, found: typeName(found) });
  }

  /** A string, or null when missing/null; other types are a problem (null). */
  text(object: JsonObject, name: string, path: string): string | null {
    const value = object[name];
    if (value === undefined || value === null) return null;
    if (typeof value === "string") return value;
    return this.wrongType(`${path}.${name}`, "string", value);
  }

  /** A string or a number as text (ids, accounts); empty text counts as missing. */
  label(object: JsonObject, name: string, path: string): string | null {
    const value = object[name];
    if (typeof value === "string") return value.trim() === "" ? null : value.trim();
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    if (value === undefined || value === null) return null;
    return this.wrongType(`${path}.${name}`, "string|number", value);
  }

  /** A number, or number text in German or English notation; "no value" text is null. */
  amount(object: JsonObject, name: string, path: string): number | null {
    const value = object[name];
    if (value === undefined || value === null) return null;
    // JSON allows 1e400, which parses to Infinity: no figure Excel or the checks can use.
    if (typeof value === "number") {
      return Number.isFinite(value)
        ? value
        : this.problem(`${path}.${name}`, "INVALID_VALUE", { value: shown(value) });
    }
    if (typeof value !== "string") return this.wrongType(`${path}.${name}`, "number|string", value);
    const parsed = parseNumber(value);
    if (parsed.ok) return parsed.value;
    return parsed.empty ? null : this.problem(`${path}.${name}`, "INVALID_VALUE", { value: shown(value) });
  }

  /** ISO YYYY-MM-DD, or DD.MM.YYYY turned into ISO. */
  date(object: JsonObject, name: string, path: string): string | null {
    const value = object[name];
    if (value === undefined || value === null) return null;
    if (typeof value !== "string") return this.wrongType(`${path}.${name}`, "string", value);
    const text = value.trim();
    if (isIsoDate(text)) return text;
    const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
    const iso = german ? isoFromParts(Number(german[3]), Number(german[2]), Number(german[1])) : null;
    return iso ?? this.problem(`${path}.${name}`, "INVALID_DATE", { value: shown(value) });
  }

  /** One of a set of words (matched by `key`), or a problem listing the canonical choices. */
  choice<T extends string>(
    object: JsonObject,
    name: string,
    path: string,
    words: Record<string, T>,
    allowed: readonly string[],
  ): T | null {
    const value = object[name];
    if (!isGiven(value)) return null;
    if (typeof value !== "string") return this.wrongType(`${path}.${name}`, "string", value);
    const found = Object.hasOwn(words, key(value)) ? words[key(value)] : undefined;
    if (found !== undefined) return found;
    return this.problem(`${path}.${name}`, "INVALID_VALUE", {
      value: shown(value),
      allowed: allowed.join(", "),
    });
  }

  segments(object: JsonObject, name: string, path: string): string[] {
    const value = object[name];
    if (value === undefined || value === null) return [];
    // A single text may list segments as the marketing sheet does: "Medizintechnik; Lebensmittel".
    if (typeof value === "string")
      return value
        .split(/[;\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== "");
    if (!isArray(value)) {
      this.wrongType(`${path}.${name}`, "array", value);
      return [];
    }
    const segments: string[] = [];
    value.forEach((item, i) => {
      if (typeof item === "string") {
        if (item.trim() !== "") segments.push(item.trim());
      } else this.wrongType(`${path}.${name}[${i}]`, "string", item);
    });
    return segments;
  }

  language(plan: JsonObject, texts: () => string[]): Language {
    const value = plan.language;
    if (!isGiven(value)) return languageOfTexts(texts());
    if (typeof value !== "string") {
      this.wrongType("$.language", "string", value);
      return "de";
    }
    const word = value.trim().toLowerCase();
    // "de", "en", a locale tag ("de-DE", "en_US") or the language's name.
    const tag = /^([a-z]{2})(?:[-_][a-z0-9]{2,8})*$/.exec(word)?.[1];
    const language = tag ?? LANGUAGE_NAMES[key(word)];
    if (language === "de" || language === "en") return language;
    this.problem("$.language", "INVALID_VALUE", { value: shown(value), allowed: "de, en" });
    return "de";
  }

  marketing(plan: JsonObject): Positioning | null {
    const value = plan.marketing;
    if (value === undefined || value === null) return null;
    if (!isObject(value)) return this.wrongType("$.marketing", "object", value);
    const path = "$.marketing";
    let minGrossMargin = this.amount(value, "minGrossMargin", path);
    // 22 or "22" means 22 %: a margin above 100 % (as a fraction, above 1) cannot be meant.
    const percentText =
      typeof value.minGrossMargin === "string" && /%|prozent|percent/i.test(value.minGrossMargin);
    if (minGrossMargin !== null && !percentText && minGrossMargin > 1 && minGrossMargin <= 100) {
      minGrossMargin /= 100;
    }
    if (minGrossMargin !== null && (minGrossMargin < 0 || minGrossMargin > 1)) {
      minGrossMargin = this.problem(`${path}.minGrossMargin`, "INVALID_VALUE", {
        value: shown(value.minGrossMargin ?? null),
        allowed: "0-100 %",
      });
    }
    const positioning = this.text(value, "positioning", path);
    return {
      positioning: positioning === null || positioning.trim() === "" ? null : positioning.trim(),
      minGrossMargin,
      focusSegments: this.segments(value, "focusSegments", path),
      excludedSegments: this.segments(value, "excludedSegments", path),
    };
  }

  goal(value: unknown, index: number, id: string): Goal | null {
    const path = `$.goals[${index}]`;
    if (!isObject(value)) return this.wrongType(path, "object", value);
    const account = isGiven(value.account)
      ? this.label(value, "account", path)
      : this.problem(`${path}.account`, "REQUIRED");
    const metric = this.choice(value, "metric", path, METRIC_WORDS, METRICS);
    let kind = this.choice(value, "kind", path, KINDS, ["economic", "strategic"]);
    if (!isGiven(value.kind)) {
      // The metric decides the kind when it belongs to one kind only (revenue → economic).
      const inferred = metric === null ? "either" : METRIC_KIND[metric];
      if (inferred === "either") this.problem(`${path}.kind`, "REQUIRED");
      else kind = inferred;
    }
    const statement = this.text(value, "statement", path) ?? "";
    const unit = this.text(value, "unit", path);
    const owner = this.text(value, "owner", path);
    const goal: Goal = {
      id,
      account: account ?? "",
      kind: kind ?? "economic",
      metric: metric ?? "other",
      statement: statement.trim(),
      baseline: this.amount(value, "baseline", path),
      target: this.amount(value, "target", path),
      unit: unit === null || unit.trim() === "" ? null : unit.trim(),
      deadline: this.date(value, "deadline", path),
      owner: owner === null || owner.trim() === "" ? null : owner.trim(),
      status: this.choice(value, "status", path, STATUS_WORDS, GOAL_STATUSES),
    };
    return goal;
  }

  goals(plan: JsonObject): Goal[] {
    const value = plan.goals;
    if (value === undefined || value === null) return [];
    if (!isArray(value)) {
      this.wrongType("$.goals", "array", value);
      return [];
    }
    const explicit = value.map((g, i) => (isObject(g) ? this.label(g, "id", `$.goals[${i}]`) : null));
    const taken = new Set(explicit.filter((id): id is string => id !== null).map((id) => id.toLowerCase()));
    const goals: Goal[] = [];
    value.forEach((g, i) => {
      let id = explicit[i] ?? null;
      if (id === null) {
        let n = i + 1;
        while (taken.has(`g${n}`)) n++;
        id = `G${n}`;
        taken.add(id.toLowerCase());
      }
      const goal = this.goal(g, i, id);
      if (goal) goals.push(goal);
    });
    return goals;
  }

  version(plan: JsonObject): void {
    const value = plan.version;
    if (value === undefined || value === null) {
      this.problem("$.version", "REQUIRED");
    } else if (typeof value !== "number" && typeof value !== "string") {
      this.wrongType("$.version", "number", value);
    } else if (Number(value) !== PLAN_FILE_VERSION) {
      this.problem("$.version", "VERSION_UNSUPPORTED", { found: shown(value), supported: PLAN_FILE_VERSION });
    }
  }
}

/**
 * Offset of the first JSON syntax error in `text` (or -1). JSON.parse's messages carry a position
 * only for some errors and differ between engines, so the offset is found by scanning.
 */
export function jsonSyntaxErrorOffset(text: string): number {
  let i = 0;
  const stack: string[] = [];
  const skipSpace = () => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i++;
  };
  const scanString = (): boolean => {
    i++; // opening quote
    while (i < text.length) {
      const ch = text.charAt(i);
      if (ch === '"') {
        i++;
        return true;
      }
      if (ch < " ") return false;
      if (ch === "\\") {
        i++;
        if (i < text.length && '"\\/bfnrt'.includes(text.charAt(i))) {
          i++;
          continue;
        }
        if (text.charAt(i) !== "u") return false;
        for (let n = 0; n < 4; n++) {
          i++;
          if (!/[0-9a-fA-F]/.test(text.charAt(i))) return false;
        }
        i++;
      } else i++;
    }
    return false;
  };
  const scanValue = (): "open" | boolean => {
    const ch = text.charAt(i);
    if (ch === "{" || ch === "[") {
      stack.push(ch);
      i++;
      return "open";
    }
    if (ch === '"') return scanString();
    const literal = ["true", "false", "null"].find((word) => word.startsWith(ch));
    if (literal === undefined) return scanNumber();
    // Letter by letter, so the error is at the first one that differs.
    for (const letter of literal) {
      if (text.charAt(i) !== letter) return false;
      i++;
    }
    return true;
  };
  const digits = (): boolean => {
    const start = i;
    while (i < text.length && text.charAt(i) >= "0" && text.charAt(i) <= "9") i++;
    return i > start;
  };
  // Stops at the first character that breaks the number, where the engine reports it too.
  const scanNumber = (): boolean => {
    if (text.charAt(i) === "-") i++;
    if (text.charAt(i) === "0") i++;
    else if (!digits()) return false;
    if (text.charAt(i) === ".") {
      i++;
      if (!digits()) return false;
    }
    if (text.charAt(i) === "e" || text.charAt(i) === "E") {
      i++;
      if (text.charAt(i) === "+" || text.charAt(i) === "-") i++;
      if (!digits()) return false;
    }
    return true;
  };
  // "first…": right after { or [, where the object or array may also close at once.
  let expect: "value" | "firstValue" | "key" | "firstKey" | "after" = "value";
  for (;;) {
    skipSpace();
    const ch = text.charAt(i);
    const top = stack[stack.length - 1];
    if ((expect === "firstKey" && ch === "}") || (expect === "firstValue" && ch === "]")) {
      stack.pop();
      i++;
      expect = "after";
    } else if (expect === "key" || expect === "firstKey") {
      if (ch !== '"' || !scanString()) return i;
      skipSpace();
      if (text.charAt(i) !== ":") return i;
      i++;
      expect = "value";
    } else if (expect === "value" || expect === "firstValue") {
      const scanned = scanValue();
      if (scanned === false) return i;
      expect = scanned === true ? "after" : ch === "{" ? "firstKey" : "firstValue";
    } else if (top === undefined) {
      return i < text.length ? i : -1;
    } else if (ch === ",") {
      i++;
      expect = top === "{" ? "key" : "value";
    } else if ((top === "{" && ch === "}") || (top === "[" && ch === "]")) {
      stack.pop();
      i++;
    } else {
      return i;
    }
  }
}

/** Line and column (1-based) of a JSON.parse error. */
function syntaxPosition(error: unknown, text: string): { line: number; column: number } {
  let offset = jsonSyntaxErrorOffset(text);
  if (offset < 0) {
    // The scanner saw no error (e.g. nesting too deep for the engine): use what the engine says.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : "");
    offset = position ? Math.min(Number(position[1]), text.length) : text.length;
  }
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: PlanProblem } {
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, problem: { path: "$", code: "JSON_SYNTAX", params: syntaxPosition(error, text) } };
  }
}

export function parsePlanFile(json: string): PlanFileResult {
  // Editors on Windows like to start UTF-8 files with a byte-order mark.
  const text = json.startsWith("\uFEFF") ? json.slice(1) : json;
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const plan = parsed.value;
  if (!isObject(plan)) {
    return { ok: false, problems: [{ path: "$", code: "NOT_AN_OBJECT", params: { found: typeName(plan) } }] };
  }
  const reader = new PlanReader();
  reader.version(plan);
  const vision = reader.text(plan, "vision", "$") ?? "";
  const mission = reader.text(plan, "mission", "$") ?? "";
  const asOf = reader.date(plan, "asOf", "$");
  const marketing = reader.marketing(plan);
  const goals = reader.goals(plan);
  const language = reader.language(plan, () => [vision, mission, ...goals.map((g) => g.statement)]);
  if (reader.problems.length > 0) return { ok: false, problems: reader.problems };
  return {
    ok: true,
    plan: { version: 1, language, asOf, vision: vision.trim(), mission: mission.trim(), marketing, goals },
  };
}

function typeWords(types: string | number | undefined, language: Language): string {
  const words = JSON_TYPE_WORDS[language];
  return String(types ?? "")
    .split("|")
    .map((t) => words[t] ?? t)
    .join(` ${words.or ?? "or"} `);
}

/** The problem as one line in the reader's language. */
export function planProblemMessage(problem: PlanProblem, language: Language): string {
  const templates = PLAN_PROBLEM_TEXT[language];
  const params: Record<string, string | number> = { ...problem.params, path: problem.path };
  if (problem.code === "WRONG_TYPE" || problem.code === "NOT_AN_OBJECT") {
    params.expected = typeWords(problem.params.expected, language);
    params.found = typeWords(problem.params.found, language);
  }
  const template =
    problem.code === "INVALID_VALUE" && problem.params.allowed === undefined
      ? templates.INVALID_NUMBER_TEXT
      : templates[problem.code];
  return fillTemplate(template, params, language);
}
