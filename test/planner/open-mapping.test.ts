// Opening a workbook yields how it was read: the mapping, this run's overrides on top of what the
// reader finds, the headers' language as the answer language when none was asked for, and suspect
// figures that name the cell they came from.

import { interpretWorkbook, languageFor, workbookFindings, type WorkbookSnapshot } from "../../src/planner";
import { type SheetGrid } from "../../src/sheet/grid";
import { gridFromRows } from "../support/grids";

const snapshot = (...grids: SheetGrid[]): WorkbookSnapshot => ({ sheets: [], grids, names: [] });

const german = gridFromRows("Kunden", [
  ["Kunden-ID", "Kundenname", "Umsatz 2024", "Umsatz 2025", "Umsatzpotenzial", "Marge"],
  ["K-1", "Alpha GmbH", 100, 120, 500, 0.3],
  ["K-2", "Beta AG", 300, 900, 600, 0.25],
]);
const english = gridFromRows("Accounts", [
  ["Account ID", "Customer", "Revenue", "Wallet size"],
  ["A-1", "Acme Inc.", 1, 2],
]);

describe("the workbook's language", () => {
  test.each<[SheetGrid[], "de" | "en" | null]>([
    [[german], "de"],
    [[english], "en"],
    [
      [
        gridFromRows("S", [
          ["ID", "Name", "Region"],
          ["1", "x", "y"],
        ]),
      ],
      null,
    ],
  ])("%#: from the recognised headers", (grids, language) => {
    expect(interpretWorkbook(snapshot(...grids)).language).toBe(language);
  });

  test("answers in it when nothing else says which language", () => {
    const opened = interpretWorkbook(snapshot(german));
    expect(languageFor(null, null, opened, "en")).toBe("de");
    expect(languageFor("en", null, opened, "en")).toBe("en");
    expect(languageFor(null, null, interpretWorkbook(snapshot(english)), "de")).toBe("en");
  });
});

describe("overrides for one run", () => {
  test("a column for every list sheet, or for one sheet by name", () => {
    const all = interpretWorkbook(snapshot(german), {
      overrides: [{ sheet: null, field: "revenue", at: "C" }],
    });
    expect(all.accounts.map((a) => a.revenue)).toEqual([100, 300]);
    const other = interpretWorkbook(snapshot(german), {
      overrides: [{ sheet: "Accounts", field: "revenue", at: "C" }],
    });
    expect(other.accounts.map((a) => a.revenue)).toEqual([120, 900]);
    expect(all.mappings[0]?.fields.find((f) => f.field === "revenue")).toMatchObject({
      column: "C",
      reason: "override",
    });
  });

  test("not reading a key field is a finding naming what is missing", () => {
    const opened = interpretWorkbook(snapshot(german), {
      overrides: [{ sheet: null, field: "potential", at: null }],
    });
    const [missing] = workbookFindings(opened).filter((f) => f.code === "SHEET_FIELD_MISSING");
    expect(missing).toMatchObject({
      field: "potential",
      subject: { type: "cell", sheet: "Kunden", row: 1, column: "A" },
    });
  });
});

test("a suspect figure names the cell and header it was read from", () => {
  const opened = interpretWorkbook(snapshot(german));
  const suspect = opened.accountFindings.find((f) => f.code === "ACCOUNT_DATA_SUSPECT");
  expect(suspect?.subject).toEqual({ type: "account", id: "K-2" });
  expect(suspect?.params).toMatchObject({
    sourceSheet: "Kunden",
    sourceCell: "D3",
    sourceHeader: "Umsatz 2025",
  });
});
