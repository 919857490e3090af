// The Office host's pure parts: style resolution and rectangles, probe planning, payload sizes,
// name references, requirement sets, cell values and formats.

import { capabilitiesOf } from "../../../src/hosts/office/capabilities";
import { singleRangeReference } from "../../../src/hosts/office/list-workbook";
import { RequestMeter, utf8Length, jsonBytes } from "../../../src/hosts/office/payload";
import { planProbes } from "../../../src/hosts/office/read-sheet";
import { cellChunks, cellFormat } from "../../../src/hosts/office/render-cells";
import { addressGroups } from "../../../src/hosts/office/render-styles";
import { paintPlan, rectanglesByValue, resolveStyles } from "../../../src/hosts/office/style-layers";
import { createWireExcel } from "../../support/office-js";
import { date, num, text, type SheetSpec, type StyledRange } from "../../../src/sheet";
import { goalLikeSpec } from "./fixtures";

const bare = (styles: SheetSpec["styles"]): SheetSpec => ({ ...goalLikeSpec("S", 1), styles });

describe("style layers", () => {
  it("later ranges override earlier ones, property by property", () => {
    const spec = bare([
      { range: "A1:C3", style: { fill: "#FF0000", bold: true } },
      { range: "B2", style: { fill: "#00FF00" } },
    ]);
    const { layers } = resolveStyles(spec, 3, 3);
    const fill = layers.get("fill")!;
    const groups = rectanglesByValue(fill, 3, 3);
    expect(fill.values).toEqual(["#FF0000", "#00FF00"]);
    expect(groups.get(2)).toEqual([{ top: 2, left: 2, bottom: 2, right: 2 }]);
    // Red around the green cell: row 1, the two side cells of row 2, row 3.
    expect(groups.get(1)).toHaveLength(4);
    expect(rectanglesByValue(layers.get("bold")!, 3, 3).get(1)).toEqual([
      { top: 1, left: 1, bottom: 3, right: 3 },
    ]);
  });

  it("paints the most frequent value under a column and the rest on top", () => {
    const styles: StyledRange[] = [];
    for (let r = 1; r <= 100; r++)
      styles.push({ range: `A${r}`, style: { fill: r % 10 === 0 ? "#FFC7CE" : "#C6EFCE" } });
    const { layers } = resolveStyles(bare(styles), 100, 1);
    const plan = paintPlan(layers.get("fill")!, 100, 1);
    expect(plan.base?.rects).toEqual([{ top: 1, left: 1, bottom: 100, right: 1 }]);
    expect(plan.others.get(2)).toHaveLength(10);
  });

  it("cuts multi-area addresses for RangeAreas into lists of at most 2,000 characters", () => {
    const rects = Array.from({ length: 1000 }, (_, i) => ({
      top: i * 2 + 1,
      left: 3,
      bottom: i * 2 + 1,
      right: 3,
    }));
    const groups = addressGroups(rects);
    expect(groups.every((g) => g.length <= 2000)).toBe(true);
    expect(groups.join(",").split(",")).toHaveLength(1000);
  });
});

describe("cells", () => {
  it("gives text '@', keeps formulas out of '@' and dates in a date format", () => {
    expect(cellFormat(text("=1+1"), "0.0%")).toBe("@");
    expect(cellFormat({ kind: "formula", formula: "SUM(A1:A2)" }, "@")).toBe("General");
    expect(cellFormat(date("2027-12-31"), undefined)).toBe("yyyy-mm-dd");
    expect(cellFormat(num(3), "0.0%")).toBe("0.0%");
    expect(cellFormat(undefined, undefined)).toBe("General");
  });

  it("cuts values and formats into row chunks of bounded JSON size", () => {
    const spec = goalLikeSpec("S", 500);
    const chunks = [...cellChunks(spec, { rows: 503, columns: 15 }, resolveStyles(spec, 503, 15), 20_000)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.every((c) => c.bytes <= 20_000 + 1_000)).toBe(true);
    expect(chunks.reduce((n, c) => n + c.values.length, 0)).toBe(503);
    expect(chunks[0]?.values[3]?.[8]).toBe(46752);
  });

  it("counts UTF-8 bytes like the wire does", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("ü€")).toBe(5);
    expect(utf8Length("😀")).toBe(4);
    expect(jsonBytes([["Größe"]])).toBe(13);
  });
});

describe("hidden-row probes", () => {
  it("probes every row when the mixed rows fit, else splits in proportion", () => {
    expect(planProbes([{ top: 10, count: 3 }], 100).parts).toEqual([
      { top: 10, count: 1 },
      { top: 11, count: 1 },
      { top: 12, count: 1 },
    ]);
    const { parts, rest } = planProbes(
      [
        { top: 1, count: 1000 },
        { top: 2001, count: 1000 },
      ],
      100,
    );
    expect(parts.length).toBeLessThanOrEqual(100);
    expect(parts.reduce((n, p) => n + p.count, 0)).toBe(2000);
    expect(rest).toEqual([]);
  });

  it("leaves spans for the next sync when there is no room", () => {
    const pending = Array.from({ length: 10 }, (_, i) => ({ top: i * 100 + 1, count: 50 }));
    const { parts, rest } = planProbes(pending, 8);
    expect(parts.length).toBeLessThanOrEqual(8);
    expect(rest.length).toBeGreaterThan(0);
  });
});

describe("names", () => {
  it.each([
    ["=Sheet1!$A$1:$B$2", { sheet: "Sheet1", address: "A1:B2" }],
    ["='KAM Goals'!$C$4", { sheet: "KAM Goals", address: "C4" }],
    ["='O''Brien'!A:A", { sheet: "O'Brien", address: "A:A" }],
    ["=Data!$3:$5", { sheet: "Data", address: "3:5" }],
    ["=Sheet1!$A$1,Sheet1!$B$2", null],
    ["=#REF!", null],
    ["=OFFSET(Sheet1!$A$1,0,0,3)", null],
    ["=0.19", null],
  ])("%s → %j", (formula, expected) => {
    expect(singleRangeReference(formula)).toEqual(expected);
  });
});

describe("capabilities", () => {
  it("answers from Office.context.requirements and caches per Office object", async () => {
    const fake = await createWireExcel({ supportedSets: { ExcelApi: "1.8" } });
    const caps = capabilitiesOf(fake.Office);
    expect(caps.excelApi(8)).toBe(true);
    expect(caps.excelApi(9)).toBe(false);
    expect(caps.highestExcelApi).toBe("1.8");
    expect(capabilitiesOf(fake.Office)).toBe(caps);
  });
});

describe("request meter", () => {
  it("counts the request as Office.js sends it: never less, within 1 %, afresh after each sync", async () => {
    const excel = await createWireExcel();
    await excel.Excel.run(async (context) => {
      const meter = new RequestMeter(context);
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      // Over 1,500 cells: Office.js splits the write into row chunks with paths of their own.
      sheet.getRange("A1:C3000").values = Array.from({ length: 3000 }, (_, i) => [i, "Größe €", i % 2 === 0]);
      sheet.getRanges("A1,B2:C5").format.fill.color = "#FFC7CE";
      sheet.getRange("A1:C1").format.borders.getItem("EdgeBottom").style = "Continuous";
      context.workbook.tables.add(sheet.getRange("A1:C10"), true).name = "Goals";
      sheet.freezePanes.freezeAt(sheet.getRange("A1:B2"));
      context.workbook.names.add("Vision", sheet.getRange("E1"));
      sheet.getRange("A1:C3").load("values");
      const measured = meter.measure() ?? 0;
      await context.sync();
      const sent = excel.stats.requests.at(-1)?.bytes ?? 0;
      expect(sent).toBeGreaterThan(80_000);
      expect(measured).toBeGreaterThanOrEqual(sent);
      expect(measured).toBeLessThan(sent * 1.01);

      sheet.getRange("D1").values = [["next"]];
      const next = meter.measure() ?? 0;
      await context.sync();
      const sentNext = excel.stats.requests.at(-1)?.bytes ?? 0;
      expect(next).toBeGreaterThanOrEqual(sentNext);
      expect(next).toBeLessThan(sentNext + 100);
    });
  });

  it("measures nothing where Office.js does not expose its pending request", () => {
    const meter = new RequestMeter({});
    expect(meter.exact).toBe(false);
    expect(meter.measure()).toBeNull();
  });
});
