// Step 1 in jsdom over the xlsx host: which sheets were read, how many accounts, every reading
// problem, and selecting a problem selects its cell through the port.
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Workbook } from "exceljs";
import { openXlsx } from "../../src/hosts/xlsx";
import { accountsRead, openSample, recording, renderPane } from "./support";

// Typing through Fluent UI in jsdom is slow on a busy machine; the default 30 s is too tight.
jest.setTimeout(90_000);

async function workbookWithAnUnreadableCell() {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("Kunden");
  sheet.addRow(["Kunden-ID", "Kundenname", "Umsatz", "Umsatzpotenzial"]);
  sheet.addRow(["K-1", "Acme GmbH", 1_000_000, 2_000_000]);
  sheet.addRow(["K-2", "Beta AG", "viel", 3_000_000]);
  return openXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

test("happy path: the sample's list sheet, five accounts and marketing's positioning", async () => {
  renderPane(await openSample());
  expect(await accountsRead()).toHaveTextContent("Eingelesene Kunden: 5 (aus Kundenportfolio)");
  const sheets = screen.getByRole("group", { name: "Blätter mit Kunden" });
  expect(
    within(sheets).getByRole("checkbox", {
      name: /Kundenportfolio – Liste, Kopfzeile in Zeile 3, Kunden: 5/,
    }),
  ).toBeChecked();
  expect(
    within(sheets).getByRole("checkbox", { name: /Marketing – Marketing-Positionierung/ }),
  ).not.toBeChecked();
  expect(screen.getByRole("combobox", { name: "Marketing-Positionierung" })).toHaveValue("Marketing");
  expect(screen.getByText("Mindestbruttomarge: 22 %")).toBeInTheDocument();
  expect(screen.getByRole("heading", { name: "Probleme beim Lesen: 0" })).toBeInTheDocument();
  expect(screen.getByRole("tab", { name: /1\. Kunden.*erledigt/ })).toBeInTheDocument();
});

test("choosing sheets: without the account sheet no accounts are read", async () => {
  const user = userEvent.setup();
  renderPane(await openSample());
  await accountsRead();
  await user.click(screen.getByRole("checkbox", { name: /Kundenportfolio/ }));
  expect(await screen.findByText(/Keine Kunden gefunden/)).toBeInTheDocument();
  await user.click(screen.getByRole("checkbox", { name: /Kundenportfolio/ }));
  expect(await accountsRead()).toHaveTextContent("Eingelesene Kunden: 5");
});

test("a chosen sheet without an account table is reported", async () => {
  const user = userEvent.setup();
  renderPane(await openSample());
  await accountsRead();
  await user.click(screen.getByRole("checkbox", { name: /Marketing/ }));
  expect(
    await screen.findByText(/Auf dem Blatt „Marketing“ wurde keine Kundentabelle gefunden/),
  ).toBeInTheDocument();
  expect(screen.getByRole("tab", { name: /1\. Kunden.*1 Fehler/ })).toBeInTheDocument();
});

test("every reading problem is listed; selecting one selects its cell in the workbook", async () => {
  const user = userEvent.setup();
  const recorded = recording(await workbookWithAnUnreadableCell());
  renderPane(recorded.port);
  await accountsRead();
  expect(screen.getByRole("heading", { name: "Probleme beim Lesen: 1" })).toBeInTheDocument();
  expect(screen.getByText(/„viel“ ist als Umsatz nicht lesbar/)).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Stelle anzeigen: Kunden!C3" }));
  expect(recorded.activated).toEqual([{ sheet: "Kunden", address: "C3" }]);
});

test("error propagates: a port that cannot read shows the error, not an empty pane", async () => {
  const recorded = recording(await openSample(), { listSheets: new Error("Excel is busy") });
  renderPane(recorded.port);
  expect(
    await screen.findByText(/Die Arbeitsmappe konnte nicht gelesen werden: Excel is busy/),
  ).toBeInTheDocument();
});

test("error propagates: selecting a cell that the host cannot select says so", async () => {
  const user = userEvent.setup();
  const recorded = recording(await workbookWithAnUnreadableCell(), {
    activate: new Error("sheet is hidden"),
  });
  renderPane(recorded.port);
  await accountsRead();
  await user.click(screen.getByRole("button", { name: "Stelle anzeigen: Kunden!C3" }));
  expect(
    await screen.findByText(/Die Zelle konnte nicht ausgewählt werden: sheet is hidden/),
  ).toBeInTheDocument();
});

test("English: the language follows the host's display language", async () => {
  renderPane(await openSample("sample-profiles-en.xlsx"), { language: "en" });
  expect(await accountsRead()).toHaveTextContent("Accounts read: 2");
  expect(screen.getByRole("checkbox", { name: /US-7 – profile, accounts: 1/ })).toBeChecked();
});
