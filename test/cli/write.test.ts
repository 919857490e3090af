// `kam write` and `kam check` without --plan, through main() with files in a temporary folder.

import { Workbook } from "exceljs";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { main, type CliIo } from "../../src/cli/main";
import type { Language } from "../../src/domain/plan";
import { openXlsx } from "../../src/hosts/xlsx";
import { readStoredPlan } from "../../src/workbook/plan-sheets";

type Run = { code: number; stdout: string[]; stderr: string[] };

async function kam(args: string[], envLanguage: Language = "en"): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    stdout: (t) => stdout.push(t),
    stderr: (t) => stderr.push(t),
    envLanguage,
    today: () => "2026-12-01",
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** The team's account list and marketing sheet, like the shared sample. */
async function accountWorkbook(extraSheet?: string): Promise<Uint8Array> {
  const workbook = new Workbook();
  const list = workbook.addWorksheet("Kundenportfolio");
  list.addRow(["Key Accounts – Region DACH"]);
  list.addRow([]);
  list.addRow([
    "Kunden-ID",
    "Kundenname",
    "Branche",
    "Umsatz Vorjahr",
    "Umsatzpotenzial",
    "Bruttomarge (%)",
    "Beziehung (1-5)",
    "Abwanderungsrisiko",
    "KAM",
  ]);
  list.addRow([
    "D-01",
    "Kessler Verpackungen GmbH",
    "Verpackung",
    1_850_000,
    5_200_000,
    0.29,
    4,
    "niedrig",
    "Anna Berg",
  ]);
  list.addRow([
    "D-02",
    "Lindner Bau AG",
    "Bau",
    "2.400.000 €",
    "2.900.000 €",
    "19,5 %",
    2,
    "hoch",
    "Tom Krause",
  ]);
  list.addRow([
    "D-04",
    "Voss Medical GmbH",
    "Medizintechnik",
    3_100_000,
    4_100_000,
    0.355,
    5,
    "niedrig",
    "Lea Schmid",
  ]);
  const marketing = workbook.addWorksheet("Marketing");
  marketing.addRow(["Positionierung", "Qualitätsführer (Premium)"]);
  marketing.addRow(["Mindestbruttomarge", "22 %"]);
  if (extraSheet) workbook.addWorksheet(extraSheet).addRow(["Eigene Notizen"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const PLAN = {
  version: 1,
  language: "de",
  asOf: "2026-12-01",
  vision:
    "Wir werden für unsere Key Accounts ein geschätzter und unverzichtbarer Partner sein, heute und auch noch in ferner Zukunft.",
  mission:
    "Um dies zu erreichen, wachsen wir zusammen mit unseren Key Accounts und verankern uns so tief wie möglich in ihren Geschäften.",
  goals: [
    {
      id: "G1",
      account: "D-01",
      kind: "economic",
      metric: "revenue",
      statement: "Umsatz mit Kessler durch Etikettenservice auf 2,3 Mio. € ausbauen",
      target: 2_300_000,
      unit: "EUR",
      deadline: "2027-12-31",
      owner: "Anna Berg",
    },
    {
      id: "G2",
      account: "D-02",
      kind: "strategic",
      metric: "retention",
      statement: "Lindner langfristig binden: Rahmenvertrag bis 2029 verlängern",
      target: 1,
      unit: "%",
      deadline: "2027-06-30",
      owner: "Tom Krause",
    },
    {
      id: "G3",
      account: "D-04",
      kind: "economic",
      metric: "grossMargin",
      statement: "Rabattaktion: Preise senken, Marge 15 %",
      target: 0.15,
      unit: "%",
      deadline: "2025-06-30",
      owner: "Lea Schmid",
    },
  ],
};

let dir: string;
let input: string;
let planFile: string;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "kam-write-"));
  input = path.join(dir, "Kunden.xlsx");
  planFile = path.join(dir, "plan.json");
  writeFileSync(input, await accountWorkbook());
  writeFileSync(planFile, JSON.stringify(PLAN));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Files in the folder: nothing half-written (no temp files) may be left behind. */
const files = () => readdirSync(dir).sort();

describe("kam write", () => {
  test("writes <name>-kam.xlsx beside the input, never touches the input, prints what it wrote", async () => {
    const before = readFileSync(input);
    const run = await kam(["write", input, "--plan", planFile]);
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0); // the plan has errors: they are in the sheet, not in the exit code
    const out = path.join(dir, "Kunden-kam.xlsx");
    expect(files()).toEqual(["Kunden-kam.xlsx", "Kunden.xlsx", "plan.json"]);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(run.stdout[0]).toBe(`${out} (KAM-Ziele, KAM-Review) geschrieben`);
    expect(run.stdout[1]).toMatch(/^[1-9]\d* Fehler, \d+ Warnungen, \d+ Hinweise$/);

    const written = await openXlsx(new Uint8Array(readFileSync(out)));
    // The add-in's settings sheet (very hidden) records which sheets are the add-in's and holds the
    // base of this write for the next one.
    expect((await written.listSheets()).map((s) => [s.name, s.visible])).toEqual([
      ["Kundenportfolio", true],
      ["Marketing", true],
      ["KAM-Ziele", true],
      ["KAM-Review", true],
      ["KAM-Planner", false],
    ]);
    const stored = await readStoredPlan(written);
    expect(stored?.plan.goals.map((g) => g.id)).toEqual(["G1", "G2", "G3"]);
    // Marketing's sheet stands in for the plan's missing positioning, and is stored with the plan.
    expect(stored?.plan.marketing).toMatchObject({
      positioning: "Qualitätsführer (Premium)",
      minGrossMargin: 0.22,
    });
  });

  test("--out and --lang: English sheets where the user says", async () => {
    const out = path.join(dir, "review.xlsx");
    const run = await kam(["write", input, "--plan", planFile, "--out", out, "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout[0]).toBe(`written ${out} (KAM Goals, KAM Review)`);
    const written = await openXlsx(new Uint8Array(readFileSync(out)));
    expect((await written.listSheets()).map((s) => s.name)).toContain("KAM Goals");
  });

  test("writing into its own output again replaces the add-in's sheets and changes nothing else", async () => {
    const out = path.join(dir, "Kunden-kam.xlsx");
    await kam(["write", input, "--plan", planFile]);
    const first = await openXlsx(new Uint8Array(readFileSync(out)));
    const run = await kam(["write", out, "--plan", planFile, "--out", out]);
    expect(run.code).toBe(0);
    const second = await openXlsx(new Uint8Array(readFileSync(out)));
    const sheets = (await second.listSheets()).map((s) => s.name);
    expect(sheets).toEqual((await first.listSheets()).map((s) => s.name));
    for (const name of sheets) expect(await second.readSheet(name)).toEqual(await first.readSheet(name));
  });

  test("a user's sheet named KAM-Ziele is left alone and the rename is reported", async () => {
    writeFileSync(input, await accountWorkbook("KAM-Ziele"));
    const run = await kam(["write", input, "--plan", planFile]);
    expect(run.code).toBe(0);
    expect(run.stdout[0]).toBe(
      "ein Blatt 'KAM-Ziele' existiert und stammt nicht von KAM Planner - stattdessen 'KAM-Ziele (2)' geschrieben",
    );
  });

  test.each([
    ["missing plan file", () => ["write", input, "--plan", path.join(dir, "nope.json")], /nope\.json/],
    [
      "corrupt plan JSON",
      () => (writeFileSync(planFile, "{ not json"), ["write", input, "--plan", planFile]),
      /plan\.json/,
    ],
    ["no --plan", () => ["write", input], /--plan/],
    [
      "unreadable workbook",
      () => (writeFileSync(input, "not a workbook"), ["write", input, "--plan", planFile]),
      /Kunden\.xlsx/,
    ],
    [
      "output folder that does not exist",
      () => ["write", input, "--plan", planFile, "--out", path.join(dir, "missing", "out.xlsx")],
      /out\.xlsx/,
    ],
    [
      "output below a file",
      () => ["write", input, "--plan", planFile, "--out", path.join(dir, "plan.json", "out.xlsx")],
      /out\.xlsx/,
    ],
  ])("%s: exit 2, one line on stderr, nothing written", async (_, args, mentions) => {
    const argv = args();
    const before = files();
    const run = await kam(argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toEqual([]);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(/^kam: /);
    expect(run.stderr[0]).not.toContain("\n");
    expect(run.stderr[0]).toMatch(mentions);
    expect(files()).toEqual(before);
  });

  const root = process.getuid?.() === 0;
  (root ? test.skip : test)("a read-only output folder: exit 2 and no file", async () => {
    const locked = path.join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    try {
      const run = await kam(["write", input, "--plan", planFile, "--out", path.join(locked, "out.xlsx")]);
      expect(run.code).toBe(2);
      expect(run.stderr).toHaveLength(1);
      expect(readdirSync(locked)).toEqual([]);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});

describe("kam check without --plan", () => {
  test("reads the plan back from the goal sheet of a written workbook", async () => {
    await kam(["write", input, "--plan", planFile]);
    const out = path.join(dir, "Kunden-kam.xlsx");
    const withFile = await kam(["check", input, "--plan", planFile, "--json"]);
    const fromSheet = await kam(["check", out, "--json"]);
    expect(fromSheet.code).toBe(withFile.code);
    const codes = (run: Run) =>
      (JSON.parse(run.stdout.join("")) as { findings: { code: string }[] }).findings
        .map((f) => f.code)
        .sort();
    expect(codes(fromSheet)).toEqual(codes(withFile));
    expect(codes(fromSheet)).toContain("GOAL_DEADLINE_PAST");
    const text = await kam(["check", out]);
    expect(text.stdout[0]).toBe("Plan aus dem Zielblatt der Arbeitsmappe gelesen");
  });

  test("a workbook without a goal sheet is checked for its account data only", async () => {
    const run = await kam(["check", input]);
    // In the workbook's language (its headers are German), not the environment's.
    expect(run.stdout[0]).toMatch(/^kein Plan angegeben/);
    expect(existsSync(path.join(dir, "Kunden-kam.xlsx"))).toBe(false);
  });
});
