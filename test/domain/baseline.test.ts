import { effectiveBaseline } from "../../src/domain/baseline";
import type { Metric } from "../../src/domain/plan";
import { KESSLER, goal } from "./fixtures";

describe("effectiveBaseline", () => {
  it.each<[Metric, number | null]>([
    ["revenue", 1_850_000],
    ["grossMargin", 0.29],
    ["profitability", null],
    ["shareOfWallet", 1_850_000 / 5_200_000],
    ["relationship", 4],
    ["newBusinessAreas", 2],
    ["retention", null],
    ["other", null],
  ])("%s → the account's figure", (metric, expected) => {
    expect(effectiveBaseline(goal({ metric, baseline: null }), KESSLER)).toBe(expected);
  });

  it("prefers the goal's own baseline", () => {
    expect(effectiveBaseline(goal({ baseline: 2_000_000 }), KESSLER)).toBe(2_000_000);
  });

  it("ignores a non-finite baseline and works without an account", () => {
    expect(effectiveBaseline(goal({ baseline: Number.NaN }), KESSLER)).toBe(1_850_000);
    expect(effectiveBaseline(goal({ baseline: null }), undefined)).toBeNull();
    expect(effectiveBaseline(goal({ baseline: 3 }), null)).toBe(3);
  });
});
