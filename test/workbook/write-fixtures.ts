// Shared data and helpers of the write-back tests: accounts, a plan, findings built by hand (the
// layout must not depend on what the rules decide), and lookups into a SheetSpec.

import { emptyAccount, type Account } from "../../src/domain/account";
import { finding, type Finding } from "../../src/domain/finding";
import type { Goal, Plan } from "../../src/domain/plan";
import { parseCell, parseRange } from "../../src/sheet/a1";
import type { CellStyle, SheetSpec, SpecValue } from "../../src/sheet/sheet-spec";

export const AS_OF = "2026-12-01";

export function account(overrides: Partial<Account> & { id: string | null }): Account {
  return { ...emptyAccount("Kunden", 4), ...overrides };
}

export const ACCOUNTS: readonly Account[] = [
  account({
    id: "D-01",
    name: "Kessler Verpackungen GmbH",
    industry: "Verpackung",
    revenue: 1_850_000,
    potential: 5_200_000,
    grossMargin: 0.29,
    relationship: 4,
    churnRisk: "low",
    owner: "Anna Berg",
    businessAreaCount: 2,
    currency: "EUR",
    source: { sheet: "Kunden", row: 4 },
  }),
  account({
    id: "D-02",
    name: "Lindner Bau AG",
    industry: "Bau",
    revenue: 2_400_000,
    potential: 2_900_000,
    grossMargin: 0.195,
    relationship: 2,
    churnRisk: "high",
    owner: "Tom Krause",
    businessAreaCount: 1,
    currency: "EUR",
    source: { sheet: "Kunden", row: 5 },
  }),
  account({
    id: "D-03",
    name: "Ostsee Fisch eG",
    revenue: 760_000,
    potential: 3_200_000,
    owner: "Anna Berg",
    currency: "EUR",
    source: { sheet: "Kunden", row: 6 },
  }),
];

export function goal(overrides: Partial<Goal> & { id: string }): Goal {
  return {
    account: "D-01",
    kind: "economic",
    metric: "revenue",
    statement: "Umsatz mit Kessler durch Etikettenservice ausbauen",
    baseline: 1_850_000,
    target: 2_300_000,
    unit: "EUR",
    start: null,
    deadline: "2027-12-31",
    actual: null,
    actualDate: null,
    owner: "Anna Berg",
    status: null,
    ...overrides,
  };
}

export const PLAN: Plan = {
  version: 1,
  language: "de",
  asOf: AS_OF,
  vision:
    "Wir werden für unsere Key Accounts ein geschätzter und unverzichtbarer Partner sein, heute und auch noch in ferner Zukunft.",
  mission:
    "Um dies zu erreichen, wachsen wir zusammen mit unseren Key Accounts und verankern uns so tief wie möglich in ihren Geschäften.",
  marketing: {
    positioning: "Qualitätsführer (Premium)",
    minGrossMargin: 0.22,
    focusSegments: ["Medizintechnik", "Lebensmittel"],
    excludedSegments: ["Tabak", "Rüstung"],
  },
  goals: [
    goal({ id: "G1" }),
    goal({
      id: "G2",
      account: "D-02",
      kind: "strategic",
      metric: "retention",
      statement: "Lindner langfristig binden: Rahmenvertrag bis 2029 verlängern",
      baseline: null,
      target: 1,
      unit: "%",
      deadline: "2027-06-30",
      owner: "Tom Krause",
      status: "inProgress",
    }),
    goal({
      id: "G3",
      account: "D-02",
      kind: "economic",
      metric: "grossMargin",
      statement: "Marge bei Lindner auf 24 % heben",
      baseline: 0.195,
      target: 0.24,
      unit: "%",
      deadline: "2028-12-31",
      owner: "Tom Krause",
    }),
  ],
};

export const describeFinding = (f: Finding): string => `${f.code}${f.field ? ` (${f.field})` : ""}`;

export const goalFinding = (code: Parameters<typeof finding>[0], id: string, field: string | null): Finding =>
  finding(code, { type: "goal", id }, field);

/** The value at an A1 address. */
export function valueAt(spec: SheetSpec, address: string): SpecValue {
  const cell = parseCell(address);
  if (!cell) throw new Error(`bad address ${address}`);
  return spec.values[cell.row - 1]?.[cell.column - 1] ?? { kind: "empty" };
}

export function textAt(spec: SheetSpec, address: string): string | null {
  const value = valueAt(spec, address);
  return value.kind === "text" ? value.text : null;
}

/** The style a cell ends up with: every styled range over it, in order. */
export function styleAt(spec: SheetSpec, address: string): CellStyle {
  const cell = parseCell(address);
  if (!cell) throw new Error(`bad address ${address}`);
  let style: CellStyle = {};
  for (const s of spec.styles) {
    const area = parseRange(s.range);
    if (
      area &&
      cell.row >= area.top &&
      cell.row <= area.bottom &&
      cell.column >= area.left &&
      cell.column <= area.right
    ) {
      style = { ...style, ...s.style };
    }
  }
  return style;
}

export const OWASP_INJECTIONS: readonly string[] = [
  '=HYPERLINK("http://x","y")',
  "=cmd|' /C calc'!A0",
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "=1+1",
  "\t=1+1",
  "\r=1+1",
  "-x",
];
