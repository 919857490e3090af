// The add-in's conditional formats on a sheet updated in place (ExcelApi 1.6; ranges read with
// ConditionalFormat.getRanges, ExcelApi 1.9 — an update needs 1.13 anyway).
//
// Which formats are ours: a custom rule ("use a formula…") that lies wholly in the columns the spec
// formats and whose formula is one of the spec's, compared relative to the rule's top-left cell (so a
// rule Excel cut short when rows were cleared is still recognised). A user's rule elsewhere, of
// another kind or with another formula is never touched — also one a user put on our columns.
//
// Loaded in two rounds folded into the update's own syncs: the formats in those columns (id, type,
// priority), then the custom ones' formula, colours and ranges. When ours already are the spec's
// (same ranges, formulas, colours, order) and no changed row is cleared under them, nothing is done;
// otherwise ours are deleted before the rows are restyled (Range.clear("Formats") takes a format off
// the cleared cells) and the spec's are added after them. The journal keeps ours as they were.

import { columnLetter, columnNumber, rangeAddress, splitSheetReference, type SheetSpec } from "../../sheet";
import { parseRange, type ConditionalFormat, type RangeRef } from "../../sheet";
import { utf8Length, type BudgetedBatch } from "./payload";

/** A custom rule as Excel holds it: enough to add it again. */
export type RuleDefinition = {
  /** Areas on the sheet, without the sheet name ("P12:R14,P16:R20"). */
  address: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean | null;
  priority: number;
};

export type FormatsJournal = {
  sheet: string;
  /** Entire-column ranges searched ("P:R"), and the spec's rules (to recognise the ones added). */
  columns: string[];
  rules: { range: string; formula: string }[];
  /** Ours before the update, highest priority first. */
  before: RuleDefinition[];
  applied: boolean;
};

export type FormatList = { columns: string[]; collections: Excel.ConditionalFormatCollection[] };
export type FormatDetails = {
  item: Excel.ConditionalFormat;
  rule: Excel.ConditionalFormatRule;
  fill: Excel.ConditionalRangeFill;
  font: Excel.ConditionalRangeFont;
  ranges: Excel.RangeAreas;
}[];

/** The entire columns the spec's rules cover, one range per side-by-side block. */
function ruleColumns(rules: readonly { range: string }[]): string[] {
  const spans = new Set<string>();
  for (const rule of rules) {
    const area = parseRange(rule.range);
    if (area) spans.add(`${columnLetter(area.left)}:${columnLetter(area.right)}`);
  }
  return [...spans];
}

/** Round 1: the formats in the spec's columns (queued; read after the next sync). */
export function queueFormatList(
  sheet: Excel.Worksheet,
  rules: readonly { range: string }[],
): FormatList | null {
  const columns = ruleColumns(rules);
  if (columns.length === 0) return null;
  const collections = columns.map((c) => {
    const collection = sheet.getRange(c).conditionalFormats;
    collection.load("items/id,items/type,items/priority");
    return collection;
  });
  return { columns, collections };
}

/** Custom formats found in the columns (each once). */
export function customCount(list: FormatList): number {
  return new Set(list.collections.flatMap((c) => c.items.filter((i) => i.type === "Custom").map((i) => i.id)))
    .size;
}

/** Round 2: formula, colours and ranges of the custom ones (each once). */
export function queueFormatDetails(list: FormatList): FormatDetails {
  const seen = new Set<string>();
  const details: FormatDetails = [];
  for (const collection of list.collections) {
    for (const item of collection.items) {
      if (item.type !== "Custom" || seen.has(item.id)) continue;
      seen.add(item.id);
      const rule = item.custom.rule;
      rule.load("formula");
      const fill = item.custom.format.fill;
      fill.load("color");
      const font = item.custom.format.font;
      font.load("color,bold");
      const ranges = item.getRanges();
      ranges.load("address");
      details.push({ item, rule, fill, font, ranges });
    }
  }
  return details;
}

/** "'KAM-Ziele'!P12:R14,'KAM-Ziele'!P16:R20" → the areas. */
function areasOf(address: string): RangeRef[] {
  const parts = address.match(/(?:'(?:[^']|'')*'|[^,']+)![A-Z$0-9:]+/gi) ?? [address];
  return parts.flatMap((part) => {
    const area = parseRange(splitSheetReference(part)?.address ?? part.replace(/\$/g, ""));
    return area ? [area] : [];
  });
}

/**
 * A formula with its relative references written as offsets from (top, left), outside text
 * literals: "=$P12=\"x\"" at row 12 and "=$P13=\"x\"" at row 13 are the same rule.
 */
export function relativeFormula(formula: string, top: number, left: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
            (_m, before: string, absColumn: string, letters: string, absRow: string, digits: string) => {
              const column = letters.toUpperCase();
              const c = absColumn ? `$${column}` : `C[${columnNumber(column) - left}]`;
              const r = absRow ? `$${digits}` : `R[${Number(digits) - top}]`;
              return `${before}${c}${r}`;
            },
          ),
    )
    .join("");
}

const colour = (value: unknown): string | null =>
  typeof value === "string" && value !== "" ? value.toUpperCase() : null;

type Recognised = RuleDefinition & { id: string; areas: RangeRef[] };

/** Ours among the loaded ones (see the file comment), highest priority first. */
export function recognise(
  details: FormatDetails,
  rules: readonly { range: string; formula: string }[],
): Recognised[] {
  const wanted = rules.flatMap((rule) => {
    const area = parseRange(rule.range);
    return area ? [{ area, key: relativeFormula(rule.formula, area.top, area.left) }] : [];
  });
  const ours: Recognised[] = [];
  for (const d of details) {
    const areas = areasOf(d.ranges.address);
    const first = areas[0];
    const formula = typeof d.rule.formula === "string" ? d.rule.formula : "";
    if (!first) continue;
    const key = relativeFormula(formula, first.top, first.left);
    const match = wanted.some(
      (w) => w.key === key && areas.every((a) => a.left >= w.area.left && a.right <= w.area.right),
    );
    if (!match) continue;
    ours.push({
      id: d.item.id,
      areas,
      address: areas.map(rangeAddress).join(","),
      formula,
      fill: colour(d.fill.color),
      fontColor: colour(d.font.color),
      bold: typeof d.font.bold === "boolean" ? d.font.bold : null,
      priority: d.item.priority,
    });
  }
  return ours.sort((a, b) => a.priority - b.priority);
}

/** True when ours are the spec's rules as written: same ranges, formulas, colours and order. */
export function formatsInLine(ours: readonly Recognised[], rules: readonly ConditionalFormat[]): boolean {
  if (ours.length !== rules.length) return false;
  return rules.every((rule, i) => {
    const have = ours[i];
    const area = parseRange(rule.range);
    return (
      have !== undefined &&
      area !== null &&
      have.areas.length === 1 &&
      have.address === rangeAddress(area) &&
      have.formula === rule.formula &&
      have.fill === colour(rule.style.fill) &&
      have.fontColor === colour(rule.style.fontColor) &&
      (rule.style.bold === undefined ? have.bold !== true : have.bold === rule.style.bold)
    );
  });
}

/** Deletes ours by id (queued before the rows are restyled). */
export async function queueDeleteFormats(
  batch: BudgetedBatch,
  target: Excel.Worksheet,
  columns: readonly string[],
  ours: readonly { id: string; areas: readonly RangeRef[] }[],
): Promise<void> {
  for (const { id, areas } of ours) {
    const first = areas[0];
    const at = first ? rangeAddress(first) : (columns[0] ?? "A:A");
    await batch.add(utf8Length(id + at), () => {
      target.getRange(at).conditionalFormats.getItem(id).delete();
    });
  }
}

/** Adds a rule as it was (a rollback); a new rule goes on top of the sheet's priority list. */
function addDefinition(target: Excel.Worksheet, d: RuleDefinition): void {
  // Several areas (Excel cut the rule short): RangeAreas.conditionalFormats, ExcelApi 1.9.
  const where = d.address.includes(",") ? target.getRanges(d.address) : target.getRange(d.address);
  const format = where.conditionalFormats.add("Custom");
  format.custom.rule.formula = d.formula;
  if (d.fill !== null) format.custom.format.fill.color = d.fill;
  if (d.fontColor !== null) format.custom.format.font.color = d.fontColor;
  if (d.bold !== null) format.custom.format.font.bold = d.bold;
}

/** Puts ours back as the journal recorded them: two syncs to find what the failed write left. */
export async function rollbackFormatsIn(
  context: Excel.RequestContext,
  journal: FormatsJournal,
): Promise<void> {
  if (!journal.applied) return;
  const target = context.workbook.worksheets.getItem(journal.sheet);
  const search = [...journal.rules, ...journal.before.map((d) => ({ range: d.address.split(",")[0] ?? "" }))];
  const list = queueFormatList(target, search);
  if (!list) return;
  await context.sync();
  const details = queueFormatDetails(list);
  await context.sync();
  const known = [
    ...journal.rules,
    ...journal.before.flatMap((d) => {
      const first = areasOf(d.address)[0];
      return first ? [{ range: rangeAddress(first), formula: d.formula }] : [];
    }),
  ];
  for (const found of recognise(details, known))
    target
      .getRange(rangeAddress(found.areas[0] ?? { top: 1, left: 1, bottom: 1, right: 1 }))
      .conditionalFormats.getItem(found.id)
      .delete();
  // Lowest priority first: each goes on top, so they end in their old order.
  for (const d of [...journal.before].sort((a, b) => b.priority - a.priority)) addDefinition(target, d);
  await context.sync();
}

/** The spec's rules in the shape the journal keeps. */
export function specRules(spec: SheetSpec): { range: string; formula: string }[] {
  return (spec.conditionalFormats ?? []).map((r) => ({ range: r.range, formula: r.formula }));
}
