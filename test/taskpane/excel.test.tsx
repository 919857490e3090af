// The task pane inside "Excel on the web": Microsoft's Office.js booted as the task pane page (the
// loader, the host script, the handshake for the app context; test/support/office-js), the pane
// mounted by taskpane.html's own entry once Office.onReady resolves, the Office host's requests
// answered by the wire host's Excel holding the sample workbook.
import "@testing-library/jest-dom";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Root } from "react-dom/client";
import { mountTaskPane } from "../../src/taskpane/boot";
import { createOfficeHost } from "../../src/hosts/office";
import { openWorkbook, writePlan } from "../../src/planner";
import { createWireExcel, openWireExcel, type WireExcel } from "../support/office-js";
import { PLAN } from "../workbook/write-fixtures";
import { AS_OF, accountsRead, openSample, stepTab } from "./support";

jest.setTimeout(90_000);

async function sampleInExcel(
  displayLanguage: string,
  corrupt?: (fake: WireExcel) => void,
): Promise<WireExcel> {
  const xlsx = await openSample();
  const sheets = await Promise.all((await xlsx.listSheets()).map((s) => xlsx.readSheet(s.name)));
  const fake = await createWireExcel({ sheets, displayLanguage });
  corrupt?.(fake);
  return fake;
}

let root: Root | null = null;
let container: HTMLElement | null = null;

function boot(fake: WireExcel, inExcel = true): void {
  container = document.createElement("div");
  document.body.appendChild(container);
  const target = container;
  act(() => {
    root = mountTaskPane(target, { excel: fake.Excel, office: fake.Office, asOf: AS_OF, inExcel });
  });
}

afterEach(() => {
  act(() => {
    root?.unmount();
  });
  container?.remove();
  root = null;
  container = null;
});

test("happy path: German Excel — read the accounts, plan, write the sheets, select them", async () => {
  const user = userEvent.setup();
  const fake = await sampleInExcel("de-DE");
  boot(fake);
  expect(document.documentElement.lang).toBe("de");
  expect(await accountsRead()).toHaveTextContent("Eingelesene Kunden: 5 (aus Kundenportfolio)");

  await user.click(stepTab(/2\. Vision/));
  await user.click(screen.getByRole("textbox", { name: "Vision" }));
  await user.paste("Wir wollen 50 Mio. € Umsatz");
  await waitFor(() => {
    expect(screen.getByRole("textbox", { name: "Vision" })).toHaveAccessibleDescription(
      /Geld- oder Zahlenziele/,
    );
  });
  await user.clear(screen.getByRole("textbox", { name: "Vision" }));
  await user.click(screen.getByRole("button", { name: "Beispiel übernehmen" }));
  await user.click(stepTab(/3\. Mission/));
  await user.click(screen.getByRole("button", { name: "Beispiel übernehmen" }));
  await user.click(stepTab(/4\. Ziele/));
  await user.click(screen.getByRole("button", { name: "Alle Vorschläge übernehmen" }));
  await user.click(stepTab(/5\. Prüfen/));
  await user.click(screen.getByRole("button", { name: "In die Arbeitsmappe schreiben" }));
  expect(
    await screen.findByText(/Geschrieben: 2 Ziele auf „KAM-Ziele“/, {}, { timeout: 20_000 }),
  ).toBeInTheDocument();

  // The sheets are in the (fake) workbook, with the goal table; the user's sheets are untouched.
  const goals = fake.workbook.sheet("KAM-Ziele");
  expect(goals.tables().map((t) => t.name)).toEqual(["KAM_Goals"]);
  expect(
    fake.workbook
      .sheet("KAM-Review")
      .tables()
      .map((t) => t.name),
  ).toEqual(["KAM_Review"]);
  expect(fake.workbook.sheet("Kundenportfolio").cell("B4").value).toBe("Kessler Verpackungen GmbH");

  await user.click(screen.getByRole("button", { name: "Review-Blatt „KAM-Review“ öffnen" }));
  await waitFor(() => {
    expect(fake.workbook.activeSheet?.name).toBe("KAM-Review");
  });
});

test("English Excel: the pane speaks English; a reading problem selects its cell in Excel", async () => {
  const user = userEvent.setup();
  const fake = await sampleInExcel("en-US", (f) => {
    // A revenue nobody can read, in Lindner's row.
    f.workbook.sheet("Kundenportfolio").editCell(5, 4).value = "a lot";
  });
  boot(fake);
  expect(document.documentElement.lang).toBe("en");
  await accountsRead();
  await user.click(await screen.findByRole("button", { name: "Show where: Kundenportfolio!D5" }));
  await waitFor(() => {
    expect(fake.workbook.activeSheet?.name).toBe("Kundenportfolio");
  });
  expect(fake.workbook.sheet("Kundenportfolio").selection).toEqual({ top: 5, left: 4, bottom: 5, right: 4 });
});

test("error propagates: a sync that fails while writing is shown, and the pane keeps the plan", async () => {
  const user = userEvent.setup();
  const fake = await sampleInExcel("de-DE");
  boot(fake);
  await accountsRead();
  await user.click(stepTab(/2\. Vision/));
  await user.click(screen.getByRole("button", { name: "Beispiel übernehmen" }));
  await user.click(stepTab(/5\. Prüfen/));
  fake.control.failSync(1, "AccessDenied");
  await user.click(screen.getByRole("button", { name: "In die Arbeitsmappe schreiben" }));
  expect(
    await screen.findByText(
      /Der Plan konnte nicht geschrieben werden: Excel hat die Änderung abgelehnt/,
      {},
      { timeout: 20_000 },
    ),
  ).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "In die Arbeitsmappe schreiben" })).toBeEnabled();
});

test("two panes on one workbook: the other pane's write shows here as a notice, and survives this pane's write", async () => {
  const user = userEvent.setup();
  const fake = await sampleInExcel("de-DE");
  // The plan was written before (by anyone).
  const earlier = createOfficeHost(fake.Excel, fake.Office);
  expect(
    (await writePlan(earlier, await openWorkbook(earlier), PLAN, { language: "de", asOf: AS_OF })).status,
  ).toBe("written");
  boot(fake);
  await screen.findByText(/gespeicherte Plan wurde übernommen/, {}, { timeout: 20_000 });
  const here = fake.state.clients[0]!;
  await waitFor(() => {
    expect(here.registrations.size).toBeGreaterThan(0);
  });

  // A colleague's pane (another Office.js client on the same workbook) raises G1's target.
  const colleague = await openWireExcel(fake.state, { displayLanguage: "de-DE" });
  const theirs = createOfficeHost(colleague.Excel, colleague.Office);
  const raised = { ...PLAN, goals: PLAN.goals.map((g) => (g.id === "G1" ? { ...g, target: 7_000_000 } : g)) };
  expect(
    (await writePlan(theirs, await openWorkbook(theirs), raised, { language: "de", asOf: AS_OF })).status,
  ).toBe("written");
  const notice = await screen.findByText(/^Andere haben die Arbeitsmappe geändert:/, {}, { timeout: 20_000 });
  expect(notice.textContent.replace(/[\u00a0\u202f]/g, " ")).toContain(
    "G1: Zielwert geändert auf 7,0 Mio. €",
  );

  // This pane changes the mission and writes: the colleague's target stays.
  await user.click(stepTab(/3\. Mission/));
  await user.clear(screen.getByRole("textbox", { name: "Mission" }));
  await user.click(screen.getByRole("button", { name: "Beispiel übernehmen" }));
  await user.click(stepTab(/5\. Prüfen/));
  fake.control.coauthoring(true);
  fake.control.resetStats();
  await user.click(screen.getByRole("button", { name: "In die Arbeitsmappe schreiben" }));
  await screen.findByText(/Geschrieben: 3 Ziele/, {}, { timeout: 20_000 });
  expect(fake.workbook.sheet("KAM-Ziele").cell("H12").value).toBe(7_000_000);
  expect(fake.stats.tableRowsAdd).toBe(0);
  expect(fake.stats.sheetDeletions).toBe(0);
});

test("outside Excel the page says where to go instead", async () => {
  const fake = await sampleInExcel("de-DE");
  boot(fake, false);
  expect(screen.getByText(/läuft in Excel/)).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Werkbank öffnen" })).toHaveAttribute("href", "workbench.html");
});

test("start-up: taskpane.html's entry waits for Office.onReady and mounts the pane over Excel", async () => {
  const fake = await sampleInExcel("en-US");
  // What Office.js's handshake with the (emulated) host gave the page.
  expect(fake.page.ready).toEqual({ host: "Excel", platform: "OfficeOnline" });
  expect(fake.page.hostCalls).toContain("ContextActivationManager_getAppContextAsync");
  expect(fake.Office.context.displayLanguage).toBe("en-US");
  expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
  document.body.innerHTML = '<div id="container"></div>';
  const globals = globalThis as { Office?: unknown; Excel?: unknown };
  globals.Office = fake.Office;
  globals.Excel = fake.Excel;
  try {
    await act(async () => {
      // The page's entry script, as webpack bundles it: it reads the Office and Excel globals.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/taskpane/index");
      // Office.onReady calls back in order: once this resolves, the entry's callback has mounted.
      await fake.Office.onReady();
    });
    expect(document.documentElement.lang).toBe("en");
    expect(await accountsRead()).toHaveTextContent("Accounts read: 5 (from Kundenportfolio)");
    expect(fake.stats.syncs).toBeGreaterThan(0);
  } finally {
    delete globals.Office;
    delete globals.Excel;
    document.body.innerHTML = "";
  }
});
