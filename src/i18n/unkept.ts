// Names of the workbook parts the .xlsx writer cannot keep, for the refusal message.

import type { Language } from "../domain/plan";
import type { UnkeptKind, UnkeptPart } from "../hosts/xlsx";
import { formatList } from "./format";

const KIND: Record<Language, Record<UnkeptKind, string>> = {
  de: {
    chart: "Diagramme",
    chartSheet: "ein Diagrammblatt",
    pivotTable: "PivotTables",
    slicer: "Datenschnitte",
    timeline: "Zeitachsen",
    threadedComments: "Kommentare (Unterhaltungen)",
    sparklines: "Sparklines",
    control: "Formularsteuerelemente",
    externalLink: "Verknüpfungen zu anderen Arbeitsmappen",
    macros: "Makros",
  },
  en: {
    chart: "charts",
    chartSheet: "a chart sheet",
    pivotTable: "pivot tables",
    slicer: "slicers",
    timeline: "timelines",
    threadedComments: "threaded comments",
    sparklines: "sparklines",
    control: "form controls",
    externalLink: "links to other workbooks",
    macros: "macros",
  },
};

/** "Diagramme (Blatt „Umsatz“) und PivotTables (Blatt „Pivot“)". */
export function describeUnkeptParts(parts: readonly UnkeptPart[], language: Language): string {
  const items = parts.map((p) => {
    const kind = KIND[language][p.kind];
    if (p.sheet === null) return kind;
    return language === "de" ? `${kind} (Blatt „${p.sheet}“)` : `${kind} (sheet '${p.sheet}')`;
  });
  return formatList(items, language);
}
