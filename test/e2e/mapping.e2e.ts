// The mapping step end to end: the industrial supplier's workbook (merged two-row headers, region
// headings, subtotals) dropped into the workbench, "How KAM Planner read your sheets" shown, the
// revenue column changed and a row excluded, the choice stored in the downloaded workbook's very
// hidden settings sheet. axe-core and a screenshot at every step.

import { Workbook } from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT, assert, checkpoint, OUTPUT, type StepRecord } from "./support";
import type { E2eContext, E2eTest } from "./types";

const AS_OF = "2026-12-01";
const CORPUS = join(ROOT, "test/corpora/industrie/Kundenportfolio-Industrie.xlsx");

/** Drops a file onto the page the way a browser does (DataTransfer with a File). */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ({ name, base64 }) => {
      const binary = atob(base64);
      const data = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name));
      const target = document.querySelector("main") ?? document.body;
      for (const type of ["dragenter", "dragover", "drop"]) {
        target.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
        );
      }
    },
    { name, base64: bytes.toString("base64") },
  );
}

async function correctTheMapping({ context, baseUrl }: E2eContext): Promise<void> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const steps: StepRecord[] = [];
  await page.goto(`${baseUrl}workbench.html?lang=de&asOf=${AS_OF}`);
  await page.getByRole("button", { name: "Beispiel laden" }).waitFor();

  // 1. The workbook as a team keeps it: eight accounts under a two-row header, headings skipped.
  await dropFile(page, "Kundenportfolio-Industrie.xlsx", readFileSync(CORPUS));
  await page.getByText("Eingelesene Kunden: 8 (aus Key Accounts 2026)").waitFor();
  const heading = page.getByRole("heading", { name: "So hat KAM Planner Ihre Blätter gelesen" });
  await heading.scrollIntoViewIfNeeded();
  const revenue = page.getByRole("combobox", { name: "Spalte für Umsatz", exact: true });
  assert((await revenue.inputValue()) === "G", "revenue is read from G (2025)");
  const revenueItem = page.getByRole("listitem").filter({ has: revenue });
  await revenueItem.getByText(/G7: 3870 → 3\.870\.000\s€/).waitFor();
  await revenue.scrollIntoViewIfNeeded();
  await checkpoint(page, "30-mapping-as-read", steps);

  // 2. The user reads the prior year instead, and leaves one account out.
  await revenue.selectOption("F");
  await revenueItem.getByText(/F7: 3420 → 3\.420\.000\s€/).waitFor();
  await page.getByText(/In der Arbeitsmappe gespeichert/).waitFor();
  await page.getByRole("checkbox", { name: "Zeile 8: 10517 – Nordmetall Walzwerke AG" }).click();
  await page.getByText("Eingelesene Kunden: 7 (aus Key Accounts 2026)").waitFor();
  await revenue.scrollIntoViewIfNeeded();
  await checkpoint(page, "31-mapping-corrected", steps);

  // 3. Stored in the workbook: a very hidden settings sheet the preview does not show.
  assert(
    (await page.getByRole("tab", { name: "KAM-Planner" }).count()) === 0,
    "no settings tab in the preview",
  );
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: ".xlsx herunterladen" }).click(),
  ]);
  await mkdir(OUTPUT, { recursive: true });
  const file = join(OUTPUT, "Kundenportfolio-Industrie-mapping.xlsx");
  await download.saveAs(file);
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  const settings = workbook.getWorksheet("KAM-Planner");
  assert(settings?.state === "veryHidden", `the settings sheet is very hidden: ${String(settings?.state)}`);
  const stored = settings.getCell("B2").text;
  assert(/"revenue":\{"at":"F"/.test(stored), `the revenue column is stored: ${stored}`);
  assert(/"row":8,"key":"10517"/.test(stored), `the excluded row is stored: ${stored}`);

  writeFileSync(join(OUTPUT, "steps-mapping.json"), JSON.stringify(steps, null, 2));
  assert(errors.length === 0, `page errors: ${errors.join("; ")}`);
  await page.close();
}

export const tests: readonly E2eTest[] = [
  { name: "mapping: see how the sheet was read, correct it, stored in the workbook", run: correctTheMapping },
];
