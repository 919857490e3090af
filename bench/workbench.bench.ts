// The add-in's weight and the workbench's start, measured on the production build in dist/:
// - the JavaScript Excel loads for the task pane (taskpane*.js and the functions chunk, gzip) against
//   a budget of 400 KB: exit 1 when it is blown;
// - the workbench's time to first meaningful render in headless Chromium, goal < 1.5 s.
//   "Meaningful" = the step list and the load-sample button are on screen: the workbench marks
//   `kam:workbench-ready` (performance.mark) in the effect after that first commit; the bench also
//   waits until both are visible, and reports First Contentful Paint for comparison.
// Each run uses a fresh browser profile, so nothing is cached. Run `npm run build` first.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { DIST, launchChromium, serveStatic } from "../test/e2e/support";

const BUNDLE_BUDGET_BYTES = 400 * 1024;
const RENDER_GOAL_MS = 1500;
const RUNS = 5;
const READY_MARK = "kam:workbench-ready";

type Row = { measure: string; value: string; target: string; status: string };

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The files Excel loads for the pane: the task pane entry (and its chunks) and the functions bundle. */
function officeBundle(): { files: { name: string; raw: number; gzip: number }[]; total: number } {
  const names = readdirSync(DIST).filter((f) => /^(taskpane|functions)[^/]*\.js$/.test(f));
  const files = names.map((name) => {
    const content = readFileSync(join(DIST, name));
    return { name, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}

async function firstMeaningfulRender(): Promise<{ ready: number[]; fcp: number[] }> {
  const server = await serveStatic(DIST);
  const ready: number[] = [];
  const fcp: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const session = await launchChromium();
      try {
        const page = await session.context.newPage();
        await page.goto(`${server.url}workbench.html?lang=de`, { waitUntil: "commit" });
        await page.getByRole("tablist", { name: "Planungsschritte" }).waitFor({ state: "visible" });
        await page.getByRole("button", { name: "Beispiel laden" }).waitFor({ state: "visible" });
        const timing = await page.evaluate((mark) => {
          const readyEntry = performance.getEntriesByName(mark)[0];
          const paint = performance.getEntriesByName("first-contentful-paint")[0];
          return { ready: readyEntry?.startTime ?? null, fcp: paint?.startTime ?? null };
        }, READY_MARK);
        if (timing.ready === null) throw new Error(`the workbench set no '${READY_MARK}' mark`);
        ready.push(timing.ready);
        if (timing.fcp !== null) fcp.push(timing.fcp);
      } finally {
        await session.close();
      }
    }
  } finally {
    await server.close();
  }
  return { ready, fcp };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function printTable(rows: readonly Row[]): void {
  const headers: Row = { measure: "measure", value: "value", target: "target", status: "status" };
  const keys = ["measure", "value", "target", "status"] as const;
  const width = Object.fromEntries(
    keys.map((k) => [k, Math.max(...[headers, ...rows].map((r) => r[k].length))]),
  );
  const line = (r: Row) => keys.map((k) => r[k].padEnd(width[k] ?? 0)).join(" | ");
  console.log(line(headers));
  console.log(keys.map((k) => "-".repeat(width[k] ?? 0)).join("-|-"));
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<number> {
  if (!existsSync(join(DIST, "workbench.html")) || !existsSync(join(DIST, "taskpane.js"))) {
    console.error("dist/ has no production build: run `npm run build` first.");
    return 1;
  }
  const bundle = officeBundle();
  const rows: Row[] = bundle.files.map((f) => ({
    measure: `  ${f.name} (gzip; raw ${kib(f.raw)})`,
    value: kib(f.gzip),
    target: "",
    status: "",
  }));
  const withinBudget = bundle.total <= BUNDLE_BUDGET_BYTES;
  rows.unshift({
    measure: "task pane bundle in Excel, gzip",
    value: kib(bundle.total),
    target: `≤ ${kib(BUNDLE_BUDGET_BYTES)} (budget)`,
    status: withinBudget ? "ok" : "BUDGET BLOWN",
  });

  const render = await firstMeaningfulRender();
  const readyMedian = median(render.ready);
  rows.push({
    measure: `workbench first meaningful render (median of ${RUNS})`,
    value: `${Math.round(readyMedian)} ms`,
    target: `< ${RENDER_GOAL_MS} ms (goal)`,
    status: readyMedian < RENDER_GOAL_MS ? "ok" : "goal missed",
  });
  rows.push({
    measure: "  runs",
    value: render.ready.map((t) => Math.round(t)).join(", ") + " ms",
    target: "",
    status: "",
  });
  if (render.fcp.length > 0) {
    rows.push({
      measure: "  first contentful paint (median)",
      value: `${Math.round(median(render.fcp))} ms`,
      target: "",
      status: "",
    });
  }
  printTable(rows);
  return withinBudget ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
