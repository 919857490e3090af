// The hooks a co-authoring test will need: two clients (each its own Office.js page) on one workbook,
// and a co-author's edit landing between two syncs of one Excel.run.

import { createWireExcel, openWireExcel } from "./index";

describe("one workbook, several clients", () => {
  test("a second client opens the same workbook and sees what the first one wrote", async () => {
    const first = await createWireExcel({ sheets: [{ name: "Goals", cells: [["G1"]] }] });
    const second = await openWireExcel(first.state);
    await first.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Goals").getRange("A2").values = [["G2"]];
      await context.sync();
    });
    const seen = await second.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Goals").getRange("A1:A2");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(seen).toEqual([["G1"], ["G2"]]);
    expect(second.workbook).toBe(first.workbook);
    expect(first.stats.syncs).toBe(2);
  });

  test("a remote edit lands between two syncs of one Excel.run", async () => {
    const excel = await createWireExcel({ sheets: [{ name: "Goals", cells: [["G1", 100]] }] });
    const values: unknown[] = [];
    const stop = excel.control.remoteEdit((workbook, sync) => {
      if (sync === 2) workbook.sheet("Goals").setCell("B1", 250);
    });
    await excel.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Goals").getRange("B1");
      cell.load("values");
      await context.sync();
      values.push(cell.values[0]?.[0]);
      cell.load("values");
      await context.sync();
      values.push(cell.values[0]?.[0]);
    });
    stop();
    expect(values).toEqual([100, 250]);
  });
});
