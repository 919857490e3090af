import { ValueType, type Workbook, type Worksheet } from "exceljs";
import { denseCells } from "../../support/dense-grid";
import { newXlsx, openXlsx } from "../../../src/hosts/xlsx";
import { tableModels, validationModel } from "../../support/exceljs-adapter";
import { escapeCellText } from "../../../src/hosts/xlsx/sheet-writer";
import { excelSerialFromIso } from "../../../src/domain/dates";
import { cellAt, text, type SheetSpec } from "../../../src/sheet";
import { fromBytes, fullSpec, partText, stableJson, validationSummary } from "../../support/xlsx-fixtures";

async function written(spec: SheetSpec): Promise<{ bytes: Uint8Array; workbook: Workbook; ws: Worksheet }> {
  const host = newXlsx();
  await expect(host.writeSheet(spec, { replace: false })).resolves.toEqual({ skipped: [] });
  const bytes = await host.save();
  const workbook = await fromBytes(bytes);
  return { bytes, workbook, ws: workbook.getWorksheet(spec.name)! };
}

describe("xlsx host, render side: every SheetSpec feature survives save and re-open", () => {
  let out: Awaited<ReturnType<typeof written>>;
  beforeAll(async () => {
    out = await written(fullSpec());
  });

  test("typed values: text as strings with format @, numbers, real dates, booleans", () => {
    const { ws } = out;
    expect(ws.getCell("A1").value).toBe("KAM-Ziele 2027");
    expect(ws.getCell("A1").type).toBe(ValueType.String);
    expect(ws.getCell("A6").numFmt).toBe("@");
    expect(ws.getCell("B7").numFmt).toBe("@");
    expect(ws.getCell("C6").value).toBe(2_300_000);
    expect(ws.getCell("C7").value).toBe(0);
    expect(ws.getCell("D7").value).toBe(-0.1);
    expect(ws.getCell("B3").value).toEqual(new Date(Date.UTC(2026, 11, 1)));
    expect(ws.getCell("B3").numFmt).toBe("dd.mm.yyyy");
    expect(ws.getCell("E6").value).toEqual(new Date(Date.UTC(2027, 11, 31)));
    expect(ws.getCell("C3").value).toBe(true);
    expect(ws.getCell("D3").value).toBe(false);
    expect(ws.getCell("A4").value).toBeNull();
  });

  test("formulas with their results; a leading = is not part of the formula", () => {
    const { ws } = out;
    expect(ws.getCell("C8").formula).toBe("SUBTOTAL(109,C6:C7)");
    expect(ws.getCell("C8").result).toBe(2_300_000);
    expect(ws.getCell("D8").formula).toBe("C8*0");
    expect(ws.getCell("D8").result).toBe(0);
    expect(ws.getCell("E8").formula).toBe("TODAY()");
    expect(ws.getCell("E8").result).toBeUndefined();
  });

  test("number formats, fonts, fills, alignment and borders, applied in order", () => {
    const { ws } = out;
    expect(ws.getCell("C6").numFmt).toBe('#,##0 "€"');
    expect(ws.getCell("D6").numFmt).toBe("0.0%");
    expect(ws.getCell("E7").numFmt).toBe("dd.mm.yyyy");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 16, color: { argb: "FF1F3864" } });
    expect(ws.getCell("A1").alignment).toMatchObject({ vertical: "middle" });
    expect(ws.getCell("B2").font).toMatchObject({ italic: true });
    expect(ws.getCell("B2").alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell("B3").alignment).toMatchObject({ horizontal: "left" });
    expect(ws.getCell("C5").font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(ws.getCell("C5").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FF1F4E78" },
    });
    expect(ws.getCell("C5").alignment).toMatchObject({
      horizontal: "center",
      vertical: "middle",
      wrapText: true,
    });
    expect(ws.getCell("C5").border).toMatchObject({
      top: { style: "thin", color: { argb: "FFBFBFBF" } },
      bottom: { style: "medium", color: { argb: "FF000000" } },
      left: { style: "thin" },
      right: { style: "thin" },
    });
    expect(ws.getCell("A6").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(ws.getCell("B7").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("B7").font).toMatchObject({ color: { argb: "FF9C0006" } });
  });

  test("column widths, row heights, merges, freeze panes, tab colour", () => {
    const { ws } = out;
    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getColumn(c).width)).toEqual([8, 30, 14, 10, 12, 12]);
    expect(ws.getRow(2).height).toBe(45);
    expect([...ws.model.merges].sort()).toEqual(["A1:F1", "B2:F2"]);
    expect(ws.getCell("B2").value).toBe("Ein geschätzter und unverzichtbarer Partner unserer Key Accounts.");
    expect(ws.getCell("C2").type).toBe(ValueType.Merge);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 5 });
    expect(ws.properties.tabColor).toEqual({ argb: "FF2E75B6" });
  });

  test("the table covers the written cells without changing them", async () => {
    const { ws, bytes } = out;
    const [table, ...others] = tableModels(ws);
    expect(others).toEqual([]);
    expect(table).toMatchObject({
      name: "KAM_Goals",
      tableRef: "A5:F7",
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
    });
    expect(table!.columns.map((c) => c.name)).toEqual(["ID", "Kunde", "Umsatz", "Marge", "Termin", "Status"]);
    expect(ws.getCell("C6").numFmt).toBe('#,##0 "€"');
    expect(ws.getCell("E6").value).toEqual(new Date(Date.UTC(2027, 11, 31)));
    const xml = await partText(bytes, "xl/tables/table1.xml");
    expect(xml).toContain('headerRowCount="1"');
    expect(xml).not.toContain('hiddenButton="1"');
  });

  test("list validations with their error alert", async () => {
    const rule = {
      type: "list",
      allowBlank: true,
      formulae: ['"planned,inProgress,achieved,dropped"'],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Ungültiger Wert",
      error: "Bitte einen Wert aus der Liste wählen.",
    };
    // exceljs holds loaded validations per cell.
    expect(validationSummary(validationModel(out.ws))).toEqual({
      [stableJson(rule)]: { cells: 15, box: "R6C6:R20C6" },
    });
    const xml = await partText(out.bytes, "xl/worksheets/sheet1.xml");
    expect(xml).toMatch(
      /<dataValidation type="list" allowBlank="1" showErrorMessage="1"[^>]* sqref="F6:F20">/,
    );
  });

  test("defined names and print setup", () => {
    const { workbook, ws } = out;
    expect(workbook.definedNames.model).toEqual(
      expect.arrayContaining([
        { name: "KAM_GoalSheet", ranges: ["'KAM-Ziele'!$A$1"] },
        { name: "KAM_Vision", ranges: ["'KAM-Ziele'!$B$2"] },
        { name: "KAM_GoalRows", ranges: ["'KAM-Ziele'!$A$6:$F$7"] },
      ]),
    );
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "5:5",
    });
  });

  test("read back through the host: the grid, the table, the names", async () => {
    const host = await openXlsx(out.bytes);
    const grid = await host.readSheet("KAM-Ziele");
    expect(cellAt(grid, 3, 2)).toEqual({ value: excelSerialFromIso("2026-12-01"), format: "dd.mm.yyyy" });
    expect(cellAt(grid, 7, 2)).toEqual({ value: '=HYPERLINK("http://x","y")', format: "@" });
    expect(cellAt(grid, 8, 4)).toEqual({ value: 0, format: "0.0%" });
    expect(grid.tables).toEqual([
      { name: "KAM_Goals", top: 5, left: 1, bottom: 7, right: 6, hasHeader: true },
    ]);
    expect(await host.listNames()).toEqual(
      expect.arrayContaining([{ name: "KAM_GoalRows", sheet: "KAM-Ziele", address: "A6:F7" }]),
    );
  });
});

describe("xlsx host, render side: text is always text", () => {
  // From the OWASP CSV-injection list, plus cell-text escapes Excel and exceljs treat specially.
  const INJECTIONS = [
    '=HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "=1+1",
    "\t=1+1",
    "\r=1+1",
    "=1+1\r\n=2+2",
    "_x0041_",
    "a\u0001b",
    "   ",
  ];

  test("injection strings come back as the same strings, with no formula anywhere", async () => {
    const spec: SheetSpec = {
      ...fullSpec("Injection"),
      values: INJECTIONS.map((t) => [text(t)]),
      table: null,
    };
    const { ws, bytes } = await written({ ...spec, styles: [], merges: [], names: [], validations: [] });
    INJECTIONS.forEach((t, i) => {
      const cell = ws.getCell(i + 1, 1);
      expect(cell.type).toBe(ValueType.String);
      // exceljs does not undo Excel's _xHHHH_ escapes in inline strings (Excel and our reader do).
      if (!t.includes("_x") && !t.includes("\u0001")) expect(cell.value).toBe(t);
      expect(cell.numFmt).toBe("@");
    });
    expect(await partText(bytes, "xl/worksheets/sheet1.xml")).not.toMatch(/<f[ >]/);
    const grid = await (await openXlsx(bytes)).readSheet("Injection");
    expect(denseCells(grid).map((row) => row[0]?.value)).toEqual(
      INJECTIONS.map((t) => (t === "" ? null : t)),
    );
  });

  test("Excel's cell-text escaping", () => {
    expect(escapeCellText("_x0041_ and _x004a_")).toBe("_x005F_x0041_ and _x005F_x004a_");
    expect(escapeCellText("a\rb\u0001\tc\n")).toBe("a_x000D_b_x0001_\tc\n");
  });
});
