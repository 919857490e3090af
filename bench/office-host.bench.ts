// Benchmark of the Office host through Microsoft's own Office.js (@microsoft/office-js) against the
// wire host's Excel (test/support/office-js): reading 20,000 accounts and writing 30,000 goals
// (goalSheetSpec). The bytes are the real request and response bodies of every sync. Targets per
// scenario: every request under 5 MB, and syncs ≤ ⌈(request + response bytes) / 4 MB⌉ + 3.
// Office.js's release of kept objects after Excel.run (sent without waiting, see WireStats) is
// listed, but is not one of the host's syncs.
// Run: npx tsx bench/office-host.bench.ts   (exit code 1 when a target is missed)

import { createOfficeHost } from "../src/hosts/office";
import { PAYLOAD_LIMIT_BYTES } from "../src/hosts/office/payload";
import type { SheetGrid, SheetSpec, WorkbookPort } from "../src/sheet";
import { accountSheet } from "../test/hosts/office/fixtures";
import { createWireExcel, type RequestRecord, type WireExcel } from "../test/support/office-js";
import { libraryVersion } from "../test/support/office-js/library";
import { benchGoalSheetSpec as goalSpec } from "./data";

/** "4 MB" of the target, in the same decimal megabytes the table prints. */
const MB4 = 4_000_000;

export type Scenario = {
  name: string;
  /** A fresh workbook in Excel on the web for the scenario. */
  setup(): Promise<WireExcel>;
  /** Optional work before measuring starts (e.g. a first write before a replace). */
  prepare?(port: WorkbookPort): Promise<void>;
  run(port: WorkbookPort): Promise<void>;
};

export type Measurement = {
  scenario: string;
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  /** The host's syncs, in order, then Office.js's releases. */
  requests: RequestRecord[];
  targetSyncs: number;
  ok: boolean;
  ms: number;
};

/** Runs one scenario in a fresh workbook and measures its syncs and bytes against the target. */
export async function measureOfficeHost(scenario: Scenario): Promise<Measurement> {
  const excel = await scenario.setup();
  const port = createOfficeHost(excel.Excel, excel.Office);
  if (scenario.prepare) await scenario.prepare(port);
  // Office.js releases kept objects after Excel.run without waiting: let the last ones land.
  await new Promise((resolve) => setTimeout(resolve, 10));
  excel.control.resetStats();
  const started = performance.now();
  await scenario.run(port);
  const ms = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 10));
  const syncs = excel.stats.requests.filter((r) => !r.release);
  const requestBytes = syncs.reduce((sum, r) => sum + r.bytes, 0);
  const responseBytes = syncs.reduce((sum, r) => sum + r.responseBytes, 0);
  const targetSyncs = Math.ceil((requestBytes + responseBytes) / MB4) + 3;
  const largestRequestBytes = Math.max(0, ...syncs.map((r) => r.bytes));
  return {
    scenario: scenario.name,
    syncs: excel.stats.syncs,
    requestBytes,
    responseBytes,
    largestRequestBytes,
    largestResponseBytes: Math.max(0, ...syncs.map((r) => r.responseBytes)),
    requests: [...syncs, ...excel.stats.requests.filter((r) => r.release)],
    targetSyncs,
    ok:
      excel.stats.syncs <= targetSyncs &&
      excel.stats.failedSyncs === 0 &&
      largestRequestBytes < PAYLOAD_LIMIT_BYTES,
    ms,
  };
}

// ---- scenarios ------------------------------------------------------------------------------------

const GOALS = 30000;
const ACCOUNTS = 3000;
/** Built once, outside the timed part: the layout is not the host's work. */
let bigSpec: SheetSpec | null = null;
const bigGoalSpec = (): SheetSpec => (bigSpec ??= goalSpec(GOALS, ACCOUNTS));

export const SCENARIOS: Scenario[] = [
  {
    name: "read 20,000 accounts × 12 cols",
    setup: () => createWireExcel({ sheets: [accountSheet("Kunden", 20000)] }),
    run: async (port) => {
      await port.readSheet("Kunden");
    },
  },
  {
    name: "read 20,000 accounts, every 9th row hidden",
    setup: () => createWireExcel({ sheets: [accountSheet("Kunden", 20000, 9)] }),
    run: async (port) => {
      await port.readSheet("Kunden");
    },
  },
  {
    name: `write ${GOALS.toLocaleString("en")} goals (new sheet)`,
    setup: () => createWireExcel({ sheets: [{ name: "Kunden", cells: [["ID"]] }] }),
    prepare: () => {
      bigGoalSpec();
      return Promise.resolve();
    },
    run: async (port) => {
      await port.writeSheet(bigGoalSpec(), { replace: false });
    },
  },
  ...updateScenario(GOALS, ACCOUNTS, "one target changed", (plan, findings) => ({
    plan: { ...plan, goals: plan.goals.map((g, i) => (i === 17 ? { ...g, target: 123_456 } : g)) },
    findings,
  })),
  // Every row's findings change (e.g. the language or the as-of date): the worst case of an update.
  ...updateScenario(2000, 300, "every row changed", (plan) => ({ plan, findings: [] })),
  {
    name: `write ${GOALS.toLocaleString("en")} goals (replace)`,
    setup: () => createWireExcel({ sheets: [{ name: "Kunden", cells: [["ID"]] }] }),
    prepare: async (port) => {
      bigGoalSpec();
      await port.writeSheet(goalSpec(100, 50), { replace: false });
    },
    run: async (port) => {
      await port.writeSheet(bigGoalSpec(), { replace: true });
    },
  },
];

/** An update in place of a goal sheet written before, with what the caller read as `expected`. */
function updateScenario(
  goals: number,
  accounts: number,
  what: string,
  change: Parameters<typeof goalSpec>[2],
): Scenario[] {
  let next: SheetSpec | null = null;
  let expected: SheetGrid | null = null;
  return [
    {
      name: `update ${goals.toLocaleString("en")} goals in place (${what})`,
      setup: () => createWireExcel({ sheets: [{ name: "Kunden", cells: [["ID"]] }] }),
      prepare: async (port) => {
        await port.writeSheet(goals === GOALS ? bigGoalSpec() : goalSpec(goals, accounts), {
          replace: false,
        });
        next = goalSpec(goals, accounts, change);
        expected = await port.readSheet("KAM-Ziele");
      },
      run: async (port) => {
        if (!next || !expected) throw new Error("not prepared");
        await port.writeSheets([{ mode: "update", spec: next, keep: [], expected }]);
      },
    },
  ];
}

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

function table(header: readonly string[], lines: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const fmt = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  return [fmt(header), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(fmt)].join("\n");
}

export function formatTable(rows: readonly Measurement[]): string {
  return table(
    ["scenario", "syncs", "request", "response", "largest request", "target", "", "time"],
    rows.map((m) => [
      m.scenario,
      String(m.syncs),
      mb(m.requestBytes),
      mb(m.responseBytes),
      mb(m.largestRequestBytes),
      `≤ ${m.targetSyncs}`,
      m.ok ? "✓" : "✗",
      `${(m.ms / 1000).toFixed(1)} s`,
    ]),
  );
}

/** One line per sync: the real bytes Office.js sent and Excel answered. */
export function formatSyncs(m: Measurement): string {
  let sync = 0;
  return table(
    [m.scenario, "request", "response", "actions", "object paths"],
    m.requests.map((r) => [
      r.release ? "  release (Office.js)" : `  sync ${++sync}`,
      `${r.bytes.toLocaleString("en")} B`,
      `${r.responseBytes.toLocaleString("en")} B`,
      String(r.actions),
      String(r.objectPaths),
    ]),
  );
}

async function main(): Promise<void> {
  const results: Measurement[] = [];
  for (const scenario of SCENARIOS) results.push(await measureOfficeHost(scenario));
  console.log(`Office host through Office.js ${libraryVersion()} (Excel on the web, 5 MB limit)\n`);
  console.log(formatTable(results));
  for (const m of results) console.log(`\n${formatSyncs(m)}`);
  if (results.some((r) => !r.ok)) process.exitCode = 1;
}

// Only when run directly (the lead may import measureOfficeHost into `npm run bench`).
if (process.argv[1]?.endsWith("office-host.bench.ts")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
