// Step 4: the account picker and profile card, suggestions (accept / edit), the goal form with
// live findings on the field they concern, and the account's goal list.
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { accountsRead, openSample, renderPane, stepTab } from "./support";

// Typing through Fluent UI in jsdom is slow on a busy machine; the default 30 s is too tight.
jest.setTimeout(90_000);

async function openGoals(account = "D-01") {
  const user = userEvent.setup();
  renderPane(await openSample());
  await accountsRead();
  await user.click(stepTab(/4\. Ziele/));
  await user.selectOptions(screen.getByRole("combobox", { name: "Key-Account" }), account);
  return user;
}

/** Long text is pasted (one change, as a user pasting would); figures are typed key by key. */
async function paste(user: ReturnType<typeof userEvent.setup>, element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

function goalList(account: RegExp): HTMLElement {
  return screen.getByRole("region", { name: account });
}

function definition(term: string): string {
  const dt = screen.getByText(term, { selector: "dt" });
  return dt.nextElementSibling?.textContent ?? "";
}

test("the profile card shows the account's figures and its portfolio quadrant", async () => {
  await openGoals("D-01");
  expect(
    screen.getByRole("heading", { name: "Profil von Kessler Verpackungen GmbH (D-01)" }),
  ).toBeInTheDocument();
  // Intl puts a no-break space before € and %.
  expect(definition("Umsatz")).toMatch(/^1\.850\.000\s€$/);
  expect(definition("Potenzial")).toMatch(/^5\.200\.000\s€$/);
  expect(definition("Share of Wallet")).toMatch(/^35,6\s%$/);
  expect(definition("Bruttomarge")).toMatch(/^29\s%$/);
  expect(definition("Beziehung")).toBe("4 von 5");
  expect(definition("Abwanderungsrisiko")).toBe("niedrig");
  expect(definition("Portfolio-Quadrant")).toBe("Strategiekunde");
  expect(definition("Geschäftsbereiche")).toBe("Folien und Etiketten");
});

test("accepting a suggestion adds a goal to the account's list, with one click", async () => {
  const user = await openGoals("D-01");
  const suggestions = screen.getByRole("region", { name: "Vorgeschlagene Ziele" });
  const accept = within(suggestions).getAllByRole("button", { name: /^Vorschlag übernehmen: / });
  expect(accept.length).toBeGreaterThan(0);
  // Each suggestion cites the figures it rests on.
  expect(within(suggestions).getByText(/Share of Wallet nur 35,6 %/)).toBeInTheDocument();
  const label = accept[0]!.getAttribute("aria-label")!;
  const statement = label.replace("Vorschlag übernehmen: ", "").replace(/\s+/g, " ");
  await user.click(accept[0]!);
  expect(screen.getByText("Ziel G1 hinzugefügt.")).toBeInTheDocument();
  const list = goalList(/Ziele für Kessler Verpackungen GmbH \(D-01\): 1/);
  expect(within(list).getByText(statement)).toBeInTheDocument();
  expect(within(list).getByText("G1")).toBeInTheDocument();
  // An accepted suggestion is not offered again.
  expect(within(suggestions).queryByRole("button", { name: label })).not.toBeInTheDocument();
});

test("accept all takes every suggestion; edit opens one in the form first", async () => {
  const user = await openGoals("D-02");
  const suggestions = screen.getByRole("region", { name: "Vorgeschlagene Ziele" });
  const count = within(suggestions).getAllByRole("button", { name: /^Vorschlag übernehmen: / }).length;
  const [edit] = within(suggestions).getAllByRole("button", {
    name: /^Vorschlag vor dem Übernehmen bearbeiten: /,
  });
  await user.click(edit!);
  const statement = screen.getByRole("textbox", { name: /^Ziel\b/ });
  expect(statement).toHaveFocus();
  expect((statement as HTMLTextAreaElement).value).not.toBe("");
  await user.click(screen.getByRole("button", { name: "Ziel hinzufügen" }));
  expect(await screen.findByText("Ziel G1 hinzugefügt.")).toBeInTheDocument();
  if (count > 2) {
    await user.click(within(suggestions).getByRole("button", { name: "Alle Vorschläge übernehmen" }));
  } else {
    await user.click(within(suggestions).getByRole("button", { name: /^Vorschlag übernehmen: / }));
  }
  expect(goalList(new RegExp(`Ziele für Lindner Bau AG \\(D-02\\): ${count}`))).toBeInTheDocument();
  expect(within(suggestions).getByText("Keine weiteren Vorschläge für diesen Kunden.")).toBeInTheDocument();
});

test("a target above the account's potential is flagged on the target field", async () => {
  const user = await openGoals("D-01");
  const target = screen.getByRole("textbox", { name: "Zielwert" });
  // The baseline is pre-filled from the profile.
  expect(screen.getByRole("textbox", { name: "Ausgangswert" })).toHaveValue("1.850.000");
  await paste(user, screen.getByRole("textbox", { name: /^Ziel\b/ }), "Umsatz mit Kessler ausbauen");
  await user.type(target, "9 Mio. €");
  await waitFor(() => {
    expect(target).toHaveAccessibleDescription(
      /Der Zielumsatz 9\.000\.000\s€ liegt über dem Umsatzpotenzial von 5\.200\.000\s€/,
    );
  });
  expect(target).toHaveAttribute("aria-invalid", "true");
  // The statement is fine: no message there.
  expect(screen.getByRole("textbox", { name: /^Ziel\b/ })).not.toHaveAttribute("aria-invalid", "true");
});

test("wrong type: a target that is not a number says so on the target field", async () => {
  const user = await openGoals("D-01");
  const target = screen.getByRole("textbox", { name: "Zielwert" });
  await user.type(target, "viel mehr");
  expect(target).toHaveAccessibleDescription(
    /Keine Zahl: geben Sie z\. B\. 2\.300\.000 € oder 2,3 Mio\. € ein\./,
  );
  expect(target).toHaveAttribute("aria-invalid", "true");
});

test("money as people type it: '2,3 Mio. €' is 2.300.000 €", async () => {
  const user = await openGoals("D-01");
  await paste(
    user,
    screen.getByRole("textbox", { name: /^Ziel\b/ }),
    "Umsatz mit Kessler durch Etikettenservice ausbauen",
  );
  await user.type(screen.getByRole("textbox", { name: "Zielwert" }), "2,3 Mio. €");
  await user.type(screen.getByLabelText("Termin"), "2027-12-31");
  await user.click(screen.getByRole("button", { name: "Ziel hinzufügen" }));
  const list = goalList(/Ziele für Kessler Verpackungen GmbH \(D-01\): 1/);
  expect(within(list).getByText("Umsatz: 1.850.000 € → 2.300.000 € bis 31.12.2027")).toBeInTheDocument();
  expect(within(list).getByText("keine Befunde")).toBeInTheDocument();
});

test.each([
  ["31 %", "31 %"],
  ["31", "31 %"],
  ["31,5", "31,5 %"],
])("percent: '%s' for a margin goal is stored as a fraction and shown as %s", async (typed, shown) => {
  const user = await openGoals("D-01");
  await user.selectOptions(screen.getByRole("combobox", { name: "Kennzahl" }), "grossMargin");
  expect(screen.getByRole("textbox", { name: "Ausgangswert" })).toHaveValue("29 %");
  await paste(
    user,
    screen.getByRole("textbox", { name: /^Ziel\b/ }),
    "Bruttomarge bei Kessler durch Servicepakete verbessern",
  );
  await user.type(screen.getByRole("textbox", { name: "Zielwert" }), typed);
  await user.type(screen.getByLabelText("Termin"), "2027-12-31");
  await user.click(screen.getByRole("button", { name: "Ziel hinzufügen" }));
  const list = goalList(/Ziele für Kessler Verpackungen GmbH \(D-01\): 1/);
  expect(within(list).getByText(`Bruttomarge: 29 % → ${shown} bis 31.12.2027`)).toBeInTheDocument();
});

test("a margin below marketing's minimum is flagged on the target field", async () => {
  const user = await openGoals("D-02");
  await user.selectOptions(screen.getByRole("combobox", { name: "Kennzahl" }), "grossMargin");
  const target = screen.getByRole("textbox", { name: "Zielwert" });
  await user.type(target, "20");
  await waitFor(() => {
    expect(target).toHaveAccessibleDescription(/unter der Mindestbruttomarge von 22\s%/);
  });
});

test("the kind decides the metrics offered; edit and delete a goal in the list", async () => {
  const user = await openGoals("D-01");
  await user.click(screen.getByRole("radio", { name: "Strategisch" }));
  const metric = screen.getByRole("combobox", { name: "Kennzahl" });
  const options = within(metric)
    .getAllByRole("option")
    .map((o) => o.textContent);
  expect(options).toEqual(["Kundenbindung", "Beziehungsstärke", "Neue Geschäftsbereiche", "Sonstiges"]);
  await user.selectOptions(metric, "newBusinessAreas");
  expect(screen.getByRole("textbox", { name: "Ausgangswert" })).toHaveValue("2");
  await paste(
    user,
    screen.getByRole("textbox", { name: /^Ziel\b/ }),
    "Bei Kessler den Bereich Verpackungsdesign erschließen",
  );
  await user.type(screen.getByRole("textbox", { name: "Zielwert" }), "3");
  await user.type(screen.getByLabelText("Termin"), "2028-06-30");
  await user.click(screen.getByRole("button", { name: "Ziel hinzufügen" }));

  await user.click(screen.getByRole("button", { name: "Ziel G1 bearbeiten" }));
  expect(screen.getByRole("heading", { name: "Ziel G1 bearbeiten" })).toBeInTheDocument();
  const target = screen.getByRole("textbox", { name: "Zielwert" });
  await user.clear(target);
  await user.type(target, "4");
  await user.click(screen.getByRole("button", { name: "Ziel speichern" }));
  expect(screen.getByText("Ziel G1 gespeichert.")).toBeInTheDocument();
  expect(screen.getByText("Neue Geschäftsbereiche: 2 → 4 bis 30.06.2028")).toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Ziel G1 löschen" }));
  expect(screen.getByText("Ziel G1 gelöscht.")).toBeInTheDocument();
  expect(goalList(/Ziele für Kessler Verpackungen GmbH \(D-01\): 0/)).toHaveTextContent(
    "Für diesen Kunden gibt es noch keine Ziele.",
  );
});

test("a goal needs a statement before it is added", async () => {
  const user = await openGoals("D-01");
  await user.click(screen.getByRole("button", { name: "Ziel hinzufügen" }));
  const statement = screen.getByRole("textbox", { name: /^Ziel\b/ });
  expect(statement).toHaveFocus();
  await waitFor(() => {
    expect(statement).toHaveAccessibleDescription(/Das Ziel hat keinen Text/);
  });
  expect(goalList(/Ziele für Kessler Verpackungen GmbH \(D-01\): 0/)).toBeInTheDocument();
});
