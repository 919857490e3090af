import { rejectsWith } from "./expect-error";
import { denseCells } from "../dense-grid";
import { createWireExcel } from "../office-js";
import { UNSUPPORTED_FORMULA } from "./index";

async function write(values: unknown[][], address = "A1", numberFormat?: string[][]) {
  const fake = await createWireExcel();
  await fake.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
    if (numberFormat) range.numberFormat = numberFormat;
    range.values = values;
    await context.sync();
  });
  return fake.workbook.sheet("Sheet1");
}

describe("writing values", () => {
  test("a 3×2 array written to a 2×2 range fails with InvalidArgument and changes nothing", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
        [5, 6],
      ];
      await rejectsWith(context.sync(), "InvalidArgument");
    });
    expect(denseCells(fake.workbook.toGrid("Sheet1"))).toEqual([]);
  });

  test("one scalar is accepted for the whole range; a 1×1 array is not", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.values = "all" as unknown as string[][];
      await context.sync();
      range.values = [["x"]];
      await rejectsWith(context.sync(), "InvalidArgument");
    });
    expect(fake.workbook.sheet("Sheet1").cell("B2").value).toBe("all");
  });

  test("null elements leave cells unchanged; null for the whole property is invalid", async () => {
    const fake = await createWireExcel({ sheets: [{ name: "Sheet1", cells: [["keep", "old"]] }] });
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [[null, "new"]];
      await context.sync();
      range.values = null as unknown as string[][];
      await rejectsWith(context.sync(), "InvalidArgument");
    });
    expect(fake.workbook.sheet("Sheet1").cell("A1").value).toBe("keep");
    expect(fake.workbook.sheet("Sheet1").cell("B1").value).toBe("new");
  });

  test('text starting with "=" becomes a formula in a General cell', async () => {
    const sheet = await write([['=HYPERLINK("http://x","y")']]);
    expect(sheet.cell("A1").formula).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.cell("A1").value).toBe(UNSUPPORTED_FORMULA);
  });

  test('text starting with "=" stays text in a cell formatted "@" earlier in the same batch', async () => {
    const sheet = await write([["=1+1"]], "A1", [["@"]]);
    expect(sheet.cell("A1").formula).toBeNull();
    expect(sheet.cell("A1").value).toBe("=1+1");
  });

  test('"+x" and "-x" become formulas; "+1" and "-1" are numbers; an apostrophe keeps text', async () => {
    const sheet = await write([["+A1", "-Budget", "+1", "-1", "'=literal"]], "B1:F1");
    expect(sheet.cell("B1").formula).toBe("=+A1");
    expect(sheet.cell("C1").formula).toBe("=-Budget");
    expect(sheet.cell("D1").value).toBe(1);
    expect(sheet.cell("E1").value).toBe(-1);
    expect(sheet.cell("F1")).toMatchObject({ value: "=literal", formula: null });
  });

  test('"00123" becomes the number 123 in a General cell and stays "00123" in a text cell', async () => {
    const general = await write([["00123", "1e5"]], "A1:B1");
    expect(general.cell("A1").value).toBe(123);
    expect(general.cell("B1").value).toBe(100000);
    const text = await write([["00123"]], "A1", [["@"]]);
    expect(text.cell("A1").value).toBe("00123");
  });

  test("percentages, grouped numbers, dates and booleans are parsed like typed input (en-US)", async () => {
    const sheet = await write([["12%", "1,234.50", "2024-01-31", "TRUE"]], "A1:D1");
    expect(sheet.cell("A1")).toMatchObject({ value: 0.12, numberFormat: "0%" });
    expect(sheet.cell("B1")).toMatchObject({ value: 1234.5, numberFormat: "#,##0.00" });
    expect(sheet.cell("C1")).toMatchObject({ value: 45322, numberFormat: "m/d/yyyy" });
    expect(sheet.cell("D1").value).toBe(true);
  });

  test('empty cells read as "" with number format "General"', async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.load("values, numberFormat, valueTypes, text, formulas");
      await context.sync();
      expect(range.values).toEqual([["", ""]]);
      expect(range.formulas).toEqual([["", ""]]);
      expect(range.numberFormat).toEqual([["General", "General"]]);
      expect(range.valueTypes).toEqual([["Empty", "Empty"]]);
      expect(range.text).toEqual([["", ""]]);
    });
  });

  test("text follows the number format; dates are serial numbers in values", async () => {
    const fake = await createWireExcel({
      displayLanguage: "de-DE",
      sheets: [
        {
          name: "Tabelle1",
          cells: [
            [
              { value: 1234.5, format: "#,##0.00" },
              { value: 0.315, format: "0.0%" },
              { value: 46387, format: "dd.mm.yyyy" },
            ],
          ],
        },
      ],
    });
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Tabelle1").getRange("A1:C1");
      range.load("values, text");
      await context.sync();
      expect(range.values).toEqual([[1234.5, 0.315, 46387]]);
      expect(range.text).toEqual([["1.234,50", "31,5%", "31.12.2026"]]);
    });
  });

  test("formulas evaluate simple arithmetic and SUM over ranges", async () => {
    const sheet = await write([[2, 3, "=SUM(A1:B1)*2"]], "A1:C1");
    expect(sheet.cell("C1")).toMatchObject({ formula: "=SUM(A1:B1)*2", value: 10 });
  });

  test("text longer than 32,767 characters is rejected", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(32_768)]];
      await rejectsWith(context.sync(), "InvalidArgument");
    });
  });
});

describe("addresses", () => {
  test("range.address is sheet-qualified and quotes names that need it", async () => {
    const fake = await createWireExcel({ sheets: [{ name: "Sheet1" }, { name: "KAM Goals" }] });
    await fake.Excel.run(async (context) => {
      const plain = context.workbook.worksheets.getItem("Sheet1").getRange("b2:a1").load("address");
      const quoted = context.workbook.worksheets.getItem("KAM Goals").getRange("A1").load("address");
      const rows = context.workbook.worksheets.getItem("Sheet1").getRange("8:8").load("address, isEntireRow");
      const cols = context.workbook.worksheets.getItem("Sheet1").getRange("A:C").load("address");
      const byIndex = context.workbook.worksheets
        .getItem("Sheet1")
        .getRangeByIndexes(1, 2, 3, 4)
        .load("address");
      await context.sync();
      expect(plain.address).toBe("Sheet1!A1:B2");
      expect(quoted.address).toBe("'KAM Goals'!A1");
      expect([rows.address, rows.isEntireRow]).toEqual(["Sheet1!8:8", true]);
      expect(cols.address).toBe("Sheet1!A:C");
      expect(byIndex.address).toBe("Sheet1!C2:F4");
    });
  });

  test("an invalid address fails at the sync with InvalidArgument", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A0:ZZZZ1");
      await rejectsWith(context.sync(), "InvalidArgument");
    });
  });
});
