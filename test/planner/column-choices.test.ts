// The user's column choices stored in the workbook: a very hidden settings sheet the add-in owns,
// written through either host, read back by every later open (the xlsx round trip included), never
// read as an account sheet, never written over a user's sheet of the same name, and a co-author's
// choices for other sheets kept when one sheet's choice is stored.

import { cellAt } from "../../src/sheet";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { createOfficeHost } from "../../src/hosts/office";
import { openXlsx, type XlsxWorkbook } from "../../src/hosts/xlsx";
import {
  AS_FOUND,
  chooseField,
  chooseRow,
  openWorkbook,
  saveColumnChoices,
  workbookFindings,
  type OpenedWorkbook,
} from "../../src/planner";
import { choiceJson, parseChoice, type SheetChoice } from "../../src/workbook/column-choices";
import { readSettings, settingsSheetSpec, SETTINGS_MARKER } from "../../src/workbook/settings-sheet";
import { createWireExcel } from "../support/office-js";
import { gridFromRows } from "../support/grids";

async function bytesOf(build: (wb: Workbook) => void): Promise<Uint8Array> {
  const wb = new Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function accountList(wb: Workbook, name = "Kunden"): void {
  const ws = wb.addWorksheet(name);
  ws.addRow(["Kunden-ID", "Kundenname", "Umsatz 2024", "Umsatz 2025", "Potenzial"]);
  ws.addRow(["K-1", "Alpha GmbH", 100, 120, 500]);
  ws.addRow(["K-2", "Beta AG", 200, 180, 600]);
}

const revenueOf = (opened: OpenedWorkbook, id: string) => opened.accounts.find((a) => a.id === id)?.revenue;
const fieldOf = (opened: OpenedWorkbook, sheet: string, field: string) =>
  opened.mappings.find((m) => m.sheet === sheet)?.fields.find((f) => f.field === field);

describe("the choice as compact JSON", () => {
  test("round trip, in canonical order", () => {
    const choice: SheetChoice = {
      fields: { revenue: { at: "C", header: "Umsatz 2024", unit: "x1000" }, id: { at: null } },
      exclude: [{ row: 3, key: "K-2" }],
    };
    const json = choiceJson(choice);
    expect(json).toBe(
      '{"fields":{"id":{"at":null},"revenue":{"at":"C","header":"Umsatz 2024","unit":"x1000"}},"exclude":[{"row":3,"key":"K-2"}]}',
    );
    expect(parseChoice(json)).toEqual(choice);
  });

  test.each([
    "",
    "not json",
    "[]",
    '{"fields":{"turnover":{"at":"C"}},"exclude":[]}',
    '{"fields":{"revenue":{"at":"C-3"}},"exclude":[]}',
    '{"fields":{"revenue":{"unit":"x7"}},"exclude":[]}',
    '{"fields":{},"exclude":[{"row":0,"key":null}]}',
  ])("wrong shape %p is not half-read", (text) => {
    expect(parseChoice(text)).toBeNull();
  });
});

describe("stored through the xlsx host", () => {
  let port: XlsxWorkbook;
  beforeEach(async () => {
    port = await openXlsx(
      await bytesOf((wb) => {
        accountList(wb);
      }),
    );
  });

  test("happy path: stored, very hidden, read back after saving as .xlsx", async () => {
    let opened = await openWorkbook(port);
    expect(revenueOf(opened, "K-1")).toBe(120);
    const saved = await saveColumnChoices(port, {
      Kunden: chooseField(opened, "Kunden", "revenue", { at: "C" }),
    });
    expect(saved.sheet).toBe("KAM-Planner");

    const reopened = await openXlsx(await port.save());
    expect((await reopened.listSheets()).map((s) => [s.name, s.visible])).toEqual([
      ["Kunden", true],
      ["KAM-Planner", false],
    ]);
    opened = await openWorkbook(reopened);
    expect(revenueOf(opened, "K-1")).toBe(100);
    expect(fieldOf(opened, "Kunden", "revenue")).toMatchObject({ column: "C", reason: "chosen" });
    expect(opened.settingsSheet).toBe("KAM-Planner");
    expect(opened.plannerSheets).toContain("KAM-Planner");
    expect(opened.accountSheets.map((g) => g.name)).toEqual(["Kunden"]);
    // Excel's own view of the file: a very hidden sheet, marked by its defined name.
    const zip = await JSZip.loadAsync(await reopened.save());
    const book = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(book).toMatch(/<sheet [^>]*name="KAM-Planner"[^>]*state="veryHidden"/);
    expect((await reopened.listNames()).map((n) => [n.name, n.sheet])).toContainEqual([
      SETTINGS_MARKER,
      "KAM-Planner",
    ]);
  });

  test("storing again replaces the add-in's sheet; choosing 'as found' drops the choice", async () => {
    let opened = await openWorkbook(port);
    await saveColumnChoices(port, { Kunden: chooseField(opened, "Kunden", "revenue", { at: "C" }) });
    opened = await openWorkbook(port);
    await saveColumnChoices(port, { Kunden: chooseField(opened, "Kunden", "revenue", { at: AS_FOUND }) });
    opened = await openWorkbook(port);
    expect((await port.listSheets()).map((s) => s.name)).toEqual(["Kunden", "KAM-Planner"]);
    expect(fieldOf(opened, "Kunden", "revenue")).toMatchObject({ column: "D", reason: "latestYear" });
  });

  test("a co-author's choice for another sheet is kept when one sheet's choice is stored", async () => {
    port = await openXlsx(
      await bytesOf((wb) => {
        accountList(wb, "Nord");
        accountList(wb, "Süd");
      }),
    );
    const mine = await openWorkbook(port);
    const theirs = await openWorkbook(port);
    // Both opened the workbook before either stored anything.
    await saveColumnChoices(port, { Nord: chooseField(theirs, "Nord", "revenue", { at: "C" }) });
    await saveColumnChoices(port, { Süd: chooseRow(mine, "Süd", 3, true) });
    const after = await openWorkbook(port);
    expect(fieldOf(after, "Nord", "revenue")?.column).toBe("C");
    expect(after.accounts.map((a) => `${a.source.sheet}:${a.id}`)).toEqual([
      "Nord:K-1",
      "Nord:K-2",
      "Süd:K-1",
    ]);
  });

  test("a user's sheet named like the settings sheet is never written over", async () => {
    port = await openXlsx(
      await bytesOf((wb) => {
        accountList(wb);
        wb.addWorksheet("KAM-Planner").addRow(["Meine Notizen zum KAM-Planner"]);
      }),
    );
    const opened = await openWorkbook(port);
    const saved = await saveColumnChoices(port, {
      Kunden: chooseField(opened, "Kunden", "revenue", { at: "C" }),
    });
    expect(saved.sheet).toBe("KAM-Planner (2)");
    expect(cellAt(await port.readSheet("KAM-Planner"), 1, 1).value).toBe("Meine Notizen zum KAM-Planner");
    const after = await openWorkbook(port);
    expect(after.settingsSheet).toBe("KAM-Planner (2)");
    // The user's sheet stays a user's sheet: offered, read (it holds no accounts).
    expect(after.accountSheets.map((g) => g.name)).toEqual(["Kunden", "KAM-Planner"]);
    expect(revenueOf(after, "K-1")).toBe(100);
  });

  test("the settings sheet stays the add-in's when its marker name got lost (A1 holds the marker)", async () => {
    port = await openXlsx(
      await bytesOf((wb) => {
        accountList(wb);
        const settings = wb.addWorksheet("KAM-Planner", { state: "veryHidden" });
        settings.addRow(["kam-planner-settings", 1]);
        settings.addRow(["columns:Kunden", '{"fields":{"revenue":{"at":"C"}},"exclude":[]}']);
      }),
    );
    let opened = await openWorkbook(port);
    expect(opened.settingsSheet).toBe("KAM-Planner");
    expect(revenueOf(opened, "K-1")).toBe(100);
    const saved = await saveColumnChoices(port, {
      Kunden: chooseField(opened, "Kunden", "potential", { at: "E" }),
    });
    expect(saved.sheet).toBe("KAM-Planner");
    opened = await openWorkbook(port);
    expect((await port.listSheets()).map((s) => s.name)).toEqual(["Kunden", "KAM-Planner"]);
    expect(revenueOf(opened, "K-1")).toBe(100);
  });

  test("a stored row that cannot be read is reported and not used", () => {
    const grid = gridFromRows("KAM-Planner", [
      ["kam-planner-settings", 1],
      ["columns:Kunden", '{"fields":{"revenue":{"at":"C"}},"exclude":[]}'],
      ["columns:Süd", "{kaputt"],
    ]);
    const reading = readSettings(grid);
    expect(Object.keys(reading.choices)).toEqual(["Kunden"]);
    expect(reading.findings.map((f) => [f.code, f.params.sheet])).toEqual([
      ["SHEET_MAPPING_UNREADABLE", "Süd"],
    ]);
  });
});

describe("stored through the Office host (fake Excel)", () => {
  test("a very hidden sheet, replaced on the next store (Excel refuses to delete a very hidden sheet)", async () => {
    const fake = await createWireExcel({
      sheets: [
        {
          name: "Kunden",
          cells: [
            ["Kunden-ID", "Kundenname", "Umsatz"],
            ["K-1", "Alpha", 1],
          ],
        },
      ],
    });
    const host = createOfficeHost(fake.Excel, fake.Office, { delay: () => Promise.resolve() });
    const first = settingsSheetSpec("KAM-Planner", {
      Kunden: { fields: { revenue: { at: "C" } }, exclude: [] },
    });
    await host.writeSheet(first, { replace: false });
    const second = settingsSheetSpec("KAM-Planner", {
      Kunden: { fields: { revenue: { at: "B" } }, exclude: [] },
    });
    await host.writeSheet(second, { replace: true });
    expect(fake.workbook.sheetNames()).toEqual(["Kunden", "KAM-Planner"]);
    expect((await host.listSheets()).map((s) => [s.name, s.visible])).toEqual([
      ["Kunden", true],
      ["KAM-Planner", false],
    ]);
    const opened = await openWorkbook(host);
    expect(opened.settingsSheet).toBe("KAM-Planner");
    expect(fieldOf(opened, "Kunden", "revenue")).toMatchObject({ column: "B", reason: "chosen" });
    expect(workbookFindings(opened).filter((f) => f.code === "SHEET_MAPPING_UNREADABLE")).toEqual([]);
  });
});
