// "How KAM Planner read your sheets" in the Accounts step, by role, over the xlsx host opened on the
// hand-built corpora: each field's column, unit, samples and reason; changing a column or unit and
// excluding a row changes what is read at once and is stored in the workbook — where `kam read`
// finds it (the round trip pane → workbook → kam).
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, type CliIo } from "../../src/cli/main";
import { openXlsx, type XlsxWorkbook } from "../../src/hosts/xlsx";
import { industrie, itServices } from "../corpora/workbooks";
import { accountsRead, recording, renderPane } from "./support";

jest.setTimeout(90_000);

async function open(corpus: typeof industrie): Promise<XlsxWorkbook> {
  return openXlsx(new Uint8Array(await corpus().workbook.xlsx.writeBuffer()));
}

/**
 * The workbook's bytes. jsdom brings its own Uint8Array, so exceljs' Node Buffer is no instance of
 * the global one while saving; the host's check sees Node's own class for the call.
 */
async function saveInNodesRealm(port: XlsxWorkbook): Promise<Uint8Array> {
  const jsdomUint8Array = globalThis.Uint8Array;
  globalThis.Uint8Array = Object.getPrototypeOf(Buffer.prototype).constructor as Uint8ArrayConstructor;
  try {
    return await port.save();
  } finally {
    globalThis.Uint8Array = jsdomUint8Array;
  }
}

/** `kam read --json` in-process on the workbook as the pane left it. */
async function kamRead(port: XlsxWorkbook): Promise<{
  accounts: { id: string; revenue: number | null }[];
  mapping: {
    sheet: string;
    fields: Record<string, { column: string; reason: string; scale: number | null }>;
  }[];
}> {
  const dir = mkdtempSync(join(tmpdir(), "kam-mapping-"));
  try {
    const file = join(dir, "book.xlsx");
    writeFileSync(file, await saveInNodesRealm(port));
    const out: string[] = [];
    const io: CliIo = {
      stdout: (text) => out.push(text),
      stderr: (text) => out.push(text),
      envLanguage: "en",
      today: () => "2026-12-01",
    };
    expect(await main(["read", file, "--json"], io)).toBe(0);
    return JSON.parse(out.join("")) as Awaited<ReturnType<typeof kamRead>>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fields = () => screen.getByRole("list", { name: "Felder von Key Accounts 2026" });
const revenueColumn = () => within(fields()).getByRole("combobox", { name: "Spalte für Umsatz" });
const revenueUnit = () => within(fields()).getByRole("combobox", { name: "Einheit von Umsatz" });
const revenueItem = () => revenueColumn().closest("li") as HTMLElement;

test("happy path: every field with its column, unit, first values and why", async () => {
  renderPane(await open(industrie));
  await accountsRead();
  expect(
    screen.getByRole("heading", { name: "So hat KAM Planner Ihre Blätter gelesen" }),
  ).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Key Accounts 2026 – Liste, Kopfzeilen 4–5" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  expect(revenueColumn()).toHaveValue("G");
  expect(revenueUnit()).toHaveValue("x1000");
  expect(revenueItem()).toHaveTextContent("G7: 3870 → 3.870.000 €");
  expect(revenueItem()).toHaveTextContent("Warum: neuestes Jahr (neueste von 2 Spalten)");
  const margin = within(fields()).getByRole("combobox", { name: "Spalte für Bruttomarge" });
  expect(margin).toHaveValue("J");
  expect(margin.closest("li")).toHaveTextContent("Prozentspalte statt absoluter Beträge");
  expect(within(fields()).getByRole("combobox", { name: "Spalte für KAM" })).toHaveValue("D");
  // A field the sheet does not hold: offered, not read.
  expect(within(fields()).getByRole("combobox", { name: "Spalte für Region" })).toHaveValue("");
  expect(screen.getByRole("group", { name: "Als Kunden gelesene Zeilen: 8 von 8" })).toBeInTheDocument();
  expect(
    screen.getByText(/Nicht als Kunden gelesen: Zeile 6 \(Überschrift: Gebiet Nord\)/),
  ).toBeInTheDocument();
});

test("round trip: a column changed in the pane is read at once, stored, and read so by kam", async () => {
  const user = userEvent.setup();
  const port = await open(industrie);
  const recorded = recording(port);
  renderPane(recorded.port);
  await accountsRead();
  await user.selectOptions(revenueColumn(), "F");
  expect(revenueColumn()).toHaveValue("F");
  expect(revenueItem()).toHaveTextContent("F7: 3420 → 3.420.000 €");
  expect(revenueItem()).toHaveTextContent("Warum: Ihre Wahl, in der Arbeitsmappe gespeichert");
  expect(await screen.findByText(/In der Arbeitsmappe gespeichert/)).toBeInTheDocument();
  expect(recorded.written).toEqual(["KAM-Planner"]);

  const read = await kamRead(port);
  expect(read.mapping[0]?.fields.revenue).toMatchObject({ column: "F", reason: "chosen", scale: 1000 });
  expect(read.accounts.find((a) => a.id === "10482")?.revenue).toBe(3_420_000);
  // The settings sheet is the add-in's own: never offered or read as an account sheet.
  expect(read.mapping.map((m) => m.sheet)).toEqual(["Key Accounts 2026"]);
});

test("a unit changed in the pane scales the values read", async () => {
  const user = userEvent.setup();
  renderPane(await open(industrie));
  await accountsRead();
  await user.selectOptions(revenueUnit(), "x1");
  expect(revenueItem()).toHaveTextContent("G7: 3870 → 3.870 €");
  await screen.findByText(/In der Arbeitsmappe gespeichert/);
});

test("excluding a row leaves the account out; undoing the choices brings it back", async () => {
  const user = userEvent.setup();
  renderPane(await open(industrie));
  await accountsRead();
  await user.click(screen.getByRole("checkbox", { name: "Zeile 7: 10482 – Hansewerk Fördertechnik GmbH" }));
  expect(await accountsRead()).toHaveTextContent("Eingelesene Kunden: 7");
  expect(screen.getByRole("group", { name: "Als Kunden gelesene Zeilen: 7 von 8" })).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Meine Auswahl für Key Accounts 2026 zurücknehmen" }));
  expect(await accountsRead()).toHaveTextContent("Eingelesene Kunden: 8");
  expect(
    screen.getByRole("checkbox", { name: "Zeile 7: 10482 – Hansewerk Fördertechnik GmbH" }),
  ).toBeChecked();
});

test("error propagates: a choice the workbook cannot store is said, and still applies here", async () => {
  const user = userEvent.setup();
  const recorded = recording(await open(industrie), { writeSheets: new Error("the workbook is read-only") });
  renderPane(recorded.port);
  await accountsRead();
  await user.selectOptions(revenueColumn(), "F");
  expect(
    await screen.findByText(
      /Ihre Wahl konnte nicht in der Arbeitsmappe gespeichert werden: the workbook is read-only/,
    ),
  ).toBeInTheDocument();
  expect(revenueItem()).toHaveTextContent("F7: 3420 → 3.420.000 €");
});

test("English profiles: the cell of each field, from the latest year's column", async () => {
  const user = userEvent.setup();
  renderPane(await open(itServices), { language: "en" });
  await accountsRead();
  const profile = screen.getByRole("button", { name: "Halden Bank – profile" });
  await user.click(profile);
  const list = screen.getByRole("list", { name: "Fields of Halden Bank" });
  const revenue = within(list).getByRole("combobox", { name: "Cell for Revenue" });
  expect(revenue).toHaveValue("C10");
  expect(revenue.closest("li")).toHaveTextContent("C10: 4320 → £4,320,000");
  await user.selectOptions(revenue, "B10");
  expect(revenue.closest("li")).toHaveTextContent("B10: 3850 → £3,850,000");
  expect(await screen.findByText(/Stored in the workbook/)).toBeInTheDocument();
});
