import type { Workbook } from "exceljs";
import JSZip from "jszip";
import { openXlsx, type XlsxWorkbook } from "../../../src/hosts/xlsx";
import { tableModels } from "../../support/exceljs-adapter";
import { cellAt, text, type SheetSpec } from "../../../src/sheet";
import {
  fromBytes,
  fullSpec,
  likeExcelWrote,
  partText,
  sheetSnapshot,
  toBytes,
  userWorkbook,
} from "../../support/xlsx-fixtures";

const USER_SHEETS = ["Kunden Nord", "Parameter", "US-7"];

const userNames = (workbook: Workbook) =>
  workbook.definedNames.model
    .filter((n) => !n.name.startsWith("KAM_"))
    .sort((a, b) => a.name.localeCompare(b.name));

async function grids(host: XlsxWorkbook) {
  return Promise.all(USER_SHEETS.map((name) => host.readSheet(name)));
}

const reviewSpec = (): SheetSpec => ({
  ...fullSpec("KAM-Review"),
  values: [[text("Review")]],
  styles: [],
  merges: [],
  table: null,
  validations: [],
  names: [{ name: "KAM_ReviewSheet", range: "A1" }],
  print: { landscape: false, fitToWidth: false, repeatRows: null },
});

describe("xlsx host round trip: sheets the add-in did not create come out unchanged", () => {
  test("values, formulas with cached results, dates, errors, merges, hidden rows, tables, names", async () => {
    const original = await toBytes(userWorkbook());
    const host = await openXlsx(original);
    const gridsBefore = await grids(host);
    await host.writeSheet(fullSpec(), { replace: false });
    await host.writeSheet(reviewSpec(), { replace: false });
    await host.activate("KAM-Ziele", "A6");
    const saved = await host.save();

    const before = await fromBytes(original);
    const after = await fromBytes(saved);
    expect(after.worksheets.map((ws) => ws.name)).toEqual([...USER_SHEETS, "KAM-Ziele", "KAM-Review"]);
    for (const name of USER_SHEETS) {
      expect(sheetSnapshot(after.getWorksheet(name)!)).toEqual(sheetSnapshot(before.getWorksheet(name)!));
    }
    expect(userNames(after)).toEqual(userNames(before));
    expect(await grids(await openXlsx(saved))).toEqual(gridsBefore);
  });

  test("a workbook as Excel writes it: every part of the user's is kept byte for byte", async () => {
    const excelBytes = await likeExcelWrote(await toBytes(userWorkbook()));
    const host = await openXlsx(excelBytes);
    const gridsBefore = await grids(host);
    await host.writeSheet(fullSpec(), { replace: false });
    const saved = await host.save();

    const before = await JSZip.loadAsync(excelBytes);
    const after = await JSZip.loadAsync(saved);
    const patched = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];
    for (const name of Object.keys(before.files)) {
      if (patched.includes(name) || name.endsWith("/")) continue;
      expect([name, await after.file(name)?.async("uint8array")]).toEqual([
        name,
        await before.file(name)?.async("uint8array"),
      ]);
    }
    // The user's table keeps what Excel wrote (no headerRowCount, no filter settings).
    expect(await partText(saved, "xl/tables/table1.xml")).toBe(
      await partText(excelBytes, "xl/tables/table1.xml"),
    );

    const reopened = await openXlsx(saved);
    expect(await grids(reopened)).toEqual(gridsBefore);
    expect(cellAt((await grids(reopened))[0]!, 8, 2).value).toBeNull();
  });
});

describe("xlsx host: writeSheet replace", () => {
  async function withGoalSheet(): Promise<XlsxWorkbook> {
    const host = await openXlsx(await toBytes(userWorkbook()));
    const first: SheetSpec = {
      ...fullSpec(),
      values: [...fullSpec().values, [], [], [text("old row 11")]],
      names: [...fullSpec().names, { name: "KAM_Old", range: "A11" }],
    };
    await host.writeSheet(first, { replace: false });
    await host.writeSheet(reviewSpec(), { replace: false });
    return openXlsx(await host.save());
  }

  test("replaces the content completely, at the same tab position, and re-declares names", async () => {
    const host = await withGoalSheet();
    const second: SheetSpec = {
      ...fullSpec("kam-ziele"),
      values: [
        [text("Neu")],
        [text("Vision"), text("Neue Vision")],
        [],
        [],
        ...fullSpec().values.slice(4, 6),
      ],
      styles: [],
      merges: [],
      table: { name: "KAM_Goals", range: "A5:F6", style: "TableStyleLight9", showBandedRows: false },
      validations: [],
      names: [
        { name: "KAM_GoalSheet", range: "A1" },
        { name: "kam_vision", range: "B2:C2" },
      ],
    };
    await expect(host.writeSheet(second, { replace: true })).resolves.toEqual({ skipped: [] });
    const saved = await host.save();
    const workbook = await fromBytes(saved);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([...USER_SHEETS, "kam-ziele", "KAM-Review"]);
    const ws = workbook.getWorksheet("kam-ziele")!;
    expect(ws.getCell("A1").value).toBe("Neu");
    expect(ws.getCell("A11").value).toBeNull();
    expect(ws.getCell("A1").font.bold).toBeUndefined();
    expect(ws.model.merges).toEqual([]);
    expect(tableModels(ws).map((t) => [t.name, t.tableRef])).toEqual([["KAM_Goals", "A5:F6"]]);
    expect(await partText(saved, "xl/worksheets/sheet4.xml")).not.toContain("dataValidation");
    const names = await (await openXlsx(saved)).listNames();
    expect(names.filter((n) => n.name.toLowerCase() === "kam_vision")).toEqual([
      { name: "kam_vision", sheet: "kam-ziele", address: "B2:C2" },
    ]);
    // Names not re-declared keep pointing where they pointed; the user's names are untouched.
    expect(names).toEqual(
      expect.arrayContaining([
        { name: "KAM_Old", sheet: "KAM-Ziele", address: "A11" },
        { name: "Umsaetze", sheet: "Kunden Nord", address: "D5:D7" },
      ]),
    );
  });

  test("an existing sheet without replace is the port's sheetExists, and nothing changes", async () => {
    const host = await withGoalSheet();
    const sheets = await host.listSheets();
    await expect(host.writeSheet(fullSpec("Kunden Nord"), { replace: false })).rejects.toMatchObject({
      code: "sheetExists",
      params: { sheet: "Kunden Nord" },
    });
    await expect(host.writeSheet(fullSpec(), { replace: false })).rejects.toMatchObject({
      code: "sheetExists",
    });
    expect(await host.listSheets()).toEqual(sheets);
  });
});

describe("xlsx host: activate", () => {
  test("makes the sheet the only selected, active tab and selects the cell", async () => {
    const host = await openXlsx(await toBytes(userWorkbook()));
    await host.writeSheet(fullSpec(), { replace: false });
    await host.activate("US-7");
    await host.activate("kam-ziele", "B6:C7");
    const saved = await host.save();
    const workbook = await fromBytes(saved);
    expect(workbook.views[0]).toMatchObject({ activeTab: 3 });
    // exceljs does not read tabSelected back, so look at the parts.
    const parts = await Promise.all([1, 2, 3, 4].map((i) => partText(saved, `xl/worksheets/sheet${i}.xml`)));
    expect(parts.map((xml) => xml.includes('tabSelected="1"'))).toEqual([false, false, false, true]);
    expect(workbook.getWorksheet("KAM-Ziele")!.views[0]).toMatchObject({ state: "frozen", activeCell: "B6" });
  });

  test("a hidden or unknown sheet is a coded port error; a bad address a programming error", async () => {
    const host = await openXlsx(await toBytes(userWorkbook()));
    await expect(host.activate("Parameter")).rejects.toMatchObject({ code: "sheetHidden" });
    await expect(host.activate("Nope")).rejects.toMatchObject({ code: "sheetNotFound" });
    await expect(host.activate("US-7", "not an address")).rejects.toThrow("not an A1 address");
  });
});

describe("xlsx host: specs Excel would reject are programming errors, before anything changes", () => {
  const cases: [string, (spec: SheetSpec) => SheetSpec, RegExp][] = [
    [
      "an inline list over 255 characters",
      (s) => ({
        ...s,
        validations: [
          { range: "A1:A2", values: ["x".repeat(200), "y".repeat(60)], errorTitle: "", errorMessage: "" },
        ],
      }),
      /255/,
    ],
    [
      "a comma in a list value",
      (s) => ({ ...s, validations: [{ range: "A1", values: ["a,b"], errorTitle: "", errorMessage: "" }] }),
      /comma/,
    ],
    [
      "an invalid defined name",
      (s) => ({ ...s, names: [{ name: "A1", range: "A1" }] }),
      /not a valid Excel name/,
    ],
    [
      "a name with a space",
      (s) => ({ ...s, names: [{ name: "KAM Goals", range: "A1" }] }),
      /not a valid Excel name/,
    ],
    [
      "a table name used on another sheet",
      (s) => ({ ...s, table: { ...s.table!, name: "kunden" } }),
      /already exists on sheet "Kunden Nord"/,
    ],
    [
      "a table name that is a defined name",
      (s) => ({ ...s, table: { ...s.table!, name: "Umsaetze" } }),
      /defined name/,
    ],
    ["an unknown table style", (s) => ({ ...s, table: { ...s.table!, style: "Fancy" } }), /table style/],
    ["a merge across the table", (s) => ({ ...s, merges: ["A6:B6"] }), /merge overlaps the table/],
    ["overlapping merges", (s) => ({ ...s, merges: ["A1:F1", "B1:C2"] }), /merges overlap/],
    ["a colour that is not #RRGGBB", (s) => ({ ...s, tabColor: "blue" }), /colour/],
    ["an impossible date", (s) => ({ ...s, values: [[{ kind: "date", iso: "2027-02-30" }]] }), /ISO date/],
    ["a number Excel cannot hold", (s) => ({ ...s, values: [[{ kind: "number", value: NaN }]] }), /number/],
    ["a sheet name over 31 characters", (s) => ({ ...s, name: "x".repeat(32) }), /1-31 characters/],
    ["a sheet name with a colon", (s) => ({ ...s, name: "KAM: Ziele" }), /not a valid sheet name/],
    ["a bad range", (s) => ({ ...s, styles: [{ range: "A1:", style: { bold: true } }] }), /not an A1 range/],
  ];

  test.each(cases)("%s", async (_label, change, message) => {
    const host = await openXlsx(await toBytes(userWorkbook()));
    const before = await host.listSheets();
    await expect(host.writeSheet(change(fullSpec()), { replace: false })).rejects.toThrow(message);
    expect(await host.listSheets()).toEqual(before);
  });

  test("a header-only table gets one empty data row, as Excel does", async () => {
    const host = await openXlsx(await toBytes(userWorkbook()));
    const spec = fullSpec();
    await host.writeSheet(
      { ...spec, values: spec.values.slice(0, 5), table: { ...spec.table!, range: "A5:F5" } },
      {
        replace: false,
      },
    );
    const ws = (await fromBytes(await host.save())).getWorksheet("KAM-Ziele")!;
    expect(tableModels(ws)[0]).toMatchObject({ tableRef: "A5:F6" });
  });
});
