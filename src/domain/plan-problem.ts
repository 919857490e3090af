// Problems found in a plan file, as data: a code, the JSON path and the parameters a message needs.
// The text comes from the catalogue (src/i18n/plan-file.ts).

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

export const PLAN_FILE_VERSION = 1;
