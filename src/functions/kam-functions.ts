// The KAM.* worksheet functions as plain TypeScript: arguments arrive as whatever Excel (or a
// test) passes, results come back as data: a value, or an Excel error code with a message in the
// user's language. functions.ts only turns that into CustomFunctions.Error, so everything here
// runs in Node without Office.

import { emptyAccount, type Account } from "../domain/account";
import { isIsoDate, isoFromExcelSerial, isoFromParts } from "../domain/dates";
import {
  attainment,
  cagr,
  growth,
  quadrant,
  shareOfWalletOf,
  trackStatus,
  type Figure,
  type FigureProblem,
} from "../domain/figures";
import { bySeverity, type Finding } from "../domain/finding";
import {
  GOAL_KINDS,
  LANGUAGES,
  METRICS,
  type Goal,
  type GoalKind,
  type Language,
  type Metric,
  type Plan,
} from "../domain/plan";
import { checkPlan } from "../domain/rules";
import { findingMessage } from "../i18n/findings";
import { fillTemplate, term } from "../i18n/format";
import { FUNCTION_TEXT, type FunctionTextKey } from "../i18n/functions";

/** The Excel error values the functions return (names as in CustomFunctions.ErrorCode). */
export type ExcelErrorCode = "invalidValue" | "divisionByZero";

export type FunctionResult<T> = { ok: true; value: T } | { ok: false; code: ExcelErrorCode; message: string };
type Failure = Extract<FunctionResult<never>, { ok: false }>;

export type FunctionContext = {
  language: Language;
  /** Today's date as ISO `YYYY-MM-DD` in the user's time zone; only STATUS and CHECKGOAL ask. */
  today: () => string;
};

type ParamName = Extract<FunctionTextKey, `param.${string}`> extends `param.${infer P}` ? P : never;

/**
 * A FigureProblem's Excel error: a zero divisor is #DIV/0!, everything else #VALUE!. An argument out
 * of its range is #VALUE! rather than Excel's #NUM! because Excel shows a function's message only
 * with #VALUE! and #N/A (the custom-functions runtime drops it for the others), and the user needs to
 * know which argument and which range ("years must be more than 0").
 */
export const PROBLEM_CODE: Record<FigureProblem, ExcelErrorCode> = {
  notANumber: "invalidValue",
  divisionByZero: "divisionByZero",
  outOfRange: "invalidValue",
  invalidDate: "invalidValue",
};

const ok = <T>(value: T): FunctionResult<T> => ({ ok: true, value });

function text(
  ctx: FunctionContext,
  key: FunctionTextKey,
  params: Readonly<Record<string, string>> = {},
): string {
  return fillTemplate(FUNCTION_TEXT[ctx.language][key], params, ctx.language);
}

function fail(
  ctx: FunctionContext,
  code: ExcelErrorCode,
  key: FunctionTextKey,
  params: Readonly<Record<string, string>> = {},
): Failure {
  return { ok: false, code, message: text(ctx, key, params) };
}

function paramLabel(ctx: FunctionContext, name: ParamName): string {
  return text(ctx, `param.${name}`);
}

/** How a bad argument is quoted back to the user: short, and never "[object Object]". */
function shown(value: unknown): string {
  if (typeof value === "string") return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return Array.isArray(value) ? "[…]" : typeof value;
}

const isBlank = (value: unknown): value is null | undefined | "" =>
  value === null || value === undefined || value === "";

function numberArg(ctx: FunctionContext, name: ParamName, value: unknown): FunctionResult<number> {
  if (isBlank(value)) return fail(ctx, "invalidValue", "argMissing", { arg: paramLabel(ctx, name) });
  if (typeof value === "number" && Number.isFinite(value)) return ok(value);
  return fail(ctx, "invalidValue", "argNotNumber", { arg: paramLabel(ctx, name), value: shown(value) });
}

/**
 * Required numbers in argument order (object keys keep it): the first missing or non-numeric one
 * decides the error, as Excel users read arguments left to right.
 */
function numberArgs<K extends ParamName>(
  ctx: FunctionContext,
  args: Record<K, unknown>,
): FunctionResult<Record<K, number>> {
  const values: Partial<Record<K, number>> = {};
  for (const name of Object.keys(args) as K[]) {
    const r = numberArg(ctx, name, args[name]);
    if (!r.ok) return r;
    values[name] = r.value;
  }
  // Every key was filled in the loop above.
  return ok(values as Record<K, number>);
}

/** Optional numbers: Excel passes null for an omitted argument. */
function optionalNumberArg(
  ctx: FunctionContext,
  name: ParamName,
  value: unknown,
): FunctionResult<number | null> {
  return isBlank(value) ? ok(null) : numberArg(ctx, name, value);
}

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** An Excel date serial, ISO `YYYY-MM-DD` or German `DD.MM.YYYY` text → ISO date, else null. */
export function readDate(value: unknown): string | null {
  if (typeof value === "number") return isoFromExcelSerial(value);
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const german = GERMAN_DATE.exec(trimmed);
  return german ? isoFromParts(Number(german[3]), Number(german[2]), Number(german[1])) : null;
}

/**
 * An empty cell given for a date: Excel on the web passes null, Excel on Windows 0
 * (OfficeDev/office-js#4702). Serial 0 is no date ("00.01.1900"), so both read as no date.
 */
const isBlankDate = (value: unknown): boolean => isBlank(value) || value === 0;

function dateArg(ctx: FunctionContext, name: ParamName, value: unknown): FunctionResult<string> {
  if (isBlankDate(value)) return fail(ctx, "invalidValue", "argMissing", { arg: paramLabel(ctx, name) });
  const iso = readDate(value);
  if (iso === null)
    return fail(ctx, "invalidValue", "argNotDate", { arg: paramLabel(ctx, name), value: shown(value) });
  return ok(iso);
}

function fromFigure<T>(
  ctx: FunctionContext,
  figure: Figure<T>,
  messages: Partial<Record<FigureProblem, FunctionTextKey>>,
): FunctionResult<T> {
  if (figure.ok) return figure;
  const generic: Record<FigureProblem, FunctionTextKey> = {
    notANumber: "notANumber",
    divisionByZero: "divisionByZero",
    outOfRange: "outOfRange",
    invalidDate: "invalidDate",
  };
  return fail(ctx, PROBLEM_CODE[figure.problem], messages[figure.problem] ?? generic[figure.problem]);
}

/**
 * Runs a function body so that nothing escapes as an exception: Excel would show a bare #VALUE!
 * without saying why, so a programming error is reported in the cell with its message instead.
 */
export function guarded<T>(
  ctx: FunctionContext,
  fn: string,
  body: () => FunctionResult<T>,
): FunctionResult<T> {
  try {
    return body();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(ctx, "invalidValue", "internal", { fn, reason });
  }
}

/** KAM.SHAREOFWALLET: revenue / potential as a fraction. */
export function kamShareOfWallet(
  ctx: FunctionContext,
  revenue: unknown,
  potential: unknown,
): FunctionResult<number> {
  return guarded(ctx, "KAM.SHAREOFWALLET", () => {
    const n = numberArgs(ctx, { revenue, potential });
    if (!n.ok) return n;
    return fromFigure(ctx, shareOfWalletOf(n.value.revenue, n.value.potential), {
      divisionByZero: "shareOfWalletZero",
      outOfRange: "shareOfWalletNegative",
    });
  });
}

/** KAM.GROWTH: (target − baseline) / |baseline| as a fraction. */
export function kamGrowth(ctx: FunctionContext, baseline: unknown, target: unknown): FunctionResult<number> {
  return guarded(ctx, "KAM.GROWTH", () => {
    const n = numberArgs(ctx, { baseline, target });
    if (!n.ok) return n;
    return fromFigure(ctx, growth(n.value.baseline, n.value.target), { divisionByZero: "growthZero" });
  });
}

/** KAM.CAGR: the compound annual growth rate that leads from baseline to target in `years`. */
export function kamCagr(
  ctx: FunctionContext,
  baseline: unknown,
  target: unknown,
  years: unknown,
): FunctionResult<number> {
  return guarded(ctx, "KAM.CAGR", () => {
    const n = numberArgs(ctx, { baseline, target, years });
    if (!n.ok) return n;
    return fromFigure(ctx, cagr(n.value.baseline, n.value.target, n.value.years), {
      divisionByZero: "cagrZero",
      outOfRange: "cagrRange",
    });
  });
}

/** KAM.ATTAINMENT: share of the way from baseline to target that `actual` has covered. */
export function kamAttainment(
  ctx: FunctionContext,
  baseline: unknown,
  target: unknown,
  actual: unknown,
): FunctionResult<number> {
  return guarded(ctx, "KAM.ATTAINMENT", () => {
    const n = numberArgs(ctx, { baseline, target, actual });
    if (!n.ok) return n;
    return fromFigure(ctx, attainment(n.value.baseline, n.value.target, n.value.actual), {
      divisionByZero: "attainmentZero",
    });
  });
}

/** KAM.STATUS: achieved / on track / at risk / off track against the time elapsed on `asOf` (default today). */
export function kamStatus(
  ctx: FunctionContext,
  baseline: unknown,
  target: unknown,
  actual: unknown,
  start: unknown,
  deadline: unknown,
  asOf?: unknown,
): FunctionResult<string> {
  return guarded(ctx, "KAM.STATUS", () => {
    const n = numberArgs(ctx, { baseline, target, actual });
    if (!n.ok) return n;
    const s = dateArg(ctx, "start", start);
    if (!s.ok) return s;
    const d = dateArg(ctx, "deadline", deadline);
    if (!d.ok) return d;
    const on = isBlankDate(asOf) ? ok(ctx.today()) : dateArg(ctx, "asOf", asOf);
    if (!on.ok) return on;
    const status = fromFigure(
      ctx,
      trackStatus(n.value.baseline, n.value.target, n.value.actual, s.value, d.value, on.value),
      {
        divisionByZero: "attainmentZero",
        outOfRange: "statusRange",
      },
    );
    return status.ok ? ok(text(ctx, `status.${status.value}`)) : status;
  });
}

/** KAM.QUADRANT: the portfolio quadrant for attractiveness × relative strength (both 0–10). */
export function kamQuadrant(
  ctx: FunctionContext,
  attractiveness: unknown,
  strength: unknown,
): FunctionResult<string> {
  return guarded(ctx, "KAM.QUADRANT", () => {
    const n = numberArgs(ctx, { attractiveness, strength });
    if (!n.ok) return n;
    const q = fromFigure(ctx, quadrant(n.value.attractiveness, n.value.strength), {
      outOfRange: "quadrantRange",
    });
    return q.ok ? ok(text(ctx, `quadrant.${q.value}`)) : q;
  });
}

/** Text arguments: Excel passes numbers in a text parameter as text already; empty is "". */
function textArg(ctx: FunctionContext, name: ParamName, value: unknown): FunctionResult<string> {
  if (isBlank(value)) return ok("");
  if (typeof value === "string") return ok(value);
  if (typeof value === "number" || typeof value === "boolean") return ok(String(value));
  return fail(ctx, "invalidValue", "argNotText", { arg: paramLabel(ctx, name) });
}

/** Case, spaces, hyphens and punctuation do not matter: "Gross margin" = "grossMargin" = "gross-margin". */
const normalized = (text: string): string =>
  text
    .normalize("NFC")
    .toLocaleLowerCase("de")
    .replace(/[^\p{L}\p{N}]/gu, "");

/** A code or its name in either language ("revenue", "Umsatz", "share of wallet") → the code. */
function lookup<T extends string>(
  codes: readonly T[],
  termKey: (code: T) => `kind.${string}` | `metric.${string}`,
) {
  const table = new Map<string, T>();
  for (const code of codes) {
    table.set(normalized(code), code);
    for (const language of LANGUAGES) table.set(normalized(term(termKey(code), language)), code);
  }
  return (value: string): T | undefined => table.get(normalized(value));
}

const kindOf = lookup<GoalKind>(GOAL_KINDS, (kind) => `kind.${kind}`);
const metricOf = lookup<Metric>(METRICS, (metric) => `metric.${metric}`);

function choiceArg<T extends string>(
  ctx: FunctionContext,
  name: "kind" | "metric",
  value: unknown,
  read: (text: string) => T | undefined,
): FunctionResult<T> {
  if (isBlank(value)) return fail(ctx, "invalidValue", "argMissing", { arg: paramLabel(ctx, name) });
  const found = typeof value === "string" ? read(value) : undefined;
  if (found !== undefined) return ok(found);
  const metrics = METRICS.map((metric) => term(`metric.${metric}`, ctx.language)).join(", ");
  return fail(ctx, "invalidValue", name === "kind" ? "argKind" : "argMetric", {
    arg: paramLabel(ctx, name),
    value: shown(value),
    metrics,
  });
}

/** "OK", or the findings' messages (errors first) joined by "; " as one text. */
function verdict(ctx: FunctionContext, findings: readonly Finding[]): string {
  if (findings.length === 0) return text(ctx, "ok");
  const messages = [...findings].sort(bySeverity).map((f) => findingMessage(f, ctx.language));
  // "….; …" reads badly: the separator replaces each message's closing full stop but the last.
  return messages.map((m, i) => (i < messages.length - 1 ? m.replace(/\.$/, "") : m)).join("; ");
}

function planWith(
  ctx: FunctionContext,
  asOf: string,
  parts: Partial<Pick<Plan, "vision" | "goals" | "marketing">>,
): Plan {
  return {
    version: 1,
    language: ctx.language,
    asOf,
    vision: "",
    mission: "",
    marketing: null,
    goals: [],
    ...parts,
  };
}

/** KAM.CHECKVISION: the vision rules (VISION_*) on one text. */
export function kamCheckVision(ctx: FunctionContext, vision: unknown): FunctionResult<string> {
  return guarded(ctx, "KAM.CHECKVISION", () => {
    const v = textArg(ctx, "text", vision);
    if (!v.ok) return v;
    // The vision rules do not look at dates; asOf only completes the options.
    const asOf = ctx.today();
    const findings = checkPlan(planWith(ctx, asOf, { vision: v.value }), [], { asOf });
    return ok(
      verdict(
        ctx,
        findings.filter((f) => f.subject.type === "vision"),
      ),
    );
  });
}

/**
 * The one account CHECKGOAL judges the goal against; only its potential is known. Its name is how
 * the messages refer to it ("above the revenue potential of the account").
 */
function checkedAccount(ctx: FunctionContext, potential: number | null): Account {
  return { ...emptyAccount("", 0), name: text(ctx, "checkedAccount"), potential };
}

/**
 * KAM.CHECKGOAL: the goal rules on one goal, judged on today. Kind and metric say what the goal is,
 * so they must be readable (#VALUE! otherwise); a missing target or deadline is what the check is
 * for, so it comes back as a finding (not measurable, not time-bound) rather than an error value.
 */
export function kamCheckGoal(
  ctx: FunctionContext,
  kind: unknown,
  metric: unknown,
  target: unknown,
  deadline: unknown,
  baseline?: unknown,
  potential?: unknown,
  minMargin?: unknown,
): FunctionResult<string> {
  return guarded(ctx, "KAM.CHECKGOAL", () => {
    const k = choiceArg(ctx, "kind", kind, kindOf);
    if (!k.ok) return k;
    const m = choiceArg(ctx, "metric", metric, metricOf);
    if (!m.ok) return m;
    const t = optionalNumberArg(ctx, "target", target);
    if (!t.ok) return t;
    const d = isBlank(deadline) ? ok(null) : dateArg(ctx, "deadline", deadline);
    if (!d.ok) return d;
    const b = optionalNumberArg(ctx, "baseline", baseline);
    if (!b.ok) return b;
    const p = optionalNumberArg(ctx, "potential", potential);
    if (!p.ok) return p;
    const min = optionalNumberArg(ctx, "minMargin", minMargin);
    if (!min.ok) return min;

    const account = checkedAccount(ctx, p.value);
    const goal: Goal = {
      id: "KAM.CHECKGOAL",
      account: account.name ?? "",
      kind: k.value,
      metric: m.value,
      // The function has no goal text: the wording rules have nothing to read.
      statement: "",
      baseline: b.value,
      target: t.value,
      unit: null,
      start: null,
      deadline: d.value,
      actual: null,
      actualDate: null,
      owner: null,
      status: null,
    };
    const marketing =
      min.value === null
        ? null
        : { positioning: null, minGrossMargin: min.value, focusSegments: [], excludedSegments: [] };
    const asOf = ctx.today();
    const findings = checkPlan(planWith(ctx, asOf, { goals: [goal], marketing }), [account], {
      asOf,
    });
    return ok(
      verdict(
        ctx,
        findings.filter((f) => f.subject.type === "goal" && f.code !== "GOAL_NO_STATEMENT"),
      ),
    );
  });
}
