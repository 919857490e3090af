// Reading through the Office host: few syncs whatever the size, responses under the payload limit,
// hidden rows found without a load per row, names with and without NamedItem.formula.

import { denseCells } from "../../support/dense-grid";
import { createOfficeHost } from "../../../src/hosts/office";
import { portErrorMessage } from "../../../src/i18n/port-errors";
import { PortError } from "../../../src/sheet";
import { gridCell } from "../../../src/hosts/office/read-sheet";
import { addTable } from "../../support/fake-excel/tables";
import { createWireExcel } from "../../support/office-js";
import { accountSheet } from "./fixtures";

const LIMIT = 5 * 1024 * 1024;

describe("readSheet", () => {
  it("reads 2,000 accounts × 12 columns in a constant handful of syncs", async () => {
    const fake = await createWireExcel({ sheets: [accountSheet("Kunden", 2000)] });
    const host = createOfficeHost(fake.Excel, fake.Office);
    const grid = await host.readSheet("Kunden");
    expect(denseCells(grid)).toHaveLength(2002);
    expect(denseCells(grid)[0]).toHaveLength(12);
    expect(denseCells(grid)[2]?.[4]).toEqual({ value: 250000, format: "#,##0 €" });
    expect(denseCells(grid)[2]?.[10]).toEqual({ value: 40000, format: "dd.mm.yyyy" });
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
    expect(fake.stats.largestResponseBytes).toBeLessThan(LIMIT);
  });

  it("reads 20,000 rows in chunks, each response under the limit, syncs growing with the data only", async () => {
    const fake = await createWireExcel({ sheets: [accountSheet("Kunden", 20000)] });
    const host = createOfficeHost(fake.Excel, fake.Office);
    const grid = await host.readSheet("Kunden");
    expect(denseCells(grid)).toHaveLength(20002);
    expect(denseCells(grid)[20001]?.[0]).toEqual({ value: "K-29999", format: "General" });
    expect(fake.stats.largestResponseBytes).toBeLessThan(4_500_000);
    expect(fake.stats.syncs).toBeLessThanOrEqual(7);
  });

  it("finds scattered hidden rows with a few extra syncs, not one per row", async () => {
    const fake = await createWireExcel({ sheets: [accountSheet("Kunden", 2000, 7)] });
    const host = createOfficeHost(fake.Excel, fake.Office);
    const grid = await host.readSheet("Kunden");
    const expected = Array.from({ length: Math.floor(2000 / 7) }, (_, i) => 3 + 7 * (i + 1) - 1);
    expect(grid.hiddenRows).toEqual(expected);
    // 1 sheet + ≤3 chunks + ⌈log64 chunk rows⌉ refinement rounds.
    expect(fake.stats.syncs).toBeLessThanOrEqual(8);
  });

  it("takes a block of hidden rows from the chunk's own rowHidden when the whole chunk is hidden", async () => {
    const sheet = accountSheet("Kunden", 50);
    const fake = await createWireExcel({
      sheets: [{ ...sheet, hiddenRows: Array.from({ length: 52 }, (_, i) => i + 1) }],
    });
    const grid = await createOfficeHost(fake.Excel, fake.Office).readSheet("Kunden");
    expect(grid.hiddenRows).toHaveLength(52);
    expect(fake.stats.syncs).toBe(2);
  });

  it("halves a chunk whose response is over the limit and carries on", async () => {
    const fake = await createWireExcel({
      sheets: [accountSheet("Kunden", 3000)],
      payloadLimitBytes: 150_000,
    });
    // The host's budget is the default 4 MB, so its first guess overshoots this small limit.
    const grid = await createOfficeHost(fake.Excel, fake.Office).readSheet("Kunden");
    expect(denseCells(grid)).toHaveLength(3002);
    expect(fake.stats.failedSyncs).toBeGreaterThan(0);
    expect(fake.stats.largestResponseBytes).toBeGreaterThan(150_000);
  });

  it("tables are found again by id in the next sync, even when a co-author adds one in between", async () => {
    const fake = await createWireExcel({
      sheets: [
        {
          name: "Kunden",
          cells: [["ID", "Name"], ["K-1", "Acme"], [], ["A", "B"], [1, 2]],
          tables: [{ name: "Accounts", top: 1, left: 1, bottom: 2, right: 2, hasHeader: true }],
        },
      ],
    });
    fake.control.remoteEdit((workbook, sync) => {
      // Before the sync that loads the tables' ranges; Excel lists tables by position.
      if (sync === 2) {
        const added = addTable(
          workbook.sheet("Kunden"),
          { top: 4, left: 1, bottom: 5, right: 2 },
          true,
          "co-author",
        );
        workbook.tables.splice(workbook.tables.indexOf(added), 1);
        workbook.tables.unshift(added);
      }
    });
    const grid = await createOfficeHost(fake.Excel, fake.Office).readSheet("Kunden");
    expect(grid.tables).toEqual([
      { name: "Accounts", top: 1, left: 1, bottom: 2, right: 2, hasHeader: true },
    ]);
  });

  it("reports a missing sheet as sheetNotFound", async () => {
    const fake = await createWireExcel({ sheets: [accountSheet("Kunden", 2)] });
    await expect(createOfficeHost(fake.Excel, fake.Office).readSheet("Nope")).rejects.toMatchObject({
      code: "sheetNotFound",
      params: { sheet: "Nope" },
    });
  });
});

describe("gridCell", () => {
  it("maps Excel's values, formats and types to the port's cells", () => {
    expect(gridCell("", "General", "Empty")).toEqual({ value: null, format: "General" });
    expect(gridCell("", "0.0%", "Empty")).toEqual({ value: null, format: "0.0%" });
    expect(gridCell("#DIV/0!", "General", "Error")).toEqual({
      value: "#DIV/0!",
      format: "General",
      error: true,
    });
    expect(gridCell(3, "0", "Double")).toEqual({ value: 3, format: "0" });
    expect(gridCell(false, "General", "Boolean")).toEqual({ value: false, format: "General" });
    expect(gridCell("x", "@", "String")).toEqual({ value: "x", format: "@" });
  });
});

describe("listSheets and listNames", () => {
  it("lists sheets with one sync", async () => {
    const fake = await createWireExcel({
      sheets: [accountSheet("A", 3), { name: "B", visible: false, cells: [["x"]] }],
    });
    const sheets = await createOfficeHost(fake.Excel, fake.Office).listSheets();
    expect(sheets).toEqual([
      { name: "A", visible: true, tables: [] },
      { name: "B", visible: false, tables: [] },
    ]);
    expect(fake.stats.syncs).toBe(1);
  });

  it.each([
    ["1.17", 1],
    ["1.6", 2],
  ])("lists range names with ExcelApi %s in %i sync(s)", async (version, syncs) => {
    const fake = await createWireExcel({
      supportedSets: { ExcelApi: version },
      sheets: [
        {
          name: "My Sheet",
          cells: [
            ["a", "b"],
            [1, 2],
          ],
          names: [
            { name: "Pair", range: "A1:B2" },
            { name: "One", range: "B2" },
          ],
        },
      ],
    });
    const names = await createOfficeHost(fake.Excel, fake.Office).listNames();
    expect([...names].sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: "One", sheet: "My Sheet", address: "B2" },
      { name: "Pair", sheet: "My Sheet", address: "A1:B2" },
    ]);
    expect(fake.stats.syncs).toBe(syncs);
  });

  it("without NamedItem.formula, each name's range is fetched by name, not by position", async () => {
    const fake = await createWireExcel({
      supportedSets: { ExcelApi: "1.6" },
      sheets: [{ name: "S", cells: [["a", "b"]], names: [{ name: "Second", range: "B1" }] }],
    });
    fake.control.remoteEdit((workbook, sync) => {
      if (sync === 2) {
        const sheet = workbook.sheet("S");
        workbook.names.unshift({
          name: "First",
          scopeSheet: null,
          ref: { kind: "range", sheet, rect: { top: 1, left: 1, bottom: 1, right: 1 } },
          comment: "",
          visible: true,
          deleted: false,
        });
      }
    });
    const names = await createOfficeHost(fake.Excel, fake.Office).listNames();
    expect(names).toEqual([{ name: "Second", sheet: "S", address: "B1" }]);
  });

  it("refuses to run on an Excel without ExcelApi 1.4", async () => {
    const fake = await createWireExcel({ supportedSets: { ExcelApi: "1.3" } });
    const error: unknown = await createOfficeHost(fake.Excel, fake.Office)
      .listSheets()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect(error).toMatchObject({ code: "hostTooOld", params: { requirement: "ExcelApi 1.4" } });
    // German users read German only: the requirement set's name is the one foreign word.
    expect(portErrorMessage(error as PortError, "de")).toBe(
      "Diese Excel-Version ist für KAM Planner zu alt (benötigt wird ExcelApi 1.4). Bitte aktualisieren Sie Excel oder nutzen Sie Excel im Web.",
    );
    expect(fake.stats.syncs).toBe(0);
  });
});
