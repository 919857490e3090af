// `kam write` into a workbook others changed, spawned end to end (bin/kam.js over lib/): the plan
// file is merged with the goal sheet against the base the last write stored; one-sided changes
// survive, overlapping ones are listed and nothing is written (exit 2) unless --prefer decides.

import { Workbook } from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/kam.js");
const SAMPLE = path.join(ROOT, "assets/samples/Beispiel-Kundenportfolio.xlsx");
const PLAN = JSON.parse(readFileSync(path.join(ROOT, "assets/samples/Beispiel-Plan.json"), "utf8")) as {
  vision: string;
  goals: { id: string; target: number }[];
};

type Run = { code: number | null; stdout: string; stderr: string };

function kam(lang: string, ...args: string[]): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, LANG: lang, LC_ALL: "" },
  });
  // Formatted amounts hold no-break spaces ("2.400.000 €"): compared as plain spaces.
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
  return { code: result.status, stdout: plain(result.stdout), stderr: plain(result.stderr) };
}

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  if (!existsSync(path.join(ROOT, "lib/cli/main.js"))) {
    throw new Error("lib/ is missing: run `npm run build` (npm test does) before these tests");
  }
  dir = mkdtempSync(path.join(tmpdir(), "kam-conflicts-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function planFile(name: string, change: (plan: typeof PLAN) => typeof PLAN): string {
  writeFileSync(file(name), JSON.stringify(change(structuredClone(PLAN))));
  return file(name);
}

/** A colleague opens the written workbook in Excel and types into the goal sheet. */
async function colleagueEdits(
  from: string,
  to: string,
  address: string,
  value: number | string,
): Promise<void> {
  const wb = new Workbook();
  await wb.xlsx.readFile(from);
  wb.getWorksheet("KAM-Ziele")!.getCell(address).value = value;
  await wb.xlsx.writeFile(to);
}

async function cell(workbook: string, address: string): Promise<unknown> {
  const wb = new Workbook();
  await wb.xlsx.readFile(workbook);
  return wb.getWorksheet("KAM-Ziele")!.getCell(address).value;
}

describe("kam write into a workbook others changed", () => {
  beforeAll(async () => {
    const first = kam(
      "de_DE.UTF-8",
      "write",
      SAMPLE,
      "--plan",
      path.join(ROOT, "assets/samples/Beispiel-Plan.json"),
      "--out",
      file("written.xlsx"),
      "--as-of",
      "2026-12-01",
    );
    expect(first.code).toBe(0);
    // A colleague raised G1's target in Excel (H12: G1's Zielwert).
    await colleagueEdits(file("written.xlsx"), file("edited.xlsx"), "H12", 2_500_000);
  });

  test("a change on one side only survives: the colleague's target and the plan file's new vision", async () => {
    const plan = planFile("vision.json", (p) => ({
      ...p,
      vision: "Der unverzichtbare Partner unserer Key Accounts – heute und morgen",
    }));
    const run = kam(
      "de_DE.UTF-8",
      "write",
      file("edited.xlsx"),
      "--plan",
      plan,
      "--out",
      file("one-sided.xlsx"),
      "--as-of",
      "2026-12-01",
    );
    expect(run.code).toBe(0);
    expect(await cell(file("one-sided.xlsx"), "H12")).toBe(2_500_000);
    expect(await cell(file("one-sided.xlsx"), "C4")).toBe(
      "Der unverzichtbare Partner unserer Key Accounts – heute und morgen",
    );
  });

  test("the same field changed on both sides: listed with both values, exit 2, nothing written", () => {
    const plan = planFile("target.json", (p) => ({
      ...p,
      goals: p.goals.map((g) => (g.id === "G1" ? { ...g, target: 2_400_000 } : g)),
    }));
    const run = kam(
      "de_DE.UTF-8",
      "write",
      file("edited.xlsx"),
      "--plan",
      plan,
      "--out",
      file("conflict.xlsx"),
      "--as-of",
      "2026-12-01",
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("G1 · Zielwert: Plan-Datei 2.400.000 € | Arbeitsmappe 2.500.000 €");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^kam: 1 Konflikt mit Änderungen in der Arbeitsmappe - nichts geschrieben\. .*--prefer mine/,
    );
    expect(existsSync(file("conflict.xlsx"))).toBe(false);

    const english = kam(
      "en_GB.UTF-8",
      "write",
      file("edited.xlsx"),
      "--plan",
      plan,
      "--lang",
      "en",
      "--out",
      file("conflict.xlsx"),
    );
    expect(english.code).toBe(2);
    expect(english.stdout).toContain("G1 · Target: plan file €2,400,000 | workbook €2,500,000");
  });

  test.each([
    ["mine", 2_400_000],
    ["theirs", 2_500_000],
  ] as const)("--prefer %s decides every conflict", async (prefer, target) => {
    const plan = planFile(`prefer-${prefer}.json`, (p) => ({
      ...p,
      goals: p.goals.map((g) => (g.id === "G1" ? { ...g, target: 2_400_000 } : g)),
    }));
    const out = file(`prefer-${prefer}.xlsx`);
    const run = kam(
      "de_DE.UTF-8",
      "write",
      file("edited.xlsx"),
      "--plan",
      plan,
      "--out",
      out,
      "--prefer",
      prefer,
      "--as-of",
      "2026-12-01",
    );
    expect(run.code).toBe(0);
    expect(await cell(out, "H12")).toBe(target);
  });

  test("--prefer takes mine or theirs only", () => {
    const run = kam(
      "en_GB.UTF-8",
      "write",
      file("edited.xlsx"),
      "--plan",
      file("target.json"),
      "--prefer",
      "both",
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("kam: --prefer must be mine or theirs, not 'both'\n");
  });
});
