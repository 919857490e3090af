// Ownership through a whole write, on both hosts: a user's sheet that merely carries the add-in's
// table or marker names is never replaced and still read for accounts; the add-in writes beside it,
// proves its own sheets by token, and takes over a previous version's sheets once.

import { createOfficeHost } from "../../src/hosts/office";
import { openXlsx, type XlsxWorkbook } from "../../src/hosts/xlsx";
import type { Plan } from "../../src/domain/plan";
import { openWorkbook, writePlan } from "../../src/planner";
import { cellAt, PortError, type SheetGrid, type WorkbookPort } from "../../src/sheet";
import { goalSheetSpec, NO_EXTRA_COLUMNS } from "../../src/workbook/goal-sheet";
import { planForSheet } from "../../src/workbook/plan-sheets";
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

async function write(port: WorkbookPort, plan: Plan = PLAN) {
  return writePlan(port, await openWorkbook(port), plan, SETTINGS);
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
    await port.writeSheet(
      goalSheetSpec({ ...common, sheetName: "Ziele 2026", extraColumns: NO_EXTRA_COLUMNS }, describeFinding),
      { replace: false },
    );
    await port.writeSheet(
      reviewSheetSpec({ ...common, sheetName: "KAM-Review", goalSheet: "Ziele 2026" }, describeFinding),
      { replace: false },
    );
    const legacy = await openWorkbook(port);
    expect(legacy.plannerSheets).toEqual(["Ziele 2026", "KAM-Review"]);
    expect(legacy.stored?.plan.goals.map((g) => g.id)).toEqual(["G1"]);

    const result = await write(port, { ...PLAN, vision: `${PLAN.vision} Neu.` });
    expect([result.goalSheet, result.reviewSheet]).toEqual(["Ziele 2026", "KAM-Review"]);
    expect((await port.listSheets()).map((s) => s.name)).toEqual([
      "Kundenportfolio",
      "Ziele 2026",
      "KAM-Review",
      "KAM-Planner",
    ]);
    const names = (await port.listNames()).filter((n) => n.name.startsWith("KAM_Owned_"));
    expect(names.map((n) => n.sheet).sort()).toEqual(["KAM-Review", "Ziele 2026"]);
    const settings = await port.readSheet("KAM-Planner");
    expect([cellAt(settings, 2, 1).value, cellAt(settings, 3, 1).value]).toEqual([
      "owner:goal",
      "owner:review",
    ]);
    expect((await openWorkbook(port)).stored?.plan.vision).toBe(`${PLAN.vision} Neu.`);
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
