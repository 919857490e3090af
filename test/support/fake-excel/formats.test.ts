import { rejectsWith } from "./expect-error";
import { createWireExcel } from "../office-js";
import { NotModelledError } from "./index";

describe("formats", () => {
  test("a format property over differing cells reads as null; colours come back as #RRGGBB", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.fill.color = "orange";
      sheet.getRange("A1:B1").format.font.bold = true;
      const both = sheet.getRange("A1:B1").load("format/fill/color, format/font/bold");
      const one = sheet.getRange("A1").load("format/fill/color");
      await context.sync();
      expect(both.format.fill.color).toBeNull();
      expect(both.format.font.bold).toBe(true);
      expect(one.format.fill.color).toBe("#FFA500");
    });
    expect(fake.workbook.sheet("Sheet1").cell("A1").fill).toBe("#FFA500");
  });

  test("invalid colours and null are rejected; fill.clear() removes the fill", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const a1 = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      a1.format.fill.color = "#FFC7CE";
      await context.sync();
      a1.format.fill.color = "not a colour";
      await rejectsWith(context.sync(), "InvalidArgument");
      a1.format.font.color = null as unknown as string;
      await rejectsWith(context.sync(), "InvalidArgument");
      a1.format.fill.clear();
      await context.sync();
    });
    expect(fake.workbook.sheet("Sheet1").cell("A1").fill).toBeNull();
  });

  test("borders apply to the edge cells of the range", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      const bottom = range.format.borders.getItem("EdgeBottom");
      bottom.style = "Continuous";
      bottom.color = "#000000";
      bottom.weight = "Medium";
      await context.sync();
    });
    const sheet = fake.workbook.sheet("Sheet1");
    expect(sheet.cell("B2").borders.bottom).toEqual({
      style: "Continuous",
      color: "#000000",
      weight: "Medium",
    });
    expect(sheet.cell("B1").borders.bottom).toBeUndefined();
  });

  test("column widths and row heights are points; a row higher than 409 pt is rejected", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B:C").format.columnWidth = 120;
      sheet.getRange("3:3").format.rowHeight = 30;
      const width = sheet.getRange("A1:B1").load("format/columnWidth");
      await context.sync();
      expect(width.format.columnWidth).toBeNull();
      sheet.getRange("4:4").format.rowHeight = 500;
      await rejectsWith(context.sync(), "InvalidArgument");
    });
    const sheet = fake.workbook.sheet("Sheet1");
    expect([sheet.columnWidth("A"), sheet.columnWidth("C"), sheet.rowHeight(3)]).toEqual([48, 120, 30]);
  });

  test("merge keeps the top-left value; unmerge splits again", async () => {
    const fake = await createWireExcel({ sheets: [{ name: "Sheet1", cells: [["Vision", "gone"]] }] });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").merge();
      await context.sync();
    });
    const sheet = fake.workbook.sheet("Sheet1");
    expect(sheet.mergedAreas()).toEqual(["A1:C1"]);
    expect(sheet.cell("B1").value).toBe("");
  });

  test("resetting formats of a whole sheet works on the stored cells; formatting it all is not modelled", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").format.fill.color = "#FFC7CE";
      sheet.getRange("B2").numberFormat = [["0.0%"]];
      await context.sync();
      sheet.getRange().format.fill.clear();
      sheet.getRange().numberFormat = "General" as unknown as string[][];
      await context.sync();
      sheet.getRange().format.font.bold = true;
      await expect(context.sync()).rejects.toThrow(NotModelledError);
    });
    expect(fake.workbook.sheet("Sheet1").cell("B2")).toMatchObject({ fill: null, numberFormat: "General" });
  });

  test("getRanges (RangeAreas, ExcelApi 1.9) formats every area; reads are common or null", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const areas = sheet.getRanges("A1:B2, D5");
      areas.format.fill.color = "#FFEB9C";
      areas.format.borders.getItem("EdgeTop").style = "Continuous";
      areas.load("address, areaCount, cellCount, format/fill/color");
      await context.sync();
      expect([areas.address, areas.areaCount, areas.cellCount]).toEqual(["Sheet1!A1:B2,Sheet1!D5", 2, 5]);
      expect(areas.format.fill.color).toBe("#FFEB9C");
    });
    const sheet = fake.workbook.sheet("Sheet1");
    expect([sheet.cell("B2").fill, sheet.cell("D5").fill, sheet.cell("C3").fill]).toEqual([
      "#FFEB9C",
      "#FFEB9C",
      null,
    ]);
    expect(sheet.cell("D5").borders.top?.style).toBe("Continuous");
    const old = await createWireExcel({ supportedSets: { ExcelApi: "1.8" } });
    await old.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRanges("A1").load("address");
      const error = await rejectsWith(context.sync(), "ApiNotFound");
      expect(error.message).toContain("ExcelApi 1.9");
    });
  });

  test("hidden rows are set through rowHidden and reported as null when mixed", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("2:3").rowHidden = true;
      const mixed = sheet.getRange("A1:A3").load("rowHidden");
      await context.sync();
      expect(mixed.rowHidden).toBeNull();
    });
    expect(fake.workbook.sheet("Sheet1").hiddenRowNumbers()).toEqual([2, 3]);
  });
});

describe("data validation", () => {
  test("a list rule with an error alert is stored per cell", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Sheet1").getRange("D2:D20").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "economic,strategic" } };
      dv.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "Art",
        message: "Bitte aus der Liste wählen.",
      };
      dv.load("type, rule");
      await context.sync();
      expect(dv.type).toBe("List");
      expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: "economic,strategic" } });
    });
    expect(fake.workbook.sheet("Sheet1").validationAt("D20")?.errorAlert.title).toBe("Art");
  });

  test("a rule needs exactly one criterion; titles, messages and typed lists have Excel's length limits", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "a" }, custom: { formula: "=TRUE" } };
      await rejectsWith(context.sync(), "InvalidArgument");
      dv.errorAlert = { showAlert: true, style: "Stop", title: "x".repeat(33), message: "m" };
      await rejectsWith(context.sync(), "InvalidArgument");
      dv.errorAlert = { showAlert: true, style: "Stop", title: "t", message: "x".repeat(226) };
      await rejectsWith(context.sync(), "InvalidArgument");
      dv.rule = {
        list: { inCellDropDown: true, source: Array.from({ length: 60 }, (_, i) => `item${i}`).join(",") },
      };
      await rejectsWith(context.sync(), "InvalidArgument");
    });
  });

  test("a list source may be a range", async () => {
    const fake = await createWireExcel({
      sheets: [{ name: "Lists", cells: [["a"], ["b"]] }, { name: "Goals" }],
    });
    await fake.Excel.run(async (context) => {
      const source = context.workbook.worksheets.getItem("Lists").getRange("A1:A2");
      context.workbook.worksheets.getItem("Goals").getRange("B2").dataValidation.rule = {
        list: { inCellDropDown: true, source },
      };
      await context.sync();
    });
    expect(fake.workbook.sheet("Goals").validationAt("B2")?.rule).toEqual({
      list: { inCellDropDown: true, source: "=Lists!$A$1:$A$2" },
    });
  });
});

describe("sheet layout", () => {
  test("freeze panes and their location", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const panes = context.workbook.worksheets.getItem("Sheet1").freezePanes;
      const none = panes.getLocationOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
      panes.freezeRows(8);
      const rows = panes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(rows.address).toBe("Sheet1!1:8");
      panes.freezeAt("B3");
      await context.sync();
    });
    expect(fake.workbook.sheet("Sheet1").freeze).toEqual({ rows: 3, columns: 2 });
  });

  test("print title rows must be entire rows; zoom is set as one object", async () => {
    const fake = await createWireExcel();
    await fake.Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.orientation = "Landscape";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows("$8:$8");
      await context.sync();
      layout.setPrintTitleRows("A8:C8");
      await rejectsWith(context.sync(), "InvalidArgument");
    });
    expect(fake.workbook.sheet("Sheet1").pageLayout).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: { top: 8, bottom: 8 },
    });
  });

  test("tab colour, activation and selection", async () => {
    const fake = await createWireExcel({ sheets: [{ name: "A" }, { name: "B" }] });
    await fake.Excel.run(async (context) => {
      const b = context.workbook.worksheets.getItem("B");
      b.tabColor = "#1F4E79";
      b.getRange("C5").select();
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("B!C5");
    });
    expect(fake.workbook.activeSheet?.name).toBe("B");
    expect(fake.workbook.sheet("B").tabColor).toBe("#1F4E79");
  });
});
