// The planner's own work at portfolio scale, host-independent: reading 20,000 accounts from a grid,
// checking 30,000 goals, laying out the goal and review sheets, and the xlsx round trip of the
// `kam` command. Prints time and heap growth per step against its target; exit 1 when one is missed.
// Run: npx tsx bench/core.bench.ts

import { checkAccounts, checkPlan } from "../src/domain/rules";
import { newXlsx, openXlsx } from "../src/hosts/xlsx";
import { findingMessage } from "../src/i18n/findings";
import { goalSheetSpec } from "../src/workbook/goal-sheet";
import { readAccounts } from "../src/workbook/read-accounts";
import { reviewSheetSpec } from "../src/workbook/review-sheet";
import { accountSheet } from "../test/hosts/office/fixtures";
import { benchAccounts, benchPlan } from "./data";
import { gridFromRows } from "../test/support/grids";

type Step = { name: string; targetMs: number; run: () => unknown };
type Row = { name: string; ms: number; heapMb: number; targetMs: number; ok: boolean };

const ACCOUNTS = 20_000;
const GOALS = 30_000;
const GOAL_ACCOUNTS = 3_000;

const sheet = accountSheet("Kunden", ACCOUNTS);
const grid = gridFromRows(sheet.name, sheet.cells ?? []);
const portfolio = benchAccounts(GOAL_ACCOUNTS);
const plan = benchPlan(GOALS, GOAL_ACCOUNTS);
let findings: ReturnType<typeof checkPlan> = [];
const describe = (f: (typeof findings)[number]) => findingMessage(f, "de");

const STEPS: Step[] = [
  {
    name: `read ${ACCOUNTS.toLocaleString("en")} accounts × 12 cols (grid → accounts)`,
    targetMs: 3000,
    run: () => readAccounts([grid]),
  },
  {
    name: `check accounts (${ACCOUNTS.toLocaleString("en")})`,
    targetMs: 1000,
    run: () => checkAccounts(readAccounts([grid]).accounts),
  },
  {
    name: `check plan: ${GOALS.toLocaleString("en")} goals on ${GOAL_ACCOUNTS.toLocaleString("en")} accounts`,
    targetMs: 5000,
    run: () => (findings = checkPlan(plan, portfolio, { asOf: "2026-12-01" })),
  },
  {
    name: `goal sheet layout (${GOALS.toLocaleString("en")} goals)`,
    targetMs: 4000,
    run: () =>
      goalSheetSpec(
        {
          plan,
          accounts: portfolio,
          findings,
          language: "de",
          sheetName: "KAM-Ziele",
        },
        describe,
      ),
  },
  {
    name: `review sheet layout (${GOAL_ACCOUNTS.toLocaleString("en")} accounts)`,
    targetMs: 2000,
    run: () =>
      reviewSheetSpec(
        {
          plan,
          accounts: portfolio,
          findings,
          language: "de",
          sheetName: "KAM-Review",
          goalSheet: "KAM-Ziele",
        },
        describe,
      ),
  },
];

async function xlsxRoundTrip(): Promise<void> {
  const workbook = newXlsx();
  const spec = goalSheetSpec(
    {
      plan,
      accounts: portfolio,
      findings,
      language: "de",
      sheetName: "KAM-Ziele",
    },
    describe,
  );
  await workbook.writeSheet(spec, { replace: false });
  const bytes = await workbook.save();
  const reopened = await openXlsx(bytes);
  await reopened.readSheet("KAM-Ziele");
}

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1_048_576;
}

async function measure(name: string, targetMs: number, run: () => unknown): Promise<Row> {
  global.gc?.();
  const before = heapMb();
  const started = performance.now();
  await run();
  const ms = performance.now() - started;
  const heap = heapMb() - before;
  return { name, ms, heapMb: heap, targetMs, ok: ms <= targetMs };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const step of STEPS) rows.push(await measure(step.name, step.targetMs, step.run));
  rows.push(
    await measure(`xlsx: write + save + reopen ${GOALS.toLocaleString("en")} goals`, 60000, xlsxRoundTrip),
  );
  const width = Math.max(...rows.map((r) => r.name.length));
  const lines = [
    `${"step".padEnd(width)}  ${"time".padStart(9)}  ${"heap Δ".padStart(9)}  ${"target".padStart(9)}`,
    ...rows.map(
      (r) =>
        `${r.name.padEnd(width)}  ${`${(r.ms / 1000).toFixed(2)} s`.padStart(9)}  ${`${r.heapMb.toFixed(0)} MB`.padStart(9)}  ${`≤ ${(r.targetMs / 1000).toFixed(0)} s`.padStart(7)} ${r.ok ? "✓" : "✗"}`,
    ),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}

void main();
