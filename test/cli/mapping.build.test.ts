// `kam` on the hand-built corpora, spawned end to end (the built bin/kam.js over lib/): how each
// sheet was read (text and `--json` "mapping"), `--map FIELD=COLUMN` for one run, the user's choices
// stored in the workbook, the workbook's language without --lang, and plurals in both languages.

import { Workbook } from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { openXlsx } from "../../src/hosts/xlsx";
import { chooseField, chooseRow, openWorkbook, saveColumnChoices } from "../../src/planner";
import { industrie } from "../corpora/workbooks";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/kam.js");
const CORPORA = path.join(ROOT, "test/corpora");
const INDUSTRIE = path.join(CORPORA, "industrie/Kundenportfolio-Industrie.xlsx");
const IT = path.join(CORPORA, "it-services/it-services-accounts.xlsx");
const MEDTECH = path.join(CORPORA, "medtech/Medtech-Kundenprofile.xlsx");

type Run = { code: number | null; stdout: string; stderr: string };

/** `kam` in an English environment: the workbook's language must win without --lang. */
function kam(...args: string[]): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, LANG: "en_GB.UTF-8", LC_ALL: "" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

type FieldOut = {
  column: string;
  row?: number;
  header: string;
  scale: number | null;
  year: number | null;
  reason: string;
};
type ReadOut = {
  accounts: { id: string; revenue: number | null; potential: number | null; grossMargin: number | null }[];
  findings: { code: string; message: string }[];
  mapping: {
    sheet: string;
    layout: string;
    headerRows: number[];
    fields: Record<string, FieldOut>;
    missing: string[];
  }[];
};
const readJson = (run: Run) => JSON.parse(run.stdout) as ReadOut;

let dir: string;

beforeAll(() => {
  if (!existsSync(path.join(ROOT, "lib/cli/main.js"))) {
    throw new Error("lib/ is missing: run `npm run build` (npm test does) before these tests");
  }
  dir = mkdtempSync(path.join(tmpdir(), "kam-mapping-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("kam read shows how each sheet was read", () => {
  it("happy path: text in the workbook's language, the mapping per field", () => {
    const run = kam("read", INDUSTRIE);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Key Accounts 2026: Liste (Kopfzeilen 4–5), 8 Kunden");
    // The marketing sheet holds no accounts: no "0 Kunden" beside it.
    expect(run.stdout).toMatch(/^Marketing: Marketing-Positionierung$/m);
    expect(run.stdout).toContain("So wurde Key Accounts 2026 gelesen:");
    expect(run.stdout).toMatch(
      /Umsatz\s+G\s+Umsatz & Marge \(T€\) \/ 2025\s+Tausend \(T€, k\) EUR\s+2025\s+neuestes Jahr \(neueste von 2 Spalten\)/,
    );
    expect(run.stdout).toMatch(
      /Bruttomarge\s+J\s+Umsatz & Marge \(T€\) \/ Marge %\s+Anteil .*Prozentspalte statt absoluter Beträge/,
    );
    expect(run.stdout).toContain("nicht als Kunden gelesen: 6 (Überschrift), 11 (Zwischensumme)");
  });

  it("--json adds `mapping`: per sheet, per field column, header, scale, year and reason", () => {
    const out = readJson(kam("read", INDUSTRIE, "--json"));
    expect(out.mapping).toHaveLength(1);
    expect(out.mapping[0]).toMatchObject({
      sheet: "Key Accounts 2026",
      layout: "list",
      headerRows: [4, 5],
      missing: [],
    });
    expect(out.mapping[0]?.fields.revenue).toEqual({
      column: "G",
      header: "Umsatz & Marge (T€) / 2025",
      scale: 1000,
      unit: "EUR",
      year: 2025,
      reason: "latestYear",
    });
    expect(out.accounts[0]).toMatchObject({
      id: "10482",
      revenue: 3_870_000,
      potential: 7_500_000,
      grossMargin: 0.27,
    });
  });

  it("profiles: the field's cell, from the latest year's column", () => {
    const out = readJson(kam("read", IT, "--json"));
    expect(out.mapping.map((m) => m.sheet)).toEqual([
      "Accounts",
      "Halden Bank",
      "Northgate Council",
      "Brightwater",
      "Caledon Retail",
    ]);
    expect(out.mapping[1]?.fields.revenue).toMatchObject({ column: "C", row: 10, year: 2026, scale: 1000 });
    // The index and the profiles describe the same four accounts: each is read once.
    expect(out.accounts.map((a) => a.id)).toEqual(["C-104", "C-117", "C-122", "C-131"]);
    expect(out.findings).toEqual([]);
  });
});

describe("--map FIELD=COLUMN for one run", () => {
  it("happy path: the column given is read, and the mapping says why", () => {
    const out = readJson(
      kam("read", INDUSTRIE, "--json", "--map", "revenue=F", "--map", "Key Accounts 2026!grossMargin=I"),
    );
    expect(out.accounts[0]).toMatchObject({ revenue: 3_420_000, grossMargin: 1045 / 3420 });
    expect(out.mapping[0]?.fields.revenue).toMatchObject({ column: "F", year: 2024, reason: "override" });
    expect(out.mapping[0]?.fields.grossMargin).toMatchObject({ column: "I", reason: "override" });
  });

  it("a profile's cell; a field not read at all is named as missing", () => {
    const out = readJson(kam("read", MEDTECH, "--json", "--map", "revenue=C11", "--map", "potential=-"));
    expect(out.accounts[0]).toMatchObject({ id: "KL-2044", revenue: 1_240_000, potential: null });
    expect(out.mapping[0]?.missing).toEqual(["potential"]);
    const missing = out.findings.filter((f) => f.code === "SHEET_FIELD_MISSING");
    expect(missing.length).toBeGreaterThan(0);
    expect(missing[0]?.message).toContain("kam --map potential=ZELLE");
  });

  it("works with check, suggest and write too", () => {
    for (const command of ["check", "suggest"]) {
      expect(kam(command, INDUSTRIE, "--map", "revenue=F", "--as-of", "2026-12-01", "--json").code).toBe(0);
    }
  });

  it("wrong field or column: exit 2, one line naming the fields", () => {
    for (const map of ["turnover=F", "revenue", "revenue=F-3", "=F"]) {
      const run = kam("read", INDUSTRIE, "--map", map);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toContain("grossMargin");
    }
  });
});

describe("choices stored in the workbook are used by kam", () => {
  it("a column and an excluded row chosen in the pane (stored through the planner) are read by kam", async () => {
    const port = await openXlsx(new Uint8Array(await industrie().workbook.xlsx.writeBuffer()));
    const opened = await openWorkbook(port);
    await saveColumnChoices(port, {
      "Key Accounts 2026": chooseField(opened, "Key Accounts 2026", "revenue", { at: "F" }),
    });
    const again = await openWorkbook(port);
    await saveColumnChoices(port, { "Key Accounts 2026": chooseRow(again, "Key Accounts 2026", 7, true) });
    const file = path.join(dir, "chosen.xlsx");
    writeFileSync(file, await port.save());

    const out = readJson(kam("read", file, "--json"));
    expect(out.mapping[0]?.fields.revenue).toMatchObject({ column: "F", reason: "chosen" });
    expect(out.accounts.map((a) => a.id)).not.toContain("10482");
    expect(out.accounts[0]).toMatchObject({ id: "10517", revenue: 5_980_000 });
    // --map still wins for one run.
    const over = readJson(kam("read", file, "--json", "--map", "revenue=G"));
    expect(over.mapping[0]?.fields.revenue).toMatchObject({ column: "G", reason: "override" });
  });
});

describe("language and plurals", () => {
  it("read and suggest answer in the workbook's language when --lang is absent", () => {
    expect(kam("read", MEDTECH).stdout).toContain(
      "So wurden UK Nordstadt, Klinikum Südhang und Praxisverbund Ost gelesen:",
    );
    expect(kam("read", MEDTECH).stdout).toContain("So wurde Herzzentrum West gelesen:");
    const suggest = kam("suggest", MEDTECH, "--as-of", "2026-12-01");
    expect(suggest.code).toBe(0);
    expect(suggest.stdout).toContain("Vorschläge für Universitätsklinikum Nordstadt AöR");
    expect(kam("suggest", IT, "--as-of", "2026-12-01").stdout).toContain("Suggestions for Halden Bank plc");
    expect(kam("read", MEDTECH, "--lang", "en").stdout).toContain(
      "How UK Nordstadt, Klinikum Südhang and Praxisverbund Ost were read:",
    );
  });

  it("kam suggest finds suggestions on an index beside profiles", () => {
    const out = JSON.parse(kam("suggest", IT, "--as-of", "2026-12-01", "--json").stdout) as {
      suggestions: unknown[];
    };
    expect(out.suggestions.length).toBeGreaterThan(0);
  });

  it.each([
    ["de", "1 Kunde", /1 Kunden\b/],
    ["en", "1 account", /1 accounts\b/],
  ])("one account in %s: %p", async (language, right, wrong) => {
    const wb = new Workbook();
    wb.addWorksheet("Kunden").addRows([
      ["Kunden-ID", "Kundenname", "Umsatz", "Umsatzpotenzial"],
      ["K-1", "Alpha GmbH", 1_000_000, 2_000_000],
    ]);
    const file = path.join(dir, `one-${language}.xlsx`);
    await wb.xlsx.writeFile(file);
    const run = kam("read", file, "--lang", language);
    expect(run.stdout).toContain(right);
    expect(run.stdout).not.toMatch(wrong);
  });
});
