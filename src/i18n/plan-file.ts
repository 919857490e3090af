// Messages for problems in a plan file (kam --plan plan.json), German and English: one line each,
// naming the JSON path, what is wrong and what would be right.

import type { Language } from "../domain/plan";
import type { PlanProblem } from "../domain/plan-problem";
import { fillTemplate } from "./format";

/** Template per problem code; INVALID_VALUE has a variant for text that should be a number. */
export type PlanProblemTemplates = {
  JSON_SYNTAX: string;
  NOT_AN_OBJECT: string;
  VERSION_UNSUPPORTED: string;
  REQUIRED: string;
  WRONG_TYPE: string;
  INVALID_VALUE: string;
  INVALID_NUMBER_TEXT: string;
  INVALID_DATE: string;
};

export const PLAN_PROBLEM_TEXT: Record<Language, PlanProblemTemplates> = {
  de: {
    JSON_SYNTAX:
      "{path}: kein gültiges JSON (Zeile {line}, Spalte {column}) – prüfen Sie Klammern, Kommas und Anführungszeichen",
    NOT_AN_OBJECT: '{path}: der Plan muss ein JSON-Objekt sein ({ "version": 1, … }), gefunden: {found}',
    VERSION_UNSUPPORTED:
      '{path}: Version {found} wird nicht unterstützt – verwenden Sie "version": {supported}',
    REQUIRED: "{path} fehlt – dieser Eintrag ist erforderlich",
    WRONG_TYPE: "{path}: erwartet {expected}, gefunden {found}",
    INVALID_VALUE: "{path}: „{value}“ ist nicht zulässig – zulässig: {allowed}",
    INVALID_NUMBER_TEXT: "{path}: „{value}“ ist keine Zahl – z. B. 2300000, „2,3 Mio. €“ oder „22 %“",
    INVALID_DATE: "{path}: „{value}“ ist kein Datum – schreiben Sie JJJJ-MM-TT (2027-12-31) oder TT.MM.JJJJ",
  },
  en: {
    JSON_SYNTAX: "{path}: not valid JSON (line {line}, column {column}) - check brackets, commas and quotes",
    NOT_AN_OBJECT: '{path}: the plan must be a JSON object ({ "version": 1, … }), found {found}',
    VERSION_UNSUPPORTED: '{path}: version {found} is not supported - use "version": {supported}',
    REQUIRED: "{path} is missing - this entry is required",
    WRONG_TYPE: "{path}: expected {expected}, found {found}",
    INVALID_VALUE: "{path}: '{value}' is not allowed - allowed: {allowed}",
    INVALID_NUMBER_TEXT: '{path}: \'{value}\' is not a number - e.g. 2300000, "2.3M" or "22 %"',
    INVALID_DATE: "{path}: '{value}' is not a date - write YYYY-MM-DD (2027-12-31) or DD.MM.YYYY",
  },
};

/** JSON value types as WRONG_TYPE names them. */
export const JSON_TYPE_WORDS: Record<Language, Record<string, string>> = {
  de: {
    string: "einen Text",
    number: "eine Zahl",
    boolean: "einen Wahrheitswert",
    object: "ein Objekt",
    array: "eine Liste",
    null: "null",
    or: "oder",
  },
  en: {
    string: "a string",
    number: "a number",
    boolean: "a boolean",
    object: "an object",
    array: "an array",
    null: "null",
    or: "or",
  },
};

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
  // Line and column numbers, versions: shown as written, not as grouped amounts.
  const params: Record<string, string> = { path: problem.path };
  for (const [name, value] of Object.entries(problem.params)) params[name] = String(value);
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
