// The .xlsx host against exceljs alone, measured in the same run on the same machine: `kam read` of
// 20,000 accounts against an exceljs load, `kam write` of 30,000 goals against exceljs loading the
// same workbook, adding one styled 30,000-row sheet and saving; peak RSS of each (every run is its
// own process); a scaling table (2k/20k accounts × 3k/30k goals); `kam check` with 1,000 and 4,000
// copy-pasted goals; `kam read` of a workbook with one stray value in XFD1048576. Medians of RUNS
// runs. Exit 1 when a target is missed. The kam side runs the compiled CLI: `npm run build` first.
// Run: npx tsx bench/xlsx.bench.ts

import { Workbook } from "exceljs";
import JSZip from "jszip";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { accountSheet } from "../test/hosts/office/fixtures";

const RUNS = 3;
/** Reads take about a second: more runs, alternating, keep the median ratio steady on a busy machine. */
const READ_RUNS = 7;
const SCENARIO = path.join(__dirname, "xlsx-scenario.ts");

type Result = { ms: number; rssMb: number; outputBytes: number };
type Row = { measure: string; value: string; target: string; ok: boolean | null };

async function accountWorkbook(file: string, accounts: number): Promise<void> {
  const sheet = accountSheet("Kunden", accounts);
  const workbook = new Workbook();
  const ws = workbook.addWorksheet(sheet.name);
  (sheet.cells ?? []).forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null) return;
      const target = ws.getCell(r + 1, c + 1);
      if (typeof cell === "object") {
        target.value = cell.value;
        target.numFmt = cell.format;
      } else target.value = cell;
    });
  });
  const out: unknown = await workbook.xlsx.writeBuffer();
  if (!(out instanceof Uint8Array)) throw new Error("exceljs wrote no bytes");
  writeFileSync(file, out);
}

/** The same workbook with one value far away in XFD1048576 (a stray keystroke). */
async function withStrayCell(source: Uint8Array, file: string): Promise<void> {
  const zip = await JSZip.loadAsync(source);
  const part = zip.file("xl/worksheets/sheet1.xml");
  if (!part) throw new Error("no sheet1.xml");
  const xml = (await part.async("string")).replace(
    "</sheetData>",
    '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
  );
  zip.file("xl/worksheets/sheet1.xml", xml);
  writeFileSync(file, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

function once(scenario: string, file: string, goals = 0, accounts = 0): Result {
  const child = spawnSync(
    process.execPath,
    ["--import", "tsx", SCENARIO, scenario, file, String(goals), String(accounts)],
    { encoding: "utf8", maxBuffer: 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`${scenario} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "") as Result;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Medians of several runs of one scenario. */
function summary(results: readonly Result[]): Result {
  return {
    ms: median(results.map((r) => r.ms)),
    rssMb: median(results.map((r) => r.rssMb)),
    outputBytes: results[0]?.outputBytes ?? 0,
  };
}

function measure(runs: number, scenario: string, file: string, goals = 0, accounts = 0): Result {
  return summary(Array.from({ length: runs }, () => once(scenario, file, goals, accounts)));
}

/** Runs two scenarios in turn, `runs` times each, and takes each one's medians (a drift in the machine's speed hits both). */
function alternating(
  runs: number,
  pair: () => { load: Result; read: Result },
): { load: Result; read: Result } {
  const pairs = Array.from({ length: runs }, pair);
  return { load: summary(pairs.map((p) => p.load)), read: summary(pairs.map((p) => p.read)) };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (value: number) => `${value.toFixed(0)} MB`;
const k = (n: number) => `${n / 1000}k`;

function printTable(rows: readonly Row[]): void {
  const width = (f: (r: Row) => string, title: string) =>
    Math.max(title.length, ...rows.map((r) => f(r).length));
  const wm = width((r) => r.measure, "measure");
  const wv = width((r) => r.value, "value");
  const wt = width((r) => r.target, "target");
  const line = (a: string, b: string, c: string, d: string) =>
    `${a.padEnd(wm)} | ${b.padEnd(wv)} | ${c.padEnd(wt)} | ${d}`;
  console.log(line("measure", "value", "target", "status"));
  console.log(`${"-".repeat(wm)}-|-${"-".repeat(wv)}-|-${"-".repeat(wt)}-|-------`);
  for (const r of rows)
    console.log(line(r.measure, r.value, r.target, r.ok === null ? "" : r.ok ? "ok" : "MISSED"));
}

async function benchMain(): Promise<number> {
  if (!existsSync(path.join(__dirname, "../lib/cli/main.js"))) {
    console.error("lib/ has no compiled CLI: run `npm run build` first.");
    return 1;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "kam-xlsx-bench-"));
  const rows: Row[] = [];
  const ratio = (
    measureName: string,
    ours: number,
    theirs: number,
    limit: number,
    unit: (n: number) => string,
  ) => {
    rows.push({
      measure: measureName,
      value: `${(ours / theirs).toFixed(2)}× (${unit(ours)} vs ${unit(theirs)})`,
      target: `≤ ${limit.toFixed(1)}×`,
      ok: ours / theirs <= limit,
    });
  };
  try {
    const small = path.join(dir, "accounts-2k.xlsx");
    const large = path.join(dir, "accounts-20k.xlsx");
    const sparse = path.join(dir, "accounts-2k-stray.xlsx");
    await accountWorkbook(small, 2_000);
    await accountWorkbook(large, 20_000);
    const { readFileSync } = await import("node:fs");
    await withStrayCell(new Uint8Array(readFileSync(small)), sparse);

    // read
    const { load, read } = alternating(READ_RUNS, () => ({
      load: once("exceljs-load", large, 0, 0),
      read: once("kam-read", large, 0, 0),
    }));
    ratio("read 20k accounts: kam read / exceljs load, time", read.ms, load.ms, 1.0, s);
    rows.push({
      measure: "  peak RSS kam read / exceljs load",
      value: `${mb(read.rssMb)} vs ${mb(load.rssMb)}`,
      target: "",
      ok: null,
    });

    // write
    const alone = measure(RUNS, "exceljs-write", large, 30_000, 20_000);
    const write = measure(RUNS, "kam-write", large, 30_000, 20_000);
    ratio("write 30k goals / 20k accounts: kam write / exceljs alone, time", write.ms, alone.ms, 1.5, s);
    ratio("write 30k goals / 20k accounts: peak RSS", write.rssMb, alone.rssMb, 1.2, mb);

    // scaling: 10× the data must cost well under 100× (quadratic); linear allows ≤ 12×.
    const grid = new Map<string, number>();
    grid.set("20000|30000", write.ms);
    for (const [accounts, goals] of [
      [2_000, 3_000],
      [20_000, 3_000],
      [2_000, 30_000],
    ] as const) {
      grid.set(
        `${accounts}|${goals}`,
        measure(1, "kam-write", accounts === 2_000 ? small : large, goals, accounts).ms,
      );
    }
    for (const [accounts, goals] of [
      [2_000, 3_000],
      [20_000, 3_000],
      [2_000, 30_000],
      [20_000, 30_000],
    ] as const) {
      rows.push({
        measure: `  kam write, ${k(accounts)} accounts × ${k(goals)} goals`,
        value: s(grid.get(`${accounts}|${goals}`) ?? 0),
        target: "",
        ok: null,
      });
    }
    const base = grid.get("2000|3000") ?? 1;
    const inAccounts = (grid.get("20000|3000") ?? 0) / base;
    const inGoals = (grid.get("2000|30000") ?? 0) / base;
    rows.push({
      measure: "linear in accounts: 20k / 2k accounts (3k goals)",
      value: `${inAccounts.toFixed(1)}×`,
      target: "≤ 12× (10× the data)",
      ok: inAccounts <= 12,
    });
    rows.push({
      measure: "linear in goals: 30k / 3k goals (2k accounts)",
      value: `${inGoals.toFixed(1)}×`,
      target: "≤ 12× (10× the data)",
      ok: inGoals <= 12,
    });

    // copy-pasted goals
    for (const copies of [1_000, 4_000]) {
      const check = measure(1, "kam-check", small, copies, 2_000);
      rows.push({
        measure: `kam check, ${copies.toLocaleString("en")} identical goals: time`,
        value: s(check.ms),
        target: "< 2 s",
        ok: check.ms < 2000,
      });
      rows.push({
        measure: `kam check, ${copies.toLocaleString("en")} identical goals: JSON output`,
        value: mb(check.outputBytes / 1_048_576),
        target: "< 5 MB",
        ok: check.outputBytes < 5 * 1_048_576,
      });
    }

    // one stray value in XFD1048576
    const plain = measure(1, "kam-read", small);
    const stray = measure(1, "kam-read", sparse);
    rows.push({
      measure: "kam read, 2k accounts + a value in XFD1048576: time",
      value: s(stray.ms),
      target: "< 1 s",
      ok: stray.ms < 1000,
    });
    rows.push({
      measure: "  peak RSS, with / without the stray value",
      value: `${mb(stray.rssMb)} vs ${mb(plain.rssMb)}`,
      target: "≤ 1.2×",
      ok: stray.rssMb <= plain.rssMb * 1.2,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(rows);
  return rows.some((r) => r.ok === false) ? 1 : 0;
}

benchMain().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
