import { rejectsWith } from "./expect-error";
import { createWireExcel } from "../office-js";

describe("used range", () => {
  test("getUsedRange on a blank sheet returns A1 (it does not throw)", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Sheet1").getUsedRange().load("address, values");
      await context.sync();
      expect(used.address).toBe("Sheet1!A1");
      expect(used.values).toEqual([[""]]);
    });
  });

  test("getUsedRangeOrNullObject on a blank sheet is a null object", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject();
      await context.sync();
      expect(used.isNullObject).toBe(true);
    });
  });

  test("formatting counts unless valuesOnly; the range need not start at A1", async () => {
    const fake = await createWireExcel({
      sheets: [{ name: "Sheet1", firstRow: 3, firstColumn: 2, cells: [["Title"]] }],
    });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("E9").format.fill.color = "#FFC7CE";
      const all = sheet.getUsedRange().load("address");
      const values = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(all.address).toBe("Sheet1!B3:E9");
      expect(values.address).toBe("Sheet1!B3");
    });
  });

  test("Range.getUsedRange throws ItemNotFound when no cell of the range is used", async () => {
    const fake = await createWireExcel({ sheets: [{ name: "Sheet1", cells: [["x"]] }] });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3:D4").getUsedRange();
      await rejectsWith(context.sync(), "ItemNotFound");
    });
  });

  test("clearing contents shrinks the used range (values only)", async () => {
    const fake = await createWireExcel({ sheets: [{ name: "Sheet1", cells: [["a", "b"]] }] });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").clear("Contents");
      const used = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!A1");
    });
  });
});
