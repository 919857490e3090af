// Writing through the Office host: batching and payload, what lands in the workbook, failures that
// leave no half-written sheet, degraded requirement sets, cell-edit mode and co-authoring.

import { denseCells } from "../../support/dense-grid";
import { createOfficeHost, columnWidthPoints } from "../../../src/hosts/office";
import { PortError } from "../../../src/sheet";
import { rollbackIn } from "../../../src/hosts/office/write-sheet";
import { portErrorMessage, skippedFeatureMessages } from "../../../src/i18n/port-errors";
import { createWireExcel, type WireExcel } from "../../support/office-js";
import { text, type SheetSpec } from "../../../src/sheet";
import { setPosition } from "../../support/fake-excel/sheets";
import { accountSheet, goalLikeSpec } from "./fixtures";

const LIMIT = 5 * 1024 * 1024;
const instant = () => Promise.resolve();

function host(fake: WireExcel, options: Parameters<typeof createOfficeHost>[2] = {}) {
  return createOfficeHost(fake.Excel, fake.Office, { delay: instant, ...options });
}

function leftovers(fake: WireExcel): string[] {
  return fake.workbook.sheetNames().filter((n) => n.startsWith("KAM-tmp-") || n.startsWith("KAM-old-"));
}

describe("writeSheet: batching", () => {
  it("writes 5,000 goal rows in a constant handful of syncs, every request under the limit", async () => {
    const fake = await createWireExcel({ sheets: [accountSheet("Kunden", 5)] });
    const outcome = await host(fake).writeSheet(goalLikeSpec("KAM-Ziele", 5000), { replace: false });
    expect(outcome.skipped).toEqual([]);
    expect(fake.stats.syncs).toBeLessThanOrEqual(6);
    expect(fake.stats.largestRequestBytes).toBeLessThan(LIMIT);
    expect(fake.stats.requests.every((r) => r.bytes < 4_500_000)).toBe(true);
    expect(fake.stats.calculationSuspensions).toBeGreaterThan(0);
    expect(fake.stats.tableRowsAdd).toBe(0);
  });

  it("splits a large write into syncs of at most the budget, measured as Office.js sends them", async () => {
    const fake = await createWireExcel();
    const budget = 250_000;
    const sizes: number[] = [];
    await host(fake, {
      budgetBytes: budget,
      chunkBytes: 32 * 1024,
      onStats: (s) => sizes.push(s.requestBytes),
    }).writeSheet(goalLikeSpec("KAM-Ziele", 5000), { replace: false });
    const syncs = fake.stats.requests.filter((r) => !r.release);
    const total = syncs.reduce((sum, r) => sum + r.bytes, 0);
    expect(total).toBeGreaterThan(4 * budget);
    // The measured request may end one operation past the budget; batches are full, not half full.
    expect(fake.stats.largestRequestBytes).toBeLessThan(budget * 1.05);
    expect(fake.stats.syncs).toBeLessThanOrEqual(Math.ceil(total / budget) + 2);
    // The host's own figure is what went over the wire (+ the preflight, which it does not measure).
    expect(sizes[0]).toBeGreaterThanOrEqual(total - (syncs[0]?.bytes ?? 0));
    expect(sizes[0]).toBeLessThan(total * 1.01);
  });

  it("respects a smaller payload limit when given the matching budget", async () => {
    const fake = await createWireExcel({ payloadLimitBytes: 400_000 });
    await host(fake, { budgetBytes: 300_000, chunkBytes: 64 * 1024 }).writeSheet(goalLikeSpec("G", 2000), {
      replace: false,
    });
    expect(fake.stats.largestRequestBytes).toBeLessThanOrEqual(400_000);
    expect(fake.workbook.sheet("G").cell("A2003").value).toBe("G2000");
  });
});

describe("writeSheet: what lands in the workbook", () => {
  it("renders the spec: text stays text, formats, merges, sizes, table, validation, freeze, print, tab colour, names", async () => {
    const fake = await createWireExcel({ sheets: [accountSheet("Kunden", 5)] });
    await host(fake).writeSheet(goalLikeSpec("KAM-Ziele", 20), { replace: false });
    const sheet = fake.workbook.sheet("KAM-Ziele");
    expect(sheet.cell("N4")).toMatchObject({ value: '=HYPERLINK("x")', formula: null, numberFormat: "@" });
    expect(sheet.cell("A4")).toMatchObject({ value: "G1", numberFormat: "@" });
    expect(sheet.cell("F4")).toMatchObject({ value: 1000000, numberFormat: '#,##0 "€"' });
    expect(sheet.cell("F5")).toMatchObject({ value: 0.26, numberFormat: "0.0%" });
    expect(sheet.cell("I4")).toMatchObject({ value: 46752, numberFormat: "dd.mm.yyyy" });
    expect(sheet.cell("G4")).toMatchObject({ fill: "#FFC7CE" });
    expect(sheet.cell("G5").fill).toBeNull();
    expect(sheet.cell("A3").font).toMatchObject({ bold: true, color: "#FFFFFF" });
    expect(sheet.mergedAreas()).toEqual(["A1:E1"]);
    expect(sheet.columnWidth("E")).toBeCloseTo(columnWidthPoints(50));
    expect(sheet.rowHeight(1)).toBe(24);
    expect(sheet.freeze).toEqual({ rows: 3, columns: 1 });
    expect(sheet.tabColor).toBe("#2E75B6");
    expect(sheet.pageLayout.orientation).toBe("Landscape");
    expect(sheet.pageLayout.printTitleRows).toEqual({ top: 3, left: 1, bottom: 3, right: 16384 });
    expect(sheet.validationAt("C10")?.rule).toMatchObject({
      list: { inCellDropDown: true, source: "economic,strategic" },
    });
    expect(sheet.tables().map((t) => [t.name, t.style])).toEqual([["KAM_Goals", "TableStyleMedium2"]]);
    expect(fake.workbook.names.filter((n) => !n.deleted).map((n) => n.name)).toEqual(["KAM_Vision"]);
  });

  it("converts the file's column width (padding included, as the xlsx host writes it) to points", () => {
    // Excel's default column: 8.43 characters = file width 9.140625 = 64 px = 48 pt.
    expect(columnWidthPoints(9.140625)).toBe(48);
    expect(columnWidthPoints(10)).toBe(52.5);
    expect(columnWidthPoints(0)).toBe(0);
  });

  it("replaces a sheet at its old position and deletes the old table and name first", async () => {
    const fake = await createWireExcel({
      sheets: [
        { name: "First", cells: [["a"]] },
        { name: "Last", cells: [["z"]] },
      ],
    });
    const port = host(fake);
    await port.writeSheet(goalLikeSpec("KAM-Ziele", 10), { replace: false });
    await port.activate("First");
    // Move it between the two others as a user might have.
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("KAM-Ziele").position = 1;
      await context.sync();
    });
    await port.writeSheet(goalLikeSpec("KAM-Ziele", 12), { replace: true });
    expect(fake.workbook.sheetNames()).toEqual(["First", "KAM-Ziele", "Last"]);
    expect(fake.workbook.sheet("KAM-Ziele").cell("A15").value).toBe("G12");
    expect(fake.workbook.tables.filter((t) => !t.deleted).map((t) => t.name)).toEqual(["KAM_Goals"]);
    expect(fake.workbook.names.filter((n) => !n.deleted).map((n) => n.name)).toEqual(["KAM_Vision"]);
    expect(leftovers(fake)).toEqual([]);
  });

  it("rejects replace:false on an existing sheet before touching anything", async () => {
    const fake = await createWireExcel({ sheets: [{ name: "KAM-Ziele", cells: [["mine"]] }] });
    await expect(
      host(fake).writeSheet(goalLikeSpec("KAM-Ziele", 3), { replace: false }),
    ).rejects.toMatchObject({
      code: "sheetExists",
    });
    expect(fake.workbook.sheetNames()).toEqual(["KAM-Ziele"]);
    expect(fake.stats.syncs).toBe(1);
  });

  it("rejects a table name used on another sheet", async () => {
    const fake = await createWireExcel({
      sheets: [
        {
          name: "Other",
          cells: [["h"], [1]],
          tables: [{ name: "KAM_Goals", top: 1, left: 1, bottom: 2, right: 1, hasHeader: true }],
        },
      ],
    });
    await expect(
      host(fake).writeSheet(goalLikeSpec("KAM-Ziele", 3), { replace: false }),
    ).rejects.toMatchObject({
      code: "nameTaken",
      params: { name: "KAM_Goals", other: "Other" },
    });
    expect(fake.workbook.sheetNames()).toEqual(["Other"]);
  });

  it("reports a layout Excel cannot hold as invalidSpec before any sync", async () => {
    const fake = await createWireExcel();
    const spec: SheetSpec = { ...goalLikeSpec("Bad/Name", 1) };
    await expect(host(fake).writeSheet(spec, { replace: false })).rejects.toMatchObject({
      code: "invalidSpec",
    });
    expect(fake.stats.syncs).toBe(0);
  });
});

describe("writeSheet: failures leave no half-written sheet", () => {
  async function syncsOfWrite(replace: boolean): Promise<number> {
    const fake = await createWireExcel({ sheets: [{ name: "Kunden", cells: [["x"]] }] });
    if (replace) await host(fake).writeSheet(goalLikeSpec("KAM-Ziele", 5), { replace: false });
    fake.control.resetStats();
    await host(fake, { budgetBytes: 20_000, chunkBytes: 4_000 }).writeSheet(goalLikeSpec("KAM-Ziele", 200), {
      replace,
    });
    return fake.stats.syncs;
  }

  it.each([false, true])(
    "with replace:%s, a failure at any sync (whole batch lost) is rolled back",
    async (replace) => {
      const total = await syncsOfWrite(replace);
      expect(total).toBeGreaterThan(4);
      for (let n = 1; n <= total; n++) {
        const fake = await createWireExcel({ sheets: [{ name: "Kunden", cells: [["x"]] }] });
        const port = host(fake, { budgetBytes: 20_000, chunkBytes: 4_000 });
        if (replace) await port.writeSheet(goalLikeSpec("KAM-Ziele", 5), { replace: false });
        const before = replace ? await port.readSheet("KAM-Ziele") : null;
        fake.control.failSync(n);
        const error: unknown = await port
          .writeSheet(goalLikeSpec("KAM-Ziele", 200), { replace })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PortError);
        expect(error).toMatchObject({
          code: "hostFailed",
          params: { operation: "write", sheet: "KAM-Ziele" },
        });
        expect(leftovers(fake)).toEqual([]);
        if (replace) {
          expect(fake.workbook.sheetNames()).toEqual(["Kunden", "KAM-Ziele"]);
          expect(await port.readSheet("KAM-Ziele")).toEqual(before);
          expect(fake.workbook.tables.filter((t) => !t.deleted).map((t) => t.name)).toEqual(["KAM_Goals"]);
        } else {
          expect(fake.workbook.sheetNames()).toEqual(["Kunden"]);
        }
      }
    },
  );

  it.each([false, true])(
    "with replace:%s, a batch that fails halfway leaves either the old or the new sheet, never both or neither",
    async (replace) => {
      const total = await syncsOfWrite(replace);
      for (let n = 1; n <= total; n++) {
        const fake = await createWireExcel({ sheets: [{ name: "Kunden", cells: [["x"]] }] });
        const port = host(fake, { budgetBytes: 20_000, chunkBytes: 4_000 });
        if (replace) await port.writeSheet(goalLikeSpec("KAM-Ziele", 5), { replace: false });
        fake.control.failSync(n, "GeneralException", { partial: true });
        await expect(port.writeSheet(goalLikeSpec("KAM-Ziele", 200), { replace })).rejects.toBeInstanceOf(
          PortError,
        );
        expect(leftovers(fake)).toEqual([]);
        const names = fake.workbook.sheetNames();
        if (replace) {
          expect(names).toEqual(["Kunden", "KAM-Ziele"]);
          const last = fake.workbook.sheet("KAM-Ziele").cell("A9").value;
          // Old (5 goals: A8 is the last) or new (200 goals) — nothing in between.
          expect(["", "G6"]).toContain(last);
          if (last === "G6") expect(fake.workbook.sheet("KAM-Ziele").cell("A203").value).toBe("G200");
          expect(fake.workbook.tables.filter((t) => !t.deleted).map((t) => t.name)).toEqual(["KAM_Goals"]);
        } else {
          expect(names).toEqual(["Kunden"]);
        }
      }
    },
  );

  const table = (name: string) => ({ name, top: 1, left: 1, bottom: 2, right: 1, hasHeader: true });
  const state = {
    finalName: "KAM-Ziele",
    tempName: "KAM-tmp-a",
    backupName: "KAM-old-a",
    tempTableName: "KAM_tmp_a",
    tableName: "KAM_Goals",
  };

  it("rollback: while the backup exists, the new sheet goes and the old one gets its name back", async () => {
    const fake = await createWireExcel({
      sheets: [
        { name: "KAM-old-a", cells: [["old"], [1]], tables: [table("KAM_Goals")] },
        { name: "KAM-Ziele", cells: [["new"], [2]], tables: [table("KAM_tmp_a")] },
      ],
    });
    await fake.Excel.run((context) => rollbackIn(context, state));
    expect(fake.workbook.sheetNames()).toEqual(["KAM-Ziele"]);
    expect(fake.workbook.sheet("KAM-Ziele").cell("A1").value).toBe("old");
  });

  it("rollback: once the backup is deleted, the new sheet stays and its table gets the final name", async () => {
    const fake = await createWireExcel({
      sheets: [{ name: "KAM-Ziele", cells: [["new"], [2]], tables: [table("KAM_tmp_a")] }],
    });
    await fake.Excel.run((context) => rollbackIn(context, state));
    expect(fake.workbook.sheetNames()).toEqual(["KAM-Ziele"]);
    expect(
      fake.workbook
        .sheet("KAM-Ziele")
        .tables()
        .map((t) => t.name),
    ).toEqual(["KAM_Goals"]);
  });

  it("rollback addresses sheets by id: a sheet a co-author adds in front meanwhile stays", async () => {
    const fake = await createWireExcel({
      sheets: [
        { name: "KAM-tmp-a", cells: [["half-written"]] },
        { name: "Kunden", cells: [["x"]] },
      ],
    });
    // Lands after rollbackIn loaded the sheets, before it deletes the temporary one.
    fake.control.remoteEdit((workbook, sync) => {
      if (sync === 2) setPosition(workbook.addSheet("Remote", "co-author"), 0, "co-author");
    });
    await fake.Excel.run((context) =>
      rollbackIn(context, { ...state, backupName: null, tempTableName: null }),
    );
    expect(fake.workbook.sheetNames()).toEqual(["Remote", "Kunden"]);
  });

  it("reports when even the cleanup fails, naming the temporary sheet left behind", async () => {
    const fake = await createWireExcel();
    // The write fails after the temporary sheet was added, and so does the rollback.
    fake.control.failSync(3);
    fake.control.failSync(4);
    const error: unknown = await host(fake, { budgetBytes: 20_000, chunkBytes: 4_000 })
      .writeSheet(goalLikeSpec("KAM-Ziele", 200), { replace: false })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "cleanupFailed" });
    const other = (error as PortError).params.other ?? "";
    expect(other).toMatch(/^KAM-tmp-/);
    expect(fake.workbook.sheetNames()).toContain(other);
    expect(portErrorMessage(error as PortError, "de")).toContain(`„${other}“`);
  });

  it("never asks the user to delete a temporary sheet that was never created", async () => {
    const fake = await createWireExcel();
    // The batch that would add the temporary sheet fails, and so does the rollback's first sync.
    fake.control.failSync(2);
    fake.control.failSync(3);
    const error: unknown = await host(fake)
      .writeSheet(goalLikeSpec("KAM-Ziele", 3), { replace: false })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "hostFailed", params: { sheet: "KAM-Ziele" } });
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("writeSheet: requirement sets", () => {
  it("ExcelApi 1.7: writes the sheet, skips validation and print setup and says so", async () => {
    const fake = await createWireExcel({ supportedSets: { ExcelApi: "1.7" } });
    const outcome = await host(fake).writeSheet(goalLikeSpec("KAM-Ziele", 10), { replace: false });
    expect(outcome.skipped).toEqual([
      { feature: "validation", reason: "ExcelApi 1.8" },
      { feature: "print", reason: "ExcelApi 1.9" },
    ]);
    const sheet = fake.workbook.sheet("KAM-Ziele");
    expect(sheet.freeze).toEqual({ rows: 3, columns: 1 });
    expect(sheet.tabColor).toBe("#2E75B6");
    expect(sheet.cell("A4").value).toBe("G1");
    const [validation, print] = skippedFeatureMessages(outcome.skipped, "en");
    expect(validation).toBe("Dropdown lists were not added: this Excel lacks ExcelApi 1.8.");
    expect(print).toBe("Print settings were not applied: this Excel lacks ExcelApi 1.9.");
    expect(skippedFeatureMessages(outcome.skipped, "de")[1]).toContain("Druckeinstellungen");
  });

  it("ExcelApi 1.4: also skips freeze panes and tab colour, and runs without calculation suspension", async () => {
    const fake = await createWireExcel({ supportedSets: { ExcelApi: "1.4" } });
    const spec: SheetSpec = {
      ...goalLikeSpec("KAM-Ziele", 10),
      table: { name: "KAM_Goals", range: "A3:O13", style: "TableStyleLight1", showBandedRows: false },
    };
    const outcome = await host(fake).writeSheet(spec, { replace: false });
    expect(outcome.skipped.map((s) => s.feature)).toEqual(["validation", "freeze", "print", "tabColor"]);
    expect(fake.stats.calculationSuspensions).toBe(0);
    expect(fake.workbook.sheet("KAM-Ziele").tables()[0]?.name).toBe("KAM_Goals");
  });
});

describe("cell-edit mode", () => {
  it("retries with growing pauses, then succeeds", async () => {
    const fake = await createWireExcel({ sheets: [accountSheet("Kunden", 3)] });
    const pauses: number[] = [];
    fake.control.cellEditMode(2);
    const port = host(fake, { delay: (ms) => (pauses.push(ms), Promise.resolve()) });
    const grid = await port.readSheet("Kunden");
    expect(denseCells(grid)).toHaveLength(5);
    expect(pauses).toEqual([250, 500]);
  });

  it("retries a write whose sync hit cell-edit mode, after rolling it back", async () => {
    const fake = await createWireExcel();
    fake.control.cellEditMode(1);
    await host(fake).writeSheet(goalLikeSpec("KAM-Ziele", 3), { replace: false });
    expect(fake.workbook.sheetNames()).toContain("KAM-Ziele");
    expect(leftovers(fake)).toEqual([]);
  });

  it("gives up with a message that tells the user what to do", async () => {
    const fake = await createWireExcel();
    fake.control.cellEditMode(100);
    const error: unknown = await host(fake, { cellEditRetries: 3 })
      .writeSheet(goalLikeSpec("KAM-Ziele", 3), { replace: false })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "hostBusy" });
    expect(portErrorMessage(error as PortError, "en")).toBe(
      "Excel is in cell-edit mode: press Enter or Esc, then try again.",
    );
    expect(portErrorMessage(error as PortError, "de")).toMatch(/Eingabetaste oder Esc/);
    expect(fake.stats.cellEditRejections).toBe(4);
  });
});

describe("co-authoring and Excel errors", () => {
  it("never adds table rows with table.rows.add", async () => {
    const fake = await createWireExcel();
    const port = host(fake);
    await port.writeSheet(goalLikeSpec("KAM-Ziele", 50), { replace: false });
    await port.writeSheet(goalLikeSpec("KAM-Ziele", 80), { replace: true });
    expect(fake.stats.tableRowsAdd).toBe(0);
    expect(fake.stats.tableRowsAddWhileCoauthoring).toBe(0);
  });

  it("never replaces (deletes) a sheet while others are editing, nor when Excel cannot tell", async () => {
    for (const sets of [{ ExcelApi: "1.17" }, { ExcelApi: "1.8" }]) {
      const fake = await createWireExcel({ supportedSets: sets });
      const port = host(fake);
      await port.writeSheet(goalLikeSpec("KAM-Ziele", 5), { replace: false });
      fake.control.coauthoring(true);
      fake.control.resetStats();
      await expect(port.writeSheet(goalLikeSpec("KAM-Ziele", 8), { replace: true })).rejects.toMatchObject({
        code: "collaborating",
        params: { sheet: "KAM-Ziele" },
      });
      expect(fake.stats.sheetDeletions).toBe(0);
      expect(leftovers(fake)).toEqual([]);
      expect(fake.workbook.sheet("KAM-Ziele").cell("A8").value).toBe("G5");
    }
  });

  it.each([
    ["AccessDenied", "accessDenied", /protected/],
    ["ItemAlreadyExists", "nameTaken", /already exists/],
    ["InvalidArgument", "rejected", /did not accept/],
    ["GeneralException", "hostFailed", /went wrong in Excel \(GeneralException\)/],
  ] as const)("turns %s into %s with a message for the user", async (excelCode, code, text) => {
    const fake = await createWireExcel();
    fake.control.failSync(2, excelCode);
    // Without RangeAreas: with them, an InvalidArgument is retried with plain ranges (next test).
    const error: unknown = await host(fake, { rangeAreas: false })
      .writeSheet(goalLikeSpec("KAM-Ziele", 3), { replace: false })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code, params: { hostCode: excelCode } });
    expect(portErrorMessage(error as PortError, "en")).toMatch(text);
    expect(portErrorMessage(error as PortError, "de")).not.toMatch(/\{\w+\}/);
  });
});

describe("payload limit", () => {
  it("retries once with half-size batches when Excel still finds a request too large", async () => {
    const fake = await createWireExcel();
    fake.control.failSync(2, "RequestPayloadSizeLimitExceeded");
    await host(fake).writeSheet(goalLikeSpec("KAM-Ziele", 20), { replace: false });
    expect(fake.workbook.sheet("KAM-Ziele").cell("A23").value).toBe("G20");
    expect(leftovers(fake)).toEqual([]);
  });

  it("reports payloadTooLarge when the smaller batches are too large as well", async () => {
    const fake = await createWireExcel({ payloadLimitBytes: 20_000 });
    const error: unknown = await host(fake)
      .writeSheet(goalLikeSpec("KAM-Ziele", 500), { replace: false })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "tooLarge",
      params: { hostCode: "RequestPayloadSizeLimitExceeded" },
    });
    expect(portErrorMessage(error as PortError, "en")).toMatch(/too large for Excel on the web/);
    expect(fake.workbook.sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("RangeAreas", () => {
  it("formats the same cells with far fewer operations", async () => {
    const plain = await createWireExcel();
    const areas = await createWireExcel();
    await host(plain, { rangeAreas: false }).writeSheet(goalLikeSpec("G", 400), { replace: false });
    await host(areas, { rangeAreas: true }).writeSheet(goalLikeSpec("G", 400), { replace: false });
    for (const address of ["A3", "G4", "G5", "G14", "N20", "O403", "F4"]) {
      expect(areas.workbook.sheet("G").cell(address)).toEqual(plain.workbook.sheet("G").cell(address));
    }
    const operations = (fake: WireExcel) => fake.stats.requests.reduce((n, r) => n + r.actions, 0);
    expect(operations(areas)).toBeLessThan(operations(plain) / 2);
  });

  it("are not used below ExcelApi 1.9", async () => {
    const fake = await createWireExcel({ supportedSets: { ExcelApi: "1.8" } });
    await host(fake, { rangeAreas: true }).writeSheet(goalLikeSpec("G", 30), { replace: false });
    expect(fake.workbook.sheet("G").cell("G4").fill).toBe("#FFC7CE");
  });

  it("a write that fails with InvalidArgument is rolled back and done again with plain ranges", async () => {
    const fake = await createWireExcel();
    fake.control.failSync(2, "InvalidArgument");
    await host(fake, { rangeAreas: true }).writeSheet(goalLikeSpec("G", 30), { replace: false });
    expect(fake.workbook.sheet("G").cell("G4").fill).toBe("#FFC7CE");
    expect(leftovers(fake)).toEqual([]);
  });
});

describe("activate", () => {
  it("activates a sheet and selects a range", async () => {
    const fake = await createWireExcel({
      sheets: [
        { name: "A", cells: [["x"]] },
        { name: "B", cells: [["y"]] },
      ],
    });
    await host(fake).activate("B", "C3:D4");
    expect(fake.workbook.activeSheet?.name).toBe("B");
    expect(fake.workbook.sheet("B").selection).toEqual({ top: 3, left: 3, bottom: 4, right: 4 });
  });

  it("reports a missing sheet", async () => {
    const fake = await createWireExcel();
    await expect(host(fake).activate("Nope")).rejects.toMatchObject({ code: "sheetNotFound" });
  });
});

describe("text injection", () => {
  it("writes every risky string as text into cells formatted @", async () => {
    const risky = ["=1+1", "+cmd|' /C calc'!A0", "@SUM(A1)", "-x", "00123", '=HYPERLINK("http://x","y")'];
    const fake = await createWireExcel();
    const spec: SheetSpec = {
      ...goalLikeSpec("T", 1),
      values: risky.map((s) => [text(s)]),
      styles: [],
      table: null,
      merges: [],
      validations: [],
      names: [],
    };
    await host(fake).writeSheet(spec, { replace: false });
    risky.forEach((s, i) => {
      expect(fake.workbook.sheet("T").cell(`A${i + 1}`)).toMatchObject({
        value: s,
        formula: null,
        numberFormat: "@",
      });
    });
  });
});
