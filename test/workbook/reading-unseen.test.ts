// Shapes found on account workbooks the team had not seen (test/corpora kam-uebersicht,
// key-accounts-us, profilmatrix), one pattern at a time on grids built here: owner lines above
// blocks instead of an owner column, actuals beside plan and forecast, the words US/UK teams use,
// marketing's label and value in one cell, and a profile matrix with accounts across.

import { type CellValue, type GridCell, type SheetGrid } from "../../src/sheet/grid";
import { matchColumn } from "../../src/workbook/header-rows";
import { scoreHeader } from "../../src/workbook/headers";
import { ownerLineOf } from "../../src/workbook/owner-lines";
import { readAccounts } from "../../src/workbook/read-accounts";
import { readPositioning } from "../../src/workbook/read-marketing";
import { gridFromRows } from "../support/grids";

type Rows = (CellValue | GridCell)[][];
const read = (rows: Rows, name = "Kunden") => readAccounts([gridFromRows(name, rows)]);
const owners = (rows: Rows) => read(rows).accounts.map((a) => [a.name, a.owner]);
const fieldOf = (grids: SheetGrid[], field: string) =>
  readAccounts(grids).mappings[0]?.fields.find((f) => f.field === field);

describe("owner lines above blocks (no owner column)", () => {
  const blocks = (line: (name: string) => string): Rows => [
    ["Key-Account-Übersicht 2026"],
    ["Stand: 30.09.2026"],
    [],
    ["Kd.-Nr.", "Kunde", "Umsatz 2025", "Potenzial"],
    [line("Anna Berg")],
    ["K-1", "Alpha GmbH", 1000, 2000],
    ["K-2", "Beta AG", 500, 900],
    [],
    [line("Tom Krause")],
    ["K-3", "Gamma KG", 700, 1500],
  ];

  test.each([
    ["KAM: Anna Berg", (n: string) => `KAM: ${n}`],
    ["Key Account Manager: …", (n: string) => `Key Account Manager: ${n}`],
    ["Owner – …", (n: string) => `Owner – ${n}`],
    ["Betreuer: …", (n: string) => `Betreuer: ${n}`],
    ["zuständiger KAM: …", (n: string) => `zuständiger KAM: ${n}`],
    ["Account Exec - …", (n: string) => `Account Exec - ${n}`],
    ["Account Director: …", (n: string) => `Account Director: ${n}`],
  ])("%s fills the owner of the accounts below it, up to the next line", (_, line) => {
    expect(owners(blocks(line))).toEqual([
      ["Alpha GmbH", "Anna Berg"],
      ["Beta AG", "Anna Berg"],
      ["Gamma KG", "Tom Krause"],
    ]);
  });

  test("the mapping says why: the first line's cell, its label, reason ownerLine; the lines are not reported", () => {
    const grids = [
      gridFromRows(
        "Kunden",
        blocks((n) => `KAM: ${n}`),
      ),
    ];
    expect(fieldOf(grids, "owner")).toMatchObject({
      column: "A",
      row: 5,
      header: "KAM",
      reason: "ownerLine",
      labelInCell: true,
      samples: [
        { cell: "A5", shown: "KAM: Anna Berg", read: "Anna Berg" },
        { cell: "A9", shown: "KAM: Tom Krause", read: "Tom Krause" },
      ],
    });
    expect(readAccounts(grids).findings).toEqual([]);
  });

  test("an owner column always wins over owner lines", () => {
    const rows: Rows = [
      ["Kunde", "KAM", "Umsatz"],
      ["KAM: Anna Berg"],
      ["Alpha GmbH", "Jens Petersen", 1000],
      ["Beta AG", "Maren Lüders", 500],
    ];
    expect(owners(rows)).toEqual([
      ["Alpha GmbH", "Jens Petersen"],
      ["Beta AG", "Maren Lüders"],
    ]);
    expect(fieldOf([gridFromRows("Kunden", rows)], "owner")).toMatchObject({ column: "B", reason: "header" });
  });

  test("in a list of names only, an owner line is a heading, never an account", () => {
    const rows: Rows = [
      ["Kunde", "Umsatz", "Potenzial"],
      ["Owner: Priya Shah"],
      ["Halden Bank plc", 4000, 9000],
    ];
    expect(owners(rows)).toEqual([["Halden Bank plc", "Priya Shah"]]);
  });

  test("a heading ends a block once accounts stood under it; right under the owner line it is a sub-heading", () => {
    const rows: Rows = [
      ["Kd.-Nr.", "Kunde", "Umsatz"],
      ["KAM: Anna Berg"],
      ["Gebiet Nord"],
      ["K-1", "Alpha GmbH", 1000],
      ["Gebiet Süd"],
      ["K-2", "Beta AG", 500],
    ];
    expect(owners(rows)).toEqual([
      ["Alpha GmbH", "Anna Berg"],
      ["Beta AG", null],
    ]);
  });

  test("an owner line in the title block names the owner of every account on the sheet", () => {
    const rows: Rows = [
      ["Meine Key Accounts"],
      ["Key Account Manager: Anna Berg"],
      [],
      ["Kd.-Nr.", "Kunde", "Umsatz"],
      ["K-1", "Alpha GmbH", 1000],
      ["Gebiet Süd"],
      ["K-2", "Beta AG", 500],
    ];
    expect(owners(rows)).toEqual([
      ["Alpha GmbH", "Anna Berg"],
      ["Beta AG", "Anna Berg"],
    ]);
  });

  test("an owner line with its block's sums beside it is still the owner line, not an account", () => {
    const rows: Rows = [
      ["Kunde", "Umsatz", "Potenzial"],
      ["KAM: Anna Berg", 1500, 2900],
      ["Alpha GmbH", 1000, 2000],
      ["Beta AG", 500, 900],
    ];
    expect(owners(rows)).toEqual([
      ["Alpha GmbH", "Anna Berg"],
      ["Beta AG", "Anna Berg"],
    ]);
  });

  test("'KAM Anna Berg' without a colon is an owner line when it stands alone, never an account", () => {
    const rows: Rows = [
      ["Kunde", "Umsatz", "Potenzial"],
      ["KAM Anna Berg"],
      ["Alpha GmbH", 1000, 2000],
      ["Betreuerin Dr. Jana von Wolff"],
      ["Beta AG", 500, 900],
    ];
    expect(owners(rows)).toEqual([
      ["Alpha GmbH", "Anna Berg"],
      ["Beta AG", "Dr. Jana von Wolff"],
    ]);
  });

  test.each([
    ["KAM Anna Berg", true, { label: "KAM", owner: "Anna Berg" }],
    ["Key Account Manager Jens Petersen", true, { label: "Key Account Manager", owner: "Jens Petersen" }],
    ["Owner Priya Shah", true, { label: "Owner", owner: "Priya Shah" }],
    ["KAM Anna Berg", false, null],
    ["KAM Logistik GmbH", true, null],
    ["KAM Nord", true, null],
    ["KAM-Logistik Nord", true, null],
  ])("ownerLineOf(%j, alone %s)", (text, alone, expected) => {
    expect(ownerLineOf(text, alone)).toEqual(expected);
  });

  test.each([
    ["KAM: Anna Berg", { label: "KAM", owner: "Anna Berg" }],
    ["Key-Account-Manager – Jens Petersen", { label: "Key-Account-Manager", owner: "Jens Petersen" }],
    ["Account owner: Priya Shah", { label: "Account owner", owner: "Priya Shah" }],
    ["Summe KAM: Anna Berg", null],
    ["Total owner: Priya Shah", null],
    ["Umsatz: 1.200", null],
    ["KAM: 2025", null],
    ["Gebiet Nord", null],
    ["Exec sponsor: David Kim", null],
  ])("ownerLineOf(%j)", (text, expected) => {
    expect(ownerLineOf(text)).toEqual(expected);
  });
});

describe("actuals beside plan and forecast", () => {
  test.each([
    ["Ist 2024", "Ist 2025", "Plan 2026", "Hochrechnung 2026"],
    ["Actual FY24", "Actual FY25", "Budget FY26", "Forecast FY26"],
    ["IST 2024", "IST 2025", "Ziel 2026", "Prognose 2026"],
    ["Actuals 2024", "Actuals 2025", "Plan 2026", "Expected 2026"],
  ])("%s | %s | %s | %s: revenue is the latest actual", (a, b, c, d) => {
    const rows: Rows = [
      ["Kunde", a, b, c, d, "Potenzial"],
      ["Alpha GmbH", 900, 1000, 1200, 1100, 3000],
    ];
    const reading = read(rows);
    expect(reading.accounts[0]?.revenue).toBe(1000);
    expect(reading.mappings[0]?.fields.find((f) => f.field === "revenue")).toMatchObject({
      column: "C",
      header: b,
      reason: "latestYear",
    });
  });

  test("a header naming revenue outranks a bare actuals column", () => {
    const rows: Rows = [
      ["Kunde", "Ist", "Umsatz"],
      ["Alpha GmbH", 5, 1000],
    ];
    expect(read(rows).accounts[0]?.revenue).toBe(1000);
  });

  test("under a group label, the group names the figure: 'DB' over 'Ist 2025' is the margin", () => {
    const header = {
      column: 2,
      group: "DB (%)",
      label: "Ist 2025",
      groups: ["DB (%)"],
      cells: ["DB (%)", "Ist 2025"],
    };
    expect(matchColumn(header)?.field).toBe("grossMargin");
    expect(matchColumn({ ...header, group: null, groups: [], cells: [null, "Ist 2025"] })?.field).toBe(
      "revenue",
    );
  });
});

describe("the words US and UK teams use", () => {
  test.each([
    ["Account Exec", "owner"],
    ["Account Executive", "owner"],
    ["Client Executive", "owner"],
    ["Betreuender KAM", "owner"],
    ["Exec sponsor", null],
    ["Executive sponsor", null],
    ["Health score", "relationship"],
    ["Account health", "relationship"],
    ["Kundengesundheit", "relationship"],
    ["Products in use", "businessAreas"],
    ["Solutions", "businessAreas"],
    ["Produkte im Einsatz", "businessAreas"],
    ["Eingesetzte Produkte", "businessAreas"],
    ["Target GM", null],
    ["Tier", null],
  ])("%s → %s", (header, field) => {
    expect(scoreHeader(header)?.field ?? null).toBe(field);
  });

  test.each([
    ["Med", "medium"],
    ["Mod", "medium"],
    ["med.", "medium"],
    ["High", "high"],
    ["Low", "low"],
  ])("renewal risk %s reads as %s", (value, risk) => {
    const reading = read([
      ["Account", "Renewal risk"],
      ["Halden Bank plc", value],
    ]);
    expect(reading.accounts[0]?.churnRisk).toBe(risk);
    expect(reading.findings.map((f) => f.code)).not.toContain("CELL_UNREADABLE");
  });

  test("Account Exec beside Exec sponsor: the exec is the owner, and the mapping shows the column", () => {
    const grids = [
      gridFromRows("Accounts", [
        ["Account", "Exec sponsor", "Account Exec", "Revenue ($m)"],
        ["Halden Bank plc", "David Kim", "Megan Alvarez", 4.85],
      ]),
    ];
    expect(readAccounts(grids).accounts[0]).toMatchObject({ owner: "Megan Alvarez", revenue: 4_850_000 });
    expect(fieldOf(grids, "owner")).toMatchObject({ column: "C", header: "Account Exec" });
  });
});

describe("marketing: label and value in one cell", () => {
  test.each([
    [
      "de",
      [
        "Positionierung: Qualitätsführer für Infrastruktur",
        "Mindest-DB je Kunde: 28 %",
        "Fokussegmente: Energie; Logistik",
        "Ausgeschlossene Segmente: Rüstung, Glücksspiel",
      ],
      {
        positioning: "Qualitätsführer für Infrastruktur",
        minGrossMargin: 0.28,
        focusSegments: ["Energie", "Logistik"],
        excludedSegments: ["Rüstung", "Glücksspiel"],
      },
    ],
    [
      "en",
      [
        "Positioning – trusted operations partner",
        "Minimum margin per account: 22%",
        "Focus segments: Utilities, Transport",
        "Excluded segments: Gambling; Tobacco",
      ],
      {
        positioning: "trusted operations partner",
        minGrossMargin: 0.22,
        focusSegments: ["Utilities", "Transport"],
        excludedSegments: ["Gambling", "Tobacco"],
      },
    ],
  ])("%s", (_, lines, positioning) => {
    const grid = gridFromRows("Marketing", [["Vorgaben"], [], ...lines.map((l) => [l])]);
    expect(readPositioning(grid)).toEqual({ positioning, findings: [] });
  });

  test("a value that itself holds a colon stays the value of its label beside it", () => {
    const grid = gridFromRows("Marketing", [["Positionierung", "Premium: Qualität statt Preis"]]);
    expect(readPositioning(grid).positioning.positioning).toBe("Premium: Qualität statt Preis");
  });
});

describe("a profile matrix: one column per account", () => {
  const matrix: Rows = [
    ["Key-Account-Steckbriefe"],
    [],
    ["Kunde", "Alpha GmbH", "Beta AG", "Gamma KG"],
    ["Kundennummer", "K-1", "K-2", "K-3"],
    ["KAM", "Anna Berg", "Tom Krause", "Anna Berg"],
    ["Kunde seit", 2013, 2018, 2021],
    ["Umsatz 2025 (T€)", 1840, 960, 430],
    ["Potenzial (T€)", 4200, 2500, 1100],
    ["Beziehung (1–5)", 4, 3, 2],
  ];

  test("each account is read from its own column", () => {
    const reading = read(matrix, "Steckbriefe");
    expect(
      reading.accounts.map((a) => [a.id, a.name, a.owner, a.revenue, a.potential, a.relationship]),
    ).toEqual([
      ["K-1", "Alpha GmbH", "Anna Berg", 1_840_000, 4_200_000, 4],
      ["K-2", "Beta AG", "Tom Krause", 960_000, 2_500_000, 3],
      ["K-3", "Gamma KG", "Anna Berg", 430_000, 1_100_000, 2],
    ]);
    expect(reading.findings).toEqual([]);
    expect(reading.mappings[0]?.fields.find((f) => f.field === "revenue")).toMatchObject({
      column: "B",
      row: 7,
      scale: 1000,
    });
  });

  test.each([
    ["an empty corner", null],
    ["a corner naming no field", "Kennzahl"],
    ["an English corner", "KPI"],
  ])("the account names as a row of their own over the labels, with %s", (_, corner) => {
    const grids = [
      gridFromRows("Steckbriefe", [
        ["Steckbriefe"],
        [corner, "Alpha GmbH", "Beta AG"],
        ["Branche", "Chemie", "Glas"],
        ["Umsatz 2025", 100, 200],
        ["Potenzial", 300, 400],
        ["KAM", "Anna Berg", "Tom Krause"],
      ]),
    ];
    const reading = readAccounts(grids);
    expect(reading.accounts.map((a) => [a.name, a.industry, a.revenue, a.owner])).toEqual([
      ["Alpha GmbH", "Chemie", 100, "Anna Berg"],
      ["Beta AG", "Glas", 200, "Tom Krause"],
    ]);
    expect(fieldOf(grids, "name")).toMatchObject({
      column: "B",
      row: 2,
      header: corner ?? "",
      reason: "accountColumns",
    });
  });

  test("two texts above one profile's values name no accounts: an ordinary profile", () => {
    const reading = read(
      [
        ["Stand: 2026", "Quelle: CRM"],
        ["Kundennummer", "K-9"],
        ["Umsatz 2025", 100],
        ["Potenzial", 300],
        ["KAM", "Anna Berg"],
      ],
      "K-9",
    );
    expect(reading.accounts.map((a) => [a.id, a.name, a.revenue])).toEqual([["K-9", null, 100]]);
  });

  test("a profile with a value per year is not a matrix: the latest year is read", () => {
    const reading = read(
      [
        ["Kunde", "Alpha GmbH"],
        ["Kundennummer", "K-1"],
        [null, 2024, 2025],
        ["Umsatz (T€)", 900, 1000],
        ["Potenzial (T€)", 3000],
      ],
      "Alpha",
    );
    expect(reading.accounts.map((a) => [a.name, a.revenue])).toEqual([["Alpha GmbH", 1_000_000]]);
  });
});
