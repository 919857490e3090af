// Profile sheets whose cells hold a label and its value together ("Umsatz 2025: 2,4 Mio. €",
// "Key Account Manager: Anna Berg"), in German and English, beside profiles with label and value in
// neighbouring cells: every figure read in its unit, the mapping naming the cell and saying so.

import fc from "fast-check";
import { accountJson } from "../../src/cli/json";
import { type CellValue } from "../../src/sheet/grid";
import type { AppliedChoice } from "../../src/workbook/column-choices";
import { readAccounts } from "../../src/workbook/read-accounts";
import { splitLabelCell } from "../../src/workbook/label-cell";
import { gridFromRows } from "../support/grids";

type Rows = CellValue[][];
const read = (...sheets: [string, Rows][]) =>
  readAccounts(sheets.map(([name, rows]) => gridFromRows(name, rows)));

const GERMAN: Rows = [
  ["Kundenprofil"],
  ["Kunde: Hansewerk Fördertechnik GmbH"],
  ["Kunden-Nr.: 10481"],
  ["Key Account Manager: Anna Berg"],
  [],
  ["Kennzahlen"],
  ["Umsatz 2024: 2,1 Mio. €"],
  ["Umsatz 2025: 2,4 Mio. €"],
  ["Potenzial – 3,1 Mio €"],
  ["Marge: 28 %"],
  ["Share of wallet: 35 %"],
  ["Abwanderungsrisiko: mittel"],
  ["Hinweis: Zahlen laut Controlling, Stand 30.11.2026"],
];

const ENGLISH: Rows = [
  ["Account profile", null, "Last review: 12 Nov 2026"],
  ["Account: Halden Bank plc", null, "Industry: Financial services"],
  ["Account Director: Priya Shah", null, "Region: North"],
  [],
  ["Revenue FY25: £3.9m"],
  ["Revenue FY26: £4.3m"],
  ["Wallet - £13m"],
  ["Gross margin: 31%"],
  ["Relationship (1-5): 4"],
];

describe("a label and its value in one cell", () => {
  test.each<[string, Rows, Record<string, unknown>]>([
    [
      "German, colon and dash, several years, a share of wallet that is no figure of ours",
      GERMAN,
      {
        id: "10481",
        name: "Hansewerk Fördertechnik GmbH",
        owner: "Anna Berg",
        revenue: 2_400_000,
        potential: 3_100_000,
        grossMargin: 0.28,
        churnRisk: "medium",
        currency: "EUR",
      },
    ],
    [
      "English, two label cells on a row, fiscal years, £m",
      ENGLISH,
      {
        name: "Halden Bank plc",
        owner: "Priya Shah",
        industry: "Financial services",
        region: "North",
        revenue: 4_300_000,
        potential: 13_000_000,
        grossMargin: 0.31,
        relationship: 4,
        currency: "GBP",
      },
    ],
  ])("%s", (_name, rows, expected) => {
    const reading = read(["Profil", rows]);
    expect(reading.accounts).toHaveLength(1);
    expect(reading.accounts[0]).toMatchObject(expected);
    expect(reading.findings).toEqual([]);
  });

  test("the mapping names the cell, the label, the year and says label and value are in one cell", () => {
    const mapping = read(["Profil", GERMAN]).mappings[0];
    expect(mapping?.layout).toBe("profile");
    const revenue = mapping?.fields.find((f) => f.field === "revenue");
    expect(revenue).toMatchObject({
      column: "A",
      row: 8,
      header: "Umsatz 2025",
      year: 2025,
      reason: "latestYear",
      labelInCell: true,
      samples: [{ cell: "A8", shown: "Umsatz 2025: 2,4 Mio. €", read: 2_400_000 }],
    });
    expect(mapping?.fields.find((f) => f.field === "owner")).toMatchObject({
      column: "A",
      row: 4,
      header: "Key Account Manager",
      labelInCell: true,
    });
    expect(mapping?.fields.some((f) => f.header.startsWith("Share"))).toBe(false);
  });

  test("the user may choose a label cell, and the choice follows its label when rows move", () => {
    const options = read(["Profil", GERMAN]).mappings[0]?.options ?? [];
    expect(options).toContainEqual({ at: "A7", header: "Umsatz 2024", field: "revenue" });
    const choices = (): AppliedChoice => ({
      fields: { revenue: { at: "A7", header: "Umsatz 2024", origin: "chosen" } },
      exclude: [],
    });
    // A line inserted above: "Umsatz 2024" is now in A8, and the choice follows it.
    const moved = [GERMAN[0] ?? [], ["Stand: Dezember 2026"], ...GERMAN.slice(1)];
    const reading = readAccounts([gridFromRows("Profil", moved)], { choices });
    expect(reading.accounts[0]?.revenue).toBe(2_100_000);
    expect(reading.mappings[0]?.fields.find((f) => f.field === "revenue")).toMatchObject({
      column: "A",
      row: 8,
      header: "Umsatz 2024",
      reason: "chosen",
      labelInCell: true,
    });
  });

  test("profiles of both kinds side by side read alike", () => {
    const neighbours: Rows = [
      ["Kunde", "Rheinstahl Antriebe AG"],
      ["Kunden-Nr.", "10517"],
      ["zuständiger KAM", "Tom Krause"],
      ["Umsatz 2025 (T€)", 960],
      ["Potenzial (T€)", 1500],
    ];
    const reading = read(["Hansewerk", GERMAN], ["Rheinstahl", neighbours]);
    expect(reading.accounts.map((a) => [a.name, a.revenue, a.potential])).toEqual([
      ["Hansewerk Fördertechnik GmbH", 2_400_000, 3_100_000],
      ["Rheinstahl Antriebe AG", 960_000, 1_500_000],
    ]);
    expect(reading.mappings[1]?.fields.find((f) => f.field === "revenue")).toMatchObject({
      column: "B",
      row: 4,
      labelInCell: false,
    });
  });

  test("a label with its value beside it is not read from its own text", () => {
    const reading = read([
      "P",
      [
        ["Kunde", "Alpha GmbH"],
        ["Umsatz – Vorjahr", 1200],
        ["Potenzial", 3000],
      ],
    ]);
    expect(reading.accounts[0]).toMatchObject({ revenue: 1200, potential: 3000 });
  });

  test.each<[string, Rows, Record<string, unknown>]>([
    [
      "a remark in the next cell stays a remark",
      [["Kunde: Alpha GmbH"], ["Umsatz 2025: 2,4 Mio. €", "Quelle: Controlling"], ["Potenzial: 3,1 Mio. €"]],
      { revenue: 2_400_000, potential: 3_100_000 },
    ],
    [
      "a label with a remark instead of a figure is no figure",
      [["Kunde: Alpha GmbH"], ["Umsatz: siehe Controlling-Bericht"], ["Potenzial: 3,1 Mio. €"]],
      { revenue: null, potential: 3_100_000 },
    ],
  ])("%s", (_name, rows, expected) => {
    const reading = read(["P", rows]);
    expect(reading.accounts[0]).toMatchObject(expected);
    expect(reading.findings.filter((f) => f.severity !== "info").map((f) => f.code)).toEqual(
      expected.revenue === null ? ["SHEET_FIELD_MISSING"] : [],
    );
  });
});

describe("a list under 'Label: value' lines", () => {
  test("stays a list: the lines above its header are no profile, an unknown column beside the name no value", () => {
    const reading = read([
      "Nord",
      [
        ["Key Accounts Region Nord"],
        ["KAM: Anna Berg"],
        ["Region: Nord"],
        ["Stand: 30.11.2026"],
        [],
        ["Kunde", "Telefon", "Umsatz 2025 (T€)", "Potenzial (T€)"],
        ["Alpha GmbH", "040 1", 100, 200],
        ["Beta AG", "040 2", 300, 400],
      ],
    ]);
    expect(reading.mappings[0]?.layout).toBe("list");
    expect(reading.accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["Alpha GmbH", 100_000],
      ["Beta AG", 300_000],
    ]);
    expect(reading.findings).toEqual([]);
  });
});

describe("a profile reads the same in either form", () => {
  const LINES: [string, string | number, string][] = [
    ["Kunde", "Hansewerk Fördertechnik GmbH", "Hansewerk Fördertechnik GmbH"],
    ["Kunden-Nr.", "10481", "10481"],
    ["Key Account Manager", "Anna Berg", "Anna Berg"],
    ["Umsatz 2024 (T€)", 2100, "2.100"],
    ["Umsatz 2025 (T€)", 2400, "2.400"],
    ["Potenzial (T€)", 3100, "3.100"],
    ["Marge", "28 %", "28 %"],
    ["Branche", "Intralogistik", "Intralogistik"],
    ["Abwanderungsrisiko", "mittel", "mittel"],
  ];
  const asRows = (order: number[], inCell: boolean[]): CellValue[][] =>
    order.map((i, r) => {
      const [label, value, text] = LINES[i] ?? ["", "", ""];
      return inCell[r] === true ? [`${label}: ${text}`] : [label, value];
    });

  test("label and value in one cell or side by side, in any order of the lines", () => {
    const base = readAccounts([gridFromRows("P", asRows([...LINES.keys()], []))]).accounts.map(accountJson);
    expect(base[0]).toMatchObject({ revenue: 2_400_000, potential: 3_100_000, grossMargin: 0.28 });
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...LINES.keys()], { minLength: LINES.length, maxLength: LINES.length }),
        fc.array(fc.boolean(), { minLength: LINES.length, maxLength: LINES.length }),
        (order, inCell) => {
          const reading = readAccounts([gridFromRows("P", asRows(order, inCell))]);
          expect(reading.accounts.map(accountJson).map(({ source: _s, ...a }) => a)).toEqual(
            base.map(({ source: _s, ...a }) => a),
          );
          expect(reading.findings).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("splitLabelCell", () => {
  test.each<[string, { label: string; value: string } | null]>([
    ["Umsatz 2025: 2,4 Mio. €", { label: "Umsatz 2025", value: "2,4 Mio. €" }],
    ["Key Account Manager: Anna Berg", { label: "Key Account Manager", value: "Anna Berg" }],
    ["Potenzial – 3,1 Mio €", { label: "Potenzial", value: "3,1 Mio €" }],
    ["Share of wallet: 35 %", { label: "Share of wallet", value: "35 %" }],
    ["Kunden-Nr.: 10481", { label: "Kunden-Nr.", value: "10481" }],
    ["Wallet - £13m", { label: "Wallet", value: "£13m" }],
    ["Kunden-Nr.", null],
    ["Umsatz (T€):", null],
    ["10:30", null],
    ["Hansewerk-Fördertechnik", null],
  ])("%s", (text, expected) => {
    expect(splitLabelCell(text)).toEqual(expected);
  });
});
