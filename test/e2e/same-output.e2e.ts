// One planner, three surfaces: the same workbook, plan file and as-of date give the same goal and
// review sheets and the same findings whether `kam write` writes them or a user does it in the
// workbench (open the workbook, open the plan file, write, download).

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsx } from "../../src/hosts/xlsx";
import type { SheetGrid } from "../../src/sheet";
import { assert, checkpoint, OUTPUT, ROOT, type StepRecord } from "./support";
import type { E2eContext, E2eTest } from "./types";

const AS_OF = "2026-12-01";
const SAMPLES = join(ROOT, "assets", "samples");
const WORKBOOK = join(SAMPLES, "Beispiel-Kundenportfolio.xlsx");
const PLAN = join(SAMPLES, "Beispiel-Plan.json");

async function planSheets(bytes: Uint8Array): Promise<Map<string, SheetGrid>> {
  const port = await openXlsx(bytes);
  const sheets = new Map<string, SheetGrid>();
  for (const name of ["KAM-Ziele", "KAM-Review"]) sheets.set(name, await port.readSheet(name));
  return sheets;
}

function kam(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(ROOT, "bin", "kam.js"), ...args], {
    encoding: "utf8",
    env: { ...process.env, LANG: "de_DE.UTF-8" },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function sameAsTheCli({ context, baseUrl }: E2eContext): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kam-same-"));
  try {
    // The CLI: write, and the findings `check` reports for the same plan.
    const out = join(dir, "cli.xlsx");
    const written = kam("write", WORKBOOK, "--plan", PLAN, "--out", out, "--as-of", AS_OF);
    assert(written.status === 0, `kam write: ${written.stderr}`);
    const checked = kam("check", WORKBOOK, "--plan", PLAN, "--as-of", AS_OF, "--json");
    const summary = (
      JSON.parse(checked.stdout) as { summary: { errors: number; warnings: number; infos: number } }
    ).summary;

    // The workbench: the same workbook and plan file, written by the pane.
    const page = await context.newPage();
    const steps: StepRecord[] = [];
    await page.goto(`${baseUrl}workbench.html?lang=de&asOf=${AS_OF}`);
    // A damaged workbook: the xlsx host's coded error, said in German.
    const sample = readFileSync(WORKBOOK);
    await page.getByTestId("workbook-file").setInputFiles({
      name: "kaputt.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: sample.subarray(0, sample.length / 2),
    });
    await page
      .getByText(
        /kaputt\.xlsx konnte nicht geöffnet werden: die Datei ist beschädigt; öffnen Sie sie in Excel/,
      )
      .waitFor();
    await checkpoint(page, "29-damaged-file-german", steps);
    await page.getByRole("button", { name: "Beispiel laden" }).click();
    await page.getByText("Eingelesene Kunden: 5 (aus Kundenportfolio)").waitFor();
    await page.getByTestId("plan-file").setInputFiles(PLAN);
    await page.getByText(/Plandatei Beispiel-Plan\.json geladen: 3 Ziele/).waitFor();
    await page.getByRole("tab", { name: /5\. Prüfen/ }).click();
    // The review lists the same counts `kam check` reports.
    await page
      .getByText(
        new RegExp(`${summary.errors} Fehler.*${summary.warnings} Warnung.*${summary.infos} Hinweis`),
      )
      .first()
      .waitFor();
    await checkpoint(page, "30-plan-file-review", steps);
    await page.getByRole("button", { name: "In die Arbeitsmappe schreiben" }).click();
    await page.getByText(/Geschrieben: 3 Ziele/).waitFor({ timeout: 20000 });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: ".xlsx herunterladen" }).click(),
    ]);
    const paneFile = join(OUTPUT, "same-output-workbench.xlsx");
    await download.saveAs(paneFile);
    await page.close();

    const cli = await planSheets(new Uint8Array(readFileSync(out)));
    const pane = await planSheets(new Uint8Array(readFileSync(paneFile)));
    for (const [name, grid] of cli) {
      assert(
        JSON.stringify(pane.get(name)) === JSON.stringify(grid),
        `the ${name} sheet the workbench wrote differs from the one kam write wrote`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const tests: readonly E2eTest[] = [
  { name: "the workbench writes what kam write writes (same workbook, plan, as-of)", run: sameAsTheCli },
];
