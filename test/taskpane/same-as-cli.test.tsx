// One planner, three surfaces: for the same workbook, plan file and as-of date, the task pane
// writes the same goal and review SheetSpecs and reports the same findings as `kam write` and
// `kam check` (run in-process here; end to end in the workbench: test/e2e/same-output.e2e.ts).
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TextDecoder } from "node:util";
import { main, type CliIo } from "../../src/cli/main";
import { findingJson } from "../../src/cli/json";
import { openXlsx } from "../../src/hosts/xlsx";
import { parsePlanFile, type WrittenPlan } from "../../src/planner";
import type { Plan } from "../../src/domain/plan";
import { AS_OF, accountsRead, openSample, renderPane, stepTab } from "./support";

jest.setTimeout(90_000);

// jsdom's window lacks the TextDecoder the CLI reads plan files with (Node has it).
Object.assign(globalThis, { TextDecoder });

const SAMPLES = join(__dirname, "../../assets/samples");
const WORKBOOK = join(SAMPLES, "Beispiel-Kundenportfolio.xlsx");
const PLAN_FILE = join(SAMPLES, "Beispiel-Plan.json");

function samplePlan(): Plan {
  const result = parsePlanFile(readFileSync(PLAN_FILE, "utf8"));
  if (!result.ok) throw new Error("the sample plan should parse");
  return result.plan;
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string }> {
  const out: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => out.push(t),
    envLanguage: "de",
    today: () => AS_OF,
  };
  const code = await main(argv, io);
  return { code, stdout: out.join("\n") };
}

test("the pane writes what kam write writes, and lists what kam check reports", async () => {
  const user = userEvent.setup();
  const port = await openSample();
  let result: WrittenPlan | null = null;
  renderPane(port, {
    importedPlan: { plan: samplePlan(), name: "Beispiel-Plan.json", seq: 1 },
    onWritten: (r) => {
      result = r;
    },
  });
  await accountsRead();
  await user.click(stepTab(/5\. Prüfen/));
  await user.click(screen.getByRole("button", { name: "In die Arbeitsmappe schreiben" }));
  await waitFor(() => {
    expect(result).not.toBeNull();
  });
  const pane = result as unknown as WrittenPlan;

  const dir = mkdtempSync(join(tmpdir(), "kam-same-"));
  try {
    const out = join(dir, "cli.xlsx");
    expect((await cli("write", WORKBOOK, "--plan", PLAN_FILE, "--out", out, "--as-of", AS_OF)).code).toBe(0);
    // The sheets as written: the same cells, formats, tables and names.
    const written = await openXlsx(readFileSync(out));
    const paneBook = await openXlsx(await port.save());
    for (const sheet of [pane.goalSheet, pane.reviewSheet]) {
      expect(await paneBook.readSheet(sheet)).toEqual(await written.readSheet(sheet));
    }
    // Each write draws its own random ownership tokens; everything else is the same.
    const names = async (book: typeof written) =>
      (await book.listNames()).map((n) => ({
        ...n,
        name: n.name.replace(/^KAM_Owned_[0-9a-f]{32}$/, "KAM_Owned_…"),
      }));
    expect(await names(paneBook)).toEqual(await names(written));

    // The findings: kam check --json on the same plan is the list the pane wrote into the sheets.
    const checked = await cli("check", WORKBOOK, "--plan", PLAN_FILE, "--as-of", AS_OF, "--json");
    const cliFindings = (JSON.parse(checked.stdout) as { findings: unknown[] }).findings;
    expect(pane.findings.map((f) => findingJson(f, "de"))).toEqual(cliFindings);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
