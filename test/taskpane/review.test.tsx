// Step 5: findings by severity, writing with progress and links afterwards, errors from the port,
// and re-opening the pane on a written workbook.
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookPort } from "../../src/sheet/port";
import { accountsRead, openSample, recording, renderPane, stepTab } from "./support";

jest.setTimeout(90_000);

type User = ReturnType<typeof userEvent.setup>;

/** Vision and mission from the course's examples, Kessler's suggestions, and one bad goal. */
async function planSomething(user: User): Promise<void> {
  await user.click(stepTab(/2\. Vision/));
  await user.click(screen.getByRole("button", { name: "Beispiel übernehmen" }));
  await user.click(stepTab(/3\. Mission/));
  await user.click(screen.getByRole("button", { name: "Beispiel übernehmen" }));
  await user.click(stepTab(/4\. Ziele/));
  await user.click(screen.getByRole("button", { name: "Alle Vorschläge übernehmen" }));
  await user.click(screen.getByRole("textbox", { name: /^Ziel\b/ }));
  await user.paste("Umsatz mit Kessler ausbauen");
  await user.type(screen.getByRole("textbox", { name: "Zielwert" }), "9 Mio. €");
  await user.type(screen.getByLabelText("Termin"), "2027-12-31");
  await user.click(screen.getByRole("button", { name: "Ziel hinzufügen" }));
  await user.click(stepTab(/5\. Prüfen/));
}

/** A port whose writeSheet waits until the test lets it go, to see the progress indicator. */
function gated(port: WorkbookPort): { port: WorkbookPort; release: () => void } {
  let release = () => {};
  const gate = new Promise<void>((done) => {
    release = done;
  });
  return {
    release: () => {
      release();
    },
    port: {
      listSheets: () => port.listSheets(),
      readSheet: (name) => port.readSheet(name),
      listNames: () => port.listNames(),
      activate: (sheet, address) => port.activate(sheet, address),
      writeSheet: async (spec, options) => {
        await gate;
        return port.writeSheet(spec, options);
      },
      writeSheets: async (writes) => {
        await gate;
        return port.writeSheets(writes);
      },
      collaboration: () => port.collaboration(),
      watch: (sheets, onChange) => port.watch(sheets, onChange),
    },
  };
}

test("findings are grouped by severity, and Show opens the goal they concern", async () => {
  const user = userEvent.setup();
  renderPane(await openSample());
  await accountsRead();
  await planSomething(user);
  const errors = screen.getByRole("region", { name: /^Fehler: \d+/ });
  expect(within(errors).getByText(/liegt über dem Umsatzpotenzial/)).toBeInTheDocument();
  expect(screen.getByRole("region", { name: /^Hinweise: \d+/ })).toHaveTextContent(
    /gibt es noch keine Ziele/,
  );
  expect(screen.getByText(/Der Plan enthält Fehler\. Sie können ihn trotzdem schreiben/)).toBeInTheDocument();
  await user.click(within(errors).getAllByRole("button", { name: /^Stelle anzeigen: Ziel G\d+/ })[0]!);
  expect(screen.getByRole("tab", { name: /4\. Ziele/ })).toHaveAttribute("aria-selected", "true");
  expect(await screen.findByRole("heading", { name: /^Ziel G\d+ bearbeiten$/ })).toBeInTheDocument();
  expect(screen.getByRole("textbox", { name: "Zielwert" })).toHaveValue("9.000.000");
  // Shown once: coming back to the step later starts with a new goal again.
  await user.click(screen.getByRole("button", { name: "Abbrechen" }));
  await user.click(stepTab(/5\. Prüfen/));
  await user.click(stepTab(/4\. Ziele/));
  expect(screen.getByRole("heading", { name: /^Neues Ziel für Kessler/ })).toBeInTheDocument();
});

test("write calls the port, shows progress, then links that open the written sheets", async () => {
  const user = userEvent.setup();
  const recorded = recording(await openSample());
  const slow = gated(recorded.port);
  renderPane(slow.port);
  await accountsRead();
  await planSomething(user);
  await user.click(screen.getByRole("button", { name: "In die Arbeitsmappe schreiben" }));
  expect(
    await screen.findByRole("progressbar", { name: "Ziel- und Review-Blatt werden geschrieben…" }),
  ).toBeInTheDocument();
  expect(await screen.findByText("Blatt KAM-Ziele wird geschrieben…")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "In die Arbeitsmappe schreiben" })).toBeDisabled();
  slow.release();
  expect(
    await screen.findByText(/Geschrieben: 3 Ziele auf „KAM-Ziele“, das Review auf „KAM-Review“\./),
  ).toBeInTheDocument();
  expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  // …and the very hidden settings sheet that records them as the add-in's.
  expect(recorded.written).toEqual(["KAM-Ziele", "KAM-Review", "KAM-Planner"]);
  await user.click(screen.getByRole("button", { name: "Zielblatt „KAM-Ziele“ öffnen" }));
  await user.click(screen.getByRole("button", { name: "Review-Blatt „KAM-Review“ öffnen" }));
  expect(recorded.activated).toEqual([
    { sheet: "KAM-Ziele", address: undefined },
    { sheet: "KAM-Review", address: undefined },
  ]);
  expect(screen.getByRole("tab", { name: /5\. Prüfen & schreiben.*erledigt/ })).toBeInTheDocument();
  // The written sheets are the add-in's own: not offered as account sheets.
  await user.click(stepTab(/1\. Kunden/));
  await accountsRead();
  expect(screen.queryByRole("checkbox", { name: /KAM-Ziele/ })).not.toBeInTheDocument();
});

test("error propagates: a failing write is shown and nothing typed is lost", async () => {
  const user = userEvent.setup();
  const recorded = recording(await openSample(), { writeSheets: new Error("The workbook is protected.") });
  renderPane(recorded.port);
  await accountsRead();
  await planSomething(user);
  await user.click(screen.getByRole("button", { name: "In die Arbeitsmappe schreiben" }));
  expect(
    await screen.findByText(
      /Der Plan konnte nicht geschrieben werden: The workbook is protected\. Die Arbeitsmappe ist unverändert/,
    ),
  ).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "In die Arbeitsmappe schreiben" })).toBeEnabled();
  expect(screen.getByText(/Ziele: 3 für 1 Kunde\b/)).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Schließen" }));
  expect(screen.queryByText(/Der Plan konnte nicht geschrieben werden/)).not.toBeInTheDocument();
});

test("re-opening the pane on a written workbook resumes the plan stored in it", async () => {
  const user = userEvent.setup();
  const workbook = await openSample();
  const first = renderPane(workbook);
  await accountsRead();
  await planSomething(user);
  await user.click(screen.getByRole("button", { name: "In die Arbeitsmappe schreiben" }));
  await screen.findByText(/Geschrieben: 3 Ziele/);
  first.unmount();

  renderPane(workbook);
  expect(
    await screen.findByText(
      "Der in dieser Arbeitsmappe gespeicherte Plan wurde übernommen: Vision, Mission und 3 Ziele.",
    ),
  ).toBeInTheDocument();
  await user.click(stepTab(/2\. Vision/));
  expect(screen.getByRole("textbox", { name: "Vision" })).toHaveValue(
    "Wir werden für unsere Key-Accounts ein geschätzter und unverzichtbarer Partner sein, heute und auch noch in ferner Zukunft.",
  );
  await user.click(stepTab(/4\. Ziele/));
  await user.selectOptions(screen.getByRole("combobox", { name: "Key-Account" }), "D-01");
  expect(
    screen.getByRole("region", { name: /Ziele für Kessler Verpackungen GmbH \(D-01\): 3/ }),
  ).toBeInTheDocument();
  await waitFor(() => {
    expect(screen.getByRole("tab", { name: /4\. Ziele.*Fehler/ })).toBeInTheDocument();
  });
});
