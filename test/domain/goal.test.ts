import type { Account } from "../../src/domain/account";
import type { Finding, FindingCode } from "../../src/domain/finding";
import type { Goal, Plan } from "../../src/domain/plan";
import { checkPlan } from "../../src/domain/rules";
import {
  AS_OF,
  KESSLER,
  MARKETING,
  SAMPLE_ACCOUNTS,
  SUMMIT,
  US_ACCOUNTS,
  US_MARKETING,
  account,
  enGoal,
  enPlan,
  goal,
  plan,
} from "./fixtures";

type Case = {
  lang: "de" | "en";
  name: string;
  goal: Partial<Goal>;
  marketing?: Plan["marketing"];
  accounts?: readonly Account[];
};

/** Findings of one goal in a German (Kessler) or English (Summit) plan. */
function goalFindings(c: Case): Finding[] {
  const g = c.lang === "de" ? goal(c.goal) : enGoal(c.goal);
  const base = c.lang === "de" ? plan({ goals: [g] }) : enPlan({ goals: [g] });
  const p = c.marketing === undefined ? base : { ...base, marketing: c.marketing };
  const accounts = c.accounts ?? (c.lang === "de" ? SAMPLE_ACCOUNTS : US_ACCOUNTS);
  return checkPlan(p, accounts, { asOf: AS_OF }).filter((f) => f.subject.type === "goal");
}

function table(code: FindingCode, field: string, fire: Case[], miss: Case[]) {
  describe(code, () => {
    it.each(fire)("fires: $lang – $name", (c) => {
      const hits = goalFindings(c).filter((f) => f.code === code);
      expect(hits).toHaveLength(1);
      expect(hits[0]?.field).toBe(field);
      expect(hits[0]?.subject).toEqual({ type: "goal", id: "G1" });
    });
    it.each(miss)("near miss: $lang – $name", (c) => {
      expect(goalFindings(c).map((f) => f.code)).not.toContain(code);
    });
  });
}

const VALUE: Plan["marketing"] = {
  positioning: "Kostenführer",
  minGrossMargin: null,
  focusSegments: [],
  excludedSegments: [],
};
const EN_VALUE: Plan["marketing"] = {
  positioning: "Cost leader: best value for money",
  minGrossMargin: null,
  focusSegments: [],
  excludedSegments: [],
};
const TOBACCO_DE = account({
  id: "D-09",
  name: "Hanseatische Tabakwaren AG",
  industry: "Tabak",
  revenue: 500_000,
  potential: 900_000,
});
const TOBACCO_EN = account({
  id: "US-9",
  name: "Carolina Leaf Co.",
  industry: "Tobacco products",
  revenue: 500_000,
  potential: 900_000,
});
const MESSE = account({
  id: "D-10",
  name: "Messe Frankfurt GmbH",
  industry: "Veranstaltungen",
  revenue: 1_000_000,
  potential: 2_000_000,
});

table(
  "GOAL_ACCOUNT_UNKNOWN",
  "account",
  [
    { lang: "de", name: "unknown id", goal: { account: "D-99" } },
    { lang: "de", name: "empty", goal: { account: "  " } },
    { lang: "en", name: "unknown name", goal: { account: "Summit Outdoors" } },
  ],
  [
    { lang: "de", name: "name, other case", goal: { account: "kessler verpackungen gmbh" } },
    { lang: "en", name: "id with spaces", goal: { account: " US-7 " } },
  ],
);

table(
  "GOAL_KIND_MISMATCH",
  "kind",
  [
    { lang: "de", name: "revenue as strategic", goal: { kind: "strategic" } },
    {
      lang: "en",
      name: "retention as economic",
      goal: { kind: "economic", metric: "retention", target: 1, unit: "%" },
    },
  ],
  [
    {
      lang: "de",
      name: "other fits either kind",
      goal: {
        kind: "strategic",
        metric: "other",
        target: 4,
        unit: "count",
        statement: "Vier gemeinsame Entwicklungsprojekte mit Kessler starten",
      },
    },
    {
      lang: "en",
      name: "relationship as strategic",
      goal: { kind: "strategic", metric: "relationship", target: 4 },
    },
  ],
);

table(
  "GOAL_NO_STATEMENT",
  "statement",
  [
    { lang: "de", name: "empty", goal: { statement: "" } },
    { lang: "en", name: "whitespace", goal: { statement: " \t " } },
  ],
  [
    { lang: "de", name: "short text", goal: { statement: "Umsatz ausbauen" } },
    { lang: "en", name: "short text", goal: { statement: "Grow revenue" } },
  ],
);

table(
  "GOAL_NO_TARGET",
  "target",
  [
    { lang: "de", name: "null", goal: { target: null } },
    { lang: "en", name: "NaN", goal: { target: Number.NaN } },
  ],
  [
    { lang: "de", name: "zero is a number", goal: { metric: "other", target: 0 } },
    { lang: "en", name: "a number", goal: { target: 1_400_000 } },
  ],
);

table(
  "GOAL_NO_DEADLINE",
  "deadline",
  [
    { lang: "de", name: "null", goal: { deadline: null } },
    { lang: "de", name: "German notation is not ISO", goal: { deadline: "31.12.2027" } },
    { lang: "en", name: "impossible date", goal: { deadline: "2027-02-30" } },
  ],
  [
    { lang: "de", name: "ISO date", goal: { deadline: "2027-12-31" } },
    { lang: "en", name: "leap day", goal: { deadline: "2028-02-29" } },
  ],
);

table(
  "GOAL_DEADLINE_PAST",
  "deadline",
  [
    { lang: "de", name: "day before as-of", goal: { deadline: "2026-11-30" } },
    { lang: "en", name: "last year", goal: { deadline: "2025-12-31" } },
  ],
  [
    { lang: "de", name: "on the as-of date", goal: { deadline: AS_OF } },
    { lang: "en", name: "next year", goal: { deadline: "2027-06-30" } },
  ],
);

table(
  "GOAL_DEADLINE_FAR",
  "deadline",
  [
    { lang: "de", name: "a day beyond five years", goal: { deadline: "2031-12-02", target: 2_000_000 } },
    { lang: "en", name: "2035", goal: { deadline: "2035-12-31" } },
  ],
  [
    { lang: "de", name: "exactly five years", goal: { deadline: "2031-12-01", target: 2_000_000 } },
    { lang: "en", name: "three years", goal: { deadline: "2029-12-31" } },
  ],
);

table(
  "GOAL_VALUE_OUT_OF_RANGE",
  "target",
  [
    { lang: "de", name: "negative revenue", goal: { target: -5 } },
    {
      lang: "de",
      name: "margin typed as percentage points",
      goal: { metric: "grossMargin", target: 30, unit: "%" },
    },
    {
      lang: "de",
      name: "relationship 6 of 5",
      goal: { kind: "strategic", metric: "relationship", target: 6 },
    },
    {
      lang: "en",
      name: "retention 150 %",
      goal: { kind: "strategic", metric: "retention", target: 150, unit: "%" },
    },
    {
      lang: "en",
      name: "half a business area",
      goal: { kind: "strategic", metric: "newBusinessAreas", target: 2.5 },
    },
    { lang: "en", name: "margin −300 %", goal: { metric: "profitability", target: -300 } },
  ],
  [
    { lang: "de", name: "margin as fraction", goal: { metric: "grossMargin", target: 0.31, unit: "%" } },
    { lang: "de", name: "relationship 5", goal: { kind: "strategic", metric: "relationship", target: 5 } },
    {
      lang: "en",
      name: "retention 1 (= 100 %)",
      goal: { kind: "strategic", metric: "retention", target: 1, unit: "%" },
    },
    { lang: "en", name: "negative margin is possible", goal: { metric: "profitability", target: -0.05 } },
  ],
);

describe("GOAL_VALUE_OUT_OF_RANGE details", () => {
  it("flags the baseline in its own cell", () => {
    const f = goalFindings({
      lang: "de",
      name: "",
      goal: { metric: "shareOfWallet", baseline: -0.1, target: 0.5 },
    });
    expect(f.find((x) => x.code === "GOAL_VALUE_OUT_OF_RANGE")?.field).toBe("baseline");
  });
  it("suggests the fraction for percentage points", () => {
    const f = goalFindings({ lang: "de", name: "", goal: { metric: "grossMargin", target: 30 } }).find(
      (x) => x.code === "GOAL_VALUE_OUT_OF_RANGE",
    );
    expect(f?.params).toMatchObject({ reason: "percentPoints", suggested: { percent: 0.3 }, fraction: 0.3 });
  });
  it("gives no percentage-point hint for a slip just above 100 % (1.2 is not 1.2 %)", () => {
    const f = goalFindings({ lang: "en", name: "", goal: { metric: "retention", target: 1.2 } }).find(
      (x) => x.code === "GOAL_VALUE_OUT_OF_RANGE",
    );
    expect(f?.params).toMatchObject({ reason: "range" });
  });
});

table(
  "GOAL_NOT_AN_IMPROVEMENT",
  "target",
  [
    { lang: "de", name: "below the account's revenue", goal: { target: 1_800_000 } },
    { lang: "de", name: "target equals own baseline", goal: { baseline: 2_000_000, target: 2_000_000 } },
    { lang: "en", name: "margin down", goal: { metric: "grossMargin", target: 0.25, unit: "%" } },
    {
      lang: "en",
      name: "relationship held at 3",
      goal: { kind: "strategic", metric: "relationship", target: 3 },
    },
  ],
  [
    { lang: "de", name: "above the account's revenue", goal: { target: 1_900_000 } },
    {
      lang: "de",
      name: "retention kept at 100 %",
      goal: { kind: "strategic", metric: "retention", baseline: 1, target: 1 },
    },
    { lang: "en", name: "margin up", goal: { metric: "grossMargin", target: 0.3, unit: "%" } },
    {
      lang: "en",
      name: "retention has no account baseline",
      goal: { kind: "strategic", metric: "retention", target: 0.9 },
    },
  ],
);

table(
  "GOAL_TARGET_ABOVE_POTENTIAL",
  "target",
  [
    {
      lang: "de",
      name: "5,3 Mio. over 5,2 Mio. potential",
      goal: { target: 5_300_000, deadline: "2030-12-31" },
    },
    { lang: "en", name: "$5M over $4.5M potential", goal: { target: 5_000_000, deadline: "2030-12-31" } },
  ],
  [
    { lang: "de", name: "exactly the potential", goal: { target: 5_200_000, deadline: "2030-12-31" } },
    { lang: "en", name: "within potential", goal: { target: 2_000_000, deadline: "2029-12-31" } },
  ],
);

table(
  "GOAL_GROWTH_IMPLAUSIBLE",
  "target",
  [
    { lang: "de", name: "1,85 → 3 Mio. in 13 months", goal: { target: 3_000_000 } },
    { lang: "en", name: "$1.2M → $2M in 13 months", goal: { target: 2_000_000 } },
  ],
  [
    { lang: "de", name: "1,85 → 2,6 Mio. in 13 months", goal: { target: 2_600_000 } },
    { lang: "en", name: "$1.2M → $1.6M", goal: { target: 1_600_000 } },
    { lang: "en", name: "a stretch over three years", goal: { target: 3_000_000, deadline: "2029-12-31" } },
  ],
);

table(
  "GOAL_MARGIN_BELOW_POSITIONING",
  "target",
  [
    {
      lang: "de",
      name: "20 % under a 22 % minimum",
      goal: { metric: "grossMargin", baseline: 0.18, target: 0.2, unit: "%" },
    },
    {
      lang: "en",
      name: "19 % under a 20 % minimum",
      goal: { metric: "grossMargin", baseline: 0.15, target: 0.19, unit: "%" },
    },
  ],
  [
    {
      lang: "de",
      name: "exactly the minimum",
      goal: { metric: "grossMargin", baseline: 0.18, target: 0.22, unit: "%" },
    },
    {
      lang: "en",
      name: "no minimum given",
      goal: { metric: "grossMargin", target: 0.15 },
      marketing: EN_VALUE,
    },
  ],
);

table(
  "GOAL_CONTRADICTS_POSITIONING",
  "statement",
  [
    {
      lang: "de",
      name: "Mengenrabatt vs. Qualitätsführer",
      goal: { statement: "Umsatz mit Kessler durch 10 % Mengenrabatt auf 2,3 Mio. € steigern" },
    },
    {
      lang: "de",
      name: "Preise senken vs. Premium",
      goal: { statement: "Bei Kessler die Preise senken und so Umsatz halten" },
    },
    {
      lang: "de",
      name: "excluded segment named",
      goal: { statement: "Kessler als Lieferanten für die Tabakindustrie ausbauen" },
    },
    {
      lang: "en",
      name: "discount vs premium",
      goal: { statement: "Win more of Summit's business with a 5% volume discount" },
    },
    {
      lang: "en",
      name: "cheapest supplier vs premium",
      goal: { statement: "Become Summit's cheapest supplier for footwear" },
    },
  ],
  [
    {
      lang: "de",
      name: "discount under a cost-leader positioning",
      goal: { statement: "Umsatz mit Kessler durch Mengenrabatt steigern" },
      marketing: VALUE,
    },
    {
      lang: "de",
      name: "value, not price",
      goal: { statement: "Bei Kessler die Preis-Leistung über Etikettenservice belegen" },
    },
    {
      lang: "en",
      name: "discount under a value positioning",
      goal: { statement: "Win Summit's volume with a discount" },
      marketing: EN_VALUE,
    },
    {
      lang: "de",
      name: "negated segment: ohne Tabakkunden",
      goal: { statement: "Umsatz mit Kessler auf 2,3 Mio. € ausbauen, ohne Tabakkunden zu beliefern" },
    },
    {
      lang: "de",
      name: "negated: statt Preisnachlässen",
      goal: {
        metric: "grossMargin",
        target: 0.31,
        unit: "%",
        statement: "Bruttomarge bei Kessler durch Servicepakete statt Preisnachlässen auf 31 % heben",
      },
    },
    {
      lang: "en",
      name: "negated: replacing discounts",
      goal: {
        metric: "grossMargin",
        target: 0.3,
        unit: "%",
        statement: "Raise the margin with Summit by replacing discounts with service bundles",
      },
    },
    {
      lang: "en",
      name: "total cost of ownership is value talk",
      goal: { statement: "Give Summit a low cost of ownership through service contracts" },
    },
  ],
);

describe("GOAL_CONTRADICTS_POSITIONING for an account in an excluded segment", () => {
  it.each<Case>([
    {
      lang: "de",
      name: "revenue growth at a tobacco account",
      goal: { account: "D-09", statement: "Umsatz mit der Hanseatischen ausbauen" },
      accounts: [TOBACCO_DE],
      marketing: MARKETING,
    },
    {
      lang: "en",
      name: "new areas at a tobacco account",
      goal: {
        account: "US-9",
        kind: "strategic",
        metric: "newBusinessAreas",
        target: 2,
        statement: "Open up a second business area at Carolina Leaf",
      },
      accounts: [TOBACCO_EN],
      marketing: US_MARKETING,
    },
  ])("fires: $lang – $name", (c) => {
    const hit = goalFindings(c).find((f) => f.code === "GOAL_CONTRADICTS_POSITIONING");
    expect(hit?.field).toBe("account");
    expect(hit?.params.reason).toBe("segmentAccount");
  });
  it.each<Case>([
    {
      lang: "de",
      name: "retention at a tobacco account",
      goal: {
        account: "D-09",
        kind: "strategic",
        metric: "retention",
        target: 1,
        statement: "Hanseatische Tabakwaren halten",
      },
      accounts: [TOBACCO_DE],
      marketing: MARKETING,
    },
    {
      lang: "en",
      name: "relationship at a tobacco account",
      goal: {
        account: "US-9",
        kind: "strategic",
        metric: "relationship",
        target: 4,
        statement: "Strengthen the relationship with Carolina Leaf",
      },
      accounts: [TOBACCO_EN],
      marketing: US_MARKETING,
    },
  ])("near miss: $lang – $name", (c) => {
    expect(goalFindings(c).map((f) => f.code)).not.toContain("GOAL_CONTRADICTS_POSITIONING");
  });
});

table(
  "GOAL_SALES_OR_MARKETING_ACTIVITY",
  "statement",
  [
    {
      lang: "de",
      name: "leads per quarter",
      goal: { statement: "50 neue Leads pro Quartal bei Kessler generieren" },
    },
    {
      lang: "de",
      name: "cold calls",
      goal: { statement: "Kaltakquise: 20 Anrufe pro Woche in den Kessler-Werken" },
    },
    {
      lang: "de",
      name: "trade fair",
      goal: { statement: "Messeauftritt mit Kessler auf der Interpack planen" },
    },
    {
      lang: "de",
      name: "newsletter campaign",
      goal: { statement: "Newsletter-Kampagne für die Einkäufer von Kessler starten" },
    },
    { lang: "de", name: "quota", goal: { statement: "Vertriebsquote bei Kessler erfüllen" } },
    {
      lang: "en",
      name: "campaign and leads",
      goal: { statement: "Run a LinkedIn campaign to generate 50 leads at Summit" },
    },
    { lang: "en", name: "quota", goal: { statement: "Hit the Q3 quota with Summit" } },
    {
      lang: "en",
      name: "cold calls per week",
      goal: { statement: "Make 20 cold calls per week into Summit's stores" },
    },
    {
      lang: "de",
      name: "monthly call quota",
      goal: { statement: "Monatlich 20 Anrufe beim Einkauf von Kessler" },
    },
    { lang: "en", name: "new logos", goal: { statement: "Win 5 new logos next to Summit in the region" } },
  ],
  [
    {
      lang: "de",
      name: "relationship goal that mentions Umsatz",
      goal: { statement: "Umsatz mit Kessler durch Etikettenservice auf 2,3 Mio. € ausbauen" },
    },
    {
      lang: "de",
      name: "a monthly exchange is not a quota",
      goal: { statement: "Monatlicher Austausch mit der Geschäftsführung von Kessler" },
    },
    {
      lang: "en",
      name: "winning back trust is not acquisition",
      goal: { statement: "Win back Summit's trust after the 2025 recall" },
    },
    {
      lang: "de",
      name: "messen is not a Messe",
      goal: { statement: "Zufriedenheit bei Kessler jährlich messen und die Zusammenarbeit vertiefen" },
    },
    {
      lang: "de",
      name: "own name is not wording",
      goal: { account: "D-10", statement: "Umsatz mit Messe Frankfurt auf 1,2 Mio. € steigern" },
      accounts: [MESSE],
    },
    {
      lang: "de",
      name: "negated: keine Rabattaktionen mehr",
      goal: {
        statement: "Keine Rabattaktionen mehr: Kessler über Mehrwertdienste auf 2,3 Mio. € entwickeln",
      },
    },
    {
      lang: "en",
      name: "revenue through co-development",
      goal: { statement: "Grow revenue with Summit by co-developing the footwear range" },
    },
    {
      lang: "en",
      name: "leads to is a verb",
      goal: { statement: "Quarterly reviews with Summit's board, which leads to a joint roadmap" },
    },
  ],
);

describe("goal rules skip what depends on an unknown account", () => {
  it("reports the unknown account and nothing account-based", () => {
    const codes = goalFindings({ lang: "de", name: "", goal: { account: "D-99", target: 9_000_000 } }).map(
      (f) => f.code,
    );
    expect(codes).toEqual(["GOAL_ACCOUNT_UNKNOWN"]);
  });
});

describe("figures in params", () => {
  it("formats money with the account's currency, else the goal's unit", () => {
    const f = goalFindings({ lang: "en", name: "", goal: { target: 1_000_000 } }).find(
      (x) => x.code === "GOAL_NOT_AN_IMPROVEMENT",
    );
    expect(f?.params).toMatchObject({
      baseline: { amount: 1_200_000, unit: "USD" },
      target: { amount: 1_000_000, unit: "USD" },
      reason: "accountBaseline",
    });
    const de = goalFindings({ lang: "de", name: "", goal: { target: 1_000_000, unit: "€" } }).find(
      (x) => x.code === "GOAL_NOT_AN_IMPROVEMENT",
    );
    expect(de?.params).toMatchObject({ baseline: { amount: 1_850_000, unit: "EUR" } });
  });
  it("growth carries growth, ceiling and years", () => {
    const f = goalFindings({ lang: "de", name: "", goal: { target: 3_000_000 } }).find(
      (x) => x.code === "GOAL_GROWTH_IMPLAUSIBLE",
    );
    expect(f?.params).toMatchObject({ ceiling: { percent: 0.5 }, years: 1.1 });
    const growth = f?.params.growth;
    expect(typeof growth === "object" && "percent" in growth ? growth.percent : 0).toBeGreaterThan(0.5);
  });
  it("uses Kessler's figures for a goal referring to it by name", () => {
    const codes = goalFindings({
      lang: "de",
      name: "",
      goal: { account: KESSLER.name ?? "", target: 1_000_000 },
    }).map((f) => f.code);
    expect(codes).toContain("GOAL_NOT_AN_IMPROVEMENT");
  });
  it("keeps Summit's currency", () => {
    expect(SUMMIT.currency).toBe("USD");
  });
});
