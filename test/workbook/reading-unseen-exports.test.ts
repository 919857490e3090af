// Shapes found on account workbooks the team had not seen (test/corpora crm-export,
// konzern-struktur, account-plan-uk), one pattern at a time on grids built here: currency codes in
// their own columns, thousands written as "£000", CRM totals, group labels bounded by their merge,
// companies indented under their group, and a 0–100 score or NPS beside the 1–5 relationship.

import fc from "fast-check";
import { type CellValue, type GridCell, type SheetGrid } from "../../src/sheet/grid";
import { onRelationshipScale } from "../../src/workbook/account-values";
import { headerUnit, isCurrencyColumnHeader, scoreHeader } from "../../src/workbook/headers";
import { readAccounts } from "../../src/workbook/read-accounts";
import { isTotalsText } from "../../src/workbook/row-kinds";
import { gridFromRows } from "../support/grids";

type Rows = (CellValue | GridCell)[][];
const read = (rows: Rows, extra: Parameters<typeof gridFromRows>[2] = {}) =>
  readAccounts([gridFromRows("Accounts", rows, extra)]);
const fieldOf = (grids: SheetGrid[], field: string) =>
  readAccounts(grids).mappings[0]?.fields.find((f) => f.field === field);

describe("currency codes in their own column", () => {
  test.each([
    ["Annual Revenue Currency", true],
    ["Account_Potential__c Currency", true],
    ["Currency", true],
    ["Currency Code", true],
    ["CCY", true],
    ["Währung", true],
    ["Umsatz Währung", true],
    ["Potenzial – Währung", true],
    ["Annual Revenue", false],
    ["Umsatz (Landeswährung)", false],
    ["Revenue (local currency)", false],
    ["Umsatz in Fremdwährung", false],
  ])("%s is a currency column: %s", (header, expected) => {
    expect(isCurrencyColumnHeader(header)).toBe(expected);
    if (expected) expect(scoreHeader(header)).toBeNull();
  });

  test("the amount is read from the amount column and each account takes the code on its row", () => {
    const reading = read([
      [
        "Account ID",
        "Account Name",
        "Annual Revenue Currency",
        "Annual Revenue",
        "Potential Currency",
        "Potential",
      ],
      ["A-1", "Alpha GmbH", "EUR", 1000, "EUR", 4000],
      ["A-2", "Beta AG", "CHF", 2000, "CHF", 5000],
      ["A-3", "Gamma Ltd", "gbp", 3000, "gbp", 6000],
    ]);
    expect(reading.accounts.map((a) => [a.name, a.revenue, a.potential, a.currency])).toEqual([
      ["Alpha GmbH", 1000, 4000, "EUR"],
      ["Beta AG", 2000, 5000, "CHF"],
      ["Gamma Ltd", 3000, 6000, "GBP"],
    ]);
    expect(reading.findings.map((f) => f.code)).toEqual([]);
  });
});

describe("thousands as British, US and German sheets write them", () => {
  test.each([
    ["Revenue (£000)", "GBP", 1e3],
    ["Wallet ($000)", "USD", 1e3],
    ["Revenue ('000)", null, 1e3],
    ["Revenue (USD 000s)", "USD", 1e3],
    ["Umsatz (1.000 €)", "EUR", 1e3],
    ["Umsatz (in 1000 EUR)", "EUR", 1e3],
    ["Umsatz in 1.000 €", "EUR", 1e3],
    ["Umsatz (€)", "EUR", 1],
    ["Revenue 2025", null, 1],
    ["Revenue (£m)", "GBP", 1e6],
  ])("%s → %s × %d", (header, currency, scale) => {
    expect(headerUnit(header)).toMatchObject({ currency, scale });
  });
});

describe("totals rows as CRM reports write them", () => {
  test.each([
    ["Grand Totals (6 records)", true],
    ["Grand Total", true],
    ["Summe (12 Kunden)", true],
    ["Gesamtsummen", true],
    ["Totalbau GmbH (Werk 2)", false],
    ["Grand Hotel Zürich (Gruppe)", false],
  ])("%s is a total: %s", (text, expected) => {
    expect(isTotalsText(text)).toBe(expected);
  });

  test("a report's Grand Totals row under the id column is not an account", () => {
    const reading = read([
      ["Account ID", "Account Name", "Annual Revenue"],
      ["0015g00000XyA1", "Alpha GmbH", 1000],
      ["0015g00000XyA2", "Beta AG", 2000],
      ["Grand Totals (2 records)", null, 3000],
    ]);
    expect(reading.accounts.map((a) => a.name)).toEqual(["Alpha GmbH", "Beta AG"]);
  });
});

describe("a group label merged across ends with its merge", () => {
  const rows: Rows = [
    ["Client code", "Client", "Revenue (£000)", null, "GM %", null, "Wallet (£000)", "Relationship"],
    [null, null, "FY24", "FY25", "FY24", "FY25", null, null],
    ["C-1", "Albion Rail", 2800, 3100, 0.3, 0.32, 8200, 4],
  ];
  const merges = [
    { top: 1, left: 1, bottom: 2, right: 1 },
    { top: 1, left: 2, bottom: 2, right: 2 },
    { top: 1, left: 3, bottom: 1, right: 4 },
    { top: 1, left: 5, bottom: 1, right: 6 },
    { top: 1, left: 7, bottom: 2, right: 7 },
    { top: 1, left: 8, bottom: 2, right: 8 },
  ];

  test("the column after the merge keeps its own header, not the group's", () => {
    const grids = [gridFromRows("Plan", rows, { merges })];
    expect(fieldOf(grids, "potential")).toMatchObject({ column: "G", header: "Wallet (£000)", scale: 1000 });
    expect(fieldOf(grids, "grossMargin")).toMatchObject({ column: "F", year: 2025 });
    expect(readAccounts(grids).accounts[0]).toMatchObject({ revenue: 3_100_000, potential: 8_200_000 });
  });

  test("a group label over blank sub-header cells, merged over both rows below it, ends there too", () => {
    const unmerged: Rows = [
      ["Client code", "Client", "Revenue (£000)", null, "Relationship", "Owner"],
      [null, null, "FY24", "FY25", null, null],
      ["C-1", "Albion Rail", 2800, 3100, 4, "Oliver Grant"],
    ];
    const grids = [
      gridFromRows("Plan", unmerged, {
        merges: [
          { top: 1, left: 3, bottom: 1, right: 4 },
          { top: 1, left: 5, bottom: 2, right: 5 },
        ],
      }),
    ];
    expect(fieldOf(grids, "relationship")).toMatchObject({ column: "E", header: "Relationship" });
    expect(fieldOf(grids, "owner")).toMatchObject({ column: "F" });
  });
});

describe("companies indented under their group's row", () => {
  const group = (indent: (name: string, last: boolean) => string): Rows => [
    ["Nr.", "Konzern / Gesellschaft", "Umsatz 2025 (T€)", "Potenzial (T€)"],
    ["K-1", "Rheintal Gruppe", 4100, 9200],
    [null, indent("Rheintal Chemie GmbH", false), 2700, 5400],
    [null, indent("Rheintal Service GmbH", true), 1400, 3800],
    ["K-2", "Bergmann KG", 1500, 3900],
    ["K-3", "Hanse Food Holding", 1900, 5800],
    [null, indent("Hanse Molkerei GmbH", true), 1900, 5800],
  ];

  test.each([
    ["tree glyphs", (n: string, last: boolean) => `  ${last ? "└" : "├"} ${n}`],
    ["leading spaces", (n: string) => `    ${n}`],
    ["an arrow", (n: string) => `↳ ${n}`],
  ])("%s: the groups are the accounts, the companies one note", (_, indent) => {
    const reading = read(group(indent));
    expect(reading.accounts.map((a) => [a.id, a.name, a.revenue])).toEqual([
      ["K-1", "Rheintal Gruppe", 4_100_000],
      ["K-2", "Bergmann KG", 1_500_000],
      ["K-3", "Hanse Food Holding", 1_900_000],
    ]);
    expect(reading.findings.map((f) => f.code)).toEqual(["ROWS_GROUP_MEMBERS"]);
    expect(reading.mappings[0]?.rows.filter((r) => r.status === "groupMember").map((r) => r.row)).toEqual([
      3, 4, 7,
    ]);
  });

  test("an indented company with an id of its own is a key account of its own", () => {
    const rows = group((n) => `  └ ${n}`);
    const member = rows[2];
    if (member) member[0] = "K-1a";
    const reading = read(rows);
    expect(reading.accounts.map((a) => a.id)).toContain("K-1a");
  });

  test("a group row without figures of its own: its companies carry them and are the accounts", () => {
    const reading = read([
      ["Nr.", "Konzern / Gesellschaft", "Umsatz 2025 (T€)", "Potenzial (T€)"],
      ["K-1", "Rheintal Gruppe", null, null],
      [null, "  └ Rheintal Chemie GmbH", 2700, 5400],
      [null, "  └ Rheintal Service GmbH", 1400, 3800],
    ]);
    expect(reading.accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["Rheintal Gruppe", null],
      ["Rheintal Chemie GmbH", 2_700_000],
      ["Rheintal Service GmbH", 1_400_000],
    ]);
    expect(reading.findings.map((f) => f.code)).not.toContain("ROWS_GROUP_MEMBERS");
  });

  test("a list whose every name is indented is a list of accounts", () => {
    const reading = read([
      ["Kunde", "Umsatz", "Potenzial"],
      ["  Alpha GmbH", 1000, 2000],
      ["  Beta AG", 1500, 3000],
      ["  Gamma KG", 900, 2500],
    ]);
    expect(reading.accounts.map((a) => a.name)).toEqual(["Alpha GmbH", "Beta AG", "Gamma KG"]);
    expect(reading.findings.map((f) => f.code)).toEqual([]);
  });
});

describe("a 0–100 score or an NPS as the relationship", () => {
  const list = (header: string, scores: CellValue[]): Rows => [
    ["Account", "Revenue", "Potential", header],
    ...scores.map((s, i) => [`Account ${i + 1}`, 1000, 3000, s]),
  ];
  const relationships = (rows: Rows) => read(rows).accounts.map((a) => a.relationship);

  test.each([
    ["Health score", [78, 41, 100, 0], [4.12, 2.64, 5, 1], "rescaled100"],
    ["Health_Score__c", [50, "n/a", 25], [3, null, 2], "rescaled100"],
    ["Health score (0-100)", [2, 4, 5], [1.08, 1.16, 1.2], "rescaled100"],
    ["NPS", [-100, 0, 40, 100], [1, 3, 3.8, 5], "rescaledNps"],
    ["Zufriedenheit", [-20, 60], [2.6, 4.2], "rescaledNps"],
    ["Beziehung (1–5)", [4, 2, 5], [4, 2, 5], "header"],
    ["Health score", [4, 3, 2], [4, 3, 2], "header"],
    ["Relationship", [7, 4], [7, 4], "header"],
  ])("%s %j → %j (%s)", (header, scores, expected, reason) => {
    const rows = list(header, scores);
    expect(relationships(rows).map((r) => (r === null ? null : Number(r.toFixed(4))))).toEqual(expected);
    expect(fieldOf([gridFromRows("Accounts", rows)], "relationship")?.reason).toBe(reason);
  });

  test("beside a 1–5 relationship column, a health score or NPS is not read (the direct measure wins)", () => {
    for (const indirect of ["Health score", "NPS", "Kundenzufriedenheit", "CSAT"]) {
      const rows: Rows = [
        ["Account", indirect, "Relationship (1-5)", "Revenue", "Potential"],
        ["A", 78, 4, 100, 300],
        ["B", 40, 2, 100, 300],
      ];
      expect(fieldOf([gridFromRows("Accounts", rows)], "relationship")).toMatchObject({ column: "C" });
      expect(relationships(rows)).toEqual([4, 2]);
    }
  });

  test("a rescaled score raises no suspect-value warning; a score above 100 is left as written", () => {
    expect(read(list("Health score", [78, 41])).findings).toEqual([]);
    expect(relationships(list("Health score", [78, 140]))).toEqual([78, 140]);
  });

  test("property: rescaling keeps the order of scores and lands on 1–5", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("100" as const, "nps" as const),
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: -100, max: 100 }),
        (range, a, b) => {
          const [lo, hi] = range === "100" ? [Math.abs(a), Math.abs(b)] : [a, b];
          const [x, y] = [onRelationshipScale(lo, range), onRelationshipScale(hi, range)];
          expect(x).toBeGreaterThanOrEqual(1);
          expect(x).toBeLessThanOrEqual(5);
          expect(Math.sign(y - x)).toBe(Math.sign(hi - lo));
        },
      ),
    );
  });
});

describe("the words CRM exports and account plans use", () => {
  test.each([
    ["Billing Country", "region"],
    ["Rechnungsland", "region"],
    ["Country/Region", "region"],
    ["Business_Units__c", "businessAreas"],
    ["Business units", "businessAreas"],
    ["Geschäftseinheiten", "businessAreas"],
    ["Client code", "id"],
    ["Kundencode", "id"],
    ["Rev FY25", "revenue"],
    ["Konzern / Gesellschaft", "name"],
    ["Gesellschaft", "name"],
    ["Legal entity", "name"],
    ["Group / Company", "name"],
    ["NPS", "relationship"],
    ["Net Promoter Score", "relationship"],
    ["Account_Potential__c", "potential"],
    ["Health_Score__c", "relationship"],
  ])("%s → %s", (header, field) => {
    expect(scoreHeader(header)?.field).toBe(field);
  });

  test.each(["Type", "Last Activity", "Status", "Revenue Currency"])("%s names no field", (header) => {
    expect(scoreHeader(header)).toBeNull();
  });
});

describe("a header in two languages, one row each", () => {
  test.each([
    [
      "German over English",
      ["Kunden-Nr.", "Kunde", "Umsatz 2025 (T€)", "Potenzial (T€)", "Beziehung (1–5)", "KAM"],
      ["Customer no.", "Customer", "Revenue 2025 (k€)", "Potential (k€)", "Relationship (1–5)", "KAM"],
    ],
    [
      "English over German",
      ["Customer no.", "Customer", "Revenue 2025 (k€)", "Potential (k€)", "Relationship (1–5)", "KAM"],
      ["Kunden-Nr.", "Kunde", "Umsatz 2025 (T€)", "Potenzial (T€)", "Beziehung (1–5)", "KAM"],
    ],
  ])("%s: the second row is the header again, not an account", (_, top, second) => {
    const reading = read([
      top,
      second,
      ["K-1", "Alpha GmbH", 1200, 3000, 4, "Anna Berg"],
      ["K-2", "Beta AG", 800, 2500, 3, "Tom Krause"],
    ]);
    expect(reading.accounts.map((a) => [a.id, a.name, a.revenue, a.relationship])).toEqual([
      ["K-1", "Alpha GmbH", 1_200_000, 4],
      ["K-2", "Beta AG", 800_000, 3],
    ]);
    expect(reading.findings).toEqual([]);
  });
});
