// The sheets teams really keep, one pattern at a time (grids built here): two-row headers with
// merges inferred from the layout, absolute and percent margins side by side, headings, subtotals
// and footnotes between the accounts, an index list beside profile sheets, several years in a
// profile, and the words teams use. Every pattern also says, in the mapping, how it was read.

import { finding } from "../../src/domain/finding";
import { type CellValue, type GridCell, type SheetGrid } from "../../src/sheet/grid";
import { readAccounts } from "../../src/workbook/read-accounts";
import { readPositioning } from "../../src/workbook/read-marketing";
import { gridFromRows } from "../support/grids";

const pct = (value: number): GridCell => ({ value, format: "0.0%" });
const codes = (grids: SheetGrid[]) => readAccounts(grids).findings.map((f) => f.code);
const fieldOf = (grids: SheetGrid[], field: string, sheet?: string) =>
  readAccounts(grids)
    .mappings.find((m) => sheet === undefined || m.sheet === sheet)
    ?.fields.find((f) => f.field === field);

describe("two-row headers", () => {
  // Master data merged down over both rows (blank below), "Umsatz (T€)" merged across its years.
  const rows: (CellValue | GridCell)[][] = [
    ["Kundenübersicht 2026"],
    [],
    [
      "Kd.-Nr.",
      "Kunde",
      "zuständiger KAM",
      "Umsatz (T€)",
      null,
      "Potenzial (T€)",
      "Ergebnis",
      null,
      "Risiko",
    ],
    [null, null, null, 2024, 2025, null, "DB I (T€)", "DB-Quote", null],
    ["K-1", "Alpha GmbH", "Anna Berg", 900, 1000, 2500, 300, pct(0.3), "hoch"],
    ["K-2", "Beta AG", "Tom Krause", 450, 400, 800, 100, pct(0.25), "niedrig"],
  ];

  test("happy path: group label and sub-header both count, the group's unit applies to its years", () => {
    const reading = readAccounts([gridFromRows("Kunden", rows)]);
    expect(reading.accounts[0]).toMatchObject({
      id: "K-1",
      name: "Alpha GmbH",
      owner: "Anna Berg",
      revenue: 1_000_000,
      potential: 2_500_000,
      grossMargin: 0.3,
      churnRisk: "high",
      currency: "EUR",
    });
    const mapping = reading.mappings[0];
    expect(mapping?.headerRows).toEqual([3, 4]);
    expect(mapping?.fields.find((f) => f.field === "revenue")).toMatchObject({
      column: "E",
      header: "Umsatz (T€) / 2025",
      scale: 1000,
      year: 2025,
      reason: "latestYear",
    });
    expect(mapping?.fields.find((f) => f.field === "grossMargin")).toMatchObject({
      column: "H",
      header: "Ergebnis / DB-Quote",
      reason: "percentPreferred",
    });
    expect(reading.findings).toEqual([]);
  });

  test("the top row alone is not taken for the header: nothing is lost and revenue is found", () => {
    const reading = readAccounts([gridFromRows("Kunden", rows)]);
    expect(reading.mappings[0]?.missing).toEqual([]);
    expect(reading.accounts.map((a) => [a.revenue, a.potential])).toEqual([
      [1_000_000, 2_500_000],
      [400_000, 800_000],
    ]);
  });

  test("a title above a one-row header adds nothing: the one row is the header", () => {
    const grid = gridFromRows("Kunden", [
      ["Key Accounts – Umsatzübersicht"],
      ["Kunden-ID", "Kundenname", "Telefon", "Umsatz", "Potenzial"],
      ["K-1", "Alpha", "040 123", 1, 2],
    ]);
    const reading = readAccounts([grid]);
    expect(reading.mappings[0]?.headerRows).toEqual([2]);
    expect(reading.mappings[0]?.fields.map((f) => f.field)).toEqual(["id", "name", "revenue", "potential"]);
  });

  test("a group over years reads as many fields as its top row, and the latest year", () => {
    const grid = gridFromRows("S", [
      ["Kunde", "Umsatz", null, null, "Marge"],
      [null, 2023, 2024, 2025, null],
      ["Alpha", 1, 2, 3, "30%"],
    ]);
    expect(readAccounts([grid]).accounts[0]).toMatchObject({ revenue: 3, grossMargin: 0.3 });
    expect(fieldOf([grid], "revenue")).toMatchObject({ column: "D", header: "Umsatz / 2025", year: 2025 });
  });

  test("a group's unit applies to a sub-header that names its own field", () => {
    const grid = gridFromRows("S", [
      ["Account", null, "Financials (£k)", null],
      ["ID", "Name", "Revenue", "Wallet"],
      ["A-1", "Halden Bank", 4300, 13000],
    ]);
    expect(readAccounts([grid]).accounts[0]).toMatchObject({
      revenue: 4_300_000,
      potential: 13_000_000,
      currency: "GBP",
    });
  });

  test.each<[string, (CellValue | GridCell)[][]]>([
    [
      "a first account with a short name",
      [
        ["Customer", "Customer since"],
        ["A", ""],
      ],
    ],
    [
      "a heading row right under the header",
      [
        ["Kunden-ID", "Kundenname", "Umsatz", "Potenzial"],
        ["Gebiet West"],
        ["W-1", "Westfalen Guss GmbH", 100, 200],
      ],
    ],
  ])("the row under a one-row header is no sub-header: %s", (_name, rows) => {
    expect(readAccounts([gridFromRows("S", rows)]).mappings[0]?.headerRows).toEqual([1]);
  });

  test("a sub-header naming something else does not take the group's field", () => {
    const grid = gridFromRows("Kunden", [
      ["Stammdaten", null, null, "Umsatz", null],
      ["Kunden-ID", "Kunde", "Telefon", 2025, "Potenzial"],
      ["K-1", "Alpha", "040 123", 5, 9],
    ]);
    const reading = readAccounts([grid]);
    expect(reading.mappings[0]?.fields.map((f) => [f.field, f.column])).toEqual([
      ["id", "A"],
      ["name", "B"],
      ["revenue", "D"],
      ["potential", "E"],
    ]);
  });
});

describe("absolute and percent margin side by side", () => {
  test.each<[string, (CellValue | GridCell)[][], number, string]>([
    [
      "flat headers, amounts beside percent",
      [
        ["Kunde", "Umsatz (T€)", "Marge (T€)", "Marge %"],
        ["A", 1000, 290, pct(0.29)],
      ],
      0.29,
      "D",
    ],
    [
      "the absolute column first and named like the percent one",
      [
        ["Kunde", "Umsatz", "Marge", "Marge"],
        ["A", 1_000_000, 290_000, 29],
      ],
      0.29,
      "D",
    ],
    [
      "German: DB I absolut and DB-Quote",
      [
        ["Kunde", "Umsatz", "DB I absolut (T€)", "DB-Quote"],
        ["A", 1_000_000, 290, "29 %"],
      ],
      0.29,
      "D",
    ],
    [
      "English: gross profit and GM %",
      [
        ["Customer", "Revenue ($k)", "Gross profit ($k)", "GM %"],
        ["A", 1000, 310, pct(0.31)],
      ],
      0.31,
      "D",
    ],
  ])("%s → the percent column", (_name, rows, margin, column) => {
    const grid = gridFromRows("S", rows);
    expect(readAccounts([grid]).accounts[0]?.grossMargin).toBeCloseTo(margin, 10);
    expect(fieldOf([grid], "grossMargin")).toMatchObject({ column, reason: "percentPreferred" });
    // No false ACCOUNT_DATA_SUSPECT: the margin is a percentage, not 290 %.
    expect(codes([grid]).filter((c) => c !== "SHEET_FIELD_MISSING")).toEqual([]);
  });

  test("a percent header over fractions typed plainly: 0.27 is 27 %, not 0.27 %", () => {
    const grid = gridFromRows("S", [
      ["Kunde", "Umsatz", "Potenzial", "Marge (%)"],
      ["A", 1, 2, 0.27],
      ["B", 1, 2, 0.31],
    ]);
    expect(readAccounts([grid]).accounts.map((a) => a.grossMargin)).toEqual([0.27, 0.31]);
  });

  test("only absolutes: the margin is derived from the amount ÷ revenue, and the mapping says so", () => {
    const grid = gridFromRows("S", [
      ["Kunde", "Umsatz (T€)", "Rohertrag (T€)", "Potenzial (T€)"],
      ["A", 2150, 688, 3900],
      ["B", 0, 10, 50],
      ["C", null, 10, 50],
    ]);
    const reading = readAccounts([grid]);
    expect(reading.accounts.map((a) => a.grossMargin)).toEqual([0.32, null, null]);
    expect(fieldOf([grid], "grossMargin")).toMatchObject({
      column: "C",
      reason: "derived",
      unit: "absolute",
      scale: 1000,
    });
    expect(reading.findings).toEqual([]);
  });
});

describe("headings, subtotals and footnotes between the accounts", () => {
  const grid = gridFromRows("Kunden", [
    ["Kunden-ID", "Kundenname", "Umsatz", "Potenzial"],
    ["Gebiet West"],
    ["W-1", "Westfalen Guss GmbH", 100, 200],
    ["W-2", "Rheinland Lack AG", 300, 400],
    [null, "Summe Gebiet West", 400, 600],
    [null, "Region Ost:"],
    ["O-1", "Lausitz Glas GmbH", 50, 90],
    ["Segment Krankenhäuser", null, 50, 90],
    ["K-1", "Klinik am See gGmbH", 70, 90],
    [],
    ["Gesamt", null, 520, 780],
    [],
    [null, "¹ Umsatz laut Controlling, Stand 30.11."],
    [null, "Quelle: CRM"],
  ]);

  test("happy path: only the accounts are read; the others are named once, as info", () => {
    const reading = readAccounts([grid]);
    expect(reading.accounts.map((a) => a.id)).toEqual(["W-1", "W-2", "O-1", "K-1"]);
    expect(reading.findings).toEqual([
      finding("ROWS_NOT_ACCOUNTS", { type: "cell", sheet: "Kunden", row: 2, column: "A" }, null, {
        sheet: "Kunden",
        rows: { list: ["2", "5", "6", "8", "13", "14"] },
        count: 6,
      }),
    ]);
    expect(reading.mappings[0]?.rows.filter((r) => r.status !== "account")).toEqual([
      { row: 2, key: "Gebiet West", label: "Gebiet West", status: "section" },
      { row: 5, key: "Summe Gebiet West", label: "Summe Gebiet West", status: "subtotal" },
      { row: 6, key: "Region Ost:", label: "Region Ost:", status: "section" },
      { row: 8, key: "Segment Krankenhäuser", label: "Segment Krankenhäuser", status: "subtotal" },
      { row: 11, key: "Gesamt", label: "Gesamt", status: "subtotal" },
      {
        row: 13,
        key: "¹ Umsatz laut Controlling, Stand 30.11.",
        label: "¹ Umsatz laut Controlling, Stand 30.11.",
        status: "note",
      },
      { row: 14, key: "Quelle: CRM", label: "Quelle: CRM", status: "note" },
    ]);
  });

  test("a totals label may trail: 'Nord gesamt', 'Region West total'", () => {
    const trailing = gridFromRows("S", [
      ["Kunden-ID", "Kunde", "Umsatz", "Potenzial"],
      ["K-1", "Alpha", 1, 2],
      [null, "Nord gesamt", 1, 2],
      ["K-2", "Beta", 3, 4],
      [null, "Region West total", 3, 4],
    ]);
    expect(readAccounts([trailing]).accounts.map((a) => a.id)).toEqual(["K-1", "K-2"]);
  });

  test("in a list keyed by name only, a lone name is still an account (a new one without figures)", () => {
    const names = gridFromRows("S", [
      ["Kunde", "Umsatz", "Potenzial"],
      ["Alpha GmbH", 1, 2],
      ["Neukunde Beta"],
      ["Gebiet Süd"],
    ]);
    expect(readAccounts([names]).accounts.map((a) => a.name)).toEqual(["Alpha GmbH", "Neukunde Beta"]);
  });
});

describe("an index list beside one profile sheet per account", () => {
  const index = gridFromRows("Übersicht", [
    ["Kunden-ID", "Kunde", "zuständiger KAM", "Profil"],
    ["K-1", "Alpha GmbH", "Anna Berg", "→ Alpha"],
    ["K-2", "Beta AG", "Tom Krause", "→ Beta"],
    ["K-3", "Gamma KG", "Tom Krause", "(noch kein Profil)"],
  ]);
  const profile = (sheet: string, id: string, name: string, revenue: number, potential: number) =>
    gridFromRows(sheet, [
      ["Kundenprofil"],
      ["Kunde", name],
      ["Kunden-ID", id],
      ["Umsatz 2025", revenue],
      ["Umsatzpotenzial", potential],
      ["Bruttomarge", pct(0.3)],
    ]);
  const grids = [
    index,
    profile("Alpha", "K-1", "Alpha GmbH", 100, 400),
    profile("Beta", "k-2", "Beta AG", 200, 300),
  ];

  test("happy path: each account once, the profile's figures win, the index fills in the owner", () => {
    const reading = readAccounts(grids);
    expect(reading.accounts.map((a) => [a.id, a.revenue, a.owner, a.source.sheet])).toEqual([
      ["K-1", 100, "Anna Berg", "Alpha"],
      ["k-2", 200, "Tom Krause", "Beta"],
      ["K-3", null, "Tom Krause", "Übersicht"],
    ]);
  });

  test("the index's missing figures are reported only for accounts without a profile", () => {
    expect(codes(grids)).toEqual(["SHEET_FIELD_MISSING", "SHEET_FIELD_MISSING"]);
    expect(
      codes(
        grids
          .slice(0, 1)
          .concat(grids.slice(1))
          .filter((g) => g.name !== "Übersicht"),
      ),
    ).toEqual([]);
    // With a profile for every index row, the index lacks nothing.
    const complete = [
      gridFromRows("Übersicht", [
        ["Kunden-ID", "Kunde", "KAM"],
        ["K-1", "Alpha GmbH", "Anna Berg"],
      ]),
      profile("Alpha", "K-1", "Alpha GmbH", 100, 400),
    ];
    expect(codes(complete)).toEqual([]);
  });
});

describe("several years in a profile", () => {
  test("separate labels: the latest year, as in a list", () => {
    const grid = gridFromRows("P", [
      ["Kunde", "Alpha GmbH"],
      ["Kundennummer", "K-1"],
      ["Umsatz 2025", 150],
      ["Umsatz 2024", 120],
      ["DB I 2024", pct(0.28)],
      ["DB I 2025", pct(0.31)],
    ]);
    const reading = readAccounts([grid]);
    expect(reading.accounts[0]).toMatchObject({ revenue: 150, grossMargin: 0.31 });
    expect(fieldOf([grid], "revenue")).toMatchObject({
      column: "B",
      row: 3,
      year: 2025,
      reason: "latestYear",
    });
  });

  test("a column per year: the latest year's column", () => {
    const grid = gridFromRows("P", [
      ["Client", "Halden Bank plc"],
      ["Client ref", "C-104"],
      ["Financials", "FY25", "FY26"],
      ["Revenue (£k)", 3850, 4320],
      ["Wallet (£k)", 12500, 13200],
    ]);
    expect(readAccounts([grid]).accounts[0]).toMatchObject({ revenue: 4_320_000, potential: 13_200_000 });
    expect(fieldOf([grid], "revenue")).toMatchObject({ column: "C", row: 4, year: 2026 });
  });

  test("one rule for both layouts: the same figures give the same reading", () => {
    const list = gridFromRows("L", [
      ["Kunde", "Umsatz 2024", "Umsatz 2025", "Umsatz Vorjahr", "Potenzial"],
      ["Alpha GmbH", 1, 2, 3, 9],
    ]);
    const profile = gridFromRows("P", [
      ["Kunde", "Alpha GmbH"],
      ["Umsatz 2024", 1],
      ["Umsatz 2025", 2],
      ["Umsatz Vorjahr", 3],
      ["Potenzial", 9],
    ]);
    expect(readAccounts([list]).accounts[0]?.revenue).toBe(2);
    expect(readAccounts([profile]).accounts[0]?.revenue).toBe(2);
  });
});

describe("the words teams use", () => {
  test.each<[string, string]>([
    ["Account Director", "owner"],
    ["Key Account Lead", "owner"],
    ["zuständiger KAM", "owner"],
    ["Kundenverantwortlicher", "owner"],
    ["Client Partner", "owner"],
    ["Service lines", "businessAreas"],
    ["Service lines used", "businessAreas"],
    ["Sparten", "businessAreas"],
    ["Geschäftsfelder", "businessAreas"],
    ["Client ref", "id"],
    ["Renewal risk", "churnRisk"],
    ["Total addressable spend (£k)", "potential"],
    ["Einkaufsvolumen (geschätzt)", "potential"],
    ["Gross profit (£k)", "grossMargin"],
    ["Rohertrag", "grossMargin"],
    ["DB I", "grossMargin"],
  ])("%p is read as %s", (header, field) => {
    const grid = gridFromRows("S", [
      ["Kunden-ID", "Kunde", header],
      ["K-1", "Alpha", "x"],
    ]);
    expect(readAccounts([grid]).mappings[0]?.fields.map((f) => f.field)).toContain(field);
  });

  test.each([
    "Mindest-DB je Kunde",
    "Mindestdeckungsbeitrag",
    "Mindest-Rohertrag",
    "Minimum margin per account",
    "Min. GM per account",
    "DB-Untergrenze",
  ])("marketing's minimum margin in the team's words: %p", (label) => {
    const grid = gridFromRows("Marketing", [
      ["Positionierung", "Premium"],
      [label, "28 %"],
    ]);
    expect(readPositioning(grid).positioning.minGrossMargin).toBe(0.28);
  });
});
