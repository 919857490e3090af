import { Workbook } from "exceljs";
import { denseCells } from "../../support/dense-grid";
import { openXlsx } from "../../../src/hosts/xlsx";
import { excelSerialFromIso } from "../../../src/domain/dates";
import { cellAt, lastColumn, lastRow } from "../../../src/sheet";
import { likeExcelWrote, partText, toBytes, userWorkbook, utcDate } from "../../support/xlsx-fixtures";

const serial = (iso: string): number => excelSerialFromIso(iso)!;

/** A sheet whose used range starts at C3, with one cell of every kind exceljs can hold. */
function valuesWorkbook(): Workbook {
  const workbook = new Workbook();
  const ws = workbook.addWorksheet("Values");
  ws.getCell("C3").value = "text";
  ws.getCell("D3").value = 1250.5;
  ws.getCell("D3").numFmt = "#,##0.00";
  ws.getCell("E3").value = true;
  ws.getCell("F3").value = utcDate(2027, 12, 31);
  ws.getCell("F3").numFmt = "dd.mm.yyyy";
  ws.getCell("C4").value = { formula: "D3*2", result: 2501 };
  ws.getCell("D4").value = { formula: "D3-D3", result: 0 };
  ws.getCell("E4").value = { formula: 'C3&"!"', result: "text!" };
  ws.getCell("F4").value = { formula: "D3>0", result: true };
  ws.getCell("G4").value = { formula: "F3+1", result: utcDate(2028, 1, 1) };
  ws.getCell("G4").numFmt = "yyyy-mm-dd";
  ws.getCell("H4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("C5").value = { formula: "NOW()" };
  ws.getCell("D5").value = { error: "#N/A" };
  ws.getCell("E5").value = { richText: [{ text: "rich ", font: { bold: true } }, { text: "text" }] };
  ws.getCell("F5").value = { text: "a link", hyperlink: "https://example.com" };
  ws.getCell("G5").value = "";
  ws.getCell("C7").value = "merged title";
  ws.mergeCells("C7:E8");
  ws.getCell("C9").value = 0.315;
  ws.getCell("C9").numFmt = "0.0%";
  ws.getCell("D9").numFmt = "@";
  ws.getCell("F6").numFmt = "0"; // exceljs drops a hidden row without cells or height
  ws.getRow(6).hidden = true;
  ws.getCell("A12").numFmt = "0";
  ws.getRow(12).hidden = true; // outside the used range
  return workbook;
}

describe("xlsx host, read side", () => {
  test("the used range is the bounding box of cells with a value, here from C3", async () => {
    const host = await openXlsx(await toBytes(valuesWorkbook()));
    const grid = await host.readSheet("Values");
    expect(grid).toMatchObject({ name: "Values", visible: true, firstRow: 3, firstColumn: 3 });
    expect(lastRow(grid)).toBe(9);
    expect(lastColumn(grid)).toBe(8);
    expect(denseCells(grid).every((row) => row.length === 6)).toBe(true);
  });

  test("plain values: text, numbers, booleans, dates as 1900-system serials with their format", async () => {
    const grid = await (await openXlsx(await toBytes(valuesWorkbook()))).readSheet("Values");
    expect(cellAt(grid, 3, 3)).toEqual({ value: "text", format: "General" });
    expect(cellAt(grid, 3, 4)).toEqual({ value: 1250.5, format: "#,##0.00" });
    expect(cellAt(grid, 3, 5)).toEqual({ value: true, format: "General" });
    expect(cellAt(grid, 3, 6)).toEqual({ value: serial("2027-12-31"), format: "dd.mm.yyyy" });
    expect(cellAt(grid, 3, 6).value).toBe(46752);
    expect(cellAt(grid, 9, 3)).toEqual({ value: 0.315, format: "0.0%" });
  });

  test("formulas read as their cached results, including 0, text, booleans, dates and errors", async () => {
    const grid = await (await openXlsx(await toBytes(valuesWorkbook()))).readSheet("Values");
    expect(cellAt(grid, 4, 3).value).toBe(2501);
    expect(cellAt(grid, 4, 4).value).toBe(0);
    expect(cellAt(grid, 4, 5).value).toBe("text!");
    expect(cellAt(grid, 4, 6).value).toBe(true);
    expect(cellAt(grid, 4, 7)).toEqual({ value: serial("2028-01-01"), format: "yyyy-mm-dd" });
    expect(cellAt(grid, 4, 8)).toEqual({ value: "#DIV/0!", format: "General", error: true });
    // No cached result: empty, with the formula, so the reader can report it.
    expect(cellAt(grid, 5, 3)).toMatchObject({ value: "", formula: expect.stringMatching(/^=/) });
  });

  test("errors, rich text, hyperlinks, empty strings", async () => {
    const grid = await (await openXlsx(await toBytes(valuesWorkbook()))).readSheet("Values");
    expect(cellAt(grid, 5, 4)).toEqual({ value: "#N/A", format: "General", error: true });
    expect(cellAt(grid, 5, 5).value).toBe("rich text");
    expect(cellAt(grid, 5, 6).value).toBe("a link");
    expect(cellAt(grid, 5, 7).value).toBeNull();
  });

  test("merged cells: the master holds the value, the rest of the area is empty", async () => {
    const grid = await (await openXlsx(await toBytes(valuesWorkbook()))).readSheet("Values");
    expect(cellAt(grid, 7, 3).value).toBe("merged title");
    for (const [r, c] of [
      [7, 4],
      [7, 5],
      [8, 3],
      [8, 5],
    ] as const) {
      expect(cellAt(grid, r, c).value).toBeNull();
    }
  });

  test("hidden rows within the used range; empty cells are empty whatever their format", async () => {
    const grid = await (await openXlsx(await toBytes(valuesWorkbook()))).readSheet("Values");
    expect(grid.hiddenRows).toEqual([6]);
    // Sparse: a cell without a value is not kept, whatever its format.
    expect(cellAt(grid, 9, 4)).toEqual({ value: null, format: "General" });
  });

  test("a sheet without values has no cells", async () => {
    const workbook = new Workbook();
    workbook.addWorksheet("Leer").getCell("B2").numFmt = "0%";
    const grid = await (await openXlsx(await toBytes(workbook))).readSheet("Leer");
    expect(grid).toMatchObject({ firstRow: 1, firstColumn: 1, lastRow: 0, lastColumn: 0, hiddenRows: [] });
    expect(grid.rows.size).toBe(0);
  });

  test("sheets in tab order with visibility and tables; names that refer to one range", async () => {
    const host = await openXlsx(await toBytes(userWorkbook()));
    expect(await host.listSheets()).toEqual([
      { name: "Kunden Nord", visible: true, tables: ["Kunden"] },
      { name: "Parameter", visible: false, tables: [] },
      { name: "US-7", visible: true, tables: [] },
    ]);
    expect(await host.listNames()).toEqual(
      expect.arrayContaining([
        { name: "Umsaetze", sheet: "Kunden Nord", address: "D5:D7" },
        { name: "Titel", sheet: "Kunden Nord", address: "B2" },
        { name: "Wachstum", sheet: "Parameter", address: "B1" },
      ]),
    );
    expect(await host.listNames()).toHaveLength(3);
  });

  test("a table: its range (header row on top) and header flag", async () => {
    const grid = await (await openXlsx(await toBytes(userWorkbook()))).readSheet("Kunden Nord");
    expect(grid.tables).toEqual([{ name: "Kunden", top: 4, left: 2, bottom: 7, right: 6, hasHeader: true }]);
    expect(grid.hiddenRows).toEqual([6]);
    expect(cellAt(grid, 2, 2).value).toBe("Key Accounts Nord");
    expect(cellAt(grid, 9, 4).value).toBe(2_000_000);
    expect(cellAt(grid, 7, 8).value).toBe(0); // shared formula with a cached 0
    expect(cellAt(grid, 6, 8).value).toBe(1_600_000);
  });

  test("a table as Excel writes it (no headerRowCount) still has its header; no built-in names", async () => {
    const bytes = await likeExcelWrote(await toBytes(userWorkbook()));
    const host = await openXlsx(bytes);
    const grid = await host.readSheet("Kunden Nord");
    expect(grid.tables[0]).toMatchObject({ name: "Kunden", hasHeader: true });
    expect((await host.listNames()).map((n) => n.name)).not.toContain("_xlnm._FilterDatabase");
  });

  test("sheet names are found case-insensitively; an unknown sheet is the port's sheetNotFound", async () => {
    const host = await openXlsx(await toBytes(userWorkbook()));
    expect((await host.readSheet("us-7")).name).toBe("US-7");
    await expect(host.readSheet("Nope")).rejects.toMatchObject({
      code: "sheetNotFound",
      params: { sheet: "Nope" },
    });
  });

  test("validations survive open and save, a whole-column one as one range", async () => {
    const host = await openXlsx(await toBytes(userWorkbook({ wholeColumnValidation: true })));
    const sheetXml = await partText(await host.save(), "xl/worksheets/sheet1.xml");
    const sqrefs = [...sheetXml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(sqrefs.sort()).toEqual(["L5:L7", "M1:M1048576", "N5:N7", "O5:O7"]);
  });
});
