// Ownership through a whole write, on both hosts: a user's sheet that merely carries the add-in's
// table or marker names is never replaced and still read for accounts; the add-in writes beside it,
// proves its own sheets by token, and takes over a previous version's sheets once.

import { strFromU8, unzipSync } from "fflate";
import { createOfficeHost } from "../../src/hosts/office";
import { openXlsx, type XlsxWorkbook } from "../../src/hosts/xlsx";
import type { Plan } from "../../src/domain/plan";
import { openWorkbook, writePlan, type WriteOptions, type WrittenPlan } from "../../src/planner";
import { PortError, type SheetGrid, type WorkbookPort } from "../../src/sheet";
import { goalSheetSpec } from "../../src/workbook/goal-sheet";
import { planForSheet } from "../../src/workbook/plan-sheets";
import { readSettings } from "../../src/workbook/settings-sheet";
import { reviewSheetSpec } from "../../src/workbook/review-sheet";
import { createWireExcel } from "../support/office-js";
import { accountSheet, buildXlsx, type RawWorkbook } from "../hostile/raw-xlsx";
import { describeFinding, goal } from "../workbook/write-fixtures";

const PLAN: Plan = {
  version: 1,
  language: "de",
  asOf: "2026-12-01",
  vision:
    "Wir werden für unsere Key Accounts ein geschätzter und unverzichtbarer Partner sein, heute und morgen.",
  mission: "Wir wachsen zusammen mit unseren Key Accounts, indem wir uns tief in ihren Geschäften verankern.",
  marketing: null,
  goals: [goal({ id: "G1", statement: "Umsatz mit Kessler auf 2,3 Mio. € ausbauen", owner: null })],
};
const SETTINGS = { language: "de" as const, asOf: "2026-12-01" };

async function xlsx(book: RawWorkbook): Promise<XlsxWorkbook> {
  return openXlsx(await buildXlsx(book));
}

async function write(
  port: WorkbookPort,
  plan: Plan = PLAN,
  options: WriteOptions = {},
): Promise<WrittenPlan> {
  const result = await writePlan(port, await openWorkbook(port), plan, SETTINGS, options);
  if (result.status !== "written") throw new Error(`not written: ${result.status}`);
  return result;
}

async function grids(port: WorkbookPort): Promise<Map<string, SheetGrid>> {
  const out = new Map<string, SheetGrid>();
  for (const s of await port.listSheets()) out.set(s.name, await port.readSheet(s.name));
  return out;
}

const NOTES = {
  name: "Notizen",
  rows: [
    ["Ziel-ID", "Kunde", "Text"],
    ["X1", "D-01", "meine eigene Notiz"],
  ],
  tables: [{ name: "KAM_Goals", ref: "A1:C2", columns: ["Ziel-ID", "Kunde", "Text"] }],
};

describe("a user's sheet carrying the add-in's names is a user's sheet (xlsx host)", () => {
  test("a table named KAM_Goals: kept, read, and the add-in writes beside it under its own table name", async () => {
    const port = await xlsx({ sheets: [accountSheet(), NOTES] });
    const before = await grids(port);
    const result = await write(port);
    expect(result.goalSheet).toBe("KAM-Ziele");
    const after = await grids(port);
    expect(after.get("Notizen")).toEqual(before.get("Notizen"));
    expect((await port.listSheets()).find((s) => s.name === "Notizen")?.tables).toEqual(["KAM_Goals"]);
    expect((await port.listSheets()).find((s) => s.name === "KAM-Ziele")?.tables).toEqual(["KAM_Goals_2"]);
    const opened = await openWorkbook(port);
    expect(opened.stored?.sheet).toBe("KAM-Ziele");
    expect(opened.stored?.plan.goals.map((g) => g.id)).toEqual(["G1"]);
    expect(opened.accountSheets.map((g) => g.name)).toContain("Notizen");

    // Writing again replaces the add-in's own sheets in place: nothing new, the user's sheet as it was.
    const again = await write(port);
    expect(again.goalSheet).toBe("KAM-Ziele");
    expect((await port.listSheets()).map((s) => s.name)).toEqual([
      "Kundenportfolio",
      "Notizen",
      "KAM-Ziele",
      "KAM-Review",
      "KAM-Planner",
    ]);
    expect((await grids(port)).get("Notizen")).toEqual(before.get("Notizen"));
  });

  test("a defined name KAM_GoalSheet on a user's sheet: the sheet keeps its accounts and the name stays the user's", async () => {
    const port = await xlsx({
      sheets: [accountSheet(), accountSheet("Süd")],
      names: [{ name: "KAM_GoalSheet", formula: "'Süd'!$A$1" }],
    });
    const before = await port.readSheet("Süd");
    const opened = await openWorkbook(port);
    expect(opened.accountSheets.map((g) => g.name)).toEqual(["Kundenportfolio", "Süd"]);
    expect(opened.accounts.filter((a) => a.source.sheet === "Süd")).toHaveLength(3);
    const result = await write(port);
    expect([result.goalSheet, result.reviewSheet]).toEqual(["KAM-Ziele", "KAM-Review"]);
    expect(await port.readSheet("Süd")).toEqual(before);
    expect((await port.listNames()).filter((n) => n.name === "KAM_GoalSheet")).toEqual([
      { name: "KAM_GoalSheet", sheet: "Süd", address: "A1" },
    ]);
    expect((await openWorkbook(port)).stored?.sheet).toBe("KAM-Ziele");
  });

  test("a user's name the plan's cells need (KAM_Vision elsewhere): refused before anything is written", async () => {
    const port = await xlsx({
      sheets: [accountSheet(), { name: "Notizen", rows: [["Vision"], ["unsere"]] }],
      names: [{ name: "KAM_Vision", formula: "Notizen!$A$2" }],
    });
    const before = await port.save();
    const error = await write(port).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect(error).toMatchObject({ code: "nameTaken", params: { name: "KAM_Vision", other: "Notizen" } });
    expect(Buffer.from(await port.save()).equals(Buffer.from(before))).toBe(true);
  });

  test("the previous version's sheets are taken over once, in place; then only the proof counts", async () => {
    // What the previous version wrote: the two sheets with their markers and tables, no records.
    const port = await xlsx({ sheets: [accountSheet()] });
    const plan = planForSheet(PLAN, (await openWorkbook(port)).accounts, "de");
    const common = {
      plan,
      accounts: (await openWorkbook(port)).accounts,
      findings: [],
      language: "de" as const,
    };
    await port.writeSheet(goalSheetSpec({ ...common, sheetName: "Ziele 2026" }, describeFinding), {
      replace: false,
    });
    await port.writeSheet(
      reviewSheetSpec({ ...common, sheetName: "KAM-Review", goalSheet: "Ziele 2026" }, describeFinding),
      { replace: false },
    );
    const legacy = await openWorkbook(port);
    expect(legacy.plannerSheets).toEqual(["Ziele 2026", "KAM-Review"]);
    expect(legacy.stored?.plan.goals.map((g) => g.id)).toEqual(["G1"]);

    // The previous version stored no base: the plan file's new vision is a conflict that
    // `kam write --prefer mine` decides.
    const result = await write(port, { ...PLAN, vision: `${PLAN.vision} Neu.` }, { decide: "mine" });
    expect([result.goalSheet, result.reviewSheet]).toEqual(["Ziele 2026", "KAM-Review"]);
    expect((await port.listSheets()).map((s) => s.name)).toEqual([
      "Kundenportfolio",
      "Ziele 2026",
      "KAM-Review",
      "KAM-Planner",
    ]);
    const names = (await port.listNames()).filter((n) => n.name.startsWith("KAM_Owned_"));
    expect(names.map((n) => n.sheet).sort()).toEqual(["KAM-Review", "Ziele 2026"]);
    const settings = readSettings(await port.readSheet("KAM-Planner"));
    expect(settings.entries.get("owner:goal")).toMatch(/^[0-9a-f]{32}$/);
    expect(settings.entries.get("owner:review")).toMatch(/^[0-9a-f]{32}$/);
    expect((await openWorkbook(port)).stored?.plan.vision).toBe(`${PLAN.vision} Neu.`);
  });
});

describe("the review sheet's chart parts belong to the add-in's sheet, never to a user's (xlsx host)", () => {
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const userDrawing = `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Mein Diagramm"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
  const userChart = `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'KAM-Review'!$B$2:$B$3</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;
  // The user's own review sheet: called like the add-in's, with its table and marker names and a chart.
  const book: RawWorkbook = {
    sheets: [
      accountSheet(),
      {
        name: "KAM-Review",
        rows: [
          ["Kunde", "Umsatz"],
          ["Kessler", 1_850_000],
          ["Lindner", 1_200_000],
        ],
        tables: [{ name: "KAM_Review", ref: "A1:B3", columns: ["Kunde", "Umsatz"] }],
        drawing: "rId9",
        rels: [["rId9", `${REL}/drawing`, "../drawings/drawing1.xml"]],
      },
    ],
    names: [{ name: "KAM_ReviewSheet", formula: "'KAM-Review'!$A$1" }],
    parts: [
      {
        path: "xl/drawings/drawing1.xml",
        contentType: "application/vnd.openxmlformats-officedocument.drawing+xml",
        content: userDrawing,
      },
      {
        path: "xl/drawings/_rels/drawing1.xml.rels",
        content: `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
      },
      {
        path: "xl/charts/chart1.xml",
        contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
        content: userChart,
      },
    ],
  };
  const chartParts = (files: Record<string, Uint8Array>) =>
    Object.keys(files)
      .filter((p) => /^xl\/(charts|drawings)\/[^/]*\.xml$/.test(p))
      .sort();

  test("written beside the user's sheet with parts of its own; a rewrite replaces only those", async () => {
    const input = await buildXlsx(book);
    const original = unzipSync(input);
    const port = await openXlsx(input);
    const result = await write(port);
    expect(result.reviewSheet).toBe("KAM-Review (2)");
    const once = unzipSync(await port.save());
    await write(port, { ...PLAN, vision: `${PLAN.vision} Zweite Fassung.` });
    const twice = unzipSync(await port.save());
    for (const files of [once, twice]) {
      // The user's drawing, its relationships and its chart: byte for byte.
      for (const part of [
        "xl/drawings/drawing1.xml",
        "xl/drawings/_rels/drawing1.xml.rels",
        "xl/charts/chart1.xml",
      ])
        expect([part, Buffer.from(files[part] ?? []).equals(Buffer.from(original[part] ?? [1]))]).toEqual([
          part,
          true,
        ]);
      // One drawing and one chart of the add-in's besides: the rewrite left no orphan behind.
      expect(chartParts(files)).toHaveLength(4);
      const ours = chartParts(files).filter(
        (p) => !p.endsWith("/drawing1.xml") && !p.endsWith("/chart1.xml"),
      );
      const chart = strFromU8(files[ours.find((p) => p.includes("/charts/")) ?? ""] ?? new Uint8Array());
      expect(chart).toContain("<c:bubbleChart>");
      expect(chart).toContain("'KAM-Review (2)'!");
    }
    expect((await port.listSheets()).map((s) => s.name)).toEqual([
      "Kundenportfolio",
      "KAM-Review",
      "KAM-Ziele",
      "KAM-Review (2)",
      "KAM-Planner",
    ]);
    expect((await port.listSheets()).find((s) => s.name === "KAM-Review")?.tables).toEqual(["KAM_Review"]);
  });
});

describe("a user's name of the add-in's that is not a range is never dropped", () => {
  test("xlsx host: a constant KAM_Vision stops the write before anything changes", async () => {
    const port = await xlsx({
      sheets: [accountSheet()],
      names: [{ name: "KAM_Vision", formula: '"unsere Vision"' }],
    });
    const before = await port.save();
    await expect(write(port)).rejects.toMatchObject({ code: "nameTaken", params: { name: "KAM_Vision" } });
    expect(Buffer.from(await port.save()).equals(Buffer.from(before))).toBe(true);
  });

  test("Office host: a formula name KAM_Mission stops the write; the name stays", async () => {
    const fake = await createWireExcel({
      sheets: [
        {
          name: "Kunden",
          cells: [
            ["Kunden-ID", "Kundenname", "Umsatz", "Umsatzpotenzial"],
            ["D-01", "Kessler Verpackungen GmbH", 1_850_000, 5_200_000],
          ],
        },
      ],
    });
    await fake.Excel.run(async (context) => {
      context.workbook.names.add("KAM_Mission", "=Kunden!$C$2*2");
      await context.sync();
    });
    const host = createOfficeHost(fake.Excel, fake.Office, { delay: () => Promise.resolve() });
    await expect(write(host)).rejects.toMatchObject({ code: "nameTaken", params: { name: "KAM_Mission" } });
    expect(fake.workbook.sheetNames()).toEqual(["Kunden"]);
    const formula = await fake.Excel.run(async (context): Promise<string> => {
      const name = context.workbook.names.getItem("KAM_Mission");
      name.load("formula");
      await context.sync();
      return String(name.formula);
    });
    expect(formula).toBe("=Kunden!$C$2*2");
  });
});

describe("the same rule through the Office host (Excel model)", () => {
  test("a user's table KAM_Goals stays; the add-in writes beside it and replaces only its own sheet", async () => {
    const fake = await createWireExcel({
      sheets: [
        {
          name: "Kunden",
          cells: [
            ["Kunden-ID", "Kundenname", "Umsatz", "Umsatzpotenzial"],
            ["D-01", "Kessler Verpackungen GmbH", 1_850_000, 5_200_000],
          ],
        },
        {
          name: "Notizen",
          cells: NOTES.rows,
          tables: [{ name: "KAM_Goals", top: 1, left: 1, bottom: 2, right: 3, hasHeader: true }],
          names: [{ name: "KAM_GoalSheet", range: "A1" }],
        },
      ],
    });
    const host = createOfficeHost(fake.Excel, fake.Office, { delay: () => Promise.resolve() });
    const notes = await host.readSheet("Notizen");
    await write(host);
    await write(host, { ...PLAN, vision: `${PLAN.vision} Zweite Fassung.` });
    expect(fake.workbook.sheetNames()).toEqual([
      "Kunden",
      "Notizen",
      "KAM-Ziele",
      "KAM-Review",
      "KAM-Planner",
    ]);
    expect(await host.readSheet("Notizen")).toEqual(notes);
    expect(
      fake.workbook
        .sheet("Notizen")
        .tables()
        .map((t) => t.name),
    ).toEqual(["KAM_Goals"]);
    const opened = await openWorkbook(host);
    expect(opened.stored?.sheet).toBe("KAM-Ziele");
    expect(opened.stored?.plan.vision).toBe(`${PLAN.vision} Zweite Fassung.`);
    expect(opened.accountSheets.map((g) => g.name)).toContain("Notizen");
  });
});
