// The workbench end to end, as a first-time user would go through it: load the sample, write a
// vision that breaks a rule and see the finding, fix it, accept suggested goals, enter a goal with
// a bad target and see it flagged, write, see the highlighted KAM_Goals table in the preview,
// download the workbook and check it with exceljs. axe-core and a screenshot at every step.

import { Workbook } from "exceljs";
import { writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { tableModels } from "../support/exceljs-adapter";
import { columnNumber, parseRange } from "../../src/sheet/a1";
import { goalColumn } from "../../src/workbook/goal-sheet";
import { GOALS_TABLE } from "../../src/workbook/planner-names";
import { PALETTE } from "../../src/workbook/sheet-styles";
import { assert, checkpoint, OUTPUT, waitForDescription, type StepRecord } from "./support";
import type { E2eContext, E2eTest } from "./types";

const AS_OF = "2026-12-01";
const ERROR_FILL = PALETTE.errorFill.replace("#", "").toUpperCase();

/** CSS rgb() of a #RRGGBB colour, as getComputedStyle reports it. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Fails the test when the page asks anything of another origin (the workbench needs no network). */
function watchOrigins(page: Page, baseUrl: string): string[] {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !url.startsWith("blob:") && !url.startsWith("data:")) foreign.push(url);
  });
  return foreign;
}

function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

async function nextStep(page: Page, name: RegExp): Promise<void> {
  await page.getByRole("button", { name }).click();
}

async function planTheSample({ context, baseUrl }: E2eContext): Promise<void> {
  const page = await context.newPage();
  const foreign = watchOrigins(page, baseUrl);
  const pageErrors = collectPageErrors(page);
  const steps: StepRecord[] = [];

  // 1. The workbench before any workbook: the steps and the sample button are there.
  await page.goto(`${baseUrl}workbench.html?lang=de&asOf=${AS_OF}`);
  await page.getByRole("tab", { name: /1\. Kunden/ }).waitFor();
  await checkpoint(page, "01-start", steps);

  // 2. Load the bundled sample: five accounts, the marketing positioning, the grid preview.
  await page.getByRole("button", { name: "Beispiel laden" }).click();
  await page.getByText("Eingelesene Kunden: 5 (aus Kundenportfolio)").waitFor();
  await page.locator("td[data-cell='B4']", { hasText: "Kessler Verpackungen GmbH" }).waitFor();
  await page.getByText("Mindestbruttomarge: 22 %").waitFor();
  await checkpoint(page, "02-accounts-read", steps);

  // 3. A vision that is a monetary goal: the finding appears on the vision field.
  await nextStep(page, /^Weiter: Vision/);
  const vision = page.getByRole("textbox", { name: "Vision" });
  await vision.fill("Wir wollen 50 Mio. € Umsatz mit unseren Key-Accounts machen.");
  const monetary = await waitForDescription(vision, /Geld- oder Zahlenziele/);
  assert(/50 Mio/.test(monetary), `the monetary finding should quote the amount: ${monetary}`);
  await page.getByRole("tab", { name: /2\. Vision.*Fehler/ }).waitFor();
  await checkpoint(page, "03-vision-monetary-finding", steps);

  // 4. Fixed with the course's example: no finding left.
  await page.getByRole("button", { name: "Beispiel übernehmen" }).click();
  await waitForDescription(vision, /Sieht gut aus/);
  await checkpoint(page, "04-vision-fixed", steps);

  // 5. The mission: a sentence without means first (warning), then the example.
  await nextStep(page, /^Weiter: Mission/);
  const mission = page.getByRole("textbox", { name: "Mission" });
  await mission.fill("Wir sind für unsere Key Accounts da.");
  await waitForDescription(mission, /sagt nicht, wie/);
  await page.getByRole("button", { name: "Beispiel übernehmen" }).click();
  await waitForDescription(mission, /Sieht gut aus/);
  await checkpoint(page, "05-mission", steps);

  // 6. Goals: the profile of Kessler and its suggestions, accepted in one click.
  await nextStep(page, /^Weiter: Ziele/);
  const account = page.getByRole("combobox", { name: "Key-Account" });
  await account.selectOption("D-01");
  await page.getByRole("heading", { name: /Profil von Kessler Verpackungen GmbH/ }).waitFor();
  await checkpoint(page, "06-goals-profile-and-suggestions", steps);
  await page.getByRole("button", { name: "Alle Vorschläge übernehmen" }).click();
  await page.getByRole("heading", { name: /Ziele für Kessler Verpackungen GmbH \(D-01\): 2/ }).waitFor();
  // And Lindner (high churn risk, margin under marketing's minimum): its suggestions too.
  await account.selectOption("D-02");
  await page.getByRole("button", { name: "Alle Vorschläge übernehmen" }).click();
  await page.getByRole("heading", { name: /Ziele für Lindner Bau AG \(D-02\): [1-9]/ }).waitFor();
  await checkpoint(page, "07-suggestions-accepted", steps);

  // 7. A goal of our own with a target above Kessler's potential (5,2 Mio. €): flagged on the target.
  await account.selectOption("D-01");
  await page
    .getByRole("textbox", { name: /^Ziel\b(?!wert)/ })
    .fill("Umsatz mit Kessler durch Etikettenservice ausbauen");
  const target = page.getByRole("textbox", { name: "Zielwert" });
  await target.fill("9 Mio. €");
  await page.getByLabel("Termin").fill("2027-12-31");
  const flagged = await waitForDescription(target, /über dem Umsatzpotenzial/);
  assert(/5\.200\.000/.test(flagged), `the finding should cite the potential: ${flagged}`);
  await target.scrollIntoViewIfNeeded();
  await checkpoint(page, "08-bad-target-flagged", steps);
  await page.getByRole("button", { name: "Ziel hinzufügen" }).click();
  await page.getByRole("status").filter({ hasText: "Ziel G" }).first().waitFor();
  const added = await page.getByRole("status").filter({ hasText: "hinzugefügt" }).first().innerText();
  const badGoalId = /Ziel (G\d+) hinzugefügt/.exec(added)?.[1];
  assert(badGoalId !== undefined, "the added goal's id is announced");

  // 8. Review: findings by severity, then write with progress, then links to the sheets.
  await nextStep(page, /^Weiter: Prüfen & schreiben/);
  await page.getByRole("heading", { name: /^Fehler: \d+/ }).waitFor();
  await page
    .getByText(/über dem Umsatzpotenzial/)
    .first()
    .waitFor();
  await checkpoint(page, "09-review", steps);
  await page.getByRole("button", { name: "In die Arbeitsmappe schreiben" }).click();
  await page.getByText(/Geschrieben: \d+ Ziele auf „KAM-Ziele“/).waitFor({ timeout: 20000 });
  await page.getByRole("tab", { name: "KAM-Ziele" }).waitFor();
  await checkpoint(page, "10-written", steps);

  // 9. The goal sheet in the preview: the KAM_Goals table, the bad target cell filled red.
  await page.getByRole("button", { name: "Zielblatt „KAM-Ziele“ öffnen" }).click();
  await page.getByText(/Tabelle KAM_Goals: A\d+:[A-Z]+\d+/).waitFor();
  const redCells = page.locator(`td[data-table='${GOALS_TABLE}']`).filter({ hasText: "9.000.000" });
  await redCells.first().waitFor();
  const background = await redCells.first().evaluate((td) => getComputedStyle(td).backgroundColor);
  assert(
    background === rgb(PALETTE.errorFill),
    `the flagged target cell should have the error fill, has ${background}`,
  );
  await redCells.first().scrollIntoViewIfNeeded();
  await checkpoint(page, "11-goal-sheet-preview", steps);
  await page.getByRole("tab", { name: "KAM-Review" }).click();
  await page.getByText(/Tabelle KAM_Review/).waitFor();
  await checkpoint(page, "12-review-sheet-preview", steps);

  // 10. Download and check the file with exceljs.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: ".xlsx herunterladen" }).click(),
  ]);
  assert(
    download.suggestedFilename() === "Beispiel-Kundenportfolio-kam.xlsx",
    `file name: ${download.suggestedFilename()}`,
  );
  await mkdir(OUTPUT, { recursive: true });
  const file = join(OUTPUT, download.suggestedFilename());
  await download.saveAs(file);
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  const goalSheet = workbook.getWorksheet("KAM-Ziele");
  assert(goalSheet !== undefined, "the downloaded workbook has the goal sheet");
  const table = tableModels(goalSheet).find((t) => t.name === GOALS_TABLE);
  assert(table !== undefined, "the goal sheet has the KAM_Goals table");
  const area = parseRange(table.tableRef);
  assert(area !== null, `table range ${table.tableRef}`);
  let row: number | null = null;
  for (let r = area.top + 1; r <= area.bottom; r++) {
    if (goalSheet.getCell(r, area.left).text === badGoalId) row = r;
  }
  assert(row !== null, `goal ${badGoalId} is a row of KAM_Goals`);
  const targetCell = goalSheet.getCell(row, area.left + goalColumn("target") - 1);
  const fill: unknown = targetCell.fill;
  const argb =
    typeof fill === "object" &&
    fill !== null &&
    "fgColor" in fill &&
    typeof fill.fgColor === "object" &&
    fill.fgColor !== null
      ? Reflect.get(fill.fgColor, "argb")
      : undefined;
  assert(
    typeof argb === "string" && argb.toUpperCase().endsWith(ERROR_FILL),
    `the flagged target cell ${targetCell.address} should have the error fill ${ERROR_FILL}, has ${String(argb)}`,
  );
  assert(workbook.getWorksheet("Kundenportfolio") !== undefined, "the user's sheets are still there");
  assert(columnNumber("A") === 1, "sanity");

  writeFileSync(join(OUTPUT, "steps-plan.json"), JSON.stringify(steps, null, 2));
  assert(foreign.length === 0, `requests to other origins: ${foreign.join(", ")}`);
  assert(pageErrors.length === 0, `page errors: ${pageErrors.join("; ")}`);
  await page.close();
}

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

async function resumeFromWrittenWorkbook({ context, baseUrl }: E2eContext): Promise<void> {
  const page = await context.newPage();
  const pageErrors = collectPageErrors(page);
  const steps: StepRecord[] = [];
  const { readFileSync } = await import("node:fs");
  await page.goto(`${baseUrl}workbench.html?lang=en&asOf=${AS_OF}`);
  await page.getByRole("button", { name: "Load sample" }).waitFor();

  // Not an .xlsx: said so, nothing opened.
  await dropFile(page, "notes.txt", Buffer.from("hello"));
  await page.getByText(/notes\.txt is not an \.xlsx workbook/).waitFor();
  await checkpoint(page, "20-drop-not-xlsx", steps);

  // The workbook written by the first test, dropped in: the pane resumes the plan stored in it.
  const written = readFileSync(join(OUTPUT, "Beispiel-Kundenportfolio-kam.xlsx"));
  await dropFile(page, "Beispiel-Kundenportfolio-kam.xlsx", written);
  await page.getByText(/Resumed the plan stored in this workbook: vision, mission and \d+ goals/).waitFor();
  await page.getByText(/Accounts read: 5/).waitFor();
  await checkpoint(page, "21-resumed-en", steps);
  await page.getByRole("tab", { name: /2\. Vision/ }).click();
  const vision = page.getByRole("textbox", { name: "Vision" });
  const text = await vision.inputValue();
  assert(text.startsWith("Wir werden für unsere Key-Accounts"), `the resumed vision: ${text}`);

  // The English profile sample: one sheet per account, USD.
  await page.getByRole("button", { name: "English sample" }).click();
  await page.getByText(/Accounts read: 2/).waitFor();
  await page.getByRole("tab", { name: /4\. Goals/ }).click();
  await page.getByRole("heading", { name: /Profile of Summit Outdoor Inc\./ }).waitFor();
  await page.getByText("$1,200,000").first().waitFor();
  await checkpoint(page, "22-english-profiles", steps);
  writeFileSync(join(OUTPUT, "steps-resume.json"), JSON.stringify(steps, null, 2));
  assert(pageErrors.length === 0, `page errors: ${pageErrors.join("; ")}`);
  await page.close();
}

/** Presses Tab until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function keyboardOnly({ context, baseUrl }: E2eContext): Promise<void> {
  const page = await context.newPage();
  const steps: StepRecord[] = [];
  await page.goto(`${baseUrl}workbench.html?lang=de&asOf=${AS_OF}`);
  await tabTo(page, page.getByRole("button", { name: "Beispiel laden" }));
  await page.keyboard.press("Enter");
  await page.getByText("Eingelesene Kunden: 5 (aus Kundenportfolio)").waitFor();

  // Arrow keys move along the steps, Enter opens one, Tab goes on into the step.
  await page.getByRole("tab", { name: /1\. Kunden/ }).focus();
  await page.keyboard.press("ArrowRight");
  const visionTab = page.getByRole("tab", { name: /2\. Vision/ });
  assert(
    await visionTab.evaluate((e) => e === document.activeElement),
    "ArrowRight moves to the Vision step",
  );
  await page.keyboard.press("Enter");
  assert((await visionTab.getAttribute("aria-selected")) === "true", "Enter opens the Vision step");
  const vision = page.getByRole("textbox", { name: "Vision" });
  await tabTo(page, vision, 5);
  await page.keyboard.type("Wir wollen 50 Mio. € Umsatz mit unseren Key-Accounts machen.");
  await waitForDescription(vision, /Geld- oder Zahlenziele/);
  await tabTo(page, page.getByRole("button", { name: "Beispiel übernehmen" }));
  await page.keyboard.press("Enter");
  await waitForDescription(vision, /Sieht gut aus/);
  await checkpoint(page, "13-keyboard-vision", steps);

  // Next by keyboard: the new step's panel takes focus, Tab leads into its field.
  await tabTo(page, page.getByRole("button", { name: /^Weiter: Mission/ }));
  await page.keyboard.press("Enter");
  const mission = page.getByRole("textbox", { name: "Mission" });
  await tabTo(page, mission, 3);
  await tabTo(page, page.getByRole("button", { name: "Beispiel übernehmen" }));
  await page.keyboard.press("Space");
  await waitForDescription(mission, /Sieht gut aus/);

  // Goals: accept the suggestions, then write — all by keyboard.
  await tabTo(page, page.getByRole("button", { name: /^Weiter: Ziele/ }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "Alle Vorschläge übernehmen" }));
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: /Ziele für Kessler Verpackungen GmbH \(D-01\): 2/ }).waitFor();
  await tabTo(page, page.getByRole("button", { name: /^Weiter: Prüfen/ }), 80);
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "In die Arbeitsmappe schreiben" }), 80);
  await page.keyboard.press("Enter");
  await page.getByText(/Geschrieben: 2 Ziele/).waitFor({ timeout: 20000 });
  await tabTo(page, page.getByRole("button", { name: "Zielblatt „KAM-Ziele“ öffnen" }));
  await checkpoint(page, "14-keyboard-written", steps);
  await page.keyboard.press("Enter");
  await page.getByText(/Tabelle KAM_Goals/).waitFor();
  writeFileSync(join(OUTPUT, "steps-keyboard.json"), JSON.stringify(steps, null, 2));
  await page.close();
}

export const tests: readonly E2eTest[] = [
  { name: "plan the sample portfolio end to end", run: planTheSample },
  { name: "drop files, resume a written workbook, English profiles", run: resumeFromWrittenWorkbook },
  { name: "keyboard only: load, vision, mission, goals, write", run: keyboardOnly },
];
