// The goal and review sheets with progress through the Office host and Microsoft's Office.js: the
// conditional formats that colour progress and the native bubble chart of the portfolio land in the
// fake's model; an Excel without the requirement sets gets the sheet without them and a note.

import { createOfficeHost } from "../../../src/hosts/office";
import { overWhite } from "../../../src/hosts/office/render-chart";
import { skippedFeatureMessages } from "../../../src/i18n/port-errors";
import type { SheetSpec } from "../../../src/sheet";
import { goalSheetSpec } from "../../../src/workbook/goal-sheet";
import { reviewColumn, reviewSheetSpec } from "../../../src/workbook/review-sheet";
import { PALETTE } from "../../../src/workbook/sheet-styles";
import { columnLetter } from "../../../src/sheet/a1";
import { createWireExcel, type WireExcel } from "../../support/office-js";
import { ACCOUNTS, describeFinding, goal, PLAN } from "../../workbook/write-fixtures";
import type { Plan } from "../../../src/domain/plan";

const instant = () => Promise.resolve();
const host = (fake: WireExcel) => createOfficeHost(fake.Excel, fake.Office, { delay: instant });

const plan: Plan = {
  ...PLAN,
  goals: [
    goal({ id: "G1", baseline: 1_850_000, start: "2026-01-01", actual: 1_880_000, actualDate: "2026-11-30" }),
    ...PLAN.goals.slice(1),
  ],
};

function specs(): { goal: SheetSpec; review: SheetSpec } {
  const common = { plan, accounts: ACCOUNTS, findings: [], language: "de" as const };
  return {
    goal: goalSheetSpec({ ...common, sheetName: "KAM-Ziele" }, describeFinding),
    review: reviewSheetSpec({ ...common, sheetName: "KAM-Review", goalSheet: "KAM-Ziele" }, describeFinding),
  };
}

const rectText = (r: { top: number; left: number; bottom: number; right: number }) =>
  `${columnLetter(r.left)}${r.top}:${columnLetter(r.right)}${r.bottom}`;

describe("the review sheets through Office.js", () => {
  test("progress is coloured by custom conditional formats, highest priority first", async () => {
    const fake = await createWireExcel();
    const { goal: spec } = specs();
    const outcome = await host(fake).writeSheet(spec, { replace: false });
    expect(outcome.skipped).toEqual([]);
    const rules = [...fake.workbook.sheet("KAM-Ziele").conditionalFormats].sort(
      (a, b) => a.priority - b.priority,
    );
    expect(rules.map((r) => [r.type, rectText(r.rect), r.settings.get("custom.rule.formula")])).toEqual(
      (spec.conditionalFormats ?? []).map((cf) => ["Custom", cf.range, cf.formula]),
    );
    expect(rules[0]?.settings.get("custom.format.fill.color")).toBe(PALETTE.errorFill);
    expect(rules[0]?.settings.get("custom.format.font.color")).toBe(PALETTE.errorText);
  });

  test("the portfolio is a native bubble chart over the review table, with its labels", async () => {
    const fake = await createWireExcel();
    const { review } = specs();
    expect((await host(fake).writeSheet(review, { replace: false })).skipped).toEqual([]);
    const [chart] = fake.workbook.sheet("KAM-Review").charts;
    const wanted = review.charts?.[0];
    expect(chart).toMatchObject({
      name: "KAM_Portfolio",
      chartType: "Bubble",
      title: { text: wanted?.title, visible: true },
      legend: { visible: false },
      axes: {
        category: {
          minimum: 0,
          maximum: 10,
          majorUnit: 5,
          title: { text: "Relative Stärke" },
          majorGridlines: true,
        },
        value: {
          minimum: 0,
          maximum: 10,
          majorUnit: 5,
          title: { text: "Attraktivität" },
          majorGridlines: true,
        },
      },
    });
    expect(`${columnLetter(chart!.from!.left)}${chart!.from!.top}`).toBe(wanted?.from);
    expect(`${columnLetter(chart!.to!.left)}${chart!.to!.top}`).toBe(wanted?.to);
    const [accounts, quadrants] = chart!.series;
    const column = (key: Parameters<typeof reviewColumn>[0]) => columnLetter(reviewColumn(key));
    expect(accounts && rectText(accounts.xValues!.rect)).toBe(
      `${column("strength")}5:${column("strength")}7`,
    );
    expect(accounts && rectText(accounts.values!.rect)).toBe(
      `${column("attractiveness")}5:${column("attractiveness")}7`,
    );
    expect(accounts && rectText(accounts.bubbleSizes!.rect)).toBe(
      `${column("revenue")}5:${column("revenue")}7`,
    );
    expect(accounts?.xValues?.sheet.name).toBe("KAM-Review");
    expect(accounts?.fill).toBe(overWhite(PALETTE.goalTab, 0.35));
    expect(accounts?.labels.get(0)).toEqual({
      text: "Kessler Verpackungen GmbH",
      position: "Center",
      visible: true,
    });
    // Every label on the side the layout chose, in Excel's names for the sides.
    const excelSide = {
      center: "Center",
      left: "Left",
      right: "Right",
      above: "Top",
      below: "Bottom",
    } as const;
    for (const label of wanted?.series[0]?.labels ?? [])
      expect(accounts?.labels.get(label.index)?.position).toBe(excelSide[label.position]);
    expect(quadrants?.fill).toBeNull();
    expect(quadrants?.lineStyle).toBe("None");
    expect([...(quadrants?.labels.values() ?? [])].map((l) => l.text)).toEqual([
      "Entwicklungskunde",
      "Strategiekunde",
      "Straffungskunde",
      "Statuskunde",
    ]);
  });

  test("rewriting the review sheet replaces its chart: one chart, never two", async () => {
    const fake = await createWireExcel();
    const { review } = specs();
    await host(fake).writeSheet(review, { replace: false });
    await host(fake).writeSheet(review, { replace: true });
    expect(fake.workbook.sheet("KAM-Review").charts).toHaveLength(1);
  });

  test("ExcelApi 1.7: the sheet without the chart and a note; ExcelApi 1.5: no conditional formats either", async () => {
    const old = await createWireExcel({ supportedSets: { ExcelApi: "1.7" } });
    const { review, goal: goalSpec } = specs();
    const outcome = await host(old).writeSheet(review, { replace: false });
    expect(outcome.skipped).toContainEqual({ feature: "chart", reason: "ExcelApi 1.8" });
    expect(old.workbook.sheet("KAM-Review").charts).toEqual([]);
    expect(skippedFeatureMessages(outcome.skipped, "de")).toContain(
      "Das Portfolio-Diagramm wurde nicht gezeichnet: diesem Excel fehlt ExcelApi 1.8. Seine Zahlen stehen in der Review-Tabelle; der Aufgabenbereich zeigt das Diagramm.",
    );
    const older = await createWireExcel({ supportedSets: { ExcelApi: "1.5" } });
    const goals = await host(older).writeSheet(goalSpec, { replace: false });
    expect(goals.skipped).toContainEqual({ feature: "conditionalFormats", reason: "ExcelApi 1.6" });
    expect(older.workbook.sheet("KAM-Ziele").conditionalFormats).toEqual([]);
  });
});
