import { readFileSync } from "node:fs";
import { denseCells } from "../../support/dense-grid";
import path from "node:path";
import { openXlsx } from "../../../src/hosts/xlsx";
import { cellAt, lastColumn, lastRow, type SheetGrid } from "../../../src/sheet";

const samples = path.join(__dirname, "../../../assets/samples");
const open = (file: string) => openXlsx(new Uint8Array(readFileSync(path.join(samples, file))));
const value = (grid: SheetGrid, row: number, column: number) => cellAt(grid, row, column).value;

describe("the shared sample workbooks read as Excel shows them", () => {
  test("Beispiel-Kundenportfolio.xlsx: a list sheet with a title, text and real numbers, a total", async () => {
    const host = await open("Beispiel-Kundenportfolio.xlsx");
    expect(await host.listSheets()).toEqual([
      { name: "Kundenportfolio", visible: true, tables: [] },
      { name: "Marketing", visible: true, tables: [] },
    ]);
    expect(await host.listNames()).toEqual([]);
    const grid = await host.readSheet("Kundenportfolio");
    expect([grid.firstRow, grid.firstColumn, lastRow(grid), lastColumn(grid)]).toEqual([1, 1, 10, 10]);
    expect(value(grid, 1, 1)).toBe("Key Accounts – Region DACH");
    expect(value(grid, 2, 1)).toBeNull();
    expect(denseCells(grid)[2]?.map((c) => c.value)).toEqual([
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
    ]);
    expect(value(grid, 4, 4)).toBe(1_850_000);
    expect(value(grid, 5, 4)).toBe("2.400.000 €");
    expect(cellAt(grid, 4, 6)).toEqual({ value: 0.29, format: "0.0%" });
    expect(value(grid, 5, 6)).toBe("19,5 %");
    expect(value(grid, 8, 4)).toBe("k. A.");
    expect(cellAt(grid, 10, 4)).toEqual({ value: 5_710_000, format: "General" });
    expect(value(grid, 10, 2)).toBe("Gesamt");
    expect(value(grid, 10, 1)).toBeNull();
    expect(grid.hiddenRows).toEqual([]);
    expect(grid.tables).toEqual([]);

    const marketing = await host.readSheet("Marketing");
    expect(denseCells(marketing).map((row) => row.map((c) => c.value))).toEqual([
      ["Positionierung", "Qualitätsführer (Premium)"],
      ["Mindestbruttomarge", "22 %"],
      ["Fokussegmente", "Medizintechnik; Lebensmittel"],
      ["Ausgeschlossene Segmente", "Tabak"],
    ]);
  });

  test("sample-profiles-en.xlsx: one profile sheet per account, label/value pairs", async () => {
    const host = await open("sample-profiles-en.xlsx");
    expect((await host.listSheets()).map((s) => s.name)).toEqual(["Read me", "US-7", "US-9"]);
    const us7 = await host.readSheet("US-7");
    expect(value(us7, 7, 1)).toBe("Revenue potential");
    expect(value(us7, 7, 2)).toBe("$4.5M");
    expect(value(us7, 4, 2)).toBe("US-7");
    expect(value(us7, 8, 2)).toBe("27%");
    const us9 = await host.readSheet("US-9");
    expect(value(us9, 7, 2)).toBe("$4,000,000");
    expect(value(us9, 3, 2)).toBe("Harbor Freight Lines");
    expect(denseCells(await host.readSheet("Read me"))).toEqual([
      [{ value: "One sheet per key account. Figures in USD.", format: "General" }],
    ]);
  });

  test("a sample survives open, write and save with its own sheets unchanged", async () => {
    const host = await open("Beispiel-Kundenportfolio.xlsx");
    const before = await host.readSheet("Kundenportfolio");
    await host.writeSheet(
      {
        name: "KAM-Ziele",
        values: [[{ kind: "text", text: "Ziele" }]],
        styles: [],
        columnWidths: [],
        rowHeights: [],
        merges: [],
        freeze: null,
        table: null,
        validations: [],
        names: [],
        print: { landscape: false, fitToWidth: false, repeatRows: null },
        tabColor: null,
      },
      { replace: false },
    );
    const reopened = await openXlsx(await host.save());
    expect(await reopened.readSheet("Kundenportfolio")).toEqual(before);
    expect((await reopened.listSheets()).map((s) => s.name)).toEqual([
      "Kundenportfolio",
      "Marketing",
      "KAM-Ziele",
    ]);
  });
});
