import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import type { Plan } from "../../src/domain/plan";
import { PLAN_PROBLEM_CODES, type PlanProblem } from "../../src/domain/plan-problem";
import { planProblemMessage } from "../../src/i18n/plan-file";
import { parsePlanFile, type PlanFileResult } from "../../src/planner";
import { jsonSyntaxErrorOffset } from "../../src/planner/plan-file/json-syntax";

const SAMPLE = path.join(__dirname, "../../assets/samples/Beispiel-Plan.json");

function planOf(value: unknown): Plan {
  const result = parsePlanFile(JSON.stringify(value));
  if (!result.ok) throw new Error(`expected a plan, got ${JSON.stringify(result.problems)}`);
  return result.plan;
}

function problemsOf(json: string | object): PlanProblem[] {
  const result = parsePlanFile(typeof json === "string" ? json : JSON.stringify(json));
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

const goal = (extra: Record<string, unknown> = {}) => ({
  id: "G1",
  account: "D-01",
  kind: "economic",
  metric: "revenue",
  statement: "Umsatz ausbauen",
  target: 2_300_000,
  deadline: "2027-12-31",
  ...extra,
});
const withGoals = (...goals: unknown[]) => ({ version: 1, vision: "V", mission: "M", goals });

describe("parsePlanFile: happy path", () => {
  test("the shared sample plan parses", () => {
    const result = parsePlanFile(readFileSync(SAMPLE, "utf8"));
    expect(result.ok).toBe(true);
    const { plan } = result as Extract<PlanFileResult, { ok: true }>;
    expect(plan).toMatchObject({ version: 1, language: "de", asOf: null, marketing: null });
    expect(plan.vision).toMatch(/^Wir werden für unsere Key Accounts/);
    expect(plan.goals.map((g) => [g.id, g.account, g.kind, g.metric, g.target, g.deadline])).toEqual([
      ["G1", "D-01", "economic", "revenue", 2_300_000, "2027-12-31"],
      ["G2", "D-02", "strategic", "retention", 1, "2027-06-30"],
      ["G3", "D-04", "strategic", "newBusinessAreas", 4, "2028-03-31"],
    ]);
    expect(plan.goals[0]).toEqual({
      id: "G1",
      account: "D-01",
      kind: "economic",
      metric: "revenue",
      statement: "Umsatz mit Kessler durch Etikettenservice auf 2,3 Mio. € ausbauen",
      baseline: null,
      target: 2_300_000,
      unit: "EUR",
      start: null,
      deadline: "2027-12-31",
      actual: null,
      actualDate: null,
      owner: "Anna Berg",
      status: null,
    });
  });

  test("a full plan with marketing, asOf and every goal field", () => {
    const plan = planOf({
      version: 1,
      language: "en",
      asOf: "2026-12-01",
      vision: "  A valued partner for our key accounts  ",
      mission: "Grow together",
      marketing: {
        positioning: "premium",
        minGrossMargin: 0.25,
        focusSegments: ["Medical", " Food "],
        excludedSegments: ["Tobacco"],
      },
      goals: [goal({ baseline: 4_200_000, unit: "EUR", owner: "Anna", status: "inProgress" })],
      somethingElse: { ignored: true },
    });
    expect(plan).toMatchObject({
      language: "en",
      asOf: "2026-12-01",
      vision: "A valued partner for our key accounts",
      marketing: {
        positioning: "premium",
        minGrossMargin: 0.25,
        focusSegments: ["Medical", "Food"],
        excludedSegments: ["Tobacco"],
      },
    });
    expect(plan.goals[0]).toMatchObject({ baseline: 4_200_000, owner: "Anna", status: "inProgress" });
  });

  test("vision, mission, goals and marketing may be missing; the checks report them, not the file", () => {
    expect(planOf({ version: 1 })).toEqual({
      version: 1,
      language: "de",
      asOf: null,
      vision: "",
      mission: "",
      marketing: null,
      goals: [],
    });
  });
});

describe("parsePlanFile: lenient input", () => {
  test("German and English synonyms for kind, metric and status, in any case", () => {
    const metrics = [
      ["Umsatz", "revenue"],
      ["sales", "revenue"],
      ["Marge", "grossMargin"],
      ["Bruttomarge", "grossMargin"],
      ["gross margin", "grossMargin"],
      ["MARGIN", "grossMargin"],
      ["Rentabilität", "profitability"],
      ["profit margin", "profitability"],
      ["Share of Wallet", "shareOfWallet"],
      ["Lieferanteil", "shareOfWallet"],
      ["Kundenbindung", "retention"],
      ["retention", "retention"],
      ["Beziehung", "relationship"],
      ["relationship", "relationship"],
      ["Neue Geschäftsbereiche", "newBusinessAreas"],
      ["new business areas", "newBusinessAreas"],
      ["Sonstiges", "other"],
      ["other", "other"],
      ["grossMargin", "grossMargin"],
    ] as const;
    const plan = planOf(
      withGoals(...metrics.map(([metric], i) => goal({ id: `G${i}`, metric, kind: "strategisch" }))),
    );
    expect(plan.goals.map((g) => g.metric)).toEqual(metrics.map(([, m]) => m));
    const kinds = planOf(
      withGoals(
        ...["wirtschaftlich", "Ökonomisch", "oekonomisch", "ECONOMIC", "Strategisch", "strategic"].map(
          (kind, i) => goal({ id: `K${i}`, kind }),
        ),
      ),
    );
    expect(kinds.goals.map((g) => g.kind)).toEqual([
      "economic",
      "economic",
      "economic",
      "economic",
      "strategic",
      "strategic",
    ]);
    const statuses = planOf(
      withGoals(
        ...["Planned", "in progress", "geplant", "in Arbeit", "erreicht", "DROPPED", null].map((status, i) =>
          goal({ id: `S${i}`, status }),
        ),
      ),
    );
    expect(statuses.goals.map((g) => g.status)).toEqual([
      "planned",
      "inProgress",
      "planned",
      "inProgress",
      "achieved",
      "dropped",
      null,
    ]);
  });

  test("a missing metric is other; a missing kind follows an unambiguous metric", () => {
    const plan = planOf(
      withGoals(
        goal({ metric: undefined, id: "A" }),
        goal({ kind: undefined, metric: "Kundenbindung", id: "B" }),
      ),
    );
    expect(plan.goals.map((g) => [g.metric, g.kind])).toEqual([
      ["other", "economic"],
      ["retention", "strategic"],
    ]);
  });

  test("numbers as text in German or English notation; 'no value' text is null", () => {
    const plan = planOf(
      withGoals(
        goal({ id: "A", baseline: "1.850.000 €", target: "2,3 Mio. €" }),
        goal({ id: "B", metric: "grossMargin", baseline: "19,5 %", target: "22 %" }),
        goal({ id: "C", baseline: "$1,250,000", target: "4.5M" }),
        goal({ id: "D", baseline: "k. A.", target: "" }),
      ),
    );
    expect(plan.goals.map((g) => [g.baseline, g.target])).toEqual([
      [1_850_000, 2_300_000],
      [0.195, 0.22],
      [1_250_000, 4_500_000],
      [null, null],
    ]);
  });

  test("ids and accounts may be numbers; dates may be written 31.12.2027", () => {
    const plan = planOf({
      ...withGoals(goal({ id: 7, account: 1001, deadline: "31.12.2027" })),
      asOf: "1.6.2026",
    });
    expect(plan.goals[0]).toMatchObject({ id: "7", account: "1001", deadline: "2027-12-31" });
    expect(plan.asOf).toBe("2026-06-01");
  });

  test("missing ids are generated by position and never clash with explicit ids", () => {
    const plan = planOf(
      withGoals(goal({ id: "G2" }), goal({ id: undefined }), goal({ id: "" }), goal({ id: "g5" })),
    );
    expect(plan.goals.map((g) => g.id)).toEqual(["G2", "G3", "G4", "g5"]);
    const others = planOf(withGoals(goal({ id: undefined }), goal({ id: undefined }), goal({ id: "G1" })));
    expect(others.goals.map((g) => g.id)).toEqual(["G2", "G3", "G1"]);
  });

  test("minimum gross margin as a fraction, in percentage points or as percent text", () => {
    const margin = (minGrossMargin: unknown) =>
      planOf({ version: 1, marketing: { minGrossMargin } }).marketing?.minGrossMargin;
    expect(margin(0.22)).toBe(0.22);
    expect(margin(22)).toBeCloseTo(0.22);
    expect(margin("22 %")).toBeCloseTo(0.22);
    expect(margin("22")).toBeCloseTo(0.22);
    expect(margin("0,25")).toBe(0.25);
    expect(margin(1)).toBe(1);
    expect(margin(null)).toBeNull();
    expect(planOf({ version: 1, marketing: { excludedSegments: "Tabak; Rüstung" } }).marketing).toMatchObject(
      {
        positioning: null,
        excludedSegments: ["Tabak", "Rüstung"],
      },
    );
  });

  test("language: de/en in any case or as a locale tag; when missing, the language of the texts", () => {
    expect(planOf({ version: 1, language: "EN" }).language).toBe("en");
    expect(planOf({ version: 1, language: "de-AT" }).language).toBe("de");
    expect(planOf({ version: 1, language: "English" }).language).toBe("en");
    const english = { version: 1, vision: "We will be a valued partner for our key accounts", mission: "" };
    expect(planOf(english).language).toBe("en");
    const german = { version: 1, vision: "Wir werden für unsere Key Accounts ein Partner sein" };
    expect(planOf(german).language).toBe("de");
    expect(planOf({ version: 1, vision: "Key Accounts" }).language).toBe("de");
  });

  test("a byte-order mark before the JSON is fine", () => {
    expect(parsePlanFile(`\uFEFF${JSON.stringify({ version: 1 })}`).ok).toBe(true);
  });
});

describe("parsePlanFile: every problem code with its path", () => {
  test("JSON_SYNTAX with line and column", () => {
    expect(problemsOf('{\n  "version": 1,\n  "goals": [,]\n}')).toEqual([
      { path: "$", code: "JSON_SYNTAX", params: { line: 3, column: 13 } },
    ]);
    expect(problemsOf("")).toEqual([{ path: "$", code: "JSON_SYNTAX", params: { line: 1, column: 1 } }]);
    expect(problemsOf('{"version": 1')).toEqual([
      { path: "$", code: "JSON_SYNTAX", params: { line: 1, column: 14 } },
    ]);
    expect(problemsOf('{"a": tru}')[0]?.params).toEqual({ line: 1, column: 10 });
    expect(problemsOf('{"a": {}, "b": [ ], "c": "x\\"y"}}')[0]?.params).toEqual({ line: 1, column: 33 });
  });

  test("NOT_AN_OBJECT", () => {
    expect(problemsOf("[]")).toEqual([{ path: "$", code: "NOT_AN_OBJECT", params: { found: "array" } }]);
    expect(problemsOf("null")).toEqual([{ path: "$", code: "NOT_AN_OBJECT", params: { found: "null" } }]);
    expect(problemsOf('"plan"')).toEqual([{ path: "$", code: "NOT_AN_OBJECT", params: { found: "string" } }]);
  });

  test("VERSION_UNSUPPORTED and a missing version", () => {
    expect(problemsOf({ version: 2 })).toEqual([
      { path: "$.version", code: "VERSION_UNSUPPORTED", params: { found: "2", supported: 1 } },
    ]);
    expect(problemsOf({})).toEqual([{ path: "$.version", code: "REQUIRED", params: {} }]);
    expect(problemsOf({ version: true })).toEqual([
      { path: "$.version", code: "WRONG_TYPE", params: { expected: "number", found: "boolean" } },
    ]);
  });

  test("REQUIRED: a goal's account, and its kind when the metric does not decide it", () => {
    expect(
      problemsOf(withGoals(goal({ account: undefined }), goal({ kind: null, metric: "other" }))),
    ).toEqual([
      { path: "$.goals[0].account", code: "REQUIRED", params: {} },
      { path: "$.goals[1].kind", code: "REQUIRED", params: {} },
    ]);
    expect(
      problemsOf(withGoals(goal({ account: "  " }), goal({ kind: undefined, metric: undefined }))),
    ).toEqual([
      { path: "$.goals[0].account", code: "REQUIRED", params: {} },
      { path: "$.goals[1].kind", code: "REQUIRED", params: {} },
    ]);
  });

  test("WRONG_TYPE", () => {
    expect(
      problemsOf({
        version: 1,
        vision: 42,
        mission: ["x"],
        marketing: { positioning: 1, focusSegments: ["a", 2], excludedSegments: {} },
        goals: [
          goal({ id: true, account: {}, statement: 5, target: false, deadline: 46752, owner: [] }),
          "G2",
        ],
      }),
    ).toEqual([
      { path: "$.vision", code: "WRONG_TYPE", params: { expected: "string", found: "number" } },
      { path: "$.mission", code: "WRONG_TYPE", params: { expected: "string", found: "array" } },
      {
        path: "$.marketing.positioning",
        code: "WRONG_TYPE",
        params: { expected: "string", found: "number" },
      },
      {
        path: "$.marketing.focusSegments[1]",
        code: "WRONG_TYPE",
        params: { expected: "string", found: "number" },
      },
      {
        path: "$.marketing.excludedSegments",
        code: "WRONG_TYPE",
        params: { expected: "array", found: "object" },
      },
      { path: "$.goals[0].id", code: "WRONG_TYPE", params: { expected: "string|number", found: "boolean" } },
      {
        path: "$.goals[0].account",
        code: "WRONG_TYPE",
        params: { expected: "string|number", found: "object" },
      },
      { path: "$.goals[0].statement", code: "WRONG_TYPE", params: { expected: "string", found: "number" } },
      { path: "$.goals[0].owner", code: "WRONG_TYPE", params: { expected: "string", found: "array" } },
      {
        path: "$.goals[0].target",
        code: "WRONG_TYPE",
        params: { expected: "number|string", found: "boolean" },
      },
      { path: "$.goals[0].deadline", code: "WRONG_TYPE", params: { expected: "string", found: "number" } },
      { path: "$.goals[1]", code: "WRONG_TYPE", params: { expected: "object", found: "string" } },
    ]);
    expect(problemsOf({ version: 1, goals: {} })).toEqual([
      { path: "$.goals", code: "WRONG_TYPE", params: { expected: "array", found: "object" } },
    ]);
    expect(problemsOf({ version: 1, marketing: "premium" })).toEqual([
      { path: "$.marketing", code: "WRONG_TYPE", params: { expected: "object", found: "string" } },
    ]);
  });

  test("INVALID_VALUE with the allowed values, or for text that is not a number", () => {
    const plan = {
      version: 1,
      language: "fr",
      marketing: { minGrossMargin: 150 },
      goals: [goal({ kind: "tactical", metric: "EBIT", status: "done", target: "viel", baseline: "HUGE" })],
    };
    // 1e400 is valid JSON and parses to Infinity.
    expect(problemsOf(JSON.stringify(plan).replace('"HUGE"', "1e400"))).toEqual([
      {
        path: "$.marketing.minGrossMargin",
        code: "INVALID_VALUE",
        params: { value: "150", allowed: "0-100 %" },
      },
      {
        path: "$.goals[0].metric",
        code: "INVALID_VALUE",
        params: {
          value: "EBIT",
          allowed:
            "revenue, grossMargin, profitability, shareOfWallet, retention, relationship, newBusinessAreas, other",
        },
      },
      {
        path: "$.goals[0].kind",
        code: "INVALID_VALUE",
        params: { value: "tactical", allowed: "economic, strategic" },
      },
      { path: "$.goals[0].baseline", code: "INVALID_VALUE", params: { value: "Infinity" } },
      { path: "$.goals[0].target", code: "INVALID_VALUE", params: { value: "viel" } },
      {
        path: "$.goals[0].status",
        code: "INVALID_VALUE",
        params: { value: "done", allowed: "planned, inProgress, achieved, dropped" },
      },
      { path: "$.language", code: "INVALID_VALUE", params: { value: "fr", allowed: "de, en" } },
    ]);
  });

  test("INVALID_DATE", () => {
    expect(
      problemsOf({
        ...withGoals(goal({ deadline: "2027-02-30" }), goal({ id: "G2", deadline: "Ende 2027" })),
        asOf: "12/01/2026",
      }),
    ).toEqual([
      { path: "$.asOf", code: "INVALID_DATE", params: { value: "12/01/2026" } },
      { path: "$.goals[0].deadline", code: "INVALID_DATE", params: { value: "2027-02-30" } },
      { path: "$.goals[1].deadline", code: "INVALID_DATE", params: { value: "Ende 2027" } },
    ]);
  });

  test("every code is produced by some input above", () => {
    expect([...PLAN_PROBLEM_CODES].sort()).toEqual(
      [
        "INVALID_DATE",
        "INVALID_VALUE",
        "JSON_SYNTAX",
        "NOT_AN_OBJECT",
        "REQUIRED",
        "VERSION_UNSUPPORTED",
        "WRONG_TYPE",
      ].sort(),
    );
  });
});

describe("planProblemMessage", () => {
  const problems: PlanProblem[] = [
    { path: "$", code: "JSON_SYNTAX", params: { line: 3, column: 13 } },
    { path: "$", code: "NOT_AN_OBJECT", params: { found: "array" } },
    { path: "$.version", code: "VERSION_UNSUPPORTED", params: { found: "2", supported: 1 } },
    { path: "$.goals[0].account", code: "REQUIRED", params: {} },
    { path: "$.goals[0].id", code: "WRONG_TYPE", params: { expected: "string|number", found: "boolean" } },
    {
      path: "$.goals[0].kind",
      code: "INVALID_VALUE",
      params: { value: "tactical", allowed: "economic, strategic" },
    },
    { path: "$.goals[0].target", code: "INVALID_VALUE", params: { value: "viel" } },
    { path: "$.goals[2].deadline", code: "INVALID_DATE", params: { value: "Ende 2027" } },
  ];

  test.each(["de", "en"] as const)(
    "one line per problem in %s, naming the path, no placeholder left",
    (language) => {
      for (const problem of problems) {
        const message = planProblemMessage(problem, language);
        expect(message).toContain(problem.path);
        expect(message).not.toMatch(/\n|\{\w+\}/);
      }
    },
  );

  test("the texts", () => {
    expect(planProblemMessage(problems[0]!, "en")).toBe(
      "$: not valid JSON (line 3, column 13) - check brackets, commas and quotes",
    );
    expect(planProblemMessage(problems[4]!, "de")).toBe(
      "$.goals[0].id: erwartet einen Text oder eine Zahl, gefunden einen Wahrheitswert",
    );
    expect(planProblemMessage(problems[4]!, "en")).toBe(
      "$.goals[0].id: expected a string or a number, found a boolean",
    );
    expect(planProblemMessage(problems[5]!, "de")).toBe(
      "$.goals[0].kind: „tactical“ ist nicht zulässig – zulässig: economic, strategic",
    );
    expect(planProblemMessage(problems[6]!, "en")).toBe(
      '$.goals[0].target: \'viel\' is not a number - e.g. 2300000, "2.3M" or "22 %"',
    );
    expect(planProblemMessage(problems[7]!, "de")).toBe(
      "$.goals[2].deadline: „Ende 2027“ ist kein Datum – schreiben Sie JJJJ-MM-TT (2027-12-31) oder TT.MM.JJJJ",
    );
    expect(planProblemMessage(problems[3]!, "en")).toBe(
      "$.goals[0].account is missing - this entry is required",
    );
  });
});

describe("parsePlanFile never throws", () => {
  const check = (text: string) => {
    const result = parsePlanFile(text);
    if (!result.ok) {
      expect(result.problems.length).toBeGreaterThan(0);
      for (const problem of result.problems) {
        expect(problem.path.startsWith("$")).toBe(true);
        expect(PLAN_PROBLEM_CODES).toContain(problem.code);
        expect(planProblemMessage(problem, "de")).not.toMatch(/\n/);
        expect(planProblemMessage(problem, "en")).not.toMatch(/\n/);
      }
    }
  };

  test("on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), check), { numRuns: 300 });
  });

  test("on arbitrary JSON values", () => {
    fc.assert(fc.property(fc.json(), check), { numRuns: 300 });
    fc.assert(
      fc.property(fc.anything(), (value) => {
        check(value === undefined ? "undefined" : JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  test("on plan-shaped objects with arbitrary fields", () => {
    const field = fc.oneof(fc.anything(), fc.string(), fc.double(), fc.constant(null));
    const goalArb = fc.dictionary(
      fc.constantFrom(
        "id",
        "account",
        "kind",
        "metric",
        "statement",
        "baseline",
        "target",
        "unit",
        "deadline",
        "owner",
        "status",
      ),
      field,
    );
    const planArb = fc.record(
      {
        version: fc.oneof(fc.constant(1), field),
        language: field,
        asOf: field,
        vision: field,
        mission: field,
        marketing: fc.oneof(
          field,
          fc.dictionary(
            fc.constantFrom("positioning", "minGrossMargin", "focusSegments", "excludedSegments"),
            field,
          ),
        ),
        goals: fc.oneof(field, fc.array(fc.oneof(goalArb, field), { maxLength: 6 })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(planArb, (plan) => {
        check(JSON.stringify(plan));
      }),
      { numRuns: 500 },
    );
  });
});

describe("jsonSyntaxErrorOffset agrees with JSON.parse", () => {
  const engineOffset = (text: string): number | "error" | "ok" => {
    try {
      JSON.parse(text);
      return "ok";
    } catch (error) {
      const position = /position (\d+)/.exec(error instanceof Error ? error.message : "");
      return position ? Number(position[1]) : "error";
    }
  };

  test("valid JSON has no error; broken JSON has one, where the engine says when it says", () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "}", "]", "{", "[", '"', ":", "x", "\\", "\n"))
      .map(([json, at, insert]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i + (insert === "" ? 1 : 0));
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        const engine = engineOffset(text);
        const offset = jsonSyntaxErrorOffset(text);
        if (engine === "ok") expect(offset).toBe(-1);
        else expect(offset).toBeGreaterThanOrEqual(0);
        if (typeof engine === "number") expect(offset).toBe(engine);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parsePlanFile: progress", () => {
  test("actual, actualDate and start: numbers in either notation, dates ISO or German", () => {
    const plan = planOf(
      withGoals(
        goal({ actual: 2_100_000, actualDate: "2026-11-30", start: "01.01.2026" }),
        goal({ metric: "grossMargin", target: "25 %", actual: "21,5 %" }),
        goal({ actual: "k. A." }),
      ),
    );
    expect(plan.goals.map((g) => [g.actual, g.actualDate, g.start])).toEqual([
      [2_100_000, "2026-11-30", "2026-01-01"],
      [0.215, null, null],
      [null, null, null],
    ]);
  });

  test('"actual": "account" asks for the account\'s latest figure (revenue, margin, share of wallet)', () => {
    const plan = planOf(
      withGoals(goal({ actual: "account" }), goal({ metric: "shareOfWallet", actual: "Account" })),
    );
    expect(plan.goals.map((g) => [g.actual, g.actualFromAccount])).toEqual([
      [null, true],
      [null, true],
    ]);
  });

  test('"account" on another metric, a bad actual and a bad date are problems with their paths', () => {
    expect(
      problemsOf(
        withGoals(
          goal({ kind: "strategic", metric: "retention", actual: "account" }),
          goal({ actual: "viel" }),
          goal({ actualDate: "gestern", start: "2026-02-30" }),
        ),
      ).map((p) => [p.path, p.code]),
    ).toEqual([
      ["$.goals[0].actual", "INVALID_VALUE"],
      ["$.goals[1].actual", "INVALID_VALUE"],
      ["$.goals[2].start", "INVALID_DATE"],
      ["$.goals[2].actualDate", "INVALID_DATE"],
    ]);
  });
});
