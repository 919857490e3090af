// Findings that between them cover every code and message variant: the rule fixtures run through
// checkPlan/checkAccounts, and the reader's codes built with exactly the params the reader emits.

import { finding, type Finding, type FindingCode } from "../../src/domain/finding";
import type { Plan } from "../../src/domain/plan";
import { checkAccounts, checkPlan } from "../../src/domain/rules";
import {
  AS_OF,
  KESSLER,
  LINDNER,
  SAMPLE_ACCOUNTS,
  SUMMIT,
  US_ACCOUNTS,
  account,
  enGoal,
  enPlan,
  goal,
  plan,
} from "../domain/fixtures";

export const READER_CODES: readonly FindingCode[] = [
  "CELL_UNREADABLE",
  "CELL_AMBIGUOUS",
  "SHEET_NO_ACCOUNT_TABLE",
  "SHEET_FIELD_MISSING",
  "SHEET_MAPPING_UNREADABLE",
  "ROWS_HIDDEN_SKIPPED",
  "ROWS_NOT_ACCOUNTS",
  "ROWS_GROUP_MEMBERS",
];

/** Plans that between them trigger every code (and every message variant) the rules emit. */
export function ruleFindings(): Finding[] {
  const tobacco = account({
    id: "T-1",
    name: "Tabak Nord GmbH",
    industry: "Tabak",
    revenue: 100_000,
    potential: 900_000,
  });
  const weak = account({ id: "W-1", name: "Weak GmbH", relationship: 1, churnRisk: "low" });
  const accounts = [...SAMPLE_ACCOUNTS, tobacco, weak];
  const copy = (id: string, acc: string, name: string) =>
    goal({
      id,
      account: acc,
      kind: "strategic",
      metric: "relationship",
      target: 5,
      statement: `Beziehung zu ${name} auf 5 heben`,
    });
  const goals = [
    goal({ id: "G1", account: "D-99" }),
    goal({ id: "G2", account: "" }),
    goal({ id: "G3", kind: "strategic", statement: " ", target: null, deadline: null }),
    goal({ id: "G4", deadline: "31.12.2027" }),
    goal({ id: "G4a", kind: "" as "economic" }),
    goal({ id: "G4b", kind: "wirtschaftlich" as "economic" }),
    goal({ id: "G5", deadline: "2020-01-01" }),
    goal({ id: "G6", deadline: "2040-01-01", target: 2_000_000 }),
    goal({ id: "G7", target: -5 }),
    goal({ id: "G8", metric: "grossMargin", target: 30 }),
    goal({ id: "G9", metric: "grossMargin", target: 1.5e3 }),
    goal({ id: "G10", kind: "strategic", metric: "newBusinessAreas", target: 2.5 }),
    goal({ id: "G11", target: 1_000_000 }),
    goal({ id: "G12", baseline: 2_000_000, target: 1_900_000 }),
    goal({ id: "G13", target: 6_000_000 }),
    goal({ id: "G14", metric: "grossMargin", target: 0.2 }),
    goal({ id: "G15", statement: "Kessler mit 10 % Rabatt in der Tabakbranche halten" }),
    goal({ id: "G16", account: "T-1", statement: "Umsatz mit Tabak Nord verdoppeln", target: 150_000 }),
    goal({ id: "G17", statement: "Newsletter-Kampagne und 50 Leads pro Quartal" }),
    goal({ id: "G17", target: 2_000_000 }),
    copy("G18", "D-01", "Kessler"),
    copy("G19", "D-03", "Ostsee Fisch"),
    copy("G20", "T-1", "Tabak Nord"),
    // Off track: 2 % of the way covered, 46 % of the time gone; and a deadline passed without the target.
    goal({
      id: "G21",
      baseline: 1_850_000,
      start: "2026-01-01",
      actual: 1_860_000,
      actualDate: "2026-11-30",
    }),
    goal({
      id: "G22",
      baseline: 1_850_000,
      start: "2024-01-01",
      deadline: "2026-06-30",
      actual: 1_900_000,
      actualDate: "2026-11-30",
    }),
    // An owner over Excel's cell limit.
    goal({ id: "G23", owner: "A".repeat(32_768) }),
  ];
  const p: Plan = plan({
    vision: "50 Mio. € Umsatz",
    mission: "Unsere Mission ist die Mission für 50 Mio. € Umsatz.",
    goals,
  });
  const longVision = Array.from({ length: 70 }, () => "Partner").join(" ");
  const wordingGoals = [
    goal({ id: "W1", kind: "strategic", metric: "retention", target: 2_000_000, unit: "EUR" }),
    goal({ id: "W2", kind: "strategic", metric: "relationship", target: 250_000, unit: "EUR" }),
    goal({ id: "W3", kind: "strategic", metric: "other", target: 500_000, unit: "EUR" }),
    goal({
      id: "W4",
      kind: "strategic",
      metric: "other",
      target: 0.3,
      unit: "%",
      statement: "Deckungsbeitrag bei Kessler auf 30 % verbessern",
    }),
  ];
  const ids = ["D-01", "D-02", "D-03", "D-04", "D-05", "T-1", "W-1"];
  const copies = (prefix: string, text: (i: number) => string, count: number) =>
    ids.slice(0, count).map((acc, i) =>
      goal({
        id: `${prefix}${i}`,
        account: acc,
        kind: "strategic",
        metric: "relationship",
        target: 5,
        statement: text(i),
      }),
    );
  const duplicates = [
    ...copies("C", () => "Beziehung durch Quartalsgespräche mit der Geschäftsführung auf 5 heben", 6),
    ...copies(
      "N",
      (i) =>
        `Rahmenvertrag verlängern, Werksbegehungen mit Instandhaltung und Einkauf planen${i === 0 ? " und auswerten" : ""}`,
      3,
    ),
    ...copies(
      "M",
      (i) =>
        `Jahresplanung mit Technik, Einkauf und Qualität gemeinsam erstellen und abstimmen${i === 0 ? " lassen" : ""}`,
      6,
    ),
  ];
  const lindnerOnly = plan({ goals: [goal({ account: "D-02", target: 2_600_000 })] });
  const churnOnly = plan({ goals: [goal({ account: "D-02", target: 2_600_000 })] });
  return [
    ...checkPlan(p, accounts, { asOf: AS_OF }),
    ...checkPlan(plan({ vision: "", mission: "" }), accounts, { asOf: AS_OF }),
    ...checkPlan(
      plan({
        vision: "Wir werden Marktführer in Europa und die Nummer eins für Industriearmaturen.",
        mission: "Wöchentliche Forecast-Runde, monatliches Pipeline-Review und Besuchsberichte im CRM.",
        goals: wordingGoals,
      }),
      accounts,
      { asOf: AS_OF },
    ),
    ...checkPlan(plan({ goals: duplicates }), accounts, { asOf: AS_OF }),
    ...checkPlan(plan({ vision: longVision }), accounts, { asOf: AS_OF }),
    ...checkPlan(lindnerOnly, [LINDNER, weak], { asOf: AS_OF }),
    ...checkPlan(churnOnly, [{ ...LINDNER, relationship: 4 }], { asOf: AS_OF }),
    ...checkPlan(enPlan({ goals: [enGoal({ target: 2_000_000 })] }), US_ACCOUNTS, { asOf: AS_OF }),
    ...checkAccounts([
      KESSLER,
      account({ id: "d-01", source: { sheet: "Nord", row: 3 } }),
      account({ id: "Z", name: "Summit Outdoor", source: { sheet: "Nord", row: 4 } }),
      SUMMIT,
      account({
        id: "X",
        name: "Probe AG",
        revenue: 3,
        potential: 2,
        grossMargin: 29,
        relationship: 9,
        businessAreaCount: -1,
      }),
      account({ id: "Y", name: "Minus AG", revenue: -3 }),
    ]),
  ];
}

export const READER_FINDINGS: Finding[] = [
  finding("CELL_UNREADABLE", { type: "cell", sheet: "Kunden", row: 5, column: "D" }, "revenue", {
    value: "ca. 2 Mio",
    field: { term: "field.revenue" },
    expected: { term: "expect.number" },
  }),
  finding("CELL_AMBIGUOUS", { type: "cell", sheet: "Kunden", row: 6, column: "F" }, "grossMargin", {
    value: "0.29",
    field: { term: "field.grossMargin" },
    read: { percent: 0.0029 },
    alternative: { percent: 0.29 },
  }),
  finding("SHEET_NO_ACCOUNT_TABLE", { type: "cell", sheet: "Notizen", row: 1, column: "A" }, null, {
    sheet: "Notizen",
  }),
  finding("ROWS_HIDDEN_SKIPPED", { type: "cell", sheet: "Kunden", row: 7, column: "A" }, null, {
    sheet: "Kunden",
    rows: { list: ["7", "8"] },
    count: 2,
  }),
  finding("ROWS_NOT_ACCOUNTS", { type: "cell", sheet: "Kunden", row: 6, column: "A" }, null, {
    sheet: "Kunden",
    rows: { list: ["6", "11", "22"] },
    count: 3,
  }),
  finding("ROWS_GROUP_MEMBERS", { type: "cell", sheet: "Konzerne", row: 5, column: "B" }, null, {
    sheet: "Konzerne",
    rows: { list: ["5"] },
    count: 1,
  }),
  ...(["list", "profile", "key"] as const).map((reason) =>
    finding(
      "SHEET_FIELD_MISSING",
      { type: "cell", sheet: "Kunden", row: 4, column: "A" },
      reason === "key" ? "name" : "potential",
      {
        reason,
        sheet: "Kunden",
        field: { term: reason === "key" ? "field.name" : "field.potential" },
        key: reason === "key" ? "name" : "potential",
        example: { term: reason === "key" ? "header.name" : "header.potential" },
      },
    ),
  ),
  finding("SHEET_MAPPING_UNREADABLE", { type: "cell", sheet: "KAM-Planner", row: 2, column: "B" }, null, {
    sheet: "Kunden",
  }),
];
