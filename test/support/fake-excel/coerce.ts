// What Excel makes of a value written through Range.values / Range.formulas: the same parsing as typing
// into the cell, in the en-US locale whatever the user's language (office-js#1559: "the APIs use USA
// locale by default"; formulasLocal is the localized variant). Microsoft's reference for values says:
// "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets
// this value as a formula." Only a text number format ("@") keeps input as typed.
//
// Chosen where the documentation is silent (see README section of the fake in index.ts):
// - "=x", "+x", "-x" (length > 1, not a number) become formulas "=x", "=+x", "=-x".
// - "'text" drops the apostrophe prefix and stores "text" as text (Excel's quote prefix).
// - "00123", "1e5", "1,234.5", "12%", "$5", "2024-01-31", "1/31/2024", "TRUE", "#N/A" are parsed like typed
//   input; a General cell then also gets the number format Excel would apply ("0%", "#,##0.00", "m/d/yyyy").
// - "@x" is NOT treated as a formula (not documented for the API).

import { officeError } from "./errors";

export type ScalarValue = string | number | boolean;

export type Coerced = {
  value: ScalarValue;
  formula: string | null;
  /** The cell holds an Excel error value (#N/A …); `value` is its text. */
  error: boolean;
  /** Number format Excel applies automatically to a General cell, if any. */
  autoFormat: string | null;
};

/** Excel's cell content limit (characters). */
export const MAX_CELL_TEXT = 32_767;

const ERROR_LITERALS = new Set(["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"]);

export function isTextFormat(numberFormat: string): boolean {
  return numberFormat.trim() === "@";
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)\s*%$/;
const CURRENCY = /^(-?)\$(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Excel serial of a calendar date (1900 date system; valid from 1900-03-01). */
export function dateSerial(year: number, month: number, day: number): number | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  if (year < 1900) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function text(value: string): Coerced {
  return { value, formula: null, error: false, autoFormat: null };
}
function num(value: number, autoFormat: string | null = null): Coerced {
  return { value, formula: null, error: false, autoFormat };
}

function parseTyped(raw: string): Coerced | null {
  const s = raw.trim();
  if (PLAIN_NUMBER.test(s)) return num(Number(s));
  if (GROUPED_NUMBER.test(s)) {
    const decimals = s.includes(".") && !s.endsWith(".") ? ".00" : "";
    return num(Number(s.replace(/,/g, "")), `#,##0${decimals}`);
  }
  const pct = PERCENT.exec(s);
  if (pct?.[1]) {
    const decimals = pct[1].includes(".") ? ".00" : "";
    return num(Number(pct[1]) / 100, `0${decimals}%`);
  }
  const cur = CURRENCY.exec(s);
  if (cur?.[2]) {
    const n = Number(`${cur[2].replace(/,/g, "")}${cur[4] ?? ""}`) * (cur[1] === "-" ? -1 : 1);
    return num(n, cur[4] === undefined ? "$#,##0" : "$#,##0.00");
  }
  const iso = ISO_DATE.exec(s);
  if (iso?.[1] && iso[2] && iso[3]) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null) return num(serial, "m/d/yyyy");
  }
  const us = US_DATE.exec(s);
  if (us?.[1] && us[2] && us[3]) {
    const serial = dateSerial(Number(us[3]), Number(us[1]), Number(us[2]));
    if (serial !== null) return num(serial, "m/d/yyyy");
  }
  const upper = s.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") {
    return { value: upper === "TRUE", formula: null, error: false, autoFormat: null };
  }
  if (ERROR_LITERALS.has(upper)) return { value: upper, formula: null, error: true, autoFormat: null };
  return null;
}

/**
 * Interprets one element written to `values` or `formulas`. `currentFormat` is the cell's number
 * format at the moment the write runs (so "@" written earlier in the same batch counts).
 */
export function coerceInput(input: ScalarValue, currentFormat: string, location: string): Coerced {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw officeError("InvalidArgument", "non-finite number", location);
    return num(input);
  }
  if (typeof input === "boolean") return { value: input, formula: null, error: false, autoFormat: null };
  if (input.length > MAX_CELL_TEXT) {
    throw officeError("InvalidArgument", `text longer than ${MAX_CELL_TEXT} characters`, location);
  }
  if (input === "") return text("");
  if (isTextFormat(currentFormat)) return text(input);
  if (input.startsWith("'")) return text(input.slice(1));
  if (input.startsWith("=") && input.length > 1) {
    return { value: "", formula: input, error: false, autoFormat: null };
  }
  const typed = parseTyped(input);
  if (typed) return typed;
  if ((input.startsWith("+") || input.startsWith("-")) && input.length > 1) {
    return { value: "", formula: `=${input}`, error: false, autoFormat: null };
  }
  return text(input);
}
