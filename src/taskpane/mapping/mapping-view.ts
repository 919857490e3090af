// What the mapping view shows of a sheet's mapping, as plain data: the fields in canonical order
// (found or not), the places the user may choose from, the units that fit a field, the samples as
// the user reads them ("G7: 3870 → 3.870.000 €").

import { ACCOUNT_FIELDS, type AccountField } from "../../domain/account";
import type { Language } from "../../domain/plan";
import { formatAmount, formatNumber, formatPercent, term } from "../../i18n/format";
import { unitChoiceOf } from "../../i18n/mapping";
import { ui } from "../../i18n/ui";
import type { FieldMapping, MappingOption, SheetMapping, UnitChoice } from "../../planner";

export type FieldView = {
  field: AccountField;
  /** null when the sheet does not hold the field (as read, or as the user chose). */
  mapping: FieldMapping | null;
  /** The current place: a column letter (list) or a cell (profile); "" when not read. */
  at: string;
  options: readonly MappingOption[];
  units: readonly UnitChoice[];
  unit: UnitChoice | null;
};

const MONEY_UNITS: readonly UnitChoice[] = ["x1", "x1000", "x1000000"];
const FRACTION_UNITS: readonly UnitChoice[] = ["percent", "fraction", "absolute"];

function placeOf(mapping: FieldMapping): string {
  return mapping.row === null ? mapping.column : `${mapping.column}${mapping.row}`;
}

export function fieldViews(sheet: SheetMapping): FieldView[] {
  return ACCOUNT_FIELDS.map((field) => {
    const mapping = sheet.fields.find((f) => f.field === field) ?? null;
    const at = mapping ? placeOf(mapping) : "";
    // The current place is always among the options, even where the sheet shows no header.
    const options =
      at === "" || sheet.options.some((o) => o.at === at)
        ? sheet.options
        : [{ at, header: mapping?.header ?? "", field }, ...sheet.options];
    const kind = mapping?.kind;
    const units =
      field === "revenue" || field === "potential"
        ? MONEY_UNITS
        : field === "grossMargin" || field === "profitability"
          ? FRACTION_UNITS
          : [];
    return {
      field,
      mapping,
      at,
      options,
      units,
      unit: mapping && kind !== undefined ? unitChoiceOf(mapping) : null,
    };
  });
}

/** A value as read, for the user: an amount with its currency, a percentage, a risk word. */
export function readText(mapping: FieldMapping, read: string | number | null, language: Language): string {
  if (read === null) return "–";
  if (typeof read === "string") {
    return mapping.kind === "risk" ? term(`risk.${read}`, language) : read;
  }
  switch (mapping.kind) {
    case "money":
      return formatAmount(read, mapping.unit, language);
    case "fraction":
      return formatPercent(read, language);
    default:
      return formatNumber(read, language);
  }
}

/** The first values read, e.g. "G7: 3870 → 3.870.000 €; G8: 5410 → 5.410.000 €". */
export function samplesText(mapping: FieldMapping, language: Language): string {
  if (mapping.samples.length === 0) return ui(language, "mappingNoSamples");
  return mapping.samples
    .map((s) => {
      const read = readText(mapping, s.read, language);
      return read === s.shown
        ? ui(language, "mappingSampleSame", { cell: s.cell, read })
        : ui(language, "mappingSample", { cell: s.cell, shown: s.shown, read });
    })
    .join("; ");
}
