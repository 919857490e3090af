// Headers of three rows (a group over sub-labels over years and units, master data merged down over
// all three) and two-row headers whose second row holds only units or years under single labels:
// the year row drives "latest year", the unit row the scale, as in a two-row header.

import { type CellValue, type GridCell } from "../../src/sheet/grid";
import { readAccounts } from "../../src/workbook/read-accounts";
import { gridFromRows } from "../support/grids";

type Rows = (CellValue | GridCell)[][];
const pct = (value: number): GridCell => ({ value, format: "0.0%" });

const fieldsOf = (rows: Rows) => {
  const reading = readAccounts([gridFromRows("Kunden", rows)]);
  const mapping = reading.mappings[0];
  return {
    reading,
    headerRows: mapping?.headerRows,
    at: Object.fromEntries(
      (mapping?.fields ?? []).map((f) => [
        f.field,
        `${f.column} ${f.scale ?? ""} ${f.year ?? ""} ${f.reason}`,
      ]),
    ),
  };
};

// Master data merged down over rows 1–3 (blank below), "Umsatz & Marge" across six columns,
// "Umsatz" across its two years, "Marge" over its amount and its percentage.
const GERMAN: Rows = [
  ["Kunden-Nr.", "Kunde", "KAM", "Umsatz & Marge (T€)", null, null, null, null, "Risiko"],
  [null, null, null, "Umsatz", null, "Potenzial", "Marge", null, null],
  [null, null, null, 2025, "2026e", null, "absolut", "in %", null],
  [10481, "Hansewerk Fördertechnik GmbH", "Anna Berg", 1840, 1950, 4200, 520, pct(0.283), "mittel"],
  [10517, "Rheinstahl Antriebe AG", "Tom Krause", 960, 1010, 1500, 230, pct(0.24), "hoch"],
];

const ENGLISH: Rows = [
  ["Client ref", "Client", "Account Director", "Financials (£k)", null, null, null],
  [null, null, null, "Revenue", null, "Wallet", "Gross margin"],
  [null, null, null, "FY25", "FY26", null, "%"],
  ["C-01", "Halden Bank plc", "Priya Shah", 3900, 4300, 13000, 31],
  ["C-02", "Northway Rail", "Owen Price", 2100, 2250, 6000, 27],
];

// Swiss: the units only in the bottom row, under each sub-label.
const SWISS: Rows = [
  ["Kundennummer", "Kunde", "Kundenbetreuer", "Finanzen", null, null, null],
  [null, null, null, "Umsatz", null, "Potenzial", "DB"],
  [null, null, null, "2024 (TCHF)", "2025 (TCHF)", "Mio. CHF", "in %"],
  ["CH-100", "Aare Präzision AG", "Luca Meier", 2450, 2610, 7.5, 34],
];

describe("three header rows", () => {
  test.each<[string, Rows, Record<string, string>]>([
    [
      "German: group, sub-labels, years and units; the estimate is not the last full year",
      GERMAN,
      {
        id: "A   header",
        name: "B   header",
        owner: "C   header",
        revenue: "D 1000 2025 lastFullYear",
        potential: "F 1000  header",
        grossMargin: "H 1  percentPreferred",
        churnRisk: "I   header",
      },
    ],
    [
      "English: the unit in the group label, fiscal years in the bottom row, a sub-label merged down",
      ENGLISH,
      {
        id: "A   header",
        name: "B   header",
        owner: "C   header",
        revenue: "E 1000 2026 latestYear",
        potential: "F 1000  header",
        grossMargin: "G 0.01  groupHeader",
      },
    ],
    [
      "Swiss: the unit row alone gives each column its scale",
      SWISS,
      {
        id: "A   header",
        name: "B   header",
        owner: "C   header",
        revenue: "E 1000 2025 latestYear",
        potential: "F 1000000  groupHeader",
        grossMargin: "G 0.01  groupHeader",
      },
    ],
  ])("%s", (_name, rows, expected) => {
    const { reading, headerRows, at } = fieldsOf(rows);
    expect(headerRows).toEqual([1, 2, 3]);
    expect(at).toEqual(expected);
    expect(reading.findings).toEqual([]);
  });

  test("the figures are read in their unit, the latest actual year's", () => {
    const { reading } = fieldsOf(GERMAN);
    expect(reading.accounts[0]).toMatchObject({
      id: "10481",
      revenue: 1_840_000,
      potential: 4_200_000,
      grossMargin: 0.283,
      owner: "Anna Berg",
      churnRisk: "medium",
    });
    expect(fieldsOf(ENGLISH).reading.accounts[1]).toMatchObject({
      revenue: 2_250_000,
      potential: 6_000_000,
      grossMargin: 0.27,
      currency: "GBP",
    });
  });

  test("the mapping shows every level of the header", () => {
    const mapping = readAccounts([gridFromRows("Kunden", GERMAN)]).mappings[0];
    expect(mapping?.fields.find((f) => f.field === "revenue")?.header).toBe(
      "Umsatz & Marge (T€) / Umsatz / 2025",
    );
  });

  test("a title over a two-row header is no group: the header keeps its two rows", () => {
    const { headerRows, at } = fieldsOf([
      ["Kundenübersicht Umsatz 2026 (Mio. €)"],
      ["Kd.-Nr.", "Kunde", "Umsatz (T€)", null, "Potenzial (T€)"],
      [null, null, 2024, 2025, null],
      ["K-1", "Alpha GmbH", 900, 1000, 2500],
    ]);
    expect(headerRows).toEqual([2, 3]);
    expect(at.revenue).toBe("D 1000 2025 latestYear");
  });

  test("a section row under a two-row header is no third header row", () => {
    const { reading, headerRows } = fieldsOf([
      ["Kd.-Nr.", "Kunde", "Umsatz (T€)", null, "Potenzial (T€)"],
      [null, null, 2024, 2025, null],
      ["Gebiet Nord"],
      ["K-1", "Alpha GmbH", 900, 1000, 2500],
    ]);
    expect(headerRows).toEqual([1, 2]);
    expect(reading.accounts.map((a) => a.name)).toEqual(["Alpha GmbH"]);
  });

  test("a name merged down beside a group label naming no field is a list's header, not a profile", () => {
    const { reading, headerRows } = fieldsOf([
      ["Kunde", "Financials", null, null, "Kunden-Nr."],
      [null, "Revenue", null, "Wallet", null],
      [null, "FY25", "FY26", "(£k)", null],
      ["Region North"],
      ["Halden Bank", 3900, 4300, 13000, "C-01"],
      ["Northway Rail", 2100, 2250, 6000, "C-02"],
    ]);
    expect(reading.mappings[0]?.layout).toBe("list");
    expect(headerRows).toEqual([1, 2, 3]);
    expect(reading.accounts.map((a) => [a.id, a.revenue])).toEqual([
      ["C-01", 4300],
      ["C-02", 2250],
    ]);
  });

  test("a planned year under the group is not read as revenue", () => {
    const { at } = fieldsOf([
      ["Kunde", "Umsatz", null, null, "Potenzial"],
      [null, "Ist", null, "Plan", null],
      [null, 2024, 2025, 2026, "(T€)"],
      ["Alpha", 1, 2, 3, 9],
    ]);
    expect(at.revenue).toBe("C 1 2025 latestYear");
  });
});

describe("three header rows, laid out differently", () => {
  test.each<[string, Rows, string[]]>([
    [
      "master data in the bottom row under its group, years in the middle, units at the bottom",
      [
        ["Stammdaten", null, null, "Umsatz", null, "Potenzial"],
        [null, null, null, 2024, 2025, null],
        ["Kunden-Nr.", "Kunde", "KAM", "(T€)", "(T€)", "(T€)"],
        ["K-1", "Alpha GmbH", "Anna Berg", 1, 2, 3],
      ],
      ["id A", "name B", "revenue E 1000 2025", "potential F 1000", "owner C"],
    ],
    [
      "master data in the middle row, merged down over the unit row",
      [
        ["Stammdaten", null, null, "Umsatz", null, "Potenzial"],
        ["Kunden-Nr.", "Kunde", "KAM", 2024, 2025, null],
        [null, null, null, "(T€)", "(T€)", "(T€)"],
        ["K-1", "Alpha GmbH", "Anna Berg", 1, 2, 3],
      ],
      ["id A", "name B", "revenue E 1000 2025", "potential F 1000", "owner C"],
    ],
    [
      "no group row: labels over years over units",
      [
        ["Kunden-Nr.", "Kunde", "Umsatz", null, "Potenzial", "Marge"],
        [null, null, 2024, 2025, null, null],
        [null, null, "(T€)", "(T€)", "(T€)", "in %"],
        ["K-1", "Alpha GmbH", 1, 2, 3, 25],
      ],
      ["id A", "name B", "revenue D 1000 2025", "potential E 1000", "grossMargin F 0.01"],
    ],
    [
      "the group names what its sub-labels are: 'Kunden' over 'Nr.' and 'Name'",
      [
        ["Kunden", null, "Umsatz", null, "Potenzial"],
        ["Nr.", "Name", 2024, 2025, null],
        [null, null, "T€", "T€", "T€"],
        ["K-1", "Alpha GmbH", 1, 2, 3],
      ],
      ["id A", "name B", "revenue D 1000 2025", "potential E 1000"],
    ],
  ])("%s", (_name, rows, expected) => {
    const reading = readAccounts([gridFromRows("Kunden", rows)]);
    const mapping = reading.mappings[0];
    expect(mapping?.headerRows).toEqual([1, 2, 3]);
    expect(
      mapping?.fields.map((f) => [f.field, f.column, f.scale, f.year].filter((x) => x !== null).join(" ")),
    ).toEqual(expected);
    expect(reading.accounts[0]).toMatchObject({ revenue: 2000, potential: 3000 });
    expect(reading.findings).toEqual([]);
  });

  test("an Excel table whose header row has two label rows above it", () => {
    const grid = gridFromRows("Kunden", [...GERMAN], {
      tables: [{ name: "Kunden", top: 3, left: 1, bottom: 5, right: 9, hasHeader: true }],
    });
    const reading = readAccounts([grid]);
    expect(reading.mappings[0]?.headerRows).toEqual([1, 2, 3]);
    expect(reading.accounts.map((a) => a.revenue)).toEqual([1_840_000, 960_000]);
  });
});

describe("two header rows: units and years under single labels", () => {
  test.each<[string, Rows, Record<string, string>]>([
    [
      "units under each label, master data with nothing below",
      [
        ["Kunden-Nr.", "Kunde", "Umsatz", "Potenzial", "Marge", "KAM"],
        [null, null, "(T€)", "(T€)", "in %", null],
        ["K-1", "Alpha GmbH", 1200, 3000, 28, "Anna Berg"],
      ],
      {
        id: "A   header",
        name: "B   header",
        revenue: "C 1000  groupHeader",
        potential: "D 1000  groupHeader",
        grossMargin: "E 0.01  groupHeader",
        owner: "F   header",
      },
    ],
    [
      "years under a repeated label, a unit under another",
      [
        ["Account", "Revenue", "Revenue", "Potential"],
        [null, "FY25", "FY26", "($k)"],
        ["Acme Corp", 100, 120, 400],
      ],
      {
        name: "A   header",
        revenue: "C 1 2026 latestYear",
        potential: "D 1000  groupHeader",
      },
    ],
  ])("%s", (_name, rows, expected) => {
    const { reading, headerRows, at } = fieldsOf(rows);
    expect(headerRows).toEqual([1, 2]);
    expect(at).toEqual(expected);
    expect(reading.findings).toEqual([]);
  });
});
