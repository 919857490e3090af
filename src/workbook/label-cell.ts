// A label and its value in one cell, as profile sheets often hold them: "Umsatz 2025: 2,4 Mio. €",
// "Key Account Manager: Anna Berg", "Potenzial – 3,1 Mio €". A colon first; else a dash or an
// equals sign with spaces around it (a hyphen inside a word, "Kunden-Nr.", separates nothing).

/** Longer texts are sentences (notes, instructions), not a label with its value. */
const MAX_CELL_LENGTH = 160;
const MAX_LABEL_LENGTH = 60;

export type LabelCell = { label: string; value: string };

const COLON = /^([^:]*?[^\s:])\s*:\s*(\S.*)$/s;
const DASH = /^(.*?\S)\s+[–—=-]\s+(\S.*)$/s;

/** The label and the value of a "Label: value" text; null when the text is not one. */
export function splitLabelCell(text: string): LabelCell | null {
  const trimmed = text.trim();
  if (trimmed.length > MAX_CELL_LENGTH) return null;
  const m = COLON.exec(trimmed) ?? DASH.exec(trimmed);
  const label = m?.[1]?.trim();
  const value = m?.[2]?.trim();
  if (label === undefined || value === undefined || label.length > MAX_LABEL_LENGTH) return null;
  // A time ("10:30") or a ratio ("1:3") is a value, not a label and its value.
  if (/\d$/.test(label) && /^\d/.test(value) && !/\s/.test(label)) return null;
  return { label, value };
}
