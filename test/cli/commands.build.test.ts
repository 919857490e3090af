// The `kam` command spawned end to end (the built bin/kam.js over lib/), on workbooks generated
// here the way KAM teams write them: exit codes, JSON shapes, one-line problems, no stack traces.

import { Workbook } from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { richWorkbook } from "../support/rich-workbook";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/kam.js");
const SAMPLES = path.resolve(ROOT, "assets/samples");

type Run = { code: number | null; stdout: string; stderr: string };

function kam(...args: string[]): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, LANG: "en_GB.UTF-8", LC_ALL: "" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(run: Run): Record<string, unknown> {
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

type FindingOut = {
  code: string;
  severity: string;
  subject: { type: string; id: string; sheet?: string; row?: number; column?: string };
  field: string | null;
  message: string;
};

let dir: string;

beforeAll(() => {
  if (!existsSync(path.join(ROOT, "lib/cli/main.js"))) {
    throw new Error("lib/ is missing: run `npm run build` (npm test does) before these tests");
  }
  dir = mkdtempSync(path.join(tmpdir(), "kam-cli-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** An English account list the way a US team keeps it: an Excel table below a title, a hidden row, totals. */
async function englishWorkbook(file: string): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet("Accounts FY26");
  ws.getCell("A1").value = "Key accounts – North America";
  ws.getCell("A2").value = "Figures in USD, as of Nov 2026";
  ws.addTable({
    name: "Accounts",
    ref: "A4",
    headerRow: true,
    columns: [
      { name: "Account ID" },
      { name: "Customer" },
      { name: "Industry" },
      { name: "Revenue 2025 ($)" },
      { name: "Wallet size" },
      { name: "GM %" },
      { name: "Relationship" },
      { name: "Churn risk" },
      { name: "Account manager" },
      { name: "Business areas" },
    ],
    rows: [
      ["NA-1", "Northwind Traders", "Retail", "$1,250,000", "$5.0M", "31.5%", "Strong", "Low", "Kim Lee", 2],
      [
        "NA-2",
        "Contoso Pharma",
        "Pharma",
        2_400_000,
        3_000_000,
        0.18,
        "weak",
        "High",
        "Sam Ortiz",
        "Labs; Clinics",
      ],
      ["NA-3", "Fabrikam Foods", "Food", "n/a", "$2.2M", "24%", 3, "medium", "Kim Lee", "Frozen"],
      ["NA-4", "Litware Energy", "Energy", "about lots", "$1.1M", "22%", 3, "low", "Sam Ortiz", "Grid"],
    ],
  });
  ws.getCell("A10").value = "Total";
  ws.getCell("D10").value = { formula: "SUM(D5:D8)", result: 3_650_000 };
  ws.getRow(9).hidden = true;
  ws.getCell("A9").value = "NA-OLD";
  ws.getCell("B9").value = "Old account (closed)";
  await wb.xlsx.writeFile(file);
  return file;
}

function writePlan(name: string, plan: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(plan, null, 2));
  return file;
}

describe("kam read", () => {
  it("prints the five accounts of the German sample as JSON (happy path)", () => {
    const run = kam("read", path.join(SAMPLES, "Beispiel-Kundenportfolio.xlsx"), "--json");
    expect(run.code).toBe(0);
    const out = json(run) as { accounts: Record<string, unknown>[]; findings: unknown[] };
    expect(out.accounts.map((a) => a.id)).toEqual(["D-01", "D-02", "D-03", "D-04", "D-05"]);
    const lindner = out.accounts[1]!;
    expect(lindner).toMatchObject({
      name: "Lindner Bau AG",
      revenue: 2_400_000,
      potential: 2_900_000,
      grossMargin: 0.195,
    });
    expect(lindner.churnRisk).toBe("high");
    expect(lindner.source).toEqual({ sheet: "Kundenportfolio", row: 5 });
    for (const key of [
      "id",
      "name",
      "industry",
      "region",
      "revenue",
      "potential",
      "grossMargin",
      "profitability",
      "relationship",
      "churnRisk",
      "customerSince",
      "owner",
      "businessAreas",
      "source",
    ]) {
      expect(lindner).toHaveProperty(key);
    }
    expect(lindner.region).toBeNull();
    expect(out.accounts[4]!.revenue).toBeNull();
  });

  it("reads an English table with title rows, notations, a hidden row and totals, and names unreadable cells", async () => {
    const file = await englishWorkbook(path.join(dir, "accounts-en.xlsx"));
    const run = kam("read", file, "--json");
    expect(run.code).toBe(0);
    const out = json(run) as { accounts: Record<string, unknown>[]; findings: FindingOut[] };
    expect(out.accounts.map((a) => a.id)).toEqual(["NA-1", "NA-2", "NA-3", "NA-4"]);
    expect(out.accounts[0]).toMatchObject({
      revenue: 1_250_000,
      potential: 5_000_000,
      grossMargin: 0.315,
      churnRisk: "low",
    });
    expect(out.accounts[2]).toMatchObject({ revenue: null, potential: 2_200_000 });
    const unreadable = out.findings.filter((f) => f.code === "CELL_UNREADABLE");
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]!.subject).toEqual({
      type: "cell",
      id: "Accounts FY26!D8",
      sheet: "Accounts FY26",
      row: 8,
      column: "D",
    });
    expect(unreadable[0]!.field).toBe("revenue");
    expect(unreadable[0]!.message).toContain("about lots");
  });

  it("prints a readable table without --json", () => {
    const run = kam("read", path.join(SAMPLES, "sample-profiles-en.xlsx"));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Summit Outdoor Inc.");
    expect(run.stdout).toContain("$4,500,000");
    expect(run.stdout).toMatch(/US-9.*Harbor Freight Lines/);
  });
});

describe("kam check", () => {
  const sample = () => path.join(SAMPLES, "Beispiel-Kundenportfolio.xlsx");

  it("passes the shared sample plan without errors (exit 0)", () => {
    const run = kam(
      "check",
      sample(),
      "--plan",
      path.join(SAMPLES, "Beispiel-Plan.json"),
      "--as-of",
      "2026-12-01",
      "--json",
    );
    expect(run.code).toBe(0);
    const out = json(run) as { findings: FindingOut[]; summary: Record<string, number> };
    expect(out.summary.errors).toBe(0);
    expect(Object.keys(out.summary).sort()).toEqual(["errors", "infos", "warnings"]);
    for (const f of out.findings) {
      expect(["vision", "mission", "goal", "account", "cell"]).toContain(f.subject.type);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.message.length).toBeGreaterThan(10);
    }
  });

  it("catches seeded faults with the right codes (exit 1)", () => {
    const plan = writePlan("faulty-de.json", {
      version: 1,
      language: "de",
      asOf: "2026-12-01",
      vision: "Wir wollen bis 2030 die Nr. 1 mit 50 Mio. € Umsatz werden.",
      mission: "Unsere Mission ist Exzellenz.",
      goals: [
        {
          id: "G1",
          account: "D-01",
          kind: "strategic",
          metric: "revenue",
          statement: "Umsatz steigern",
          target: 9_000_000,
          unit: "EUR",
          deadline: "2027-12-31",
        },
        {
          id: "G2",
          account: "D-99",
          kind: "economic",
          metric: "revenue",
          statement: "Umsatz mit Neukunde",
          target: 100_000,
          deadline: "2027-12-31",
        },
        {
          id: "G3",
          account: "D-02",
          kind: "economic",
          metric: "grossMargin",
          statement: "Marge halten durch 15 % Rabatt",
          target: 0.18,
          deadline: "2025-06-30",
        },
        {
          id: "G4",
          account: "D-03",
          kind: "strategic",
          metric: "retention",
          statement: "Newsletter-Kampagne und Mailing an alle Einkäufer",
          target: 1,
          deadline: "2027-06-30",
        },
        {
          id: "G5",
          account: "D-04",
          kind: "economic",
          metric: "revenue",
          statement: "Umsatz ausbauen",
          target: null,
          deadline: null,
        },
      ],
    });
    const run = kam("check", sample(), "--plan", plan, "--json");
    expect(run.code).toBe(1);
    const out = json(run) as { findings: FindingOut[] };
    const has = (code: string, id?: string) =>
      out.findings.some((f) => f.code === code && (id === undefined || f.subject.id === id));
    expect(has("VISION_MONETARY")).toBe(true);
    expect(has("MISSION_NO_HOW")).toBe(true);
    expect(has("GOAL_KIND_MISMATCH", "G1")).toBe(true);
    expect(has("GOAL_TARGET_ABOVE_POTENTIAL", "G1")).toBe(true);
    expect(has("GOAL_ACCOUNT_UNKNOWN", "G2")).toBe(true);
    expect(has("GOAL_DEADLINE_PAST", "G3")).toBe(true);
    expect(has("GOAL_MARGIN_BELOW_POSITIONING", "G3")).toBe(true);
    expect(has("GOAL_NOT_AN_IMPROVEMENT", "G3")).toBe(true);
    expect(has("GOAL_CONTRADICTS_POSITIONING", "G3")).toBe(true);
    expect(has("GOAL_SALES_OR_MARKETING_ACTIVITY", "G4")).toBe(true);
    expect(has("GOAL_NO_TARGET", "G5")).toBe(true);
    expect(has("GOAL_NO_DEADLINE", "G5")).toBe(true);
    expect(has("ACCOUNT_RISK_UNADDRESSED", "D-02")).toBe(true);
    const messages = out.findings.map((f) => f.message).join("\n");
    expect(messages).not.toMatch(/\{\w+\}/);
  });

  it("writes messages in the plan's language, or --lang", () => {
    const plan = path.join(SAMPLES, "Beispiel-Plan.json");
    const de = kam("check", sample(), "--plan", plan, "--as-of", "2026-12-01");
    expect(de.stdout).toContain("Warnungen");
    const en = kam("check", sample(), "--plan", plan, "--as-of", "2026-12-01", "--lang", "en");
    expect(en.stdout).toContain("warnings");
  });
});

describe("kam suggest", () => {
  it("proposes goals with a rationale citing the figures", () => {
    const run = kam(
      "suggest",
      path.join(SAMPLES, "Beispiel-Kundenportfolio.xlsx"),
      "--account",
      "D-03",
      "--as-of",
      "2026-12-01",
      "--json",
      "--lang",
      "de",
    );
    expect(run.code).toBe(0);
    const out = json(run) as { suggestions: Record<string, unknown>[] };
    expect(out.suggestions.length).toBeGreaterThan(0);
    for (const s of out.suggestions) {
      expect(s.account).toBe("D-03");
      for (const key of ["id", "kind", "metric", "statement", "target", "deadline", "rationale"])
        expect(s).toHaveProperty(key);
    }
    const revenue = out.suggestions.find((s) => s.metric === "revenue");
    expect(revenue?.rationale).toMatch(/760\.000/);
  });

  it("names the known accounts when --account is unknown (exit 2)", () => {
    const run = kam("suggest", path.join(SAMPLES, "Beispiel-Kundenportfolio.xlsx"), "--account", "X-1");
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("D-01");
  });
});

describe("bad input: exit 2, one line, nothing written", () => {
  const oneLine = (run: Run) => {
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).toMatch(/^kam: /);
    expect(run.stdout).toBe("");
  };

  it("no command / unknown command / unknown option / bad date", () => {
    oneLine(kam());
    oneLine(kam("frobnicate", "x.xlsx"));
    oneLine(kam("read", path.join(SAMPLES, "Beispiel-Kundenportfolio.xlsx"), "--frob"));
    oneLine(kam("check", path.join(SAMPLES, "Beispiel-Kundenportfolio.xlsx"), "--as-of", "31.12.2026"));
  });

  it("missing file, a folder, a text file, random bytes", () => {
    oneLine(kam("read", path.join(dir, "nope.xlsx")));
    oneLine(kam("read", dir));
    const txt = path.join(dir, "notes.xlsx");
    writeFileSync(txt, "just some text, not a workbook\n");
    oneLine(kam("read", txt));
    const bin = path.join(dir, "random.xlsx");
    writeFileSync(bin, Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)));
    oneLine(kam("check", bin));
  });

  it("an empty workbook and one without an account table", async () => {
    const empty = new Workbook();
    empty.addWorksheet("Tabelle1");
    const emptyFile = path.join(dir, "empty.xlsx");
    await empty.xlsx.writeFile(emptyFile);
    oneLine(kam("read", emptyFile));

    const notes = new Workbook();
    notes.addWorksheet("Notizen").addRow(["Meeting mit Kunde", "Dienstag"]);
    const notesFile = path.join(dir, "notes-only.xlsx");
    await notes.xlsx.writeFile(notesFile);
    const run = kam("read", notesFile);
    oneLine(run);
    expect(run.stderr).toContain("Notizen");
  });

  it("an invalid plan file names the JSON path", () => {
    const sample = path.join(SAMPLES, "Beispiel-Kundenportfolio.xlsx");
    const broken = path.join(dir, "broken.json");
    writeFileSync(broken, '{ "version": 1, "goals": [ { "id": "G1", ');
    oneLine(kam("check", sample, "--plan", broken));
    const wrongDate = writePlan("wrong-date.json", {
      version: 1,
      goals: [
        {
          id: "G1",
          account: "D-01",
          kind: "economic",
          metric: "revenue",
          statement: "x",
          target: 1,
          deadline: "next year",
        },
      ],
    });
    const run = kam("check", sample, "--plan", wrongDate);
    oneLine(run);
    expect(run.stderr).toContain("$.goals[0].deadline");
    oneLine(kam("check", sample, "--plan", path.join(dir, "missing-plan.json")));
  });

  it("kam write with a broken plan leaves no output file", () => {
    const before = readdirSync(dir);
    const broken = path.join(dir, "broken2.json");
    writeFileSync(broken, "[]");
    oneLine(
      kam(
        "write",
        path.join(SAMPLES, "Beispiel-Kundenportfolio.xlsx"),
        "--plan",
        broken,
        "--out",
        path.join(dir, "out.xlsx"),
      ),
    );
    expect(readdirSync(dir).filter((f) => !before.includes(f))).toEqual(["broken2.json"]);
  });

  it("kam write keeps charts, pivot tables, macros and every other part of the user's byte for byte", async () => {
    const file = path.join(dir, "rich.xlsm");
    const input = await richWorkbook(readFileSync(path.join(SAMPLES, "Beispiel-Kundenportfolio.xlsx")), {
      macros: true,
    });
    writeFileSync(file, input);
    const run = kam("write", file, "--plan", path.join(SAMPLES, "Beispiel-Plan.json"));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const out = path.join(dir, "rich-kam.xlsm");
    const before = await JSZip.loadAsync(input);
    const after = await JSZip.loadAsync(readFileSync(out));
    for (const part of [
      "xl/charts/chart1.xml",
      "xl/pivotTables/pivotTable1.xml",
      "xl/vbaProject.bin",
      "docProps/custom.xml",
    ]) {
      expect(await after.file(part)?.async("base64")).toBe(await before.file(part)?.async("base64"));
    }
    expect(Object.keys(after.files)).toEqual(
      expect.arrayContaining(["xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml"]),
    );
  });
});
