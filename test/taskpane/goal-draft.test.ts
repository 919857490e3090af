// The goal form's figures as people type them: percent points or "22 %" are fractions, money with
// magnitude words, "n/a" is no value, anything else is not a number (never guessed).
import { nextGoalId } from "../../src/domain/plan";
import { figureText, goalFromDraft, parseFigure, unitFor } from "../../src/taskpane/model/goal-draft";
import type { GoalDraft } from "../../src/taskpane/model/goal-draft";

describe("parseFigure", () => {
  test.each([
    ["22 %", "grossMargin", 0.22],
    ["22", "grossMargin", 0.22],
    ["22,5", "shareOfWallet", 0.225],
    ["0,5 %", "retention", 0.005],
    ["2,3 Mio. €", "revenue", 2_300_000],
    ["2.300.000", "revenue", 2_300_000],
    ["760 T€", "revenue", 760_000],
    ["4", "relationship", 4],
    ["3", "newBusinessAreas", 3],
  ] as const)("happy path: %s for %s is %d", (text, metric, value) => {
    const parsed = parseFigure(text, metric, "de");
    expect(parsed).toMatchObject({ ok: true });
    expect(parsed.ok && parsed.value).toBeCloseTo(value, 10);
  });

  test("English notation: 2.3M and 1,250,000.50", () => {
    expect(parseFigure("$2.3M", "revenue", "en")).toEqual({ ok: true, value: 2_300_000, currency: "USD" });
    expect(parseFigure("1,250,000.50", "revenue", "en")).toMatchObject({ ok: true, value: 1_250_000.5 });
  });

  test("empty and 'no value' texts are no value, not zero", () => {
    expect(parseFigure("", "revenue", "de")).toEqual({ ok: true, value: null, currency: null });
    expect(parseFigure("  ", "revenue", "de")).toEqual({ ok: true, value: null, currency: null });
    expect(parseFigure("k. A.", "revenue", "de")).toEqual({ ok: true, value: null, currency: null });
  });

  test("wrong type: words are not a number", () => {
    expect(parseFigure("viel mehr", "revenue", "de")).toEqual({ ok: false });
    expect(parseFigure("22 % mehr", "grossMargin", "de")).toEqual({ ok: false });
  });
});

describe("figureText", () => {
  test("fractions are shown in percent, money plain, in the reader's notation", () => {
    expect(figureText(0.29, "grossMargin", "de")).toBe("29 %");
    expect(figureText(0.355, "grossMargin", "en")).toBe("35.5 %");
    expect(figureText(1_850_000, "revenue", "de")).toBe("1.850.000");
    expect(figureText(null, "revenue", "de")).toBe("");
  });
  test("round trip: what the form shows reads back to the same value", () => {
    for (const [value, metric] of [
      [0.315, "grossMargin"],
      [1_234_567.5, "revenue"],
      [3, "relationship"],
    ] as const) {
      for (const language of ["de", "en"] as const) {
        const parsed = parseFigure(figureText(value, metric, language), metric, language);
        expect(parsed.ok && parsed.value).toBeCloseTo(value, 8);
      }
    }
  });
});

describe("goalFromDraft", () => {
  const draft: GoalDraft = {
    id: "G7",
    account: "D-01",
    kind: "economic",
    metric: "revenue",
    statement: "  Umsatz ausbauen ",
    baseline: "1.850.000",
    target: "2,3 Mio. €",
    deadline: "2027-12-31",
    actual: "",
    actualDate: "",
    start: null,
    owner: "",
    unit: null,
    status: null,
  };
  test("happy path: figures parsed, unit from the currency typed, blanks are null", () => {
    expect(goalFromDraft(draft, undefined, "de")).toEqual({
      id: "G7",
      account: "D-01",
      kind: "economic",
      metric: "revenue",
      statement: "Umsatz ausbauen",
      baseline: 1_850_000,
      target: 2_300_000,
      unit: "EUR",
      start: null,
      deadline: "2027-12-31",
      actual: null,
      actualDate: null,
      owner: null,
      status: null,
    });
  });
  test("an actual as typed: percent points for a margin, a date from the date input", () => {
    const margin = goalFromDraft(
      { ...draft, metric: "grossMargin", actual: "21,5", actualDate: "2026-11-30" },
      undefined,
      "de",
    );
    expect(margin).toMatchObject({ actual: 0.215, actualDate: "2026-11-30" });
    expect(goalFromDraft({ ...draft, actual: "viel" }, undefined, "de").actual).toBeNull();
  });
  test("an unreadable target becomes no target (the form says 'not a number')", () => {
    expect(goalFromDraft({ ...draft, target: "viel" }, undefined, "de").target).toBeNull();
  });
  test("units per metric", () => {
    expect(unitFor("grossMargin", null, "EUR")).toBe("%");
    expect(unitFor("revenue", null, null)).toBe("EUR");
    expect(unitFor("revenue", "USD", null)).toBe("USD");
    expect(unitFor("newBusinessAreas", null, null)).toBe("count");
    expect(unitFor("other", null, "Stück")).toBe("Stück");
  });
});

test("nextGoalId: after the highest G-number, skipping ids in use", () => {
  expect(nextGoalId([])).toBe("G1");
  expect(nextGoalId([{ id: "G1" }, { id: "G9" }, { id: "X-3" }])).toBe("G10");
  expect(nextGoalId([{ id: "g2" }])).toBe("G3");
});
