import fc from "fast-check";
import { finding } from "../../src/domain/finding";
import type { CellValue, GridCell, SheetGrid } from "../../src/sheet/grid";
import { findMarketingSheet, readPositioning } from "../../src/workbook/read-marketing";
import { gridFromRows, shiftGrid } from "../support/grids";

const accounts = gridFromRows("Kunden", [
  ["Kunde", "Umsatz"],
  ["A", 1],
]);

describe("findMarketingSheet", () => {
  test.each([
    "Marketing",
    "marketing",
    "Marketing-Positionierung",
    "Marketing Positionierung",
    "POSITIONIERUNG",
    "Positioning",
    "Marketing positioning",
    "marketing_positioning",
  ])("by name: %p", (name) => {
    const sheet = gridFromRows(name, [["x"]]);
    expect(findMarketingSheet([accounts, sheet])?.name).toBe(name);
  });

  test("by content: two or more marketing labels in different rows", () => {
    const sheet = gridFromRows("Vorgaben", [
      ["Vorgaben 2026"],
      ["Positioning", "Premium"],
      ["Margin floor", "25%"],
    ]);
    expect(findMarketingSheet([accounts, sheet])?.name).toBe("Vorgaben");
  });

  test("a header row naming marketing words is no marketing sheet", () => {
    const sheet = gridFromRows("Liste", [
      ["Kunde", "Positionierung", "Mindestmarge"],
      ["A", "Premium", "20 %"],
    ]);
    expect(findMarketingSheet([accounts, sheet])).toBeUndefined();
  });

  test("none", () => {
    expect(findMarketingSheet([accounts])).toBeUndefined();
    expect(findMarketingSheet([])).toBeUndefined();
  });
});

describe("readPositioning", () => {
  test("English labels, items continued in the rows below, several values on a row", () => {
    const grid = gridFromRows("Positioning", [
      ["Marketing positioning 2026"],
      [],
      ["Positioning", "Value leader"],
      ["Minimum gross margin", { value: 0.18, format: "0%" }],
      ["Focus industries", "Retail", "Logistics"],
      [null, "Outdoor"],
      [null, "retail"],
      ["Excluded segments", "Tobacco"],
      [null, "Weapons; Gambling"],
      [],
      [null, "not a continuation"],
    ]);
    expect(readPositioning(grid)).toEqual({
      positioning: {
        positioning: "Value leader",
        minGrossMargin: 0.18,
        focusSegments: ["Retail", "Logistics", "Outdoor"],
        excludedSegments: ["Tobacco", "Weapons", "Gambling"],
      },
      findings: [],
    });
  });

  test.each<[CellValue | GridCell, number | null]>([
    ["22 %", 0.22],
    ["22%", 0.22],
    ["22,5 %", 0.225],
    [{ value: 0.22, format: "0.0%" }, 0.22],
    [22, 0.22],
    ["22", 0.22],
    [0.22, 0.22],
    ["k. A.", null],
  ])("minimum margin %p → %p", (value, margin) => {
    const grid = gridFromRows("Marketing", [["Mindestbruttomarge", value]]);
    expect(readPositioning(grid)).toEqual({
      positioning: { positioning: null, minGrossMargin: margin, focusSegments: [], excludedSegments: [] },
      findings: [],
    });
  });

  test("an unreadable minimum margin is reported at its cell", () => {
    const grid = gridFromRows("Marketing", [
      ["Positionierung", "Premium"],
      ["Mindestmarge", null, "hoch"],
    ]);
    const { positioning, findings } = readPositioning(grid);
    expect(positioning.minGrossMargin).toBeNull();
    expect(findings).toEqual([
      finding(
        "CELL_UNREADABLE",
        { type: "cell", sheet: "Marketing", row: 2, column: "C" },
        "minGrossMargin",
        {
          value: "hoch",
          field: { term: "field.minGrossMargin" },
          expected: { term: "expect.percent" },
        },
      ),
    ]);
  });

  test("German synonyms", () => {
    const grid = gridFromRows("Marketing", [
      ["Marktpositionierung", "Qualitätsführer"],
      ["Fokusbranchen", "Medizintechnik und Lebensmittel"],
      ["Tabu-Segmente", "Tabak / Rüstung"],
    ]);
    expect(readPositioning(grid).positioning).toEqual({
      positioning: "Qualitätsführer",
      minGrossMargin: null,
      focusSegments: ["Medizintechnik", "Lebensmittel"],
      excludedSegments: ["Tabak", "Rüstung"],
    });
  });

  test("a used range not starting at A1", () => {
    const grid: SheetGrid = shiftGrid(gridFromRows("Marketing", [["Margin floor", "abc"]]), 4, 2);
    expect(readPositioning(grid).findings[0]?.subject).toEqual({
      type: "cell",
      sheet: "Marketing",
      row: 4,
      column: "C",
    });
  });

  test("never throws", () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constantFrom("Positionierung", "Mindestmarge", "Fokussegmente", "22 %"),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { maxLength: 5 }), { maxLength: 10 }),
        fc.integer({ min: 1, max: 100 }),
        (rows, firstRow) => {
          const grid = shiftGrid(gridFromRows("M", rows), firstRow, 1);
          readPositioning(grid);
          findMarketingSheet([grid]);
        },
      ),
    );
  });
});
