// Excel's 32,767 characters per cell, applied to a sheet about to be written: a longer text (a
// findings column that lists many findings, a vision the check already reports as too long) is cut
// with a visible marker, never left for the host to reject.

import { EXCEL_CELL_TEXT_LIMIT } from "../domain/rules/cell-limit";
import type { SheetSpec, SpecValue } from "../sheet";

/** The text cut to the limit, ending in `marker`; a surrogate pair is never split. */
export function cutText(text: string, marker: string, limit: number = EXCEL_CELL_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit - marker.length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}${marker}`;
}

/** The spec with every text cell within Excel's limit. */
export function fitCellTexts(spec: SheetSpec, marker: string): SheetSpec {
  const long = (v: SpecValue) => v.kind === "text" && v.text.length > EXCEL_CELL_TEXT_LIMIT;
  if (!spec.values.some((row) => row.some(long))) return spec;
  return {
    ...spec,
    values: spec.values.map((row) =>
      row.some(long)
        ? row.map((v): SpecValue =>
            v.kind === "text" && long(v) ? { kind: "text", text: cutText(v.text, marker) } : v,
          )
        : row,
    ),
  };
}
