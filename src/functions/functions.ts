// The KAM.* worksheet functions as Excel sees them. The JSDoc below is the source of
// functions.json (custom-functions-metadata-plugin), and the same plugin appends the
// CustomFunctions.associate() calls at build time, so none are written here. Each function only
// adapts kam-functions.ts: results become values, problems become CustomFunctions.Error.
//
// Parameter types drive Excel's conversion: `number` parameters arrive as numbers (Excel answers
// #VALUE! itself for text); dates are `number | string`, which the metadata turns into "any", so
// a date cell (a serial number) and date text both reach readDate().

import {
  kamAttainment,
  kamCagr,
  kamCheckGoal,
  kamCheckVision,
  kamGrowth,
  kamQuadrant,
  kamShareOfWallet,
  kamStatus,
  type FunctionContext,
  type FunctionResult,
} from "./kam-functions";
import { todayIso } from "../domain/dates";
import { languageOfDisplay } from "../domain/language";

/** Office's display language once Office.js has loaded; the browser's before that or outside Office. */
function displayLanguage(): string | undefined {
  if (typeof Office !== "undefined") {
    // Office.context is only filled in once Office.js has initialised.
    const context = Office.context as Office.Context | undefined;
    if (typeof context?.displayLanguage === "string") return context.displayLanguage;
  }
  return typeof navigator === "undefined" ? undefined : navigator.language;
}

function context(): FunctionContext {
  return { language: languageOfDisplay(displayLanguage()), today: () => todayIso(new Date()) };
}

/**
 * A result as Excel takes it: a value, or a returned (never thrown) CustomFunctions.Error. Returned,
 * the error reaches the cell with its message; a thrown one reaches it as #VALUE! without one.
 */
function toExcel<T>(result: FunctionResult<T>): T | CustomFunctions.Error {
  if (result.ok) return result.value;
  const code = CustomFunctions.ErrorCode[result.code];
  // Excel shows a custom message only with #VALUE! (and #N/A); #DIV/0! takes none.
  return code === CustomFunctions.ErrorCode.invalidValue
    ? new CustomFunctions.Error(code, result.message)
    : new CustomFunctions.Error(code);
}

/**
 * Share of wallet: revenue with the account divided by its revenue potential (format the cell as %).
 * @customfunction SHAREOFWALLET
 * @param revenue Revenue with the account, e.g. last full year.
 * @param potential The account's revenue potential (wallet size) in the same currency.
 * @returns Share of wallet as a fraction (0.25 = 25 %).
 */
export function shareOfWallet(revenue: number, potential: number): number | CustomFunctions.Error {
  return toExcel(kamShareOfWallet(context(), revenue, potential));
}

/**
 * Growth from baseline to target as a fraction of the baseline.
 * @customfunction GROWTH
 * @param baseline Starting value, e.g. this year's revenue.
 * @param target Target value.
 * @returns (target − baseline) / |baseline|, e.g. 0.2 for +20 %.
 */
export function growth(baseline: number, target: number): number | CustomFunctions.Error {
  return toExcel(kamGrowth(context(), baseline, target));
}

/**
 * Compound annual growth rate needed to get from baseline to target in the given number of years.
 * @customfunction CAGR
 * @param baseline Starting value (not negative).
 * @param target Target value (not negative).
 * @param years Years until the target is due (more than 0; fractions allowed).
 * @returns Required growth per year as a fraction.
 */
export function cagr(baseline: number, target: number, years: number): number | CustomFunctions.Error {
  return toExcel(kamCagr(context(), baseline, target, years));
}

/**
 * Attainment: the share of the way from baseline to target that the actual value has covered.
 * @customfunction ATTAINMENT
 * @param baseline Value when the goal was set.
 * @param target Target value.
 * @param actual Value reached so far.
 * @returns 0 at the baseline, 1 when the target is reached (may be below 0 or above 1).
 */
export function attainment(baseline: number, target: number, actual: number): number | CustomFunctions.Error {
  return toExcel(kamAttainment(context(), baseline, target, actual));
}

/**
 * Goal status against the time elapsed: achieved, on track, at risk or off track (judged on asOf or today).
 * @customfunction STATUS
 * @volatile
 * @param baseline Value when the goal was set.
 * @param target Target value.
 * @param actual Value reached so far.
 * @param start Date the goal was set (a date, YYYY-MM-DD or DD.MM.YYYY).
 * @param deadline Date the target is due (a date, YYYY-MM-DD or DD.MM.YYYY).
 * @param asOf Date to judge on; today when omitted.
 * @returns The status in the display language.
 */
export function status(
  baseline: number,
  target: number,
  actual: number,
  start: number | string,
  deadline: number | string,
  asOf?: number | string,
): string | CustomFunctions.Error {
  // Volatile: without asOf the answer depends on today's date, so Excel must recalculate it daily.
  return toExcel(kamStatus(context(), baseline, target, actual, start, deadline, asOf));
}

/**
 * Key-account portfolio quadrant from account attractiveness and our relative strength (McDonald's matrix).
 * @customfunction QUADRANT
 * @param attractiveness How attractive the account is, 0 to 10 (5 or more counts as high).
 * @param strength Our relative strength at the account, 0 to 10 (5 or more counts as high).
 * @returns Strategic, Status, Streamline or Development, in the display language.
 */
export function quadrant(attractiveness: number, strength: number): string | CustomFunctions.Error {
  return toExcel(kamQuadrant(context(), attractiveness, strength));
}

/**
 * Checks a KAM vision: not a money target, about the key accounts, 8 to 60 words.
 * @customfunction CHECKVISION
 * @param text The vision statement.
 * @returns "OK", or what to improve (messages joined by "; "), in the display language.
 */
export function checkVision(text: string): string | CustomFunctions.Error {
  return toExcel(kamCheckVision(context(), text));
}

/**
 * Checks a business goal for a key account: measurable, time-bound, plausible, within potential and positioning.
 * @customfunction CHECKGOAL
 * @volatile
 * @param kind economic or strategic (wirtschaftlich / strategisch).
 * @param metric revenue, grossMargin, profitability, shareOfWallet, retention, relationship, newBusinessAreas or other.
 * @param target Target value; percentages as fractions (25 % = 0.25).
 * @param deadline Date the target is due (a date, YYYY-MM-DD or DD.MM.YYYY).
 * @param baseline Value today, if known.
 * @param potential The account's revenue potential, if known.
 * @param minMargin Marketing's minimum gross margin as a fraction, if there is one.
 * @returns "OK", or what to improve (messages joined by "; "), in the display language.
 */
export function checkGoal(
  kind: string,
  metric: string,
  target: number,
  deadline: number | string,
  baseline?: number,
  potential?: number,
  minMargin?: number,
): string | CustomFunctions.Error {
  // Volatile: whether the deadline has passed depends on today's date.
  return toExcel(kamCheckGoal(context(), kind, metric, target, deadline, baseline, potential, minMargin));
}
