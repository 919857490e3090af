// A shared workbook in the workbench: the workbench has no co-authors, so this run uses a page built
// for the test only (pages/coauthor-workbench.tsx: the workbench with a simulated co-author at its
// port). Load the sample, open the sample plan, write; change a goal's target in the pane; a
// co-author changes the same target in the goal sheet; the pane shows a notice and marks the edit
// stale; the review lists the conflict with both values; taking the workbook's value and writing
// keeps the co-author's change. axe-core and a screenshot at every step.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { buildCoauthorPage, COAUTHOR_PAGE } from "./coauthor-page";
import { assert, checkpoint, OUTPUT, ROOT, serveStatic, type StepRecord } from "./support";
import type { E2eContext, E2eTest } from "./types";

const AS_OF = "2026-12-01";

/** The co-author's edit, as another user would make it (the test page's hook; not in the real page). */
async function coauthorTypes(page: Page, sheet: string, address: string, value: number): Promise<void> {
  await page.evaluate(
    ({ sheet, address, value }) => {
      const coauthor = Reflect.get(window, "kamCoauthor") as {
        edit: (sheet: string, address: string, value: number) => void;
      };
      coauthor.edit(sheet, address, value);
    },
    { sheet, address, value },
  );
}

async function conflictInTheWorkbench({ context }: E2eContext): Promise<void> {
  const dir = await buildCoauthorPage();
  const server = await serveStatic(dir);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  const steps: StepRecord[] = [];
  try {
    await page.goto(`${server.url}${COAUTHOR_PAGE}?lang=de&asOf=${AS_OF}`);
    await page.getByRole("button", { name: "Beispiel laden" }).click();
    await page.getByText("Eingelesene Kunden: 5 (aus Kundenportfolio)").waitFor();
    await page.getByTestId("plan-file").setInputFiles(join(ROOT, "assets/samples/Beispiel-Plan.json"));
    await page
      .getByText(/Beispiel-Plan\.json/)
      .first()
      .waitFor();

    // 1. The plan written into the workbook.
    await page.getByRole("tab", { name: /5\. Prüfen/ }).click();
    await page.getByRole("button", { name: "In die Arbeitsmappe schreiben" }).click();
    await page.getByText(/Geschrieben: 3 Ziele auf „KAM-Ziele“/).waitFor({ timeout: 20000 });

    // 2. In the pane, Kessler's revenue target (G1) goes to 2,4 Mio. €.
    await page.getByRole("tab", { name: /4\. Ziele/ }).click();
    await page.getByRole("combobox", { name: "Key-Account" }).selectOption("D-01");
    await page.getByRole("button", { name: "Ziel G1 bearbeiten" }).click();
    await page.getByRole("textbox", { name: "Zielwert" }).fill("2,4 Mio. €");
    await page.getByRole("button", { name: "Ziel speichern" }).click();
    await page.getByText("Ziel G1 gespeichert.").waitFor();

    // 3. A co-author raises the same target in the goal sheet: a notice, and the edit is stale.
    await coauthorTypes(page, "KAM-Ziele", "H12", 2_500_000);
    const notice = page.getByText(
      /^Andere haben die Arbeitsmappe geändert: G1: Zielwert geändert auf 2,5\sMio\.\s€$/,
    );
    await notice.waitFor({ timeout: 10000 });
    const stale = page.getByText("inzwischen in der Arbeitsmappe geändert");
    await stale.waitFor();
    await stale.scrollIntoViewIfNeeded();
    await checkpoint(page, "40-coauthor-notice-and-stale-goal", steps);

    // 4. The review lists the conflict with both values; writing waits for a decision.
    await page.getByRole("tab", { name: /5\. Prüfen/ }).click();
    const conflicts = page.getByRole("region", { name: "Hier und in der Arbeitsmappe geändert: 1" });
    await conflicts.waitFor();
    const write = page.getByRole("button", { name: "Mit diesen Entscheidungen schreiben" });
    assert(await write.isDisabled(), "writing waits until every conflict is decided");
    const theirs = conflicts.getByRole("radio", {
      name: /^Den aus der Arbeitsmappe übernehmen: 2\.500\.000\s€$/,
    });
    await conflicts.getByRole("radio", { name: /^Meinen behalten: 2\.400\.000\s€$/ }).waitFor();
    await conflicts.getByText(/^von anderen geändert um /).waitFor();
    await conflicts.scrollIntoViewIfNeeded();
    await checkpoint(page, "41-conflict-list", steps);

    // 5. Taking the workbook's value and writing: the co-author's target stays in the goal sheet.
    await theirs.check();
    await checkpoint(page, "42-conflict-decided", steps);
    await write.click();
    await page.getByText(/Geschrieben: 3 Ziele auf „KAM-Ziele“/).waitFor({ timeout: 20000 });
    await page.getByRole("button", { name: "Zielblatt „KAM-Ziele“ öffnen" }).click();
    await page.locator("td[data-cell='H12']", { hasText: "2.500.000" }).waitFor();
    assert((await conflicts.count()) === 0, "no conflict is left");
    await checkpoint(page, "43-written-with-coauthors-value", steps);

    writeFileSync(join(OUTPUT, "steps-coauthoring.json"), JSON.stringify(steps, null, 2));
    assert(pageErrors.length === 0, `page errors: ${pageErrors.join("; ")}`);
  } finally {
    await page.close();
    await server.close();
  }
}

export const tests: readonly E2eTest[] = [
  {
    name: "a co-author's change: notice, stale edit, conflict list, decided and written",
    run: conflictInTheWorkbench,
  },
];
