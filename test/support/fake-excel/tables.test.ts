import { rejectsWith } from "./expect-error";
import { createWireExcel } from "../office-js";

async function withGoals() {
  return await createWireExcel({
    sheets: [
      {
        name: "Goals",
        cells: [
          ["ID", "Account", "Target"],
          ["G1", "K-1", 100],
          ["G2", "K-2", 200],
        ],
        tables: [{ name: "KAM_Goals", top: 1, left: 1, bottom: 3, right: 3, hasHeader: true }],
      },
    ],
  });
}

describe("tables", () => {
  test("a table cannot overlap another table (InvalidArgument, as Excel reports it)", async () => {
    const fake = await withGoals();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Goals").tables.add("C3:E6", true);
      const error = await rejectsWith(context.sync(), "InvalidArgument");
      expect(error.message).toContain("another table");
      expect(error.debugInfo.errorLocation).toBe("TableCollection.add");
    });
    expect(fake.workbook.tables).toHaveLength(1);
  });

  test("a table cannot overlap merged cells (MergedRangeConflict)", async () => {
    const fake = await createWireExcel({ sheets: [{ name: "Sheet1", merges: ["A1:B1"] }] });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("A1:C4", true);
      await rejectsWith(context.sync(), "MergedRangeConflict");
    });
  });

  test("cells inside a table cannot be merged", async () => {
    const fake = await withGoals();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Goals").getRange("A2:B2").merge();
      await rejectsWith(context.sync(), "InvalidOperation");
    });
  });

  test("add over written data takes the header row as column names; name, style and ranges", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:C4").values = [
        ["ID", "ID"],
        ["G1", "x"],
        ["G2", "y"],
      ];
      const table = sheet.tables.add("B2:C4", true);
      table.name = "KAM_Goals";
      table.style = "TableStyleLight9";
      const header = table.getHeaderRowRange().load("address, values");
      const body = table.getDataBodyRange().load("address");
      table.columns.load("items/name");
      await context.sync();
      expect(header.address).toBe("Sheet1!B2:C2");
      expect(header.values).toEqual([["ID", "ID2"]]);
      expect(body.address).toBe("Sheet1!B3:C4");
      expect(table.columns.items.map((c) => c.name)).toEqual(["ID", "ID2"]);
    });
    expect(fake.workbook.table("KAM_Goals").style).toBe("TableStyleLight9");
  });

  test("without headers Excel generates a header row and shifts the data down", async () => {
    const fake = await createWireExcel({ sheets: [{ name: "Sheet1", cells: [["G1"], ["G2"]] }] });
    await fake.Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Sheet1").tables.add("A1:A2", false);
      table.getRange().load("address");
      await context.sync();
    });
    const sheet = fake.workbook.sheet("Sheet1");
    expect([sheet.cell("A1").value, sheet.cell("A2").value, sheet.cell("A3").value]).toEqual([
      "Column1",
      "G1",
      "G2",
    ]);
  });

  test("table names are workbook-unique and must be valid names", async () => {
    const fake = await withGoals();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Review");
      const table = sheet.tables.add("A1:B2", true);
      table.name = "kam_goals";
      await rejectsWith(context.sync(), "ItemAlreadyExists");
      table.name = "KAM Review";
      await rejectsWith(context.sync(), "InvalidArgument");
      table.name = "KAM_Review";
      await context.sync();
    });
    expect(fake.workbook.findTable("KAM_Review")?.sheet.name).toBe("Review");
  });

  test("rows.add inserts inside the table; a row of the wrong width fails", async () => {
    const fake = await withGoals();
    await fake.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("KAM_Goals");
      table.rows.add(0, [["G0", "K-0", "=1+1"]]);
      const range = table.getRange().load("address");
      await context.sync();
      expect(range.address).toBe("Goals!A1:C4");
      table.rows.add(undefined, [["too", "short"]]);
      await rejectsWith(context.sync(), "InvalidArgument");
    });
    const sheet = fake.workbook.sheet("Goals");
    expect([sheet.cell("A2").value, sheet.cell("C2").value, sheet.cell("A3").value]).toEqual(["G0", 2, "G1"]);
    expect(fake.stats.tableRowsAdd).toBe(2);
  });

  test("resize keeps the header row and must overlap the table", async () => {
    const fake = await withGoals();
    await fake.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("KAM_Goals");
      table.resize("A1:D5");
      table.columns.load("items/name");
      await context.sync();
      expect(table.columns.items.map((c) => c.name)).toEqual(["ID", "Account", "Target", "Column4"]);
      table.resize("A2:D5");
      await rejectsWith(context.sync(), "InvalidArgument");
    });
  });

  test("header cells always hold unique text", async () => {
    const fake = await withGoals();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Goals").getRange("A1:C1").values = [["Account", "", 2026]];
      await context.sync();
    });
    expect(fake.workbook.table("KAM_Goals").columns.map((c) => c.name)).toEqual([
      "Account",
      "Column2",
      "2026",
    ]);
  });
});
