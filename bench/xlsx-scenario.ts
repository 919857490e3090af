// One measured run of xlsx.bench.ts, in its own process so that its peak RSS is its own:
//   node --import tsx bench/xlsx-scenario.ts <scenario> <workbook> [goals] [accounts]
// Prints one JSON line: { ms, rssMb, outputBytes }. `ms` is the work alone (no start-up); peak RSS
// is the process's (start-up included, the same for every scenario). The kam scenarios run the
// compiled CLI in lib/ (what `npx kam` runs; tsx's on-the-fly transform would slow only our side).

import { Workbook, type Borders, type Font, type Worksheet } from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { goalSheetSpec } from "../src/workbook/goal-sheet";
import type { CliIo } from "../src/cli/main";
import { dayNumber, parseRange, type SheetSpec, type SpecValue } from "../src/sheet";
import { benchAccounts, benchFindings, benchPlan } from "./data";

const LIB = path.resolve(__dirname, "../lib");

/** The compiled modules of lib/ (typed as their sources). */
async function compiled() {
  const [cli, xlsx, planner] = await Promise.all([
    import(path.join(LIB, "cli/main.js")) as Promise<typeof import("../src/cli/main")>,
    import(path.join(LIB, "hosts/xlsx/index.js")) as Promise<typeof import("../src/hosts/xlsx")>,
    import(path.join(LIB, "planner/index.js")) as Promise<typeof import("../src/planner")>,
  ]);
  return { main: cli.main, ...xlsx, ...planner };
}

/** What exceljs alone does for the same job: one styled sheet, every cell with its own style objects. */
function renderWithExceljs(worksheet: Worksheet, spec: SheetSpec): void {
  const value = (v: SpecValue) => {
    switch (v.kind) {
      case "text":
        return v.text;
      case "number":
        return v.value;
      case "date":
        return new Date((dayNumber(v.iso) ?? 0) * 86_400_000);
      case "boolean":
        return v.value;
      case "formula":
        return { formula: v.formula, result: typeof v.result === "number" ? v.result : undefined };
      case "empty":
        return null;
    }
  };
  spec.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v.kind !== "empty") worksheet.getCell(r + 1, c + 1).value = value(v);
    });
  });
  for (const { range, style } of spec.styles) {
    const area = parseRange(range);
    if (!area) continue;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const cell = worksheet.getCell(r, c);
        if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
        const font: Partial<Font> = {};
        if (style.bold !== undefined) font.bold = style.bold;
        if (style.fontColor !== undefined) font.color = { argb: `FF${style.fontColor.slice(1)}` };
        if (Object.keys(font).length > 0) cell.font = { ...cell.font, ...font };
        if (style.fill !== undefined) {
          cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill.slice(1)}` } };
        }
        if (style.wrap !== undefined || style.vertical !== undefined) {
          cell.alignment = { ...cell.alignment, wrapText: style.wrap, vertical: "top" };
        }
        const border: Partial<Borders> = {};
        if (style.borderBottom) border.bottom = { style: "thin", color: { argb: "FFBFBFBF" } };
        if (Object.keys(border).length > 0) cell.border = { ...cell.border, ...border };
      }
    }
  }
  spec.columnWidths.forEach((w, i) => {
    worksheet.getColumn(i + 1).width = w;
  });
}

async function exceljsLoad(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  return workbook;
}

const io = (sink: { bytes: number }): CliIo => ({
  stdout: (text) => {
    sink.bytes += Buffer.byteLength(text) + 1;
  },
  stderr: () => undefined,
  envLanguage: "de",
  today: () => "2026-12-01",
});

async function run(scenario: string, file: string, goals: number, accounts: number): Promise<number> {
  const { main, openXlsx, zlibCodec, openWorkbook, writePlan } = await compiled();
  const codec = zlibCodec(zlib);
  const started = performance.now();
  const outputBytes = await work();
  timing ??= performance.now() - started;
  return outputBytes;

  async function work(): Promise<number> {
    const bytes = new Uint8Array(readFileSync(file));
    switch (scenario) {
      case "exceljs-load":
        await exceljsLoad(bytes);
        return 0;
      case "exceljs-write": {
        const workbook = await exceljsLoad(bytes);
        const plan = benchPlan(goals, accounts);
        const spec = goalSheetSpec(
          {
            plan,
            accounts: benchAccounts(accounts),
            findings: benchFindings(plan.goals),
            language: "de",
            sheetName: "KAM-Ziele",
          },
          (f) => f.code,
        );
        renderWithExceljs(workbook.addWorksheet("KAM-Ziele"), spec);
        const out: unknown = await workbook.xlsx.writeBuffer();
        return out instanceof ArrayBuffer || ArrayBuffer.isView(out) ? out.byteLength : 0;
      }
      case "kam-read": {
        const sink = { bytes: 0 };
        const code = await main(["read", file, "--json"], io(sink));
        if (code !== 0) throw new Error(`kam read exited ${code}`);
        return sink.bytes;
      }
      case "kam-write": {
        const port = await openXlsx(bytes, { codec });
        const opened = await openWorkbook(port);
        await writePlan(port, opened, benchPlan(goals, accounts), { language: "de", asOf: "2026-12-01" });
        const out = await port.save();
        return out.byteLength;
      }
      case "kam-check": {
        // `goals` identical goals (copy-pasted), written as a plan file next to the workbook.
        const plan = benchPlan(1, accounts);
        const goal = plan.goals[0];
        if (!goal) throw new Error("no goal");
        const copies = Array.from({ length: goals }, (_, i) => ({
          ...goal,
          id: `G${i + 1}`,
          account: `K-${10000 + (i % accounts)}`,
        }));
        const planFile = `${file}.plan-${goals}.json`;
        writeFileSync(planFile, JSON.stringify({ ...plan, goals: copies }));
        const sink = { bytes: 0 };
        const checkStarted = performance.now();
        const code = await main(["check", file, "--plan", planFile, "--json"], io(sink));
        if (code > 1) throw new Error(`kam check exited ${code}`);
        timing = performance.now() - checkStarted;
        return sink.bytes;
      }
      default:
        throw new Error(`unknown scenario ${scenario}`);
    }
  }
}

let timing: number | null = null;

async function scenarioMain(): Promise<void> {
  const [scenario = "", file = "", goals = "0", accounts = "0"] = process.argv.slice(2);
  const outputBytes = await run(scenario, file, Number(goals), Number(accounts));
  const ms = timing ?? 0;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, rssMb, outputBytes })}\n`);
}

scenarioMain().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
