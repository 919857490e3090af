// Reading choices a user must not be left guessing about: every cell is read the way its column
// reads, and a cell that allows two readings, holds an Excel error where text belongs, or holds a
// formula that was never calculated is named in a finding.

import type { Finding } from "../../src/domain/finding";
import { type GridCell } from "../../src/sheet";
import { readAccounts } from "../../src/workbook/read-accounts";
import { gridFromRows } from "../support/grids";

const HEADER = ["Kunden-ID", "Kundenname", "Umsatz", "Umsatzpotenzial", "Bruttomarge (%)", "Kunde seit"];
const cell = (value: GridCell["value"], extra: Partial<GridCell> = {}): GridCell => ({
  value,
  format: "General",
  ...extra,
});

function read(rows: (string | number | GridCell | null)[][]) {
  return readAccounts([gridFromRows("Kunden", [HEADER, ...rows])]);
}

const codes = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.code === "CELL_UNREADABLE" || f.code === "CELL_AMBIGUOUS")
    .map((f) => [
      f.code,
      f.subject.type === "cell" ? `${f.subject.column}${f.subject.row}` : "",
      f.params.expected,
    ]);

describe("margins under a percent header", () => {
  test.each<[string, (number | string)[], (number | null)[], string[]]>([
    ["fractions only: fractions", [0.29, 0.195, 0.355], [0.29, 0.195, 0.355], []],
    ["points only: points", [29, 19.5, 35], [0.29, 0.195, 0.35], []],
    [
      "a fraction among points: read like the column, and said",
      [0.29, 19.5, 35],
      [0.0029, 0.195, 0.35],
      ["E2"],
    ],
    ["0 among points is 0", [0, 19.5, 35], [0, 0.195, 0.35], []],
    ["a % sign is always a percentage", ["29 %", 19.5, 35], [0.29, 0.195, 0.35], []],
  ])("%s", (_label, margins, expected, ambiguous) => {
    const reading = read(margins.map((m, i) => [`K-${i}`, `Kunde ${i}`, 100, 200, m, null]));
    expect(reading.accounts.map((a) => a.grossMargin)).toEqual(expected);
    expect(
      codes(reading.findings)
        .filter(([c]) => c === "CELL_AMBIGUOUS")
        .map(([, at]) => at),
    ).toEqual(ambiguous);
  });
});

describe("slash dates in one column are read in one order", () => {
  test.each<[string, string[], string[], string[]]>([
    [
      "a month-first date makes the column month first",
      ["01/02/2019", "12/31/2019"],
      ["2019-01-02", "2019-12-31"],
      [],
    ],
    [
      "a day-first date makes the column day first",
      ["01/02/2019", "31/12/2019"],
      ["2019-02-01", "2019-12-31"],
      [],
    ],
    [
      "nothing tells: day first, as documented",
      ["01/02/2019", "03/04/2020"],
      ["2019-02-01", "2020-04-03"],
      [],
    ],
    [
      "the column disagrees with itself: day first, and the cells read both ways are named",
      ["01/02/2019", "12/31/2019", "31/12/2019", "05/05/2020"],
      ["2019-02-01", "2019-12-31", "2019-12-31", "2020-05-05"],
      ["F2"],
    ],
  ])("%s", (_label, dates, expected, ambiguous) => {
    const reading = read(dates.map((d, i) => [`K-${i}`, `Kunde ${i}`, 100, 200, null, d]));
    expect(reading.accounts.map((a) => a.customerSince)).toEqual(expected);
    expect(
      codes(reading.findings)
        .filter(([c]) => c === "CELL_AMBIGUOUS")
        .map(([, at]) => at),
    ).toEqual(ambiguous);
  });
});

describe("errors and uncalculated formulas are named, never read as empty in silence", () => {
  test.each<[string, (string | number | GridCell | null)[], unknown[][]]>([
    [
      "#VALUE! as the id",
      [cell("#VALUE!", { error: true }), "Beta AG", 100, 200],
      [["CELL_UNREADABLE", "A2", { term: "expect.value" }]],
    ],
    [
      "#NAME? as the name",
      ["K-1", cell("#NAME?", { error: true }), 100, 200],
      [["CELL_UNREADABLE", "B2", { term: "expect.value" }]],
    ],
    [
      "a formula without a cached value as the revenue",
      ["K-1", "Alpha", cell("", { formula: "=SUM(X1:X9)" }), 200],
      [["CELL_UNREADABLE", "C2", { term: "expect.calculated" }]],
    ],
    [
      "a formula without a cached value as the name",
      ["K-1", cell("", { formula: "=A1" }), 100, 200],
      [["CELL_UNREADABLE", "B2", { term: "expect.calculated" }]],
    ],
  ])("%s", (_label, row, expected) => {
    const reading = read([row, ["K-9", "Omega", 100, 200]]);
    expect(codes(reading.findings)).toEqual(expected);
  });

  test("a row whose id and name are both unreadable is still an account, named by its cells", () => {
    const reading = read([
      ["K-1", "Alpha", 100, 200],
      [cell("", { formula: "=X1" }), cell("#N/A", { error: true }), 500, 600],
    ]);
    expect(reading.accounts.map((a) => [a.id, a.name, a.revenue])).toEqual([
      ["K-1", "Alpha", 100],
      [null, null, 500],
    ]);
    expect(codes(reading.findings).map(([, at]) => at)).toEqual(["A3", "B3"]);
  });

  test("the finding shows the formula", () => {
    const reading = read([["K-1", "Alpha", cell("", { formula: "=SUM(X1:X9)" }), 200]]);
    expect(reading.findings.find((f) => f.code === "CELL_UNREADABLE")?.params.value).toBe("=SUM(X1:X9)");
  });
});
