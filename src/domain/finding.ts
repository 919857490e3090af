// Findings are data: a stable code, a severity, what they concern and the parameters a message
// needs. Text is produced at the edge from the i18n catalogue (src/i18n).

export const FINDING_SEVERITY = {
  VISION_MISSING: "error",
  VISION_MONETARY: "error",
  VISION_NOT_CUSTOMER_CENTRIC: "warning",
  VISION_LENGTH: "warning",
  MISSION_MISSING: "error",
  MISSION_NO_HOW: "warning",
  MISSION_REPEATS_VISION: "warning",
  MISSION_ACTIVITY_LIST: "warning",
  GOAL_ACCOUNT_UNKNOWN: "error",
  GOAL_KIND_MISMATCH: "error",
  GOAL_NO_STATEMENT: "error",
  GOAL_NO_TARGET: "error",
  GOAL_NO_DEADLINE: "error",
  GOAL_DEADLINE_PAST: "error",
  GOAL_DEADLINE_FAR: "warning",
  GOAL_VALUE_OUT_OF_RANGE: "error",
  GOAL_AMOUNT_NOT_A_RATE: "error",
  GOAL_NOT_AN_IMPROVEMENT: "warning",
  GOAL_TARGET_ABOVE_POTENTIAL: "error",
  GOAL_GROWTH_IMPLAUSIBLE: "warning",
  GOAL_MARGIN_BELOW_POSITIONING: "error",
  GOAL_CONTRADICTS_POSITIONING: "warning",
  GOAL_SALES_OR_MARKETING_ACTIVITY: "warning",
  GOAL_DUPLICATE_ACROSS_ACCOUNTS: "warning",
  GOAL_DUPLICATE_ID: "error",
  TEXT_OVER_CELL_LIMIT: "error",
  GOAL_OFF_TRACK: "warning",
  ACCOUNT_NO_ECONOMIC_GOAL: "warning",
  ACCOUNT_NO_STRATEGIC_GOAL: "warning",
  ACCOUNT_RISK_UNADDRESSED: "warning",
  ACCOUNT_NO_GOALS: "info",
  ACCOUNT_DUPLICATE: "warning",
  ACCOUNT_DATA_SUSPECT: "warning",
  SHEET_NO_ACCOUNT_TABLE: "error",
  SHEET_FIELD_MISSING: "warning",
  SHEET_MAPPING_UNREADABLE: "warning",
  CELL_UNREADABLE: "warning",
  CELL_AMBIGUOUS: "warning",
  ROWS_HIDDEN_SKIPPED: "info",
  ROWS_NOT_ACCOUNTS: "info",
  ROWS_GROUP_MEMBERS: "info",
} as const satisfies Record<string, Severity>;

export type Severity = "error" | "warning" | "info";
export type FindingCode = keyof typeof FINDING_SEVERITY;
export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as readonly FindingCode[];

/** What a finding is about. Rows are 1-based and columns are letters, as Excel shows them. */
export type Subject =
  | { type: "vision" }
  | { type: "mission" }
  | { type: "goal"; id: string }
  | { type: "account"; id: string }
  | { type: "cell"; sheet: string; row: number; column: string };

/**
 * A parameter value keeps its meaning so the edge can format it for the reader's language:
 * a fraction shown as percent, an amount with its currency, an ISO date.
 */
export type ParamValue =
  | string
  | number
  | { percent: number }
  | { amount: number; unit: string | null }
  | { date: string }
  | { list: readonly string[] }
  | { term: TermKey };

/**
 * Domain words the catalogue translates: metric and kind names, account and goal fields, churn
 * risk levels, what a cell was expected to hold ("expect.number", "expect.date" …), an example
 * header for a field ("header.revenue": "Umsatz 2025").
 */
export type TermKey =
  | `metric.${string}`
  | `kind.${string}`
  | `field.${string}`
  | `risk.${string}`
  | `expect.${string}`
  | `header.${string}`;

export type Finding = {
  code: FindingCode;
  severity: Severity;
  subject: Subject;
  /** The field the finding concerns (a goal field, an account field, "vision", …), if any. */
  field: string | null;
  params: Readonly<Record<string, ParamValue>>;
};

export function finding(
  code: FindingCode,
  subject: Subject,
  field: string | null = null,
  params: Readonly<Record<string, ParamValue>> = {},
): Finding {
  return { code, severity: FINDING_SEVERITY[code], subject, field, params };
}

export type FindingSummary = { errors: number; warnings: number; infos: number };

export function summarize(findings: readonly Finding[]): FindingSummary {
  const summary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === "error") summary.errors++;
    else if (f.severity === "warning") summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sort order: errors first, then warnings, then notes. */
export function bySeverity(a: Pick<Finding, "severity">, b: Pick<Finding, "severity">): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}

/** The most severe of the findings; null when there are none. */
export function worstSeverity(findings: readonly Pick<Finding, "severity">[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings)
    if (worst === null || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[worst]) worst = f.severity;
  return worst;
}

/** Findings sorted by severity (stable: same severity keeps its order). */
export function sortBySeverity<T extends Pick<Finding, "severity">>(findings: readonly T[]): T[] {
  return [...findings].sort(bySeverity);
}

/** A stable text id for a subject, used for grouping and for the `id` field of the JSON output. */
export function subjectId(subject: Subject): string {
  switch (subject.type) {
    case "vision":
    case "mission":
      return subject.type;
    case "goal":
    case "account":
      return subject.id;
    case "cell":
      return `${subject.sheet}!${subject.column}${subject.row}`;
  }
}
