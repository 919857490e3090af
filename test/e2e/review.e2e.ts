// The management review in the workbench: a plan file with actuals, the portfolio picture in step 5,
// written, then review mode — the picture with its table, filters, stepping to the next red account,
// one card per account — and the review sheet in the preview. axe-core and a screenshot at each step.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { assert, checkpoint, OUTPUT, type StepRecord } from "./support";
import type { E2eContext, E2eTest } from "./types";

const AS_OF = "2026-12-01";

const PLAN = {
  version: 1,
  language: "de",
  asOf: AS_OF,
  vision:
    "Wir werden für unsere Key Accounts ein geschätzter und unverzichtbarer Partner sein, heute und auch noch in ferner Zukunft.",
  mission:
    "Um dies zu erreichen, wachsen wir zusammen mit unseren Key Accounts und verankern uns so tief wie möglich in ihren Geschäften.",
  goals: [
    {
      id: "G1",
      account: "D-01",
      metric: "revenue",
      statement: "Umsatz mit Kessler durch Etikettenservice auf 2,3 Mio. € ausbauen",
      baseline: 1_700_000,
      target: 2_300_000,
      unit: "EUR",
      start: "2026-01-01",
      deadline: "2027-12-31",
      actual: "account",
      owner: "Anna Berg",
    },
    {
      id: "G2",
      account: "D-02",
      kind: "strategic",
      metric: "retention",
      statement: "Lindner langfristig binden: Rahmenvertrag bis 2029 verlängern",
      baseline: 0.6,
      target: 1,
      unit: "%",
      start: "2026-01-01",
      deadline: "2027-06-30",
      actual: 0.62,
      actualDate: "2026-11-15",
      owner: "Tom Krause",
    },
    {
      id: "G3",
      account: "D-04",
      metric: "grossMargin",
      statement: "Marge bei Voss Medical durch Servicepakete auf 38 % heben",
      baseline: 0.355,
      target: 0.38,
      unit: "%",
      start: "2026-01-01",
      deadline: "2027-12-31",
      actual: 0.366,
      owner: "Lea Schmid",
    },
    {
      id: "G4",
      account: "D-03",
      kind: "strategic",
      metric: "relationship",
      statement: "Beziehung zu Ostsee Fisch über gemeinsame Kühlkettenplanung auf 4 von 5 heben",
      baseline: 3,
      target: 4,
      unit: "score",
      start: "2026-01-01",
      deadline: "2027-06-30",
      actual: 3.5,
      owner: "Anna Berg",
    },
  ],
};

async function managementReview({ context, baseUrl }: E2eContext): Promise<void> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const steps: StepRecord[] = [];
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`${baseUrl}workbench.html?lang=de&asOf=${AS_OF}`);
  await page.getByRole("button", { name: "Beispiel laden" }).click();
  await page.getByText("Eingelesene Kunden: 5 (aus Kundenportfolio)").waitFor();
  await page.getByTestId("plan-file").setInputFiles({
    name: "fortschritt.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(PLAN)),
  });
  await page.getByText(/Plandatei fortschritt\.json geladen: 4 Ziele/).waitFor();

  // Step 5: the portfolio picture above the findings; the off-track goal is a finding.
  await page.getByRole("tab", { name: /5\. Prüfen/ }).click();
  await page.getByRole("img", { name: /^Portfolio-Diagramm mit 4 Kunden/ }).waitFor();
  await page
    .getByText(/Das Ziel liegt nicht im Plan/)
    .first()
    .waitFor();
  await checkpoint(page, "40-review-step-portfolio", steps);
  await page.getByRole("button", { name: "In die Arbeitsmappe schreiben" }).click();
  await page.getByText(/Geschrieben: 4 Ziele/).waitFor({ timeout: 20000 });

  // Review mode: the picture, the filters, one card per account.
  await page.getByRole("switch", { name: "Management-Review" }).click();
  await page.getByRole("heading", { name: "Management-Review", level: 2 }).waitFor();
  const cards = page.getByRole("article");
  await cards.first().waitFor();
  assert((await cards.count()) === 5, `five cards, one per account: ${await cards.count()}`);
  await checkpoint(page, "41-review-mode", steps);

  // The next red account takes focus.
  await page.getByRole("button", { name: "Nächster roter Kunde" }).click();
  const lindner = page.getByRole("article", { name: /Lindner Bau AG/ });
  await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "article");
  assert(
    await lindner.evaluate((element) => element === document.activeElement),
    "Lindner (off track) is the first red account",
  );
  await checkpoint(page, "42-next-red-account", steps);

  // Filtered by KAM: Anna Berg's two accounts.
  await page.getByRole("combobox", { name: "KAM" }).selectOption("Anna Berg");
  await page.getByText("2 von 5 Kunden angezeigt").waitFor();
  await page.getByRole("button", { name: "Als Tabelle anzeigen" }).click();
  await page.getByRole("table", { name: /^Portfolio: Quadrant/ }).waitFor();
  await checkpoint(page, "43-filtered-with-table", steps);

  // The review sheet in the preview: the manager's columns are there to fill in.
  await page.getByRole("tab", { name: "KAM-Review" }).click();
  await page.getByText(/Tabelle KAM_Review/).waitFor();
  await page.getByText("Entscheidung", { exact: true }).first().waitFor();
  await checkpoint(page, "44-review-sheet-preview", steps);

  writeFileSync(join(OUTPUT, "steps-review.json"), JSON.stringify(steps, null, 2));
  assert(errors.length === 0, `page errors: ${errors.join("; ")}`);
  await page.close();
}

export const tests: readonly E2eTest[] = [
  { name: "management review: progress, portfolio picture, review mode", run: managementReview },
];
