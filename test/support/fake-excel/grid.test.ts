import { denseCells } from "../dense-grid";
import { createWireExcel } from "../office-js";
import { gridFromRows } from "../grids";

describe("toGrid", () => {
  test("a SheetGrid given to the fake comes back from toGrid unchanged", async () => {
    const grid = gridFromRows(
      "Accounts",
      [
        ["ID", "Name", "Umsatz 2025 (€)"],
        ["K-1001", "Acme", { value: 1250000, format: "#,##0 €" }],
        ["K-1002", "Globex", { value: "#N/A", format: "General", error: true }],
      ],
      {
        hiddenRows: [3],
        tables: [{ name: "Accounts", top: 1, left: 1, bottom: 3, right: 3, hasHeader: true }],
      },
    );
    const fake = await createWireExcel({ sheets: [grid] });
    expect(fake.workbook.toGrid("Accounts")).toEqual(grid);
  });

  test("toGrid shows what the API wrote, formula cells with their value", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3");
      range.numberFormat = [
        ["@", "General"],
        ["@", "0.0%"],
      ];
      range.values = [
        ["00123", 1],
        ["=x", "=1/0"],
      ];
      await context.sync();
    });
    const grid = fake.workbook.toGrid("Sheet1");
    expect(grid).toMatchObject({ firstRow: 2, firstColumn: 2 });
    expect(denseCells(grid)).toEqual([
      [
        { value: "00123", format: "@" },
        { value: 1, format: "General" },
      ],
      [
        { value: "=x", format: "@" },
        { value: "#DIV/0!", format: "0.0%", error: true },
      ],
    ]);
  });
});
