// The task pane in a shared workbook, by role: the live notice when a co-author changes the goal
// sheet, a pending edit marked stale, the conflict list with both values and a choice per field,
// a conflict found only on writing, and "my accounts" (who the user is, asked once, remembered on
// the device). The workbook is the sample through the xlsx host, with a co-author at its side.
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { openWorkbook, writePlan } from "../../src/planner";
import type { XlsxWorkbook } from "../../src/hosts/xlsx";
import { PortError, type Collaboration, type WorkbookPort } from "../../src/sheet";
import type { DeviceStore } from "../../src/taskpane/useIdentity";
import { withCoauthor, type Coauthor } from "../support/coauthor-port";
import { PLAN } from "../workbook/write-fixtures";
import { AS_OF, accountsRead, openSample, renderPane, stepTab } from "./support";

jest.setTimeout(90_000);

function memoryStore(): DeviceStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}

/** The sample with the plan written into it (G1: Kessler's revenue target 2,300,000 € in H12). */
async function writtenSample(): Promise<XlsxWorkbook> {
  const xlsx = await openSample();
  const result = await writePlan(xlsx, await openWorkbook(xlsx), PLAN, { language: "de", asOf: AS_OF });
  expect(result.status).toBe("written");
  return xlsx;
}

async function paneOnSharedWorkbook(): Promise<{ co: Coauthor; user: ReturnType<typeof userEvent.setup> }> {
  const co = withCoauthor(await writtenSample());
  const user = userEvent.setup();
  renderPane(co.port, { store: memoryStore() });
  await screen.findByText(/gespeicherte Plan wurde übernommen/);
  await waitFor(() => {
    expect(co.watched()).toContain("KAM-Ziele");
  });
  return { co, user };
}

/** Edits G1's target in the goal form (Goals step, Kessler). */
async function editTarget(user: ReturnType<typeof userEvent.setup>, value: string) {
  await user.click(stepTab(/4\. Ziele/));
  await user.selectOptions(screen.getByRole("combobox", { name: "Key-Account" }), "D-01");
  await user.click(screen.getByRole("button", { name: "Ziel G1 bearbeiten" }));
  const target = screen.getByRole("textbox", { name: /^Zielwert/ });
  await user.clear(target);
  await user.type(target, value);
  await user.click(screen.getByRole("button", { name: "Ziel speichern" }));
}

const plain = (text: string | null) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

test("a co-author's change shows as a short notice and flows into the pane", async () => {
  const { co, user } = await paneOnSharedWorkbook();
  co.edit("KAM-Ziele", "H12", 7_000_000);
  const notice = await screen.findByText(/^Andere haben die Arbeitsmappe geändert:/);
  expect(plain(notice.textContent)).toBe(
    "Andere haben die Arbeitsmappe geändert: G1: Zielwert geändert auf 7,0 Mio. €",
  );
  // The pane shows the new target: nothing to decide, the change was one-sided.
  await user.click(stepTab(/4\. Ziele/));
  await user.selectOptions(screen.getByRole("combobox", { name: "Key-Account" }), "D-01");
  const list = screen.getByRole("region", { name: /Ziele für Kessler Verpackungen GmbH \(D-01\)/ });
  expect(plain(within(list).getByText(/^Umsatz:/).textContent)).toMatch(/→ 7\.000\.000 €/);
  // A change to an account sheet is named by its cell.
  co.edit("Kundenportfolio", "E5", 1_900_000);
  expect(await screen.findByText(/Kundenportfolio: E5 geändert/)).toBeInTheDocument();
});

test("a pending edit a co-author overtook is marked stale and must be decided before writing", async () => {
  const { co, user } = await paneOnSharedWorkbook();
  await editTarget(user, "6000000");
  co.edit("KAM-Ziele", "H12", 7_000_000);
  const list = screen.getByRole("region", { name: /Ziele für Kessler Verpackungen GmbH \(D-01\)/ });
  expect(await within(list).findByText("inzwischen in der Arbeitsmappe geändert")).toBeInTheDocument();

  await user.click(stepTab(/5\. Prüfen/));
  const conflicts = screen.getByRole("region", { name: "Hier und in der Arbeitsmappe geändert: 1" });
  const choice = within(conflicts).getByRole("radiogroup", { name: "G1 · Zielwert" });
  expect(within(conflicts).getByText(/^von anderen geändert um /)).toBeInTheDocument();
  const mine = within(choice).getByRole("radio", { name: /^Meinen behalten: 6\.000\.000/ });
  const theirs = within(choice).getByRole("radio", {
    name: /^Den aus der Arbeitsmappe übernehmen: 7\.000\.000/,
  });
  const write = screen.getByRole("button", { name: "Mit diesen Entscheidungen schreiben" });
  expect(write).toBeDisabled();
  expect(screen.getByText("Entscheiden Sie oben jeden Konflikt, um zu schreiben.")).toBeInTheDocument();
  await user.click(theirs);
  expect(mine).not.toBeChecked();
  await user.click(write);
  await screen.findByText(/Geschrieben: 3 Ziele/);
  expect((await openWorkbook(co.port)).stored?.plan.goals.find((g) => g.id === "G1")?.target).toBe(7_000_000);
  expect(
    screen.queryByRole("region", { name: /Hier und in der Arbeitsmappe geändert/ }),
  ).not.toBeInTheDocument();
});

test("a conflict found only on writing: nothing is written until decided; keep mine writes mine", async () => {
  const { co, user } = await paneOnSharedWorkbook();
  await editTarget(user, "6000000");
  // Nobody announced this change: the write finds it.
  co.edit("KAM-Ziele", "H12", 7_000_000, { silent: true });
  await user.click(stepTab(/5\. Prüfen/));
  await user.click(screen.getByRole("button", { name: "In die Arbeitsmappe schreiben" }));
  const conflicts = await screen.findByRole("region", { name: "Hier und in der Arbeitsmappe geändert: 1" });
  expect(
    within(conflicts).getByText("in der Arbeitsmappe geändert, seit Sie sie gelesen haben"),
  ).toBeInTheDocument();
  expect((await openWorkbook(co.port)).stored?.plan.goals.find((g) => g.id === "G1")?.target).toBe(7_000_000);
  await user.click(within(conflicts).getByRole("radio", { name: /^Meinen behalten/ }));
  await user.click(screen.getByRole("button", { name: "Mit diesen Entscheidungen schreiben" }));
  await screen.findByText(/Geschrieben: 3 Ziele/);
  expect((await openWorkbook(co.port)).stored?.plan.goals.find((g) => g.id === "G1")?.target).toBe(6_000_000);
});

test("my accounts: asked once who I am, my accounts first, all at a switch, remembered on the device", async () => {
  const store = memoryStore();
  const user = userEvent.setup();
  const workbook = await openSample();
  const first = renderPane(workbook, { store });
  await accountsRead();
  await user.click(stepTab(/4\. Ziele/));
  const who = screen.getByRole("combobox", { name: /^Wer sind Sie\?/ });
  const options = within(who)
    .getAllByRole("option")
    .map((o) => o.textContent);
  expect(options).toEqual(["Anna Berg", "Lea Schmid", "Tom Krause", "Führungskraft: alle Kunden"]);
  await user.selectOptions(who, "Anna Berg");
  await user.click(screen.getByRole("button", { name: "Merken" }));
  expect(screen.getByText("Sie: Anna Berg")).toBeInTheDocument();
  const accounts = () =>
    within(screen.getByRole("combobox", { name: "Key-Account" }))
      .getAllByRole("option")
      .map((o) => o.getAttribute("value"));
  expect(accounts()).toEqual(["D-01", "D-03"]);
  await user.click(screen.getByRole("switch", { name: "Alle Kunden" }));
  expect(accounts()).toEqual(["D-01", "D-02", "D-03", "D-04", "D-05"]);
  first.unmount();

  // The next time (same device): not asked again.
  renderPane(workbook, { store });
  await accountsRead();
  await user.click(stepTab(/4\. Ziele/));
  expect(screen.queryByRole("combobox", { name: /^Wer sind Sie\?/ })).not.toBeInTheDocument();
  expect(accounts()).toEqual(["D-01", "D-03"]);
  await user.click(screen.getByRole("button", { name: "Ändern" }));
  await user.selectOptions(
    screen.getByRole("combobox", { name: /^Wer sind Sie\?/ }),
    "Führungskraft: alle Kunden",
  );
  await user.click(screen.getByRole("button", { name: "Merken" }));
  expect(accounts()).toHaveLength(5);
  expect(JSON.parse(store.data.get("kam-planner.identity") ?? "null")).toEqual({ kind: "manager" });
});

test("two panes over one xlsx workbook: the second pane's write keeps what the first pane wrote", async () => {
  const user = userEvent.setup();
  const workbook = await writtenSample();
  // Two panes opened on the same workbook; neither hears of the other (a file has no events).
  const a = renderPane(workbook, { store: memoryStore() });
  const b = renderPane(workbook, { store: memoryStore() });
  const paneA = within(a.container);
  const paneB = within(b.container);
  await paneA.findByText(/gespeicherte Plan wurde übernommen/);
  await paneB.findByText(/gespeicherte Plan wurde übernommen/);

  // A changes the mission and writes.
  await user.click(paneA.getByRole("tab", { name: /3\. Mission/ }));
  await user.clear(paneA.getByRole("textbox", { name: "Mission" }));
  await user.click(paneA.getByRole("button", { name: "Beispiel übernehmen" }));
  await user.click(paneA.getByRole("tab", { name: /5\. Prüfen/ }));
  await user.click(paneA.getByRole("button", { name: "In die Arbeitsmappe schreiben" }));
  await paneA.findByText(/Geschrieben: 3 Ziele/);
  const mission = (await openWorkbook(workbook)).stored?.plan.mission;
  expect(mission).not.toBe(PLAN.mission);

  // B, still on the old plan, changes the vision and writes: A's mission stays.
  await user.click(paneB.getByRole("tab", { name: /2\. Vision/ }));
  await user.clear(paneB.getByRole("textbox", { name: "Vision" }));
  await user.click(paneB.getByRole("button", { name: "Beispiel übernehmen" }));
  await user.click(paneB.getByRole("tab", { name: /5\. Prüfen/ }));
  await user.click(paneB.getByRole("button", { name: "In die Arbeitsmappe schreiben" }));
  await paneB.findByText(/Geschrieben: 3 Ziele/);
  const stored = (await openWorkbook(workbook)).stored?.plan;
  expect(stored?.mission).toBe(mission);
  expect(stored?.vision).not.toBe(PLAN.vision);
});

/** An Excel that cannot update sheets in place (no Table.resize): updates fail with hostTooOld. */
function oldExcel(port: WorkbookPort, collaboration: Collaboration): WorkbookPort {
  return {
    ...port,
    collaboration: () => Promise.resolve(collaboration),
    writeSheets: (writes) =>
      writes.some((w) => w.mode === "update")
        ? Promise.reject(new PortError("hostTooOld", { requirement: "ExcelApi 1.13" }))
        : port.writeSheets(writes),
  };
}

test.each([
  ["inactive", true],
  ["unknown", false],
] as const)(
  "a sheet that cannot be updated in place: rebuilt only after asking, never while others may edit (%s)",
  async (collaboration, asked) => {
    const user = userEvent.setup();
    const workbook = await writtenSample();
    renderPane(oldExcel(workbook, collaboration), { store: memoryStore() });
    await screen.findByText(/gespeicherte Plan wurde übernommen/);
    await user.click(stepTab(/5\. Prüfen/));
    await user.click(screen.getByRole("button", { name: "In die Arbeitsmappe schreiben" }));
    if (asked) {
      expect(
        await screen.findByText(/lässt sich nicht an Ort und Stelle aktualisieren\. Neu aufbauen\?/),
      ).toBeInTheDocument();
      await user.click(screen.getByRole("button", { name: "Neu aufbauen und schreiben" }));
      expect(await screen.findByText(/Geschrieben: 3 Ziele/)).toBeInTheDocument();
    } else {
      expect(
        await screen.findByText(/müsste neu aufgebaut werden, aber womöglich bearbeiten andere/),
      ).toBeInTheDocument();
      expect(screen.queryByRole("button", { name: "Neu aufbauen und schreiben" })).not.toBeInTheDocument();
    }
  },
);
