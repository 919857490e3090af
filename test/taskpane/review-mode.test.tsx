// Review mode for the manager: the portfolio picture with its table, filters by KAM, status and
// quadrant, stepping to the next red account, one card per account with progress, findings and the
// decision from the review sheet; the portfolio in step 5; the actual in the goal form.
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Plan } from "../../src/domain/plan";
import { openXlsx } from "../../src/hosts/xlsx";
import { openWorkbook, writePlan } from "../../src/planner";
import { columnLetter } from "../../src/sheet/a1";
import { reviewColumn } from "../../src/workbook/review-sheet";
import { fromBytes, toBytes } from "../support/xlsx-fixtures";
import { AS_OF, accountsRead, openSample, recording, renderPane, stepTab } from "./support";

jest.setTimeout(90_000);

// jsdom has no layout: scrolling a card into view does nothing.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => undefined;
});

const goal = (overrides: Partial<Plan["goals"][number]> & { id: string; account: string }) => ({
  kind: "economic" as const,
  metric: "revenue" as const,
  statement: "Umsatz gemeinsam ausbauen",
  baseline: 1_000_000,
  target: 2_000_000,
  unit: "EUR",
  start: "2026-01-01",
  deadline: "2027-12-31",
  actual: null,
  actualDate: null,
  owner: null,
  status: null,
  ...overrides,
});

/** Kessler on track, Lindner off track (red), Voss far over its potential (an error: red). */
const PLAN: Plan = {
  version: 1,
  language: "de",
  asOf: AS_OF,
  vision:
    "Wir werden für unsere Key Accounts ein geschätzter und unverzichtbarer Partner sein, heute und auch noch in ferner Zukunft.",
  mission:
    "Um dies zu erreichen, wachsen wir zusammen mit unseren Key Accounts und verankern uns so tief wie möglich in ihren Geschäften.",
  marketing: null,
  goals: [
    goal({ id: "G1", account: "D-01", baseline: 1_700_000, target: 2_300_000, actual: 2_000_000 }),
    goal({ id: "G2", account: "D-02", baseline: 2_400_000, target: 2_800_000, actual: 2_410_000 }),
    goal({ id: "G3", account: "D-04", baseline: 3_100_000, target: 9_000_000 }),
  ],
};

async function reviewMode(port = openSample()) {
  const user = userEvent.setup();
  const recorded = recording(await port);
  renderPane(recorded.port, { importedPlan: { plan: PLAN, name: "plan.json", seq: 1 } });
  await accountsRead();
  await user.click(screen.getByRole("switch", { name: "Management-Review" }));
  await screen.findByRole("heading", { name: "Management-Review", level: 2 });
  // The checks run once typing pauses: wait for the imported plan's findings.
  await screen.findAllByText(/Dasselbe Ziel steht bei 3 Kunden/);
  return { user, recorded };
}

const cards = () => screen.getAllByRole("article");
const cardOf = (name: RegExp) => screen.getByRole("article", { name });

test("review mode replaces the steps; the portfolio is a picture with a table alternative", async () => {
  const { user } = await reviewMode();
  expect(screen.queryByRole("tablist")).not.toBeInTheDocument();
  // Tirol Holz has no revenue: four bubbles, and the caption says who is left out.
  expect(screen.getByRole("img", { name: /^Portfolio-Diagramm mit 4 Kunden/ })).toBeInTheDocument();
  expect(screen.getByText(/Ohne Umsatz nicht im Diagramm: Tirol Holz KG/)).toBeInTheDocument();
  const toggle = screen.getByRole("button", { name: "Als Tabelle anzeigen" });
  expect(toggle).toHaveAttribute("aria-expanded", "false");
  await user.click(toggle);
  expect(screen.getByRole("button", { name: "Tabelle ausblenden" })).toHaveAttribute("aria-expanded", "true");
  const table = screen.getByRole("table", { name: /^Portfolio: Quadrant, Attraktivität/ });
  const rows = within(table).getAllByRole("row");
  expect(rows).toHaveLength(6);
  expect(within(rows[1]!).getByRole("rowheader")).toHaveTextContent("Kessler Verpackungen GmbH");
  // Back to planning: the steps are there again.
  await user.click(screen.getByRole("switch", { name: "Management-Review" }));
  expect(screen.getByRole("tablist")).toBeInTheDocument();
});

test("one card per account with status, progress and findings", async () => {
  await reviewMode();
  expect(cards()).toHaveLength(5);
  const kessler = cardOf(/Kessler Verpackungen GmbH \(D-01\)/);
  expect(within(kessler).getByText("Status: Gelb")).toBeInTheDocument();
  expect(within(kessler).getByText(/Zielerreichung im Mittel 50\s?%/)).toBeInTheDocument();
  expect(within(kessler).getByText("im Plan")).toBeInTheDocument();
  const lindner = cardOf(/Lindner Bau AG \(D-02\)/);
  expect(within(lindner).getByText("Status: Rot")).toBeInTheDocument();
  expect(within(lindner).getByText("nicht im Plan")).toBeInTheDocument();
  expect(within(lindner).getByText(/Das Ziel liegt nicht im Plan/)).toBeInTheDocument();
  const voss = cardOf(/Voss Medical GmbH \(D-04\)/);
  expect(within(voss).getByText(/liegt über dem Umsatzpotenzial/)).toBeInTheDocument();
  expect(within(voss).getByText(/Zielwert 9\.000\.000\s?€, noch kein Ist-Wert/)).toBeInTheDocument();
  // Nothing written yet: decisions have no home until the review sheet exists.
  expect(within(voss).getByText(/Schreiben Sie zuerst den Plan/)).toBeInTheDocument();
});

test("filters by KAM, status and quadrant; the count says how many are shown", async () => {
  const { user } = await reviewMode();
  await user.selectOptions(screen.getByRole("combobox", { name: "KAM" }), "Anna Berg");
  expect(cards().map((c) => within(c).getByRole("heading", { level: 3 }).textContent)).toEqual([
    "Kessler Verpackungen GmbH (D-01)",
    "Ostsee Fisch eG (D-03)",
  ]);
  expect(screen.getByRole("status")).toHaveTextContent("2 von 5 Kunden angezeigt");
  await user.selectOptions(screen.getByRole("combobox", { name: "KAM" }), "Alle");
  await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "Rot");
  expect(cards()).toHaveLength(2);
  await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "Grün");
  expect(screen.queryAllByRole("article")).toHaveLength(0);
  expect(screen.getByRole("status")).toHaveTextContent("Unter den angezeigten Kunden ist keiner rot.");
  expect(screen.getByRole("button", { name: "Nächster roter Kunde" })).toBeDisabled();
  await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "Alle");
  await user.selectOptions(screen.getByRole("combobox", { name: "Quadrant" }), "Strategiekunde");
  expect(cards().length).toBeGreaterThan(0);
  for (const card of cards()) expect(within(card).getByText("Strategiekunde")).toBeInTheDocument();
});

test("next red account: focus steps through the red cards and wraps around", async () => {
  const { user } = await reviewMode();
  const next = screen.getByRole("button", { name: "Nächster roter Kunde" });
  await user.click(next);
  await waitFor(() => {
    expect(cardOf(/Lindner Bau AG/)).toHaveFocus();
  });
  await user.click(next);
  await waitFor(() => {
    expect(cardOf(/Voss Medical GmbH/)).toHaveFocus();
  });
  await user.click(next);
  await waitFor(() => {
    expect(cardOf(/Lindner Bau AG/)).toHaveFocus();
  });
});

test("after writing, the card shows the manager's decision from the review sheet and selects its cell", async () => {
  // The plan written, then management types a decision for Lindner into the review sheet.
  const sample = await openSample();
  await writePlan(sample, await openWorkbook(sample), PLAN, { language: "de", asOf: AS_OF });
  const workbook = await fromBytes(await sample.save());
  const sheet = workbook.getWorksheet("KAM-Review")!;
  const decision = columnLetter(reviewColumn("decision"));
  sheet.getCell(`${decision}6`).value = "Rahmenvertrag nachverhandeln";
  sheet.getCell(`${columnLetter(reviewColumn("reviewedBy"))}6`).value = "M. Vogt";
  const { user, recorded } = await reviewMode(openXlsx(await toBytes(workbook)));
  const lindner = cardOf(/Lindner Bau AG/);
  expect(within(lindner).getByText("Rahmenvertrag nachverhandeln")).toBeInTheDocument();
  expect(within(lindner).getByText("M. Vogt")).toBeInTheDocument();
  const kessler = cardOf(/Kessler Verpackungen GmbH/);
  expect(within(kessler).getByText("Noch keine Entscheidung eingetragen.")).toBeInTheDocument();
  await user.click(within(kessler).getByRole("button", { name: "Entscheidung im Review-Blatt eintragen" }));
  expect(recorded.activated).toEqual([{ sheet: "KAM-Review", address: `${decision}5` }]);
});

test("step 5 shows the portfolio picture above the findings", async () => {
  const user = userEvent.setup();
  renderPane(await openSample(), { importedPlan: { plan: PLAN, name: "plan.json", seq: 1 } });
  await accountsRead();
  await user.click(stepTab(/5\. Prüfen/));
  expect(screen.getByRole("img", { name: /^Portfolio-Diagramm mit 4 Kunden/ })).toBeInTheDocument();
});

test("goal form: the actual taken from the account sheet, with its date and the progress it means", async () => {
  const user = userEvent.setup();
  renderPane(await openSample());
  await accountsRead();
  await user.click(stepTab(/4\. Ziele/));
  await user.selectOptions(screen.getByRole("combobox", { name: "Key-Account" }), "D-01");
  await user.clear(screen.getByRole("textbox", { name: "Ausgangswert" }));
  await user.type(screen.getByRole("textbox", { name: "Ausgangswert" }), "1.500.000");
  await user.type(screen.getByRole("textbox", { name: "Zielwert" }), "2.300.000");
  await user.type(screen.getByLabelText("Termin"), "2027-12-31");
  await user.click(screen.getByRole("button", { name: "Aus dem Kundenblatt übernehmen" }));
  expect(screen.getByRole("textbox", { name: "Ist" })).toHaveValue("1.850.000");
  expect(screen.getByLabelText("Ist-Datum")).toHaveValue(AS_OF);
  // 350,000 of 800,000 on the as-of date, the day the goal starts: well on track.
  expect(
    screen.getByText(/^Fortschritt: 43,8\s?% des Wegs, 0\s?% der Zeit – im Plan\.$/),
  ).toBeInTheDocument();
  await user.clear(screen.getByRole("textbox", { name: "Ist" }));
  await user.type(screen.getByRole("textbox", { name: "Ist" }), "viel");
  expect(screen.getByRole("textbox", { name: "Ist" })).toHaveAccessibleDescription(/keine Zahl/i);
});
