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
// - text that says "no value" ("", "k. A.", "n/a") in baseline, target or actual is null;
// - `"actual": "account"` (revenue, gross margin and share-of-wallet goals) takes the actual from the
//   account sheet's latest figure when the plan is used (see effectivePlan), dated the as-of date
//   unless `actualDate` says otherwise;
// - unknown keys are ignored.

import { isIsoDate, isoFromParts } from "../../domain/dates";
import {
  ACTUAL_FROM_ACCOUNT,
  GOAL_KINDS,
  GOAL_STATUSES,
  METRIC_KIND,
  METRICS,
  type Goal,
  type Language,
  type Plan,
  type Positioning,
} from "../../domain/plan";
import { languageOfTag, languageOfTexts } from "../../domain/language";
import { PLAN_FILE_VERSION, type PlanProblem, type PlanProblemCode } from "../../domain/plan-problem";
import { kindOfLabel, metricOfLabel, statusOfLabel } from "../../i18n/labels";
import { parseNumber } from "../../workbook/numbers";
import { syntaxPosition } from "./json-syntax";

export type PlanFileResult = { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] };

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** `"actual": "account"`: take the actual from the account sheet's latest figure. */
function isAccountWord(value: unknown): boolean {
  return typeof value === "string" && /^\s*(account|kunde|kundendaten)\s*$/i.test(value);
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
    lookup: (text: string) => T | null,
    allowed: readonly string[],
  ): T | null {
    const value = object[name];
    if (!isGiven(value)) return null;
    if (typeof value !== "string") return this.wrongType(`${path}.${name}`, "string", value);
    const found = lookup(value);
    if (found !== null) return found;
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
    // German when the texts give no evidence either way: the product's domain text is German.
    if (!isGiven(value)) return languageOfTexts(texts()) ?? "de";
    if (typeof value !== "string") {
      this.wrongType("$.language", "string", value);
      return "de";
    }
    // "de", "en", a locale tag ("de-DE", "en_US") or the language's name.
    const language = languageOfTag(value);
    if (language !== null) return language;
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
    const metric = this.choice(value, "metric", path, metricOfLabel, METRICS);
    let kind = this.choice(value, "kind", path, kindOfLabel, GOAL_KINDS);
    if (!isGiven(value.kind)) {
      // The metric decides the kind when it belongs to one kind only (revenue → economic).
      const inferred = metric === null ? "either" : METRIC_KIND[metric];
      if (inferred === "either") this.problem(`${path}.kind`, "REQUIRED");
      else kind = inferred;
    }
    const statement = this.text(value, "statement", path) ?? "";
    const unit = this.text(value, "unit", path);
    const owner = this.text(value, "owner", path);
    const fromAccount = isAccountWord(value.actual);
    if (fromAccount && metric !== null && !ACTUAL_FROM_ACCOUNT.includes(metric)) {
      this.problem(`${path}.actual`, "INVALID_VALUE", {
        value: shown(value.actual),
        allowed: `a number; "account" for ${ACTUAL_FROM_ACCOUNT.join(", ")}`,
      });
    }
    const goal: Goal = {
      id,
      account: account ?? "",
      kind: kind ?? "economic",
      metric: metric ?? "other",
      statement: statement.trim(),
      baseline: this.amount(value, "baseline", path),
      target: this.amount(value, "target", path),
      unit: unit === null || unit.trim() === "" ? null : unit.trim(),
      start: this.date(value, "start", path),
      deadline: this.date(value, "deadline", path),
      actual: fromAccount ? null : this.amount(value, "actual", path),
      actualDate: this.date(value, "actualDate", path),
      owner: owner === null || owner.trim() === "" ? null : owner.trim(),
      status: this.choice(value, "status", path, statusOfLabel, GOAL_STATUSES),
    };
    return fromAccount ? { ...goal, actualFromAccount: true } : goal;
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
