import fc from "fast-check";
import type { Account } from "../../src/domain/account";
import type { Positioning } from "../../src/domain/plan";
import { checkPlan } from "../../src/domain/rules";
import { suggestGoals, type SuggestionDraft } from "../../src/domain/suggestions";
import { renderSuggestion } from "../../src/i18n/suggestions";
import { accountsArb, asOfArb, positioningArb } from "./arbitraries";
import {
  AS_OF,
  HARBOR,
  KESSLER,
  LINDNER,
  MARKETING,
  OSTSEE,
  SAMPLE_ACCOUNTS,
  SUMMIT,
  TIROL,
  US_ACCOUNTS,
  VOSS,
  account,
  plan,
} from "./fixtures";

const suggest = (acc = KESSLER, accounts = SAMPLE_ACCOUNTS, positioning = MARKETING, asOf = AS_OF) =>
  suggestGoals(acc, accounts, positioning, { asOf });
const byMetric = (drafts: SuggestionDraft[]) => Object.fromEntries(drafts.map((d) => [d.metric, d]));

describe("suggestGoals", () => {
  it("Kessler: low share of wallet → revenue toward potential over two years; a named new area", () => {
    const drafts = byMetric(suggest(KESSLER));
    expect(drafts.revenue).toMatchObject({
      account: "D-01",
      kind: "economic",
      baseline: 1_850_000,
      target: 2_700_000,
      deadline: "2028-12-31",
      owner: "Anna Berg",
      reason: { code: "LOW_SHARE_OF_WALLET" },
    });
    expect(drafts.newBusinessAreas).toMatchObject({
      kind: "strategic",
      baseline: 2,
      target: 3,
      reason: { code: "FEW_BUSINESS_AREAS", params: { areas: 2, area: "Medizintechnik" } },
    });
    expect(Object.keys(drafts)).toEqual(["revenue", "newBusinessAreas"]);
  });

  it("Lindner: high churn and a weak relationship → retention first, no growth and no margin squeeze", () => {
    const drafts = byMetric(suggest(LINDNER));
    expect(Object.keys(drafts).sort()).toEqual(["relationship", "retention"]);
    expect(drafts.retention).toMatchObject({
      target: 1,
      deadline: "2027-06-30",
      reason: { code: "CHURN_RISK_HIGH" },
    });
    expect(drafts.relationship).toMatchObject({
      baseline: 2,
      target: 3,
      deadline: "2027-12-31",
      reason: { code: "RELATIONSHIP_WEAK" },
    });
  });

  it("Harbor: retention first as well, though its margin is the portfolio's lowest", () => {
    const metrics = suggestGoals(HARBOR, US_ACCOUNTS, null, { asOf: AS_OF }).map((d) => d.metric);
    expect(metrics).not.toContain("grossMargin");
    expect(metrics).toContain("retention");
  });

  it("Tirol: margin toward the median three points a year, the deadline as far out as the step needs", () => {
    const drafts = byMetric(suggest(TIROL));
    expect(drafts.revenue).toBeUndefined();
    expect(drafts.grossMargin).toMatchObject({
      baseline: 0.24,
      target: 0.29,
      deadline: "2028-12-31",
      reason: { code: "MARGIN_BELOW_MEDIAN" },
    });
  });

  it("Voss: a top account gets hold and deepen, not growth", () => {
    expect(suggest(VOSS)).toEqual([
      expect.objectContaining({
        metric: "relationship",
        target: 5,
        reason: expect.objectContaining({ code: "TOP_ACCOUNT" }),
      }),
    ]);
  });

  it("Ostsee: a big gap is closed over three years within the growth ceiling", () => {
    const revenue = byMetric(suggest(OSTSEE)).revenue;
    expect(revenue).toMatchObject({ target: 1_300_000, unit: "EUR", deadline: "2029-12-31" });
  });

  it("Summit (USD): revenue goal in the account's currency", () => {
    const revenue = byMetric(suggestGoals(SUMMIT, US_ACCOUNTS, null, { asOf: AS_OF })).revenue;
    expect(revenue).toMatchObject({ target: 2_100_000, unit: "USD" });
  });

  it("deadlines follow the step: securing a contract is sooner than opening an area", () => {
    const deadlines = new Set(SAMPLE_ACCOUNTS.flatMap((a) => suggest(a)).map((d) => d.deadline));
    expect(deadlines.size).toBeGreaterThan(2);
  });

  it("no growth goals in an excluded segment", () => {
    const tobacco = account({
      id: "T-1",
      name: "Tabak Nord",
      industry: "Zigarettenhersteller",
      revenue: 100_000,
      potential: 900_000,
      businessAreas: ["Filter"],
    });
    const metrics = suggest(tobacco, [tobacco]).map((d) => d.metric);
    expect(metrics).not.toContain("revenue");
    expect(metrics).not.toContain("newBusinessAreas");
  });

  it("new areas: accounts of one profile are offered different areas, never one goal copied", () => {
    const twins = Array.from({ length: 5 }, (_, i) =>
      account({ id: `P-${i}`, name: `Pack ${i} GmbH`, industry: "Verpackung", businessAreas: ["Folien"] }),
    );
    const areas = twins.map(
      (a) => suggest(a, twins).find((d) => d.metric === "newBusinessAreas")?.reason.params.area,
    );
    expect(areas.slice(0, 2)).toEqual(["Medizintechnik", "Medizintechnik"]);
    expect(areas.slice(2, 4)).toEqual(["Lebensmittel", "Lebensmittel"]);
  });

  it("keeps the deadline inside a short planning horizon", () => {
    const drafts = suggestGoals(KESSLER, SAMPLE_ACCOUNTS, MARKETING, {
      asOf: "2026-01-15",
      thresholds: { horizonYears: 1 },
    });
    expect(drafts.every((d) => d.deadline <= "2027-01-15")).toBe(true);
  });

  it("skips when the figures or the as-of date are missing", () => {
    expect(suggestGoals(KESSLER, SAMPLE_ACCOUNTS, MARKETING, { asOf: "bald" })).toEqual([]);
    expect(suggest(account({ id: "X" }), [account({ id: "X" })])).toEqual([]);
    const nameless = account({ id: null, name: null, revenue: 1, potential: 10 });
    expect(suggest(nameless, [nameless])).toEqual([]);
  });
});

/** Findings about the suggested goals themselves (any severity), or any account-level error. */
function ownFindings(
  accounts: readonly Account[],
  positioning: Positioning | null,
  asOf: string,
  language: "de" | "en",
) {
  const goals = accounts.flatMap((a) =>
    suggestGoals(a, accounts, positioning, { asOf }).map((d) => renderSuggestion(d, language, a)),
  );
  const ids = new Set(goals.map((g) => g.id));
  return checkPlan(plan({ language, marketing: positioning, goals, asOf }), accounts, { asOf })
    .filter(
      (f) =>
        (f.subject.type === "goal" && ids.has(f.subject.id)) ||
        (f.subject.type === "account" && f.severity === "error"),
    )
    .map((f) => `${f.code} ${JSON.stringify(f.subject)}`);
}

describe("every suggestion passes the whole check", () => {
  it("the sample portfolios, all suggestions as one plan, both languages", () => {
    for (const language of ["de", "en"] as const) {
      expect(ownFindings(SAMPLE_ACCOUNTS, MARKETING, AS_OF, language)).toEqual([]);
      expect(ownFindings(US_ACCOUNTS, null, AS_OF, language)).toEqual([]);
    }
  });

  it("property: no suggestion raises a finding of its own, with all suggestions as the plan's goals", () => {
    fc.assert(
      fc.property(
        accountsArb,
        positioningArb,
        asOfArb,
        fc.constantFrom("de" as const, "en" as const),
        (accounts, positioning, asOf, language) => {
          expect(ownFindings(accounts, positioning, asOf, language)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("property: a portfolio of look-alike accounts gets no copied suggestions", () => {
    const twin = (i: number) =>
      account({
        id: `T-${i}`,
        name: `Twin ${i} AG`,
        industry: "Verpackung",
        revenue: 1_000_000,
        potential: 5_000_000,
        grossMargin: 0.2,
        relationship: 3,
        churnRisk: "low",
        businessAreas: ["Folien"],
      });
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 12 }), positioningArb, (n, positioning) => {
        const accounts = Array.from({ length: n }, (_, i) => twin(i));
        expect(ownFindings(accounts, positioning, AS_OF, "de")).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
