// Realistic generated portfolios for the benchmarks: accounts, goals with findings, a plan.

import type { Account } from "../src/domain/account";
import { finding, type Finding } from "../src/domain/finding";
import type { Goal, Plan } from "../src/domain/plan";
import { goalSheetSpec, NO_EXTRA_COLUMNS } from "../src/workbook/goal-sheet";
import type { SheetSpec } from "../src/sheet/sheet-spec";

const METRICS = [
  "revenue",
  "grossMargin",
  "shareOfWallet",
  "retention",
  "relationship",
  "newBusinessAreas",
] as const;

export function benchAccounts(count: number): Account[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `K-${10000 + i}`,
    name: `Kunde ${i} GmbH`,
    industry: "Maschinenbau",
    region: "Süd",
    revenue: 250000 + ((i * 7919) % 5000000),
    potential: 1000000 + ((i * 104729) % 9000000),
    grossMargin: ((i * 37) % 60) / 100,
    profitability: ((i * 13) % 20) / 100,
    relationship: (i % 5) + 1,
    churnRisk: (["low", "medium", "high"] as const)[i % 3] ?? "low",
    customerSince: "2015-01-01",
    owner: `KAM ${i % 40}`,
    businessAreas: null,
    businessAreaCount: (i % 4) + 1,
    currency: "EUR",
    source: { sheet: "Kunden", row: i + 3 },
  }));
}

/** 0 → "a", 25 → "z", 26 → "ba" …: a number as letters. */
function word(n: number): string {
  let rest = n;
  let out = "";
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return out;
}

export function benchGoals(count: number, accountCount: number): Goal[] {
  return Array.from({ length: count }, (_, i) => {
    const metric = METRICS[i % METRICS.length] ?? "revenue";
    const money = metric === "revenue";
    return {
      id: `G${i + 1}`,
      account: `K-${10000 + (i % accountCount)}`,
      kind: i % 2 === 0 ? "economic" : "strategic",
      metric,
      // A word of its own per goal: numbers alone do not make goals different to the duplicate check.
      statement: `Mit Kunde ${i % accountCount} gemeinsam wachsen und die Partnerschaft vertiefen (Vorhaben ${word(i)})`,
      baseline: money ? 1000000 + i : 0.3,
      target: money ? 1250000 + i : 0.35,
      unit: money ? "EUR" : "%",
      start: "2026-01-01",
      deadline: `20${27 + (i % 3)}-12-31`,
      // Every other goal has an actual, so the progress formulas are part of the layout measured.
      actual: i % 2 === 0 ? null : money ? 1100000 + i : 0.31,
      actualDate: null,
      owner: `KAM ${i % 40}`,
      status: "planned",
    };
  });
}

/** Findings on about 10 % of the goals (error on the target, warning on the statement). */
export function benchFindings(all: readonly Goal[]): Finding[] {
  const out: Finding[] = [];
  all.forEach((g, i) => {
    if (i % 20 === 0) out.push(finding("GOAL_TARGET_ABOVE_POTENTIAL", { type: "goal", id: g.id }, "target"));
    else if (i % 20 === 10)
      out.push(finding("GOAL_SALES_OR_MARKETING_ACTIVITY", { type: "goal", id: g.id }, "statement"));
  });
  return out;
}

export function benchPlan(goalCount: number, accountCount: number): Plan {
  return {
    version: 1,
    language: "de",
    asOf: "2026-12-01",
    vision: "Ein geschätzter und unverzichtbarer Partner für unsere Key Accounts, heute und in Zukunft.",
    mission: "Gemeinsam mit unseren Key Accounts wachsen, indem wir uns tief in ihr Geschäft einbinden.",
    marketing: {
      positioning: "Premium",
      minGrossMargin: 0.2,
      focusSegments: [],
      excludedSegments: ["Tabak"],
    },
    goals: benchGoals(goalCount, accountCount),
  };
}

/** The goal sheet of a generated portfolio, as the Office host would render it. */
export function benchGoalSheetSpec(goalCount: number, accountCount: number): SheetSpec {
  const plan = benchPlan(goalCount, accountCount);
  return goalSheetSpec(
    {
      plan,
      accounts: benchAccounts(accountCount),
      findings: benchFindings(plan.goals),
      language: "de",
      sheetName: "KAM-Ziele",
      extraColumns: NO_EXTRA_COLUMNS,
    },
    (f) => `${f.code} (${f.field ?? ""})`,
  );
}
