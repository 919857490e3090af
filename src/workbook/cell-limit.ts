// Excel's 32,767 characters per cell, applied to a sheet about to be written: a longer text (a
// findings column that lists many findings, a vision the check already reports as too long) is cut
// with a visible marker, never left for the host to reject.

import { EXCEL_CELL_TEXT_LIMIT } from "../domain/rules/cell-limit";
import type { Plan } from "../domain/plan";
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

/**
 * The plan's own texts as the goal sheet holds them once written: cut like the cells. The base of
 * a write is taken from this, so a cut text does not read back as a change made in the workbook.
 */
export function fitPlanTexts(plan: Plan, marker: string): Plan {
  const cut = (text: string) => cutText(text, marker);
  const cutOrNull = (text: string | null) => (text === null ? null : cut(text));
  return {
    ...plan,
    vision: cut(plan.vision),
    mission: cut(plan.mission),
    marketing:
      plan.marketing === null
        ? null
        : { ...plan.marketing, positioning: cutOrNull(plan.marketing.positioning) },
    goals: plan.goals.map((g) => ({ ...g, statement: cut(g.statement), owner: cutOrNull(g.owner) })),
  };
}
