import { NotModelledError } from "./errors";
import { rejectsWith, throwsWith } from "./expect-error";
import { createWireExcel } from "../office-js";
import { gridFromRows } from "../grids";

async function accounts() {
  return await createWireExcel({
    sheets: [
      gridFromRows("Accounts", [
        ["ID", "Name", "Revenue"],
        ["K-1", "Acme", 1200],
        ["K-2", "Globex", 800],
      ]),
    ],
  });
}

describe("load / sync proxy model", () => {
  test("reading a loaded property before the sync throws PropertyNotLoaded", async () => {
    const fake = await accounts();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Accounts").getRange("A1:C1");
      range.load("values");
      const error = throwsWith(() => range.values, "PropertyNotLoaded");
      expect(error.message).toContain("'values'");
      await context.sync();
      expect(range.values).toEqual([["ID", "Name", "Revenue"]]);
    });
  });

  test("reading a property that was not loaded throws PropertyNotLoaded after the sync too", async () => {
    const fake = await accounts();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Accounts").getRange("A1:C1");
      range.load("values");
      await context.sync();
      throwsWith(() => range.address, "PropertyNotLoaded");
      throwsWith(() => range.numberFormat, "PropertyNotLoaded");
      throwsWith(() => range.format.font.bold, "PropertyNotLoaded");
    });
  });

  test("writes change nothing in the workbook until context.sync()", async () => {
    const fake = await accounts();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Accounts").getRange("B2").values = [["Initech"]];
      expect(fake.workbook.sheet("Accounts").cell("B2").value).toBe("Acme");
      await context.sync();
      expect(fake.workbook.sheet("Accounts").cell("B2").value).toBe("Initech");
    });
  });

  test("a written property reads back locally before the sync, as office.js setters store it", async () => {
    const fake = await accounts();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Accounts");
      sheet.name = "Kunden";
      expect(sheet.name).toBe("Kunden");
      expect(fake.workbook.sheetNames()).toEqual(["Accounts"]);
      await context.sync();
      expect(fake.workbook.sheetNames()).toEqual(["Kunden"]);
    });
  });

  test("loaded values are snapshots: stale after a later write until loaded again", async () => {
    const fake = await accounts();
    await fake.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Accounts").getRange("C2");
      cell.load("values");
      await context.sync();
      const other = context.workbook.worksheets.getItem("Accounts").getRange("C2");
      other.values = [[5000]];
      await context.sync();
      expect(cell.values).toEqual([[1200]]);
      cell.load("values");
      await context.sync();
      expect(cell.values).toEqual([[5000]]);
    });
  });

  test("load accepts a comma list, an array, { select }, nested options and paths", async () => {
    const fake = await accounts();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Accounts");
      const a = sheet.getRange("A1").load("values, numberFormat");
      const b = sheet.getRange("A1").load(["address", "rowCount"]);
      const c = sheet.getRange("A1").load({ select: "columnCount, text" });
      const d = sheet.getRange("A1").load({ values: true, format: { font: { bold: true } } });
      const e = sheet.getRange("A1").load("format/fill/color");
      await context.sync();
      expect([a.values, a.numberFormat]).toEqual([[["ID"]], [["General"]]]);
      expect([b.address, b.rowCount]).toEqual(["Accounts!A1", 1]);
      expect([c.columnCount, c.text]).toEqual([1, [["ID"]]]);
      expect([d.values, d.format.font.bold]).toEqual([[["ID"]], false]);
      expect(e.format.fill.color).toBe("#FFFFFF");
      throwsWith(() => e.values, "PropertyNotLoaded");
    });
  });

  test("loading a property that does not exist fails at the sync with InvalidArgument", async () => {
    const fake = await accounts();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Accounts").getRange("A1").load("valeus");
      await rejectsWith(context.sync(), "InvalidArgument");
    });
  });

  test("a load without property names is allowed but counted in stats.unscopedLoads", async () => {
    const fake = await accounts();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Accounts").getRange("A1").load();
      await context.sync();
      expect(range.values).toEqual([["ID"]]);
    });
    expect(fake.stats.unscopedLoads).toBe(1);
  });

  test("ClientResult.value throws ValueNotLoaded until the sync", async () => {
    const fake = await accounts();
    await fake.Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      throwsWith(() => count.value, "ValueNotLoaded");
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  test("a failing operation stops the batch: earlier operations stay applied, later ones do not run", async () => {
    const fake = await accounts();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Accounts");
      sheet.getRange("A2").values = [["first"]];
      sheet.getRange("A1:B2").values = [["too"], ["small"]];
      sheet.getRange("A3").values = [["never"]];
      const loaded = sheet.getRange("B2").load("values");
      const error = await rejectsWith(context.sync(), "InvalidArgument");
      expect(error.debugInfo.errorLocation).toBe("Range.values");
      throwsWith(() => loaded.values, "PropertyNotLoaded");
    });
    const sheet = fake.workbook.sheet("Accounts");
    expect(sheet.cell("A2").value).toBe("first");
    expect(sheet.cell("A3").value).toBe("K-2");
  });

  test("Excel.run syncs what is still queued when the batch returns", async () => {
    const fake = await accounts();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Accounts").getRange("D1").values = [["Owner"]];
      await Promise.resolve();
    });
    expect(fake.workbook.sheet("Accounts").cell("D1").value).toBe("Owner");
    expect(fake.stats.syncs).toBe(1);
  });

  test("proxies used after their Excel.run has finished throw InvalidObjectPath", async () => {
    const fake = await accounts();
    const range = await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Accounts").getRange("A1");
      r.load("values");
      await context.sync();
      return r;
    });
    expect(range.values).toEqual([["ID"]]);
    throwsWith(() => {
      range.values = [["late"]];
    }, "InvalidObjectPath");
  });

  test("a proxy from another request context is rejected with InvalidRequestContext", async () => {
    const fake = await accounts();
    await fake.Excel.run(async (outer) => {
      const foreign = outer.workbook.worksheets.getItem("Accounts").getRange("A1");
      await fake.Excel.run(async (inner) => {
        const panes = inner.workbook.worksheets.getItem("Accounts").freezePanes;
        throwsWith(() => {
          panes.freezeAt(foreign);
        }, "InvalidRequestContext");
        await inner.sync();
      });
      await outer.sync();
    });
  });

  test("Excel.run(object, batch) continues with the object's context", async () => {
    const fake = await accounts();
    const range = await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Accounts").getRange("B2");
      context.trackedObjects.add(r);
      await context.sync();
      return r;
    });
    await fake.Excel.run(range, async (context) => {
      range.values = [["Tracked"]];
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([["Tracked"]]);
      context.trackedObjects.remove(range);
    });
  });

  test("set() assigns scalar and navigation properties in one call", async () => {
    const fake = await accounts();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Accounts")
        .getRange("D1")
        .set({
          values: [["Owner"]],
          format: { font: { bold: true }, fill: { color: "#DDEBF7" } },
        });
      const passed = await context.sync("done");
      expect(passed).toBe("done");
    });
    expect(fake.workbook.sheet("Accounts").cell("D1")).toMatchObject({ value: "Owner", fill: "#DDEBF7" });
  });

  test("a parameterless load returns only what the supported requirement sets have", async () => {
    const fake = await createWireExcel({ supportedSets: { ExcelApi: "1.1" } });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1").load();
      await context.sync();
      expect(sheet.name).toBe("Sheet1");
      // Excel left it out; Office.js 1.1.110 does not check requirement sets on the client.
      throwsWith(() => sheet.tabColor, "PropertyNotLoaded");
    });
  });

  test("members the fake does not model fail the sync with NotModelledError instead of being ignored", async () => {
    const fake = await accounts();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Accounts");
      sheet.getRange("A1").getSpecialCells("Constants").load("address");
      await expect(context.sync()).rejects.toThrow(NotModelledError);
      // A range made in a failed sync has no reference in Excel: Office.js needs a new one.
      sheet.getRange("A1").format.indentLevel = 2;
      await expect(context.sync()).rejects.toThrow(NotModelledError);
    });
  });
});
