// Benchmark of the Office host on the Excel fake: syncs and payload for reading 20,000 accounts and
// writing 30,000 goals (goalSheetSpec). Target per scenario: syncs ≤ ⌈total payload / 4 MB⌉ + 3.
// Run: npx tsx bench/office-host.bench.ts   (exit code 1 when a target is missed)

import { createOfficeHost, type HostStats } from "../src/hosts/office";
import type { WorkbookPort } from "../src/sheet/port";
import type { SheetSpec } from "../src/sheet/sheet-spec";
import { createFakeExcel, type FakeExcel } from "../test/support/fake-excel";
import { accountSheet } from "../test/hosts/office/fixtures";
import { benchGoalSheetSpec as goalSpec } from "./data";

/** "4 MB" of the target, in the same decimal megabytes the table prints. */
const MB4 = 4_000_000;

export type Scenario = {
  name: string;
  /** A fresh fake workbook for the scenario. */
  setup(): FakeExcel;
  /** Optional work before measuring starts (e.g. a first write before a replace). */
  prepare?(port: WorkbookPort): Promise<void>;
  run(port: WorkbookPort): Promise<void>;
};

export type Measurement = {
  scenario: string;
  syncs: number;
  /** Request bytes as the fake serialises them + response bytes of the loaded data. */
  totalPayloadBytes: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  targetSyncs: number;
  ok: boolean;
  ms: number;
};

/** Runs one scenario on a fresh fake and measures syncs and payload against the target. */
export async function measureOfficeHost(scenario: Scenario): Promise<Measurement> {
  const fake = scenario.setup();
  const host: HostStats[] = [];
  const port = createOfficeHost(fake.Excel, fake.Office, { onStats: (s) => host.push(s) });
  if (scenario.prepare) await scenario.prepare(port);
  fake.control.resetStats();
  host.length = 0;
  const started = performance.now();
  await scenario.run(port);
  const ms = performance.now() - started;
  const requestBytes = fake.stats.requests.reduce((sum, r) => sum + r.bytes, 0);
  // The fake reports only the largest response; the host measures what it loaded.
  const responseBytes = host.reduce((sum, s) => sum + s.responseBytes, 0);
  const totalPayloadBytes = requestBytes + responseBytes;
  const targetSyncs = Math.ceil(totalPayloadBytes / MB4) + 3;
  return {
    scenario: scenario.name,
    syncs: fake.stats.syncs,
    totalPayloadBytes,
    largestRequestBytes: fake.stats.largestRequestBytes,
    largestResponseBytes: fake.stats.largestResponseBytes,
    targetSyncs,
    ok: fake.stats.syncs <= targetSyncs && fake.stats.failedSyncs === 0,
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
    setup: () => createFakeExcel({ sheets: [accountSheet("Kunden", 20000)] }),
    run: async (port) => {
      await port.readSheet("Kunden");
    },
  },
  {
    name: "read 20,000 accounts, every 9th row hidden",
    setup: () => createFakeExcel({ sheets: [accountSheet("Kunden", 20000, 9)] }),
    run: async (port) => {
      await port.readSheet("Kunden");
    },
  },
  {
    name: `write ${GOALS.toLocaleString("en")} goals (new sheet)`,
    setup: () => createFakeExcel({ sheets: [{ name: "Kunden", cells: [["ID"]] }] }),
    prepare: () => {
      bigGoalSpec();
      return Promise.resolve();
    },
    run: async (port) => {
      await port.writeSheet(bigGoalSpec(), { replace: false });
    },
  },
  {
    name: `write ${GOALS.toLocaleString("en")} goals (replace)`,
    setup: () => createFakeExcel({ sheets: [{ name: "Kunden", cells: [["ID"]] }] }),
    prepare: async (port) => {
      bigGoalSpec();
      await port.writeSheet(goalSpec(100, 50), { replace: false });
    },
    run: async (port) => {
      await port.writeSheet(bigGoalSpec(), { replace: true });
    },
  },
];

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

export function formatTable(rows: readonly Measurement[]): string {
  const header = [
    "scenario",
    "syncs",
    "total payload",
    "largest request",
    "largest response",
    "target",
    "",
    "time",
  ];
  const lines = rows.map((m) => [
    m.scenario,
    String(m.syncs),
    mb(m.totalPayloadBytes),
    mb(m.largestRequestBytes),
    mb(m.largestResponseBytes),
    `≤ ${m.targetSyncs}`,
    m.ok ? "✓" : "✗",
    `${(m.ms / 1000).toFixed(1)} s`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const fmt = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  return [fmt(header), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(fmt)].join("\n");
}

async function main(): Promise<void> {
  const results: Measurement[] = [];
  for (const scenario of SCENARIOS) results.push(await measureOfficeHost(scenario));
  console.log(formatTable(results));
  if (results.some((r) => !r.ok)) process.exitCode = 1;
}

// Only when run directly (the lead may import measureOfficeHost into `npm run bench`).
if (process.argv[1]?.endsWith("office-host.bench.ts")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
