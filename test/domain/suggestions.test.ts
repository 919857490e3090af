import { suggestGoals, type SuggestionDraft } from "../../src/domain/suggestions";
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
} from "./fixtures";

const suggest = (acc = KESSLER, accounts = SAMPLE_ACCOUNTS, positioning = MARKETING, asOf = AS_OF) =>
  suggestGoals(acc, accounts, positioning, { asOf });
const byMetric = (drafts: SuggestionDraft[]) => Object.fromEntries(drafts.map((d) => [d.metric, d]));

describe("suggestGoals", () => {
  it("Kessler: low share of wallet → a round revenue target toward potential; two areas → a third", () => {
    const drafts = byMetric(suggest(KESSLER));
    expect(drafts.revenue).toMatchObject({
      account: "D-01",
      kind: "economic",
      baseline: 1_850_000,
      target: 2_300_000,
      deadline: "2027-12-31",
      owner: "Anna Berg",
      reason: { code: "LOW_SHARE_OF_WALLET" },
    });
    expect(drafts.newBusinessAreas).toMatchObject({
      kind: "strategic",
      baseline: 2,
      target: 3,
      reason: { code: "FEW_BUSINESS_AREAS", params: { areas: 2 } },
    });
    expect(Object.keys(drafts)).toEqual(["revenue", "newBusinessAreas"]);
  });

  it("Lindner: margin under marketing's minimum, high churn and a weak relationship", () => {
    const drafts = byMetric(suggest(LINDNER));
    expect(drafts.grossMargin).toMatchObject({
      baseline: 0.195,
      target: 0.225,
      unit: "%",
      reason: { code: "MARGIN_BELOW_POSITIONING" },
    });
    expect(drafts.grossMargin?.reason.params).toEqual({
      margin: { percent: 0.195 },
      median: { percent: 0.29 },
      minimum: { percent: 0.22 },
    });
    expect(drafts.retention).toMatchObject({
      kind: "strategic",
      baseline: null,
      target: 1,
      reason: { code: "CHURN_RISK_HIGH" },
    });
    expect(drafts.relationship).toMatchObject({
      baseline: 2,
      target: 3,
      reason: { code: "RELATIONSHIP_WEAK" },
    });
    // Securing a high-risk account comes before opening new areas there.
    expect(drafts.newBusinessAreas).toBeUndefined();
    // 83 % share of wallet is not low.
    expect(drafts.revenue).toBeUndefined();
  });

  it("Tirol: no revenue figure → no revenue goal; margin toward the median, three points at a time", () => {
    const drafts = byMetric(suggest(TIROL));
    expect(drafts.revenue).toBeUndefined();
    expect(drafts.grossMargin).toMatchObject({ target: 0.27, reason: { code: "MARGIN_BELOW_MEDIAN" } });
  });

  it("Voss: a strong account needs no suggestion", () => {
    expect(suggest(VOSS)).toEqual([]);
  });

  it("Ostsee: revenue stays within the growth ceiling", () => {
    const revenue = byMetric(suggest(OSTSEE)).revenue;
    expect(revenue?.target).toBe(930_000);
    expect(revenue?.unit).toBe("EUR");
  });

  it("Summit (USD): revenue goal in the account's currency", () => {
    const revenue = byMetric(suggestGoals(SUMMIT, US_ACCOUNTS, null, { asOf: AS_OF })).revenue;
    expect(revenue).toMatchObject({ target: 1_500_000, unit: "USD" });
  });

  it("Harbor: margin toward the median by at most three points", () => {
    const margin = byMetric(suggestGoals(HARBOR, US_ACCOUNTS, null, { asOf: AS_OF })).grossMargin;
    expect(margin?.target).toBe(0.175);
  });

  it("no growth goals in an excluded segment", () => {
    const tobacco = account({
      id: "T-1",
      name: "Tabak Nord",
      industry: "Tabak",
      revenue: 100_000,
      potential: 900_000,
      businessAreas: ["Filter"],
    });
    const metrics = suggest(tobacco, [tobacco]).map((d) => d.metric);
    expect(metrics).not.toContain("revenue");
    expect(metrics).not.toContain("newBusinessAreas");
  });

  it("keeps the deadline inside a short planning horizon", () => {
    const drafts = suggestGoals(KESSLER, SAMPLE_ACCOUNTS, MARKETING, {
      asOf: "2026-01-15",
      thresholds: { horizonYears: 1 },
    });
    expect(drafts.every((d) => d.deadline === "2027-01-15")).toBe(true);
  });

  it("skips when the figures or the as-of date are missing", () => {
    expect(suggestGoals(KESSLER, SAMPLE_ACCOUNTS, MARKETING, { asOf: "bald" })).toEqual([]);
    expect(suggest(account({ id: "X" }), [account({ id: "X" })])).toEqual([]);
    const nameless = account({ id: null, name: null, revenue: 1, potential: 10 });
    expect(suggest(nameless, [nameless])).toEqual([]);
  });
});
