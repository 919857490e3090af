// What the sheets say where Excel's limits cut what the add-in writes.

import type { Language } from "../domain/plan";

/** Ends a text cut to Excel's 32,767 characters per cell (the check reports the text as too long). */
export const CUT_MARKER: Record<Language, string> = {
  de: " […] (gekürzt: eine Excel-Zelle fasst höchstens 32.767 Zeichen)",
  en: " […] (cut short: an Excel cell holds at most 32,767 characters)",
};
