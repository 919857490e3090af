// Plan writes into a shared workbook through Microsoft's Office.js and the wire host: two clients on
// one workbook, co-authors' edits landing between syncs, updates in place under an active
// collaboration session (no TableRowCollection.add, no sheet deleted), all-or-nothing across the
// goal sheet, the review sheet and the settings rows (a failure injected at every sync), and the
// change events a pane listens to.

import { openWorkbook, writePlan, type WriteOptions, type WrittenPlan } from "../../../src/planner";
import { createOfficeHost } from "../../../src/hosts/office";
import type { Plan } from "../../../src/domain/plan";
import { PortError, type SheetChange, type WorkbookPort } from "../../../src/sheet";
import { createWireExcel, openWireExcel, type WireExcel } from "../../support/office-js";
import type { FakeWorkbookModel } from "../../support/fake-excel";
import { AS_OF, goal, PLAN } from "../../workbook/write-fixtures";
import { columnLetter } from "../../../src/sheet";

const instant = () => Promise.resolve();
const ACCOUNTS = {
  name: "Kunden",
  cells: [
    ["Key Accounts"],
    [],
    ["Kunden-ID", "Kunde", "Umsatz", "Potenzial", "KAM"],
    ["D-01", "Kessler Verpackungen GmbH", 1_850_000, 5_200_000, "Anna Berg"],
    ["D-02", "Lindner Bau AG", 2_400_000, 2_900_000, "Tom Krause"],
    ["D-03", "Ostsee Fisch eG", 760_000, 3_200_000, "Anna Berg"],
  ],
};

function host(fake: WireExcel, budget?: { budgetBytes: number; chunkBytes: number }): WorkbookPort {
  return createOfficeHost(fake.Excel, fake.Office, { delay: instant, ...budget });
}

async function write(port: WorkbookPort, plan: Plan, options: WriteOptions = {}): Promise<WrittenPlan> {
  const opened = await openWorkbook(port);
  const result = await writePlan(port, opened, plan, { language: "de", asOf: AS_OF }, options);
  if (result.status !== "written") throw new Error(`not written: ${result.status}`);
  return result;
}

/** Everything of a sheet a user could see: values, formulas, number formats, formats, merges, tables. */
function snapshot(workbook: FakeWorkbookModel): unknown {
  return workbook.sheets.map((sheet) => ({
    name: sheet.name,
    visibility: sheet.visibility,
    cells: [...sheet.cells.entries()].sort((a, b) => a[0] - b[0]).map(([key, cell]) => [key, { ...cell }]),
    merges: sheet.mergedAreas().sort(),
    // As users see them (a height set to the default one looks the same).
    heights: Array.from({ length: 60 }, (_, i) => sheet.rowHeight(i + 1)),
    tables: sheet.tables().map((t) => [t.name, { ...t.rect }]),
    validations: [...sheet.validations.keys()].sort(),
    // Conditional formats (ids change when one is added again; ours go back on top of the
    // priority list, which only matters where formats share cells: compared as a set) and charts.
    conditionalFormats: sheet.conditionalFormats
      .map((cf) =>
        JSON.stringify({ type: cf.type, rect: cf.rect, settings: [...cf.settings.entries()].sort() }),
      )
      .sort(),
    charts: sheet.charts.map((c) => ({
      name: c.name,
      type: c.chartType,
      from: c.from,
      to: c.to,
      series: c.series.map((x) => ({
        name: x.name,
        x: x.xValues?.rect,
        y: x.values?.rect,
        size: x.bubbleSizes?.rect,
        labels: [...x.labels.entries()].sort((a, b) => a[0] - b[0]),
      })),
    })),
  }));
}

/** A user's own chart and conditional format in a column of their own (Z), beside the add-in's. */
async function addUsersOwn(fake: WireExcel, sheetName: string): Promise<void> {
  await fake.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.getRange("Z5:Z7").values = [[1], [2], [3]];
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("Z5:Z7"), "Columns");
    chart.name = "Mein Diagramm";
    chart.setPosition("AB2", "AH12");
    const format = sheet.getRange("Z5:Z7").conditionalFormats.add("Custom");
    format.custom.rule.formula = "=$Z5>1";
    format.custom.format.fill.color = "#FFFF00";
    await context.sync();
  });
}

const usersOwn = (fake: WireExcel, sheetName: string) => {
  const sheet = fake.workbook.sheet(sheetName);
  return {
    charts: sheet.charts
      .filter((c) => c.name === "Mein Diagramm")
      .map((c) => [c.from, c.to, c.series.length]),
    formats: sheet.conditionalFormats
      .filter((cf) => cf.settings.get("custom.rule.formula") === "=$Z5>1")
      .map((cf) => [cf.rect, cf.settings.get("custom.format.fill.color")]),
  };
};

/** A fourth account in the account sheet, as a user would type it. */
function addAccount(workbook: FakeWorkbookModel): void {
  const accounts = workbook.sheet("Kunden");
  accounts.setCell("A7", "D-04");
  accounts.setCell("B7", "Nordlicht Energie AG");
  accounts.setCell("C7", 1_200_000);
  accounts.setCell("D7", 4_000_000);
  accounts.setCell("E7", "Tom Krause");
}

const rect = (r: { top: number; left: number; bottom: number; right: number }) => ({
  top: r.top,
  left: r.left,
  bottom: r.bottom,
  right: r.right,
});

const names = (workbook: FakeWorkbookModel) =>
  workbook.names
    .filter((n) => !n.deleted)
    .map((n) => [n.name, workbook.nameFormula(n)])
    .sort();

describe("plan writes under co-authoring", () => {
  test("an existing goal sheet is updated in place: 0 rows.add, 0 sheets deleted, only changed cells written", async () => {
    const fake = await createWireExcel({ sheets: [ACCOUNTS], displayLanguage: "de-DE" });
    const port = host(fake);
    await write(port, PLAN);
    fake.control.coauthoring(true);
    fake.control.resetStats();
    // A co-author changes G1's target; this write adds a goal and changes the vision.
    fake.control.coauthorEdit((wb) => {
      wb.sheet("KAM-Ziele").setCell("H12", 7_000_000);
    });
    const result = await write(port, {
      ...PLAN,
      vision: "Unverzichtbarer Partner unserer Key Accounts, heute und morgen",
      goals: [...PLAN.goals, goal({ id: "G4", account: "D-03" })],
    });
    expect(result.modes).toEqual({ "KAM-Ziele": "update", "KAM-Review": "update", "KAM-Planner": "update" });
    expect(fake.stats.tableRowsAdd).toBe(0);
    expect(fake.stats.sheetDeletions).toBe(0);
    const sheet = fake.workbook.sheet("KAM-Ziele");
    expect(sheet.cell("H12").value).toBe(7_000_000);
    expect(sheet.cell("A15").value).toBe("G4");
    expect(sheet.cell("C4").value).toBe("Unverzichtbarer Partner unserer Key Accounts, heute und morgen");
    expect(fake.workbook.table("KAM_Goals").rect).toEqual({ top: 11, left: 1, bottom: 15, right: 21 });
    // Untouched cells were not written again: G2's row is as the first write left it.
    expect(sheet.cell("F13").value).toBe(PLAN.goals[1]!.statement);
  });

  test("users' own columns stay where they are and are never written", async () => {
    const fake = await createWireExcel({ sheets: [ACCOUNTS], displayLanguage: "de-DE" });
    const port = host(fake);
    await write(port, PLAN);
    // A user widens the table by a column "Budget" and fills it in (and colours a cell).
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("KAM-Ziele");
      sheet.getRange("V11:V12").values = [["Budget"], [25_000]];
      sheet.getRange("V12").format.fill.color = "#FFFF00";
      sheet.tables.getItem("KAM_Goals").resize("A11:V14");
      await context.sync();
    });
    fake.control.coauthoring(true);
    await write(port, { ...PLAN, goals: [...PLAN.goals, goal({ id: "G4" })] });
    const sheet = fake.workbook.sheet("KAM-Ziele");
    expect(sheet.cell("V11").value).toBe("Budget");
    expect(sheet.cell("V12")).toMatchObject({ value: 25_000, fill: "#FFFF00" });
    expect(sheet.cell("A15").value).toBe("G4");
    expect(fake.workbook.table("KAM_Goals").rect).toEqual({ top: 11, left: 1, bottom: 15, right: 22 });
    expect(fake.stats.sheetDeletions).toBe(0);
  });

  test("a deleted goal's row is cleared, users' cells in it too; the table shrinks", async () => {
    const fake = await createWireExcel({ sheets: [ACCOUNTS], displayLanguage: "de-DE" });
    const port = host(fake);
    await write(port, PLAN);
    await write(port, { ...PLAN, goals: PLAN.goals.filter((g) => g.id !== "G3") });
    const sheet = fake.workbook.sheet("KAM-Ziele");
    expect(sheet.cell("A14").value).toBe("");
    expect(sheet.cell("N14").value).toBe("");
    expect(fake.workbook.table("KAM_Goals").rect.bottom).toBe(13);
    expect((await openWorkbook(port)).stored?.plan.goals.map((g) => g.id)).toEqual(["G1", "G2"]);
  });
});

describe("conditional formats and the chart of a sheet updated in place", () => {
  test("appended goals are coloured by the progress formats; a user's own format and chart stay", async () => {
    const fake = await createWireExcel({ sheets: [ACCOUNTS], displayLanguage: "de-DE" });
    const port = host(fake);
    await write(port, PLAN);
    await addUsersOwn(fake, "KAM-Ziele");
    const users = usersOwn(fake, "KAM-Ziele");
    fake.control.coauthoring(true);
    await write(port, { ...PLAN, goals: [...PLAN.goals, goal({ id: "G4" }), goal({ id: "G5" })] });
    const sheet = fake.workbook.sheet("KAM-Ziele");
    expect(fake.workbook.table("KAM_Goals").rect.bottom).toBe(16);
    const progress = sheet.conditionalFormats.filter((cf) => cf.rect.left !== 26);
    // Three rules (off track, at risk, on track) over attainment, elapsed and on-track: rows 12–16.
    expect(progress).toHaveLength(3);
    for (const cf of progress) expect(rect(cf.rect)).toMatchObject({ top: 12, bottom: 16 });
    expect(
      [...progress]
        .sort((a, b) => a.priority - b.priority)
        .map((cf) => cf.settings.get("custom.format.fill.color")),
    ).toEqual(["#FFC7CE", "#FFEB9C", "#C6EFCE"]);
    expect(usersOwn(fake, "KAM-Ziele")).toEqual(users);
    expect(fake.stats.sheetDeletions).toBe(0);
  });

  test("written again in the other language: the progress and status colours are replaced, not doubled", async () => {
    const fake = await createWireExcel({ sheets: [ACCOUNTS], displayLanguage: "de-DE" });
    const port = host(fake);
    await write(port, PLAN);
    fake.control.coauthoring(true);
    const opened = await openWorkbook(port);
    const result = await writePlan(
      port,
      opened,
      { ...PLAN, language: "en" },
      { language: "en", asOf: AS_OF },
    );
    expect(result.status).toBe("written");
    const goals = fake.workbook.sheet("KAM-Ziele").conditionalFormats;
    expect(goals).toHaveLength(3);
    for (const cf of goals)
      expect(String(cf.settings.get("custom.rule.formula"))).toMatch(/"(off track|at risk|on track)"/i);
    expect(fake.workbook.sheet("KAM-Review").conditionalFormats).toHaveLength(4);
    expect(fake.stats.sheetDeletions).toBe(0);
  });

  test("the review gains an account: the chart shows it, labels the right bubbles, covers no totals or notes; one chart, the user's stays", async () => {
    const fake = await createWireExcel({ sheets: [ACCOUNTS], displayLanguage: "de-DE" });
    const port = host(fake);
    await write(port, PLAN);
    await addUsersOwn(fake, "KAM-Review");
    const users = usersOwn(fake, "KAM-Review");
    addAccount(fake.workbook);
    fake.control.coauthoring(true);
    const start = fake.stats.syncs;
    const result = await write(port, PLAN);
    // Reading the workbook and writing three sheets in place, conditional formats and chart included:
    // as many syncs as before they were kept in line (23 for this write).
    expect(fake.stats.syncs - start).toBeLessThanOrEqual(23);
    expect(result.modes["KAM-Review"]).toBe("update");

    const sheet = fake.workbook.sheet("KAM-Review");
    const table = fake.workbook.table("KAM_Review").rect;
    expect(table.bottom).toBe(8);
    const ours = sheet.charts.filter((c) => c.name !== "Mein Diagramm");
    expect(ours.map((c) => c.name)).toEqual(["KAM_Portfolio"]);
    const [chart] = ours;
    const [accounts] = chart!.series;
    for (const range of [accounts!.xValues, accounts!.values, accounts!.bubbleSizes])
      expect(range && rect(range.rect)).toMatchObject({ top: 5, bottom: 8 });
    // Each label names the account in the row its point comes from.
    const nameColumn = [...Array(24).keys()]
      .map((i) => i + 1)
      .find((c) => sheet.cell(`${columnLetter(c)}4`).value === "Kunde");
    const labels = [...accounts!.labels.entries()].map(([index, label]) => [
      sheet.cell(`${columnLetter(nameColumn!)}${5 + index}`).value,
      label.text,
    ]);
    expect(labels).toContainEqual(["Nordlicht Energie AG", "Nordlicht Energie AG"]);
    for (const [name, text] of labels) expect(name).toBe(text);
    // Totals and notes moved down a row; the chart moved with them and covers none of their cells.
    expect(chart!.from!.top).toBeGreaterThan(table.bottom + 1);
    for (let row = chart!.from!.top; row <= chart!.to!.bottom; row++)
      for (let column = chart!.from!.left; column <= chart!.to!.right; column++)
        expect(sheet.cell(`${columnLetter(column)}${row}`).value).toBe("");
    // The status formats reach the new row.
    const status = sheet.conditionalFormats.filter((cf) => cf.rect.left !== 26);
    expect(status).toHaveLength(4);
    for (const cf of status) expect(rect(cf.rect)).toMatchObject({ top: 5, bottom: 8 });
    expect(usersOwn(fake, "KAM-Review")).toEqual(users);
  });
});

describe("rebuilding", () => {
  test("an Excel without Table.resize (ExcelApi 1.12) asks to rebuild; never while others are editing", async () => {
    const fake = await createWireExcel({
      sheets: [ACCOUNTS],
      displayLanguage: "de-DE",
      supportedSets: { ExcelApi: "1.12" },
    });
    const port = host(fake);
    await write(port, PLAN);
    const next = { ...PLAN, goals: [...PLAN.goals, goal({ id: "G4" })] };
    const opened = await openWorkbook(port);
    const settings = { language: "de", asOf: AS_OF } as const;

    fake.control.coauthoring(true);
    fake.control.resetStats();
    expect(await writePlan(port, opened, next, settings)).toEqual({
      status: "rebuildNeeded",
      sheets: ["KAM-Ziele", "KAM-Review", "KAM-Planner"],
      collaboration: "active",
    });
    // Even when asked to, the host refuses to delete a sheet others may be in.
    await expect(writePlan(port, opened, next, settings, { rebuild: true })).rejects.toMatchObject({
      code: "collaborating",
    });
    expect(fake.stats.sheetDeletions).toBe(0);
    expect(fake.stats.tableRowsAdd).toBe(0);

    fake.control.coauthoring(false);
    expect(await writePlan(port, opened, next, settings)).toMatchObject({ collaboration: "inactive" });
    const rebuilt = await writePlan(port, opened, next, settings, { rebuild: true });
    expect(rebuilt).toMatchObject({ status: "written", modes: { "KAM-Ziele": "replace" } });
    expect(fake.workbook.sheet("KAM-Ziele").cell("A15").value).toBe("G4");
    expect(fake.workbook.sheet("KAM-Planner").visibility).toBe("VeryHidden");
  });

  test("below ExcelApi 1.9 Excel cannot tell whether others are editing: that counts as yes", async () => {
    const fake = await createWireExcel({
      sheets: [ACCOUNTS],
      displayLanguage: "de-DE",
      supportedSets: { ExcelApi: "1.8" },
    });
    const port = host(fake);
    await write(port, PLAN);
    const result = await writePlan(
      port,
      await openWorkbook(port),
      { ...PLAN, mission: "Neu" },
      {
        language: "de",
        asOf: AS_OF,
      },
    );
    expect(result).toMatchObject({ status: "rebuildNeeded", collaboration: "unknown" });
    expect(fake.workbook.sheet("KAM-Ziele").cell("C5").value).toBe(PLAN.mission);
  });
});

describe("all or nothing", () => {
  async function preparedWorkbook(): Promise<{ fake: WireExcel; port: WorkbookPort }> {
    const fake = await createWireExcel({ sheets: [ACCOUNTS], displayLanguage: "de-DE" });
    const port = host(fake, { budgetBytes: 20_000, chunkBytes: 4_000 });
    await write(port, PLAN);
    // Users' column with a fill, so that formats must come back too.
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("KAM-Ziele");
      sheet.getRange("V11:V12").values = [["Budget"], [25_000]];
      sheet.getRange("V12").format.fill.color = "#FFFF00";
      sheet.tables.getItem("KAM_Goals").resize("A11:V14");
      await context.sync();
    });
    await addUsersOwn(fake, "KAM-Review");
    return { fake, port };
  }

  const NEXT: Plan = {
    ...PLAN,
    vision: "Unverzichtbarer Partner unserer Key Accounts, heute und morgen",
    goals: [
      { ...PLAN.goals[0]!, target: 9_000_000 },
      ...PLAN.goals.slice(2),
      goal({ id: "G4", account: "D-03" }),
      goal({ id: "G5", account: "D-02" }),
    ],
  };

  /** The syncs of a plan write: those reading the workbook again, and those writing it. */
  async function measure(): Promise<{ reads: number; total: number }> {
    const { fake, port } = await preparedWorkbook();
    const opened = await openWorkbook(port);
    const start = fake.stats.syncs;
    let reads = 0;
    const counting: WorkbookPort = {
      ...port,
      writeSheets: (writes) => {
        reads = fake.stats.syncs - start;
        return port.writeSheets(writes);
      },
    };
    const result = await writePlan(counting, opened, NEXT, { language: "de", asOf: AS_OF });
    expect(result.status).toBe("written");
    return { reads, total: fake.stats.syncs - start - reads };
  }

  test("a failure at any sync of a plan write leaves the workbook as it was, and says so", async () => {
    const { reads, total } = await measure();
    expect(total).toBeGreaterThan(5);
    for (const partial of [false, true]) {
      for (let n = 1; n <= total; n++) {
        const { fake, port } = await preparedWorkbook();
        const opened = await openWorkbook(port);
        const before = snapshot(fake.workbook);
        const namesBefore = names(fake.workbook);
        fake.control.failSync(reads + n, "GeneralException", { partial });
        const error: unknown = await writePlan(port, opened, NEXT, { language: "de", asOf: AS_OF }).catch(
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(PortError);
        expect(error).toMatchObject({ code: "hostFailed" });
        expect(snapshot(fake.workbook)).toEqual(before);
        expect(names(fake.workbook)).toEqual(namesBefore);
      }
    }
  });
});

describe("two task panes on one workbook", () => {
  test("a co-author's edit that lands between the planner's read and its write is kept", async () => {
    const fake = await createWireExcel({ sheets: [ACCOUNTS], displayLanguage: "de-DE" });
    const a = host(fake);
    await write(a, PLAN);
    const opened = await openWorkbook(a);
    // B's pane writes G2's new target right after A's planner read the goal sheet, before A writes.
    let armed = true;
    const stop = fake.control.remoteEdit((wb) => {
      if (armed && wb.findSheet("KAM-Ziele") && fake.stats.requests.length > 0) {
        const last = fake.stats.requests[fake.stats.requests.length - 1];
        if (last && last.actions > 0 && pending.read) {
          armed = false;
          wb.sheet("KAM-Ziele").setCell("H13", 3_000_000);
        }
      }
    });
    const pending = { read: false };
    const watching: WorkbookPort = {
      ...a,
      readSheet: async (name) => {
        const grid = await a.readSheet(name);
        if (name === "KAM-Ziele") pending.read = true;
        return grid;
      },
    };
    const result = await writePlan(
      watching,
      opened,
      { ...PLAN, mission: "Gemeinsam wachsen, tief verankert" },
      {
        language: "de",
        asOf: AS_OF,
      },
    );
    stop();
    expect(armed).toBe(false);
    expect(result.status).toBe("written");
    const sheet = fake.workbook.sheet("KAM-Ziele");
    expect(sheet.cell("H13").value).toBe(3_000_000);
    expect(sheet.cell("C5").value).toBe("Gemeinsam wachsen, tief verankert");
  });

  test("one client's write reaches another client's watch as a remote change", async () => {
    const fake = await createWireExcel({ sheets: [ACCOUNTS], displayLanguage: "de-DE" });
    const a = host(fake);
    await write(a, PLAN);
    await new Promise((r) => setTimeout(r, 20));
    const changes: SheetChange[] = [];
    const unwatch = await a.watch(["KAM-Ziele"], (c) => changes.push(c));
    const other = await openWireExcel(fake.state, { displayLanguage: "de-DE" });
    const b = createOfficeHost(other.Excel, other.Office, { delay: instant });
    await write(b, { ...PLAN, vision: "Unverzichtbarer Partner unserer Key Accounts, heute und morgen" });
    await waitFor(() => changes.length > 0);
    expect(changes.every((c) => c.sheet === "KAM-Ziele" && c.source === "remote")).toBe(true);
    await unwatch();
  });

  test("watching: a co-author's change reaches the other pane as a remote change", async () => {
    const fake = await createWireExcel({ sheets: [ACCOUNTS], displayLanguage: "de-DE" });
    const port = host(fake);
    await write(port, PLAN);
    // Events of that write that are still on their way.
    await new Promise((r) => setTimeout(r, 20));
    const changes: SheetChange[] = [];
    const unwatch = await port.watch(["KAM-Ziele", "Kunden"], (c) => changes.push(c));
    fake.control.coauthorEdit((wb) => {
      wb.sheet("KAM-Ziele").setCell("H12", 7_000_000);
    });
    await waitFor(() => changes.length > 0);
    expect(changes).toEqual([{ sheet: "KAM-Ziele", address: "H12", source: "remote" }]);
    // The pane's own writes are local.
    await write(port, { ...PLAN, mission: "Neu" });
    await waitFor(() => changes.some((c) => c.source === "local"));
    await unwatch();
    const seen = changes.length;
    fake.control.coauthorEdit((wb) => {
      wb.sheet("Kunden").setCell("C4", 2_000_000);
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(changes).toHaveLength(seen);
  });
});

async function waitFor(done: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
}
