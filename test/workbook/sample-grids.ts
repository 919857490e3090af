// The shared sample workbooks as grids, built by hand (the xlsx host is tested on its own).
import type { GridCell, SheetGrid } from "../../src/sheet/grid";
import { gridFromRows } from "../support/grids";

const pct = (value: number): GridCell => ({ value, format: "0.0%" });

/** Beispiel-Kundenportfolio.xlsx */
export function kundenportfolio(): SheetGrid[] {
  const portfolio = gridFromRows("Kundenportfolio", [
    ["Key Accounts – Region DACH"],
    [],
    [
      "Kunden-ID",
      "Kundenname",
      "Branche",
      "Umsatz Vorjahr",
      "Umsatzpotenzial",
      "Bruttomarge (%)",
      "Beziehung (1-5)",
      "Abwanderungsrisiko",
      "KAM",
      "Belieferte Bereiche",
    ],
    [
      "D-01",
      "Kessler Verpackungen GmbH",
      "Verpackung",
      1850000,
      5200000,
      pct(0.29),
      4,
      "niedrig",
      "Anna Berg",
      "Folien; Etiketten",
    ],
    [
      "D-02",
      "Lindner Bau AG",
      "Bau",
      "2.400.000 €",
      "2.900.000 €",
      "19,5 %",
      2,
      "hoch",
      "Tom Krause",
      "Befestigung",
    ],
    [
      "D-03",
      "Ostsee Fisch eG",
      "Lebensmittel",
      "760 T€",
      "3,2 Mio. €",
      "33 %",
      3,
      "mittel",
      "Anna Berg",
      "Kühltechnik",
    ],
    [
      "D-04",
      "Voss Medical GmbH",
      "Medizintechnik",
      3100000,
      4100000,
      pct(0.355),
      5,
      "niedrig",
      "Lea Schmid",
      "Sensorik; Service; Software",
    ],
    ["D-05", "Tirol Holz KG", "Holz", "k. A.", "1.500.000 €", "24 %", 3, "mittel", "Tom Krause", "Antriebe"],
    [],
    [null, "Gesamt", null, 5710000],
  ]);
  const marketing = gridFromRows("Marketing", [
    ["Positionierung", "Qualitätsführer (Premium)"],
    ["Mindestbruttomarge", "22 %"],
    ["Fokussegmente", "Medizintechnik; Lebensmittel"],
    ["Ausgeschlossene Segmente", "Tabak"],
  ]);
  return [portfolio, marketing];
}

function profile(
  name: string,
  v: [
    name: string,
    id: string,
    industry: string,
    revenue: string,
    potential: string,
    margin: string,
    rel: string,
    churn: string,
    kam: string,
    areas: string,
  ],
): SheetGrid {
  return gridFromRows(name, [
    ["Account profile"],
    [],
    ["Account name", v[0]],
    ["Account ID", v[1]],
    ["Industry", v[2]],
    ["Revenue (last FY)", v[3]],
    ["Revenue potential", v[4]],
    ["Gross margin", v[5]],
    ["Relationship strength", v[6]],
    ["Churn risk", v[7]],
    ["Key account manager", v[8]],
    ["Business areas served", v[9]],
  ]);
}

/** sample-profiles-en.xlsx */
export function sampleProfiles(): SheetGrid[] {
  return [
    gridFromRows("Read me", [["One sheet per key account. Figures in USD."]]),
    profile("US-7", [
      "Summit Outdoor Inc.",
      "US-7",
      "Retail",
      "$1,200,000",
      "$4.5M",
      "27%",
      "Medium",
      "Low",
      "Chris Hall",
      "Apparel; Footwear",
    ]),
    profile("US-9", [
      "Harbor Freight Lines",
      "US-9",
      "Logistics",
      "$3,650,000",
      "$4,000,000",
      "14.5%",
      "Low",
      "High",
      "Dana Fox",
      "Fleet services",
    ]),
  ];
}
