// End-to-end support: a tiny static server for dist/ (no webpack dev server), Debian's Chromium
// driven by playwright-core, axe-core injected from node_modules, and screenshots per step.

import { createServer, type Server } from "node:http";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
/** The built add-in; KAM_DIST points elsewhere (e.g. a private build while others build dist/). */
export const DIST = process.env.KAM_DIST ? resolve(process.env.KAM_DIST) : join(ROOT, "dist");
export const OUTPUT = join(ROOT, "test-output", "e2e");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export type StaticServer = { url: string; close: () => Promise<void>; requests: string[] };

/** Serves `dir` on 127.0.0.1 at a free port; only files inside `dir`, GET and HEAD only. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    requests.push(url.pathname);
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    const file = path.endsWith(sep) ? join(path, "index.html") : path;
    if ((request.method !== "GET" && request.method !== "HEAD") || !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error("not a file");
      const body = readFileSync(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(request.method === "HEAD" ? undefined : body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("static server has no port");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    requests,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => {
          if (error) fail(error);
          else done();
        });
        server.closeAllConnections();
      }),
  };
}

export const CHROMIUM = "/usr/bin/chromium";

export type BrowserSession = { context: BrowserContext; close: () => Promise<void> };

/**
 * Debian's Chromium, headless, with a fresh profile (--user-data-dir) that is removed afterwards.
 * Playwright takes the profile directory through a persistent context rather than the flag.
 */
export async function launchChromium(viewport = { width: 1440, height: 900 }): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), "kam-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    acceptDownloads: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
};

const AXE_SOURCE = (): string => readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Fluent UI's focus manager (Tabster) puts focusable `<i data-tabster-dummy aria-hidden>` sentinels
 * around tab lists; they hand focus on at once. Fluent calls the aria-hidden-focus report on them
 * by design (microsoft/fluentui#27517) and Microsoft's Accessibility Insights suppresses exactly
 * these nodes (accessibility-insights-web#7605). We do the same, for those nodes only.
 */
function withoutTabsterSentinels(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.flatMap((v) => {
    if (v.id !== "aria-hidden-focus") return [v];
    const nodes = v.nodes.filter((n) => !n.html.includes("data-tabster-dummy"));
    return nodes.length === 0 ? [] : [{ ...v, nodes }];
  });
}

/**
 * The grid preview renders the workbook's own colours (a note in a sheet's grey, a user's fills):
 * contrast there is the document's, not the workbench's. Those nodes are reported as
 * `documentContrast` (printed by the runner), not failed.
 */
function splitDocumentContrast(violations: readonly AxeViolation[]): {
  own: AxeViolation[];
  workbook: AxeViolation[];
} {
  const own: AxeViolation[] = [];
  const workbook: AxeViolation[] = [];
  for (const v of violations) {
    if (v.id !== "color-contrast") {
      own.push(v);
      continue;
    }
    const inGrid = v.nodes.filter((n) => n.html.includes("data-cell="));
    const rest = v.nodes.filter((n) => !n.html.includes("data-cell="));
    if (inGrid.length > 0) workbook.push({ ...v, nodes: inGrid });
    if (rest.length > 0) own.push({ ...v, nodes: rest });
  }
  return { own, workbook };
}

/** Runs axe-core in the page; `failing` are the serious and critical violations of the page itself. */
export async function seriousAxeViolations(
  page: Page,
): Promise<{ failing: AxeViolation[]; all: AxeViolation[]; documentContrast: AxeViolation[] }> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE() });
  const raw = await page.evaluate(async () => {
    type Result = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[]; html: string }[];
      }[];
    };
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
    }));
  });
  const { own: all, workbook } = splitDocumentContrast(withoutTabsterSentinels(raw));
  return {
    failing: all.filter((v) => v.impact === "serious" || v.impact === "critical"),
    all,
    documentContrast: workbook,
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(OUTPUT, { recursive: true });
  const path = join(OUTPUT, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** The text of the elements an input's aria-describedby points to (Fluent Field's hint and validation message). */
export async function descriptionOf(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => id !== "");
    return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
  });
}

/** Polls until the description matches (the checks run after a short debounce). */
export async function waitForDescription(
  locator: Locator,
  pattern: RegExp,
  timeoutMs = 5000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    last = await descriptionOf(locator);
    if (pattern.test(last)) return last;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`description never matched ${pattern}: "${last}"`);
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export type StepRecord = {
  name: string;
  screenshot: string;
  violations: AxeViolation[];
  documentContrast: AxeViolation[];
};

/**
 * One checkpoint of a scenario: a screenshot under test-output/e2e/ and an axe-core run. Serious
 * and critical violations fail the test at once; the rest are kept in the step record.
 */
export async function checkpoint(page: Page, name: string, records: StepRecord[]): Promise<void> {
  // Let Fluent's transitions settle so the screenshot shows the resting state.
  await page.waitForTimeout(250);
  const path = await screenshot(page, name);
  const { failing, all, documentContrast } = await seriousAxeViolations(page);
  records.push({ name, screenshot: path, violations: all, documentContrast });
  for (const v of documentContrast) {
    const cells = v.nodes.map((n) => /data-cell="([A-Z]+\d+)"/.exec(n.html)?.[1] ?? "?").join(", ");
    console.log(`  note (${name}): the workbook's own colours fail ${v.id} in the preview at ${cells}`);
  }
  if (failing.length > 0) {
    const detail = failing.map(
      (v) =>
        `${v.id} (${v.impact ?? "?"}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
    throw new Error(`axe-core found serious violations at step "${name}":\n  ${detail.join("\n  ")}`);
  }
}
