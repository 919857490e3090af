import { rejectsWith, throwsWith } from "./expect-error";
import { createWireExcel } from "../office-js";

function rows(count: number, text: string): string[][] {
  return Array.from({ length: count }, () => [text]);
}

describe("payload limits", () => {
  test("a request over the limit throws RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const fake = await createWireExcel({ payloadLimitBytes: 10_000 });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").values = [["small write first"]];
      sheet.getRange("A1:A500").values = rows(500, "twenty characters...");
      await rejectsWith(context.sync(), "RequestPayloadSizeLimitExceeded");
    });
    expect(fake.workbook.sheet("Sheet1").cell("B1").value).toBe("");
    expect(fake.stats.largestRequestBytes).toBeGreaterThan(10_000);
  });

  test("the same data in chunks under the limit goes through", async () => {
    const fake = await createWireExcel({ payloadLimitBytes: 10_000 });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let start = 0; start < 500; start += 250) {
        sheet.getRangeByIndexes(start, 0, 250, 1).values = rows(250, "twenty characters...");
        await context.sync();
      }
    });
    expect(fake.workbook.sheet("Sheet1").cell("A500").value).toBe("twenty characters...");
    expect(fake.stats.requests.every((r) => r.bytes <= 10_000)).toBe(true);
  });

  test("a response over the limit throws ResponsePayloadSizeLimitExceeded; the loaded values stay unreadable", async () => {
    const fake = await createWireExcel({
      payloadLimitBytes: 10_000,
      sheets: [{ name: "Sheet1", cells: rows(1000, "twenty characters...") }],
    });
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A1000");
      range.load("values");
      await rejectsWith(context.sync(), "ResponsePayloadSizeLimitExceeded");
      throwsWith(() => range.values, "PropertyNotLoaded");
    });
    expect(fake.stats.largestResponseBytes).toBeGreaterThan(10_000);
  });

  test("the default limit is 5 MB", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A60000").values = rows(
        60_000,
        "x".repeat(90),
      );
      await rejectsWith(context.sync(), "RequestPayloadSizeLimitExceeded");
    });
    expect(fake.stats.largestRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  test("reading more than 5,000,000 cells fails with RangeExceedsLimit", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A:E").load("values");
      await rejectsWith(context.sync(), "RangeExceedsLimit");
    });
  });
});

describe("counting", () => {
  test("stats count syncs (explicit and the final one of Excel.run), apart from Office.js's release of kept ranges", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      sheet.getRange("A2").values = [[2]];
      await context.sync();
      sheet.getRange("A3").values = [[3]];
    });
    expect(fake.stats.syncs).toBe(2);
    const syncs = fake.stats.requests.filter((r) => !r.release);
    expect(syncs.every((r) => r.bytes > 0 && r.actions > 0)).toBe(true);
    // Office.js releases the ranges it kept once Excel.run is done, without waiting for the answer.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.stats.releases).toBe(1);
    expect(fake.keptObjects()).toBe(0);
  });

  test("rows.add is counted, also separately while co-authoring", async () => {
    const fake = await createWireExcel({
      sheets: [
        {
          name: "Sheet1",
          cells: [
            ["ID", "Goal"],
            ["G1", "Grow"],
          ],
          tables: [{ name: "KAM_Goals", top: 1, left: 1, bottom: 2, right: 2, hasHeader: true }],
        },
      ],
    });
    fake.control.coauthoring(true);
    await fake.Excel.run(async (context) => {
      context.workbook.tables.getItem("KAM_Goals").rows.add(undefined, [["G2", "Keep"]]);
      const shared = context.workbook.getIsActiveCollabSession();
      await context.sync();
      expect(shared.value).toBe(true);
    });
    expect(fake.stats.tableRowsAdd).toBe(1);
    expect(fake.stats.tableRowsAddWhileCoauthoring).toBe(1);
    expect(fake.workbook.sheet("Sheet1").cell("A3").value).toBe("G2");
  });
});

describe("requirement sets", () => {
  test("Office.context.requirements.isSetSupported answers from supportedSets", async () => {
    const fake = await createWireExcel({ supportedSets: { ExcelApi: "1.9" } });
    const req = fake.Office.context.requirements;
    expect(req.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(req.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(req.isSetSupported("ExcelApi", "1.3")).toBe(true);
    expect(req.isSetSupported("ExcelApi")).toBe(true);
    expect(req.isSetSupported("WordApi", "1.1")).toBe(false);
  });

  test("Office.js lets a call from a higher set through; Excel fails the request with ApiNotFound", async () => {
    const fake = await createWireExcel({ supportedSets: { ExcelApi: "1.6" } });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRangeByIndexes(0, 0, 1, 1).load("address");
      const error = await rejectsWith(context.sync(), "ApiNotFound");
      expect(error.message).toContain("ExcelApi 1.7");
      expect(error.debugInfo.errorLocation).toBe("Worksheet.getRangeByIndexes");
      sheet.freezePanes.freezeRows(1);
      await rejectsWith(context.sync(), "ApiNotFound");
      sheet.getRange("A1").dataValidation.load("type");
      await rejectsWith(context.sync(), "ApiNotFound");
      sheet.pageLayout.load("orientation");
      await rejectsWith(context.sync(), "ApiNotFound");
      context.workbook.application.suspendApiCalculationUntilNextSync();
      await context.sync();
    });
  });

  test("a property can be readable in an older set and writable only in a newer one", async () => {
    const fake = await createWireExcel({ supportedSets: { ExcelApi: "1.1" } });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.load("visibility");
      await context.sync();
      expect(sheet.visibility).toBe("Visible");
      sheet.visibility = "Hidden";
      await rejectsWith(context.sync(), "ApiNotFound");
    });
  });
});

describe("cell edit mode", () => {
  test("every request fails with InvalidOperationInCellEditMode, count times, and applies nothing", async () => {
    const fake = await createWireExcel();
    fake.control.cellEditMode(2);
    let ran = 0;
    const batch = async (context: Excel.RequestContext) => {
      ran++;
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[ran]];
      await context.sync();
    };
    await rejectsWith(fake.Excel.run(batch), "InvalidOperationInCellEditMode");
    await rejectsWith(fake.Excel.run(batch), "InvalidOperationInCellEditMode");
    await fake.Excel.run(batch);
    expect(fake.workbook.sheet("Sheet1").cell("A1").value).toBe(3);
    expect(fake.stats.cellEditRejections).toBe(2);
  });

  test("delayForCellEdit runs the batch", async () => {
    const fake = await createWireExcel();
    fake.control.cellEditMode(1);
    await fake.Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["done"]];
      await context.sync();
    });
    expect(fake.workbook.sheet("Sheet1").cell("A1").value).toBe("done");
  });

  test("a batch whose first sync is rejected can carry on once the user leaves the cell", async () => {
    const fake = await createWireExcel();
    fake.control.cellEditMode(1);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["lost"]];
      await rejectsWith(context.sync(), "InvalidOperationInCellEditMode");
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["kept"]];
      await context.sync();
    });
    expect(fake.workbook.sheet("Sheet1").cell("A1").value).toBe("");
    expect(fake.workbook.sheet("Sheet1").cell("A2").value).toBe("kept");
  });
});

describe("injected sync failures", () => {
  test("failSync(n) fails the n-th sync from now and applies nothing of it", async () => {
    const fake = await createWireExcel();
    fake.control.failSync(2, "GeneralException");
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["one"]];
      await context.sync();
      sheet.getRange("A2").values = [["two"]];
      await rejectsWith(context.sync(), "GeneralException");
      sheet.getRange("A3").values = [["three"]];
      await context.sync();
    });
    const sheet = fake.workbook.sheet("Sheet1");
    expect([sheet.cell("A1").value, sheet.cell("A2").value, sheet.cell("A3").value]).toEqual([
      "one",
      "",
      "three",
    ]);
    expect(fake.stats.failedSyncs).toBe(1);
  });

  test("failSync with partial applies the first half of the batch before failing", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("A1");
      const b = sheet.getRange("A2");
      await context.sync();
      fake.control.failSync(1, "Conflict", { partial: true });
      a.values = [["applied"]];
      b.values = [["lost"]];
      await rejectsWith(context.sync(), "Conflict");
    });
    const sheet = fake.workbook.sheet("Sheet1");
    expect([sheet.cell("A1").value, sheet.cell("A2").value]).toEqual(["applied", ""]);
  });
});
