import fc from "fast-check";
import { finding } from "../../src/domain/finding";
import { type CellValue, type GridCell, type SheetGrid, type TableRef } from "../../src/sheet";
import { readAccounts as readAll, type ReadOptions } from "../../src/workbook/read-accounts";
import { gridFromRows, shiftGrid } from "../support/grids";

/** The reader without SHEET_FIELD_MISSING: most grids here are small and lack a potential column. */
function readAccounts(grids: readonly SheetGrid[], options: ReadOptions = {}) {
  const reading = readAll(grids, options);
  return { ...reading, findings: reading.findings.filter((f) => f.code !== "SHEET_FIELD_MISSING") };
}

const HEADER = ["Kunden-ID", "Kundenname", "Umsatz", "Bruttomarge"];

function unreadable(
  sheet: string,
  row: number,
  column: string,
  field: string,
  value: string,
  expected: string,
) {
  return finding("CELL_UNREADABLE", { type: "cell", sheet, row, column }, field, {
    value,
    field: { term: `field.${field}` },
    expected: { term: `expect.${expected}` },
  });
}

describe("readAccounts — list layout", () => {
  test("happy path: title rows above the header", () => {
    const grid = gridFromRows("Kunden", [
      ["Portfolio 2026"],
      ["Stand: März"],
      [],
      HEADER,
      ["K1", "Alpha", 100, 0.3],
    ]);
    const { accounts, sheets } = readAccounts([grid]);
    expect(sheets).toEqual([{ sheet: "Kunden", layout: "list", headerRow: 4, accounts: 1 }]);
    expect(accounts[0]).toMatchObject({
      id: "K1",
      name: "Alpha",
      revenue: 100,
      grossMargin: 0.3,
      source: { sheet: "Kunden", row: 5 },
    });
  });

  test("the header row that recognises the most fields wins", () => {
    const grid = gridFromRows("S", [
      ["Kunde", "Region"],
      ["Kunden-ID", "Kundenname", "Region", "Umsatz", "Branche"],
      ["K1", "Alpha", "Nord", 5, "Bau"],
    ]);
    expect(readAccounts([grid]).sheets[0]?.headerRow).toBe(2);
  });

  test("a header needs the name or id and one more field", () => {
    const onlyFigures = gridFromRows("S", [
      ["Umsatz", "Marge"],
      [1, 0.2],
    ]);
    const onlyName = gridFromRows("T", [["Kunde"], ["Alpha"]]);
    expect(readAccounts([onlyFigures, onlyName]).sheets.map((s) => s.layout)).toEqual(["none", "none"]);
  });

  test("an Excel table is used directly, content beside it is ignored", () => {
    const rows: CellValue[][] = [
      ["Notes", null, null, null, null, "Kunde", "Umsatz"],
      [null, null, null, null, null, "Ignored", 1],
      [null, "Customer ID", "Customer", "Revenue", null, "Other", 2],
      [null, "C-1", "Acme", 1000, null, "x", 3],
      [null, "C-2", "Bolt", 2000],
      [null, "C-3", "Past the table", 3000],
    ];
    const table: TableRef = { name: "Accounts", top: 3, left: 2, bottom: 5, right: 4, hasHeader: true };
    const { accounts, sheets } = readAccounts([gridFromRows("S", rows, { tables: [table] })]);
    expect(accounts.map((a) => [a.id, a.name, a.revenue])).toEqual([
      ["C-1", "Acme", 1000],
      ["C-2", "Bolt", 2000],
    ]);
    expect(sheets[0]).toEqual({ sheet: "S", layout: "list", headerRow: 3, accounts: 2 });
  });

  test("blank rows, totals rows and note rows are skipped", () => {
    const grid = gridFromRows("S", [
      HEADER,
      ["K1", "Alpha", 100, 0.2],
      [],
      [null, "  ", null, null],
      ["K2", "Beta", 200, 0.3],
      [null, "Zwischensumme", 300],
      ["Summe", null, 300],
      [null, "Gesamt", 300],
      [null, "Total:", 300],
      [null, "Grand total", 300],
      ["Ergebnis", null, 300],
      [null, null, null, null],
      [null, null, "* Werte geschätzt"],
      ["K3", "Totalmente SA", 5],
    ]);
    const { accounts, findings } = readAccounts([grid]);
    expect(accounts.map((a) => a.id)).toEqual(["K1", "K2", "K3"]);
    // Totals between accounts and the note are named once; nothing is read as an account.
    expect(findings).toEqual([
      finding("ROWS_NOT_ACCOUNTS", { type: "cell", sheet: "S", row: 6, column: "A" }, null, {
        sheet: "S",
        rows: { list: ["6", "7", "8", "9", "10", "11", "13"] },
        count: 7,
      }),
    ]);
  });

  test("a repeated header row of a second block is skipped", () => {
    const grid = gridFromRows("S", [
      HEADER,
      ["K1", "Alpha", 1, 0.2],
      ["Region Süd"],
      HEADER,
      ["K2", "Beta", 2, 0.3],
    ]);
    expect(readAccounts([grid]).accounts.map((a) => a.id)).toEqual(["K1", "K2"]);
  });

  test("hidden rows are skipped and reported once per sheet", () => {
    const grid = gridFromRows(
      "S",
      [
        HEADER,
        ["K1", "Alpha", 1, 0.2],
        ["K2", "Beta", 2, 0.2],
        ["K3", "Gamma", 3, 0.2],
        [],
        ["K5", "Eps", 5, 0.2],
        ["K6", "Zeta", 6, 0.2],
      ],
      { hiddenRows: [3, 5, 6] },
    );
    const { accounts, findings } = readAccounts([grid]);
    expect(accounts.map((a) => a.id)).toEqual(["K1", "K3", "K6"]);
    expect(findings).toEqual([
      finding("ROWS_HIDDEN_SKIPPED", { type: "cell", sheet: "S", row: 3, column: "A" }, null, {
        sheet: "S",
        rows: { list: ["3", "6"] },
        count: 2,
      }),
    ]);
  });

  test("several list sheets (one per region) are all read, in sheet order", () => {
    const nord = gridFromRows("Nord", [
      ["Kunde", "Umsatz"],
      ["Alpha", 1],
      ["Beta", 2],
    ]);
    const sued = gridFromRows("Süd", [
      ["Kunde", "Umsatz"],
      ["Gamma", 3],
    ]);
    const { accounts } = readAccounts([nord, sued]);
    expect(accounts.map((a) => [a.name, a.id, a.source])).toEqual([
      ["Alpha", null, { sheet: "Nord", row: 2 }],
      ["Beta", null, { sheet: "Nord", row: 3 }],
      ["Gamma", null, { sheet: "Süd", row: 2 }],
    ]);
  });

  test("a used range that does not start at A1 keeps Excel's addresses", () => {
    const grid: SheetGrid = shiftGrid(
      gridFromRows("S", [["Titel"], [], ["Kunden-ID", "Kundenname", "Umsatz"], [1001, "Alpha", "viel"]]),
      5,
      3,
    );
    const { accounts, findings } = readAccounts([grid]);
    expect(accounts[0]).toMatchObject({
      id: "1001",
      name: "Alpha",
      revenue: null,
      source: { sheet: "S", row: 8 },
    });
    expect(findings).toEqual([unreadable("S", 8, "E", "revenue", "viel", "number")]);
  });

  test("mixed notations in one column", () => {
    const grid = gridFromRows("S", [
      ["Kunde", "Umsatz", "Potenzial"],
      ["A", 1250000, "2,5 Mio. €"],
      ["B", "1.250.000 €", "3 Mrd."],
      ["C", "760 T€", "900 Tsd."],
      ["D", "1,5 Mio", "€ 2.000.000"],
      ["E", "k. A.", "-"],
      ["F", "  42  ", "1.250"],
    ]);
    const { accounts, findings } = readAccounts([grid]);
    expect(accounts.map((a) => [a.revenue, a.potential])).toEqual([
      [1250000, 2500000],
      [1250000, 3e9],
      [760000, 900000],
      [1500000, 2000000],
      [null, null],
      [42, 1250],
    ]);
    expect(
      accounts.every((a) =>
        a.revenue === null && a.potential === null ? a.currency === null : a.currency === "EUR",
      ),
    ).toBe(true);
    expect(findings).toEqual([]);
  });

  test("unreadable cells are null and reported with their exact address", () => {
    const grid = gridFromRows("Kundenportfolio", [
      ["Key Accounts"],
      [],
      [
        "Kunden-ID",
        "Kundenname",
        "Branche",
        "Umsatz Vorjahr",
        "Bruttomarge",
        "Beziehung",
        "Abwanderungsrisiko",
        "Kunde seit",
        "Bereiche",
      ],
      ["D-01", "A", "Bau", 1, 0.2, 3, "hoch", 2015, 2],
      ["D-02", "B", "Bau", 2, 0.2, 3, "hoch", 2016, 1],
      ["D-03", "C", "Bau", "ca. viel", "hoch", "naja", "vielleicht", "irgendwann", 2.5],
      ["D-04", "D", "Bau", { value: "#N/A", format: "General", error: true }, true, 3, "mittel", "2014", "x"],
    ]);
    const { accounts, findings } = readAccounts([grid]);
    expect(findings).toEqual([
      unreadable("Kundenportfolio", 6, "D", "revenue", "ca. viel", "number"),
      unreadable("Kundenportfolio", 6, "E", "grossMargin", "hoch", "percent"),
      unreadable("Kundenportfolio", 6, "F", "relationship", "naja", "score"),
      unreadable("Kundenportfolio", 6, "G", "churnRisk", "vielleicht", "risk"),
      unreadable("Kundenportfolio", 6, "H", "customerSince", "irgendwann", "date"),
      unreadable("Kundenportfolio", 6, "I", "businessAreas", "2.5", "count"),
      unreadable("Kundenportfolio", 7, "D", "revenue", "#N/A", "number"),
      unreadable("Kundenportfolio", 7, "E", "grossMargin", "TRUE", "percent"),
    ]);
    expect(accounts[2]).toMatchObject({
      revenue: null,
      grossMargin: null,
      relationship: null,
      churnRisk: null,
      customerSince: null,
    });
    expect(accounts[3]).toMatchObject({
      revenue: null,
      customerSince: "2014",
      businessAreas: ["x"],
      businessAreaCount: 1,
    });
  });

  test("the value in a finding is cut to 40 characters", () => {
    const long = "unbekannt, wird im Jahresgespräch mit dem Einkauf geklärt";
    const grid = gridFromRows("S", [
      ["Kunde", "Umsatz"],
      ["A", long],
    ]);
    const [f] = readAccounts([grid]).findings;
    expect(f?.params.value).toBe(`${long.slice(0, 39)}…`);
  });

  test("ids and names that are numbers become their text", () => {
    const grid = gridFromRows("S", [
      ["Kundennummer", "Name", "Umsatz"],
      [1001, 4711, 5],
    ]);
    expect(readAccounts([grid]).accounts[0]).toMatchObject({ id: "1001", name: "4711" });
  });

  test("of two revenue columns the latest year wins", () => {
    const grid = gridFromRows("S", [
      ["Kunde", "Umsatz 2024", "Umsatz 2025", "Umsatzziel 2026"],
      ["A", 1, 2, 3],
    ]);
    expect(readAccounts([grid]).accounts[0]?.revenue).toBe(2);
  });

  test("a header unit scales plain amounts and names the currency", () => {
    const grid = gridFromRows("S", [
      ["Kunde", "Umsatz (T€)", "Potenzial (Mio. €)"],
      ["A", 760, 3.2],
      ["B", "1.250", "2,5"],
      ["C", "2 Mio. €", { value: 4_000_000, format: '#,##0.0,, "Mio"' }],
    ]);
    const { accounts } = readAccounts([grid]);
    expect(accounts.map((a) => [a.revenue, a.potential, a.currency])).toEqual([
      [760_000, 3_200_000, "EUR"],
      [1_250_000, 2_500_000, "EUR"],
      [2_000_000, 4_000_000, "EUR"],
    ]);
  });

  test("currency from the cell's number format", () => {
    const grid = gridFromRows("S", [
      ["Customer", "Revenue", "Potential"],
      ["A", { value: 5, format: '"$"#,##0' }, 10],
      ["B", { value: 5, format: "#,##0 [$€-407]" }, 10],
    ]);
    expect(readAccounts([grid]).accounts.map((a) => a.currency)).toEqual(["USD", "EUR"]);
  });

  test("conflicting currencies in a table are not spread to plain numbers", () => {
    const grid = gridFromRows("S", [
      ["Customer", "Revenue"],
      ["A", "$5"],
      ["B", "5 €"],
      ["C", 5],
    ]);
    expect(readAccounts([grid]).accounts.map((a) => a.currency)).toEqual(["USD", "EUR", null]);
  });

  describe("margins: percent points or fractions, decided per column", () => {
    const pct = (value: number): GridCell => ({ value, format: "0.0%" });
    test.each<[string, (CellValue | GridCell)[], number[]]>([
      ["Marge", [0.29, 0.31], [0.29, 0.31]],
      ["Marge", [29, 0.31], [0.29, 0.0031]],
      ["Marge (%)", [29, 31], [0.29, 0.31]],
      ["Marge (%)", [pct(0.29), 31], [0.29, 0.31]],
      ["Marge in %", [pct(0.29), "19,5 %"], [0.29, 0.195]],
      ["Gross margin", ["27%", 0.3], [0.27, 0.3]],
      ["Gross margin", ["27", "0.3"], [0.27, 0.003]],
      ["Gross margin", [-5, 12], [-0.05, 0.12]],
    ])("%s %j", (header, values, expected) => {
      const grid = gridFromRows("S", [["Customer", header], ...values.map((v, i) => [`C${i}`, v])]);
      expect(readAccounts([grid]).accounts.map((a) => a.grossMargin)).toEqual(expected);
    });

    test("profitability reads the same way", () => {
      const grid = gridFromRows("S", [
        ["Kunde", "EBIT-Marge", "Bruttomarge"],
        ["A", "8 %", 0.3],
      ]);
      expect(readAccounts([grid]).accounts[0]).toMatchObject({ profitability: 0.08, grossMargin: 0.3 });
    });
  });

  test.each<[CellValue, number | null]>([
    [4, 4],
    [7, 7],
    ["3", 3],
    ["3,5", 3.5],
    ["4/5", 4],
    ["4 von 5", 4],
    ["★★★☆☆", 3],
    ["sehr schwach", 1],
    ["very weak", 1],
    ["niedrig", 2],
    ["Low", 2],
    ["schwach", 2],
    ["mittel", 3],
    ["Medium", 3],
    ["mäßig", 3],
    ["OK", 3],
    ["neutral", 3],
    ["hoch", 4],
    ["gut", 4],
    ["Strong", 4],
    ["sehr gut", 5],
    ["Very strong", 5],
    ["exzellent", 5],
    ["Excellent", 5],
    ["k. A.", null],
  ])("relationship %p → %p", (value, score) => {
    const grid = gridFromRows("S", [
      ["Customer", "Relationship"],
      ["A", value],
    ]);
    const { accounts, findings } = readAccounts([grid]);
    expect(accounts[0]?.relationship).toBe(score);
    expect(findings).toEqual([]);
  });

  test.each<[string, CellValue[], (string | null)[]]>([
    [
      "Churn risk",
      ["niedrig", "gering", "Low", "mittel", "Moderate", "hoch", "High", "kritisch", "rot", "Green", "M"],
      ["low", "low", "low", "medium", "medium", "high", "high", "high", "high", "low", "medium"],
    ],
    ["Risiko (1-3)", [1, 2, 3], ["low", "medium", "high"]],
    ["Risiko (1-5)", [1, 2, 3, 4, 5], ["low", "low", "medium", "high", "high"]],
    ["Risiko", [1, 3, 5], ["low", "medium", "high"]],
  ])("churn risk %s %j", (header, values, expected) => {
    const grid = gridFromRows("S", [["Customer", header], ...values.map((v, i) => [`C${i}`, v])]);
    const { accounts, findings } = readAccounts([grid]);
    expect(accounts.map((a) => a.churnRisk)).toEqual(expected);
    expect(findings).toEqual([]);
  });

  test("a numeric churn risk on an unknown scale is unreadable, not guessed", () => {
    const grid = gridFromRows("S", [
      ["Customer", "Churn risk"],
      ["A", 1],
      ["B", 2],
    ]);
    const { accounts, findings } = readAccounts([grid]);
    expect(accounts.map((a) => a.churnRisk)).toEqual([null, null]);
    expect(findings.map((f) => f.subject)).toEqual([
      { type: "cell", sheet: "S", row: 2, column: "B" },
      { type: "cell", sheet: "S", row: 3, column: "B" },
    ]);
  });

  test.each<[CellValue | GridCell, string | null]>([
    [2015, "2015"],
    [{ value: 42005, format: "dd.mm.yyyy" }, "2015-01-01"],
    ["2015", "2015"],
    ["seit 2015", "2015"],
    ["01.03.2015", "2015-03-01"],
    ["03/2015", "2015-03-01"],
    ["Q2 2015", "2015-04-01"],
    ["March 2015", "2015-03-01"],
    ["", null],
  ])("customer since %p → %p", (value, since) => {
    const grid = gridFromRows("S", [
      ["Customer", "Customer since"],
      ["A", value],
    ]);
    expect(readAccounts([grid]).accounts[0]?.customerSince).toBe(since);
  });

  test.each<[CellValue, readonly string[] | null, number | null]>([
    ["Folien; Etiketten", ["Folien", "Etiketten"], 2],
    ["Sensorik, Service und Software", ["Sensorik", "Service", "Software"], 3],
    [
      "Fleet / Parts | Service + Repair\nTraining and Consulting",
      ["Fleet", "Parts", "Service", "Repair", "Training", "Consulting"],
      6,
    ],
    [" ; Antriebe ; ", ["Antriebe"], 1],
    [3, null, 3],
    ["3", null, 3],
    [0, null, 0],
    ["-", null, null],
  ])("business areas %p", (value, list, count) => {
    const grid = gridFromRows("S", [
      ["Customer", "Business areas"],
      ["A", value],
    ]);
    expect(readAccounts([grid]).accounts[0]).toMatchObject({ businessAreas: list, businessAreaCount: count });
  });

  test("locale: English headers with unambiguous German numbers read 1.250 as 1250", () => {
    const grid = gridFromRows("S", [
      ["Customer", "Revenue"],
      ["A", "2.400.000"],
      ["B", "1.250"],
    ]);
    expect(readAccounts([grid]).accounts.map((a) => a.revenue)).toEqual([2_400_000, 1250]);
  });

  test("locale: English headers and notation read 1.250 as 1.25", () => {
    const grid = gridFromRows("S", [
      ["Customer", "Revenue (USD m)"],
      ["A", "1,200.5"],
      ["B", "1.250"],
    ]);
    expect(readAccounts([grid]).accounts.map((a) => a.revenue)).toEqual([1_200_500_000, 1_250_000]);
  });

  test("hidden sheets are not account sheets; a table named like the add-in's is read like any other", () => {
    const goals = gridFromRows(
      "KAM-Ziele",
      [
        ["Ziel-ID", "Kunde", "Verantwortlich"],
        ["G1", "Alpha", "Anna"],
      ],
      {
        tables: [{ name: "KAM_Goals", top: 1, left: 1, bottom: 2, right: 3, hasHeader: true }],
      },
    );
    const hidden: SheetGrid = {
      ...gridFromRows("Alt", [
        ["Kunde", "Umsatz"],
        ["Alpha", 1],
      ]),
      visible: false,
    };
    // The add-in's own sheets never reach the reader (ownership.ts proves them, not their table names).
    const { accounts, sheets } = readAccounts([goals, hidden]);
    expect(accounts.map((a) => [a.name, a.owner])).toEqual([["Alpha", "Anna"]]);
    expect(sheets).toEqual([{ sheet: "KAM-Ziele", layout: "list", headerRow: 1, accounts: 1 }]);
  });
});

describe("readAccounts — profile layout", () => {
  test("label/value pairs with gaps, two pairs per row, German labels", () => {
    const grid = gridFromRows("Kessler", [
      ["Kundenprofil"],
      ["Kundenname", null, "Kessler GmbH", null, "Kunden-ID", "D-01"],
      ["Branche", null, "Verpackung", null, "Region", "Nord"],
      ["Umsatz Vorjahr", null, "1.850.000 €"],
      ["Bruttomarge", null, "29 %"],
      ["Beziehung", null, "gut"],
      ["Kunde seit", null, "März 2012"],
      ["Bemerkung", null, "Rahmenvertrag läuft 2027 aus"],
    ]);
    const { accounts, sheets, findings } = readAccounts([grid]);
    expect(sheets).toEqual([{ sheet: "Kessler", layout: "profile", headerRow: 2, accounts: 1 }]);
    expect(findings).toEqual([]);
    expect(accounts[0]).toMatchObject({
      id: "D-01",
      name: "Kessler GmbH",
      industry: "Verpackung",
      region: "Nord",
      revenue: 1_850_000,
      currency: "EUR",
      grossMargin: 0.29,
      relationship: 4,
      customerSince: "2012-03-01",
      source: { sheet: "Kessler", row: 2 },
    });
  });

  test("an unreadable profile value is reported at the value's cell", () => {
    const grid = gridFromRows("P", [
      ["Account name", "Acme"],
      ["Industry", "Retail"],
      ["Revenue", "lots"],
    ]);
    expect(readAccounts([grid]).findings).toEqual([unreadable("P", 3, "B", "revenue", "lots", "number")]);
  });

  test("fewer than three labels is no profile", () => {
    const grid = gridFromRows("P", [
      ["Account name", "Acme"],
      ["Notes", "call back"],
    ]);
    expect(readAccounts([grid]).sheets[0]?.layout).toBe("none");
  });
});

describe("readAccounts — chosen sheets", () => {
  const list = gridFromRows("Kunden", [HEADER, ["K1", "Alpha", 1, 0.2]]);
  const notes = gridFromRows("Notizen", [["Nur Notizen"]]);

  test("only the chosen sheets are read, names case-insensitive", () => {
    const { accounts, sheets, findings } = readAccounts([list, notes], { sheets: ["kunden"] });
    expect(accounts).toHaveLength(1);
    expect(sheets.map((s) => s.sheet)).toEqual(["Kunden"]);
    expect(findings).toEqual([]);
  });

  test("a chosen sheet without an account table, and a missing one, are errors", () => {
    const { findings } = readAccounts([list, notes], { sheets: ["Notizen", "Gibt es nicht"] });
    expect(findings).toEqual([
      finding("SHEET_NO_ACCOUNT_TABLE", { type: "cell", sheet: "Gibt es nicht", row: 1, column: "A" }, null, {
        sheet: "Gibt es nicht",
      }),
      finding("SHEET_NO_ACCOUNT_TABLE", { type: "cell", sheet: "Notizen", row: 1, column: "A" }, null, {
        sheet: "Notizen",
      }),
    ]);
  });

  test("sheets not chosen produce no finding", () => {
    expect(readAccounts([list, notes]).findings).toEqual([]);
  });
});

describe("readAccounts — robustness", () => {
  const cellValue = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer({ min: -10, max: 3000 }),
    fc.string(),
    fc.constantFrom(
      "Kunde",
      "Kunden-ID",
      "Umsatz",
      "Marge (%)",
      "Beziehung",
      "Risiko (1-3)",
      "Kunde seit",
      "Bereiche",
      "Gesamt",
      "1.250 €",
      "31,5 %",
      "hoch",
      "k. A.",
      "Positionierung",
      "Mindestmarge",
    ),
  );
  const cell = fc.record(
    {
      value: cellValue,
      format: fc.constantFrom("General", "0.0%", "dd.mm.yyyy", '"$"#,##0', "[$€-407]#,##0,,"),
      error: fc.boolean(),
    },
    { requiredKeys: ["value", "format"] },
  );
  const grid = fc
    .record({
      name: fc.string({ maxLength: 12 }),
      visible: fc.boolean(),
      firstRow: fc.integer({ min: 1, max: 1_048_576 }),
      firstColumn: fc.integer({ min: 1, max: 16_384 }),
      width: fc.integer({ min: 0, max: 8 }),
      rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }),
      hiddenRows: fc.array(fc.integer({ min: -5, max: 40 }), { maxLength: 6 }),
      tables: fc.array(
        fc.record({
          name: fc.constantFrom("T1", "KAM_Goals", "Tabelle2"),
          top: fc.integer({ min: -3, max: 30 }),
          left: fc.integer({ min: -3, max: 10 }),
          bottom: fc.integer({ min: -3, max: 1_000_000_000 }),
          right: fc.integer({ min: -3, max: 20 }),
          hasHeader: fc.boolean(),
        }),
        { maxLength: 3 },
      ),
    })
    .map(({ width, rows, name, visible, firstRow, firstColumn, hiddenRows, tables }): SheetGrid => {
      const cells = rows.map((r) => r.slice(0, width));
      const placed = shiftGrid(gridFromRows(name, cells), firstRow, firstColumn);
      return { ...placed, visible, tables, hiddenRows: hiddenRows.map((r) => r + firstRow) };
    });

  test("never throws on random grids", () => {
    fc.assert(
      fc.property(
        fc.array(grid, { maxLength: 4 }),
        fc.option(fc.array(fc.string(), { maxLength: 3 }), { nil: undefined }),
        (grids, sheets) => {
          const reading = readAccounts(grids, sheets ? { sheets } : {});
          for (const f of reading.findings) {
            if (f.subject.type === "cell") expect(f.subject.column).toMatch(/^[A-Z]+$/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
