import fc from "fast-check";
import { nextGoalIds } from "../../src/domain/plan";
import { excelSerialFromIso } from "../../src/domain/dates";
import type { Language, Plan } from "../../src/domain/plan";
import type { NamedRange } from "../../src/sheet/port";
import { goalSheetSpec } from "../../src/workbook/goal-sheet";
import { type GridCell, type SheetGrid } from "../../src/sheet/grid";
import {
  findGoalSheet,
  planForSheet,
  readGoalSheet,
  readPlanFromWorkbook,
} from "../../src/workbook/plan-sheets";
import { gridFromSpec } from "./memory-workbook";
import { validPlan } from "./plan-arbitraries";
import { ACCOUNTS, AS_OF, describeFinding, goal, OWASP_INJECTIONS, PLAN } from "./write-fixtures";
import { gridFromRows } from "../support/grids";

function written(plan: Plan, language: Language, sheetName = language === "de" ? "KAM-Ziele" : "KAM Goals") {
  const spec = goalSheetSpec(
    { plan, accounts: ACCOUNTS, findings: [], language, sheetName },
    describeFinding,
  );
  const names: NamedRange[] = spec.names.map((n) => ({ name: n.name, sheet: spec.name, address: n.range }));
  return { grid: gridFromSpec(spec), names };
}

function readBack(plan: Plan, language: Language): Plan | undefined {
  const { grid, names } = written(plan, language);
  return readPlanFromWorkbook([grid], names)?.plan;
}

const cell = (value: GridCell["value"], format = "General"): GridCell => ({ value, format });

/** A goal table typed by hand, as users might leave it: other order, other language, extra column. */
function handMadeSheet(): { grid: SheetGrid; names: NamedRange[] } {
  const rows: (GridCell | string | number | null)[][] = [
    ["Meine Ziele"],
    [],
    [
      "Ziel",
      "Budget",
      "Goal ID",
      "Account ID",
      "Metric",
      "Art",
      "Target",
      "Termin",
      "Status",
      "Prüfung",
      "Baseline",
      "Unit",
    ],
    [
      "Umsatz ausbauen",
      cell(5000, "#,##0"),
      "G7",
      "D-01",
      "Umsatz",
      "economic",
      "2,3 Mio. €",
      "31.12.2027",
      "in Arbeit",
      "OK",
      cell(1_850_000, '#,##0 "€"'),
      "EUR",
    ],
    [
      "Marge heben",
      "vertraulich",
      null,
      "Lindner Bau AG",
      "Gross margin",
      "Wirtschaftlich",
      "24 %",
      cell(excelSerialFromIso("2028-06-30"), "dd.mm.yyyy"),
      "planned",
      null,
      0.195,
      "%",
    ],
    [],
    ["Bindung", null, "", "D-02", "retention", "strategisch", 1, "Q4 2027", "Erreicht", null, null, "%"],
    [
      "Neue Bereiche",
      null,
      "g2",
      "D-03",
      "Neue Geschäftsbereiche",
      "Strategic",
      "drei",
      "irgendwann",
      "Bald",
      null,
      null,
      "count",
    ],
  ];
  const grid = gridFromRows("Ziele alt", rows, {
    tables: [{ name: "KAM_Goals", top: 3, left: 1, bottom: 8, right: 12, hasHeader: true }],
  });
  // What the previous version wrote with its goal sheet (recognised once, see ownership.ts).
  const names = ["KAM_GoalSheet", "KAM_Vision", "KAM_Mission"].map((name) => ({
    name,
    sheet: "Ziele alt",
    address: "A1",
  }));
  return { grid, names };
}

describe("reading the plan back from the goal sheet", () => {
  test.each<Language>(["de", "en"])("a written goal sheet reads back as the same plan (%s)", (language) => {
    const plan = planForSheet(PLAN, ACCOUNTS, language);
    expect(readBack(plan, language)).toEqual(plan);
  });

  test("the stored form resolves account names to ids and fills baselines from the account", () => {
    const plan: Plan = {
      ...PLAN,
      goals: [goal({ id: "G1", account: "kessler verpackungen gmbh", baseline: null })],
    };
    const stored = planForSheet(plan, ACCOUNTS, "de");
    expect(stored.goals[0]).toMatchObject({ account: "D-01", baseline: 1_850_000 });
    expect(planForSheet(stored, ACCOUNTS, "de")).toEqual(stored);
    expect(readBack(stored, "de")).toEqual(stored);
  });

  test.each(OWASP_INJECTIONS)("text %j reads back as the same text", (payload) => {
    const plan = planForSheet(
      { ...PLAN, vision: payload, goals: [goal({ id: "G1", statement: payload, owner: payload })] },
      ACCOUNTS,
      "de",
    );
    expect(readBack(plan, "de")).toEqual(plan);
  });

  test("a deadline that is no date is kept as its text (the check names it)", () => {
    const plan = planForSheet(
      { ...PLAN, goals: [goal({ id: "G1", deadline: "nächstes Jahr" })] },
      ACCOUNTS,
      "de",
    );
    expect(readBack(plan, "de")?.goals[0]?.deadline).toBe("nächstes Jahr");
  });

  test("goals by header text in either language and any order; labels, codes, text numbers and dates", () => {
    const { grid, names } = handMadeSheet();
    const reading = readGoalSheet(grid, names);
    expect(reading.language).toBe("en"); // six English headers against four German ones
    expect(reading.extraHeaders).toEqual(["Budget"]);
    const [g7, second, third, fourth] = reading.rows;
    expect(g7).toEqual({
      id: "G7",
      goal: {
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
        status: "inProgress",
      },
      extra: [cell(5000, "#,##0")],
      row: 4,
    });
    expect(second).toMatchObject({
      id: null,
      goal: {
        account: "Lindner Bau AG",
        metric: "grossMargin",
        target: 0.24,
        deadline: "2028-06-30",
        status: "planned",
      },
      extra: [cell("vertraulich")],
    });
    expect(third).toMatchObject({
      id: null,
      goal: { kind: "strategic", metric: "retention", deadline: "2027-12-31", status: "achieved" },
    });
    expect(fourth).toMatchObject({
      id: "g2",
      goal: { metric: "newBusinessAreas", target: null, deadline: "irgendwann", status: null },
    });
    // What could not be read is reported with its cell, never guessed.
    expect(reading.findings.map((f) => [f.code, f.subject])).toEqual([
      ["CELL_UNREADABLE", { type: "cell", sheet: "Ziele alt", row: 8, column: "G" }],
      ["CELL_UNREADABLE", { type: "cell", sheet: "Ziele alt", row: 8, column: "I" }],
    ]);
  });

  test("rows without a goal id get G + the next free number, in sheet order", () => {
    const { grid, names } = handMadeSheet();
    const read = readPlanFromWorkbook([grid], names);
    expect(read?.sheet).toBe("Ziele alt");
    expect(read?.plan.goals.map((g) => g.id)).toEqual(["G7", "G8", "G9", "g2"]);
    expect(nextGoalIds(["G1", "g12", "X3", " G4 "], 2)).toEqual(["G13", "G14"]);
  });

  test("English headers make an English plan", () => {
    const plan = planForSheet(PLAN, ACCOUNTS, "en");
    expect(readBack(plan, "en")?.language).toBe("en");
  });

  test("the goal sheet is found by its token even after users renamed it", () => {
    const { grid, names } = written(planForSheet(PLAN, ACCOUNTS, "de"), "de");
    const token = "0123456789abcdef0123456789abcdef";
    const renamed: SheetGrid = { ...grid, name: "Unsere Ziele 2027", tables: [] };
    const settings: SheetGrid = {
      ...gridFromRows("KAM-Planner", [
        ["kam-planner-settings", 1],
        ["owner:goal", token],
      ]),
      visible: false,
    };
    const renamedNames = [...names, { name: `KAM_Owned_${token}`, sheet: "", address: "A1" }].map((n) => ({
      ...n,
      sheet: "Unsere Ziele 2027",
    }));
    const other = gridFromRows("Kunden", [
      ["Kunden-ID", "Kunde"],
      ["D-01", "Kessler"],
    ]);
    expect(findGoalSheet([other, renamed, settings], renamedNames)?.name).toBe("Unsere Ziele 2027");
    // Without the table (a host that lost it), the header row is found by its goal columns.
    const read = readPlanFromWorkbook([other, renamed, settings], renamedNames);
    expect(read?.plan.goals.map((g) => g.id)).toEqual(["G1", "G2", "G3"]);
    expect(read?.plan.vision).toBe(PLAN.vision);
  });

  test("no goal sheet: null", () => {
    const other = gridFromRows("Kunden", [
      ["Kunden-ID", "Kunde"],
      ["D-01", "Kessler"],
    ]);
    expect(readPlanFromWorkbook([other], [])).toBeNull();
  });

  test("an empty marketing block reads back as no positioning", () => {
    const plan = planForSheet({ ...PLAN, marketing: null }, ACCOUNTS, "de");
    expect(readBack(plan, "de")?.marketing).toBeNull();
  });
});

test("property: any plan, in its stored form, reads back unchanged", () => {
  fc.assert(
    fc.property(validPlan, fc.constantFrom<Language>("de", "en"), (plan, language) => {
      const stored = planForSheet({ ...plan, asOf: plan.asOf ?? AS_OF }, ACCOUNTS, language);
      expect(readBack(stored, language)).toEqual(stored);
    }),
    { numRuns: 150 },
  );
});

describe("progress read back from the goal table", () => {
  test("actual, actual date and start read back; the start is frozen at the first write's as-of date", () => {
    const plan: Plan = {
      ...PLAN,
      goals: [
        goal({ id: "G1", actual: 2_000_000, actualDate: "2026-11-30" }),
        goal({
          id: "G2",
          metric: "grossMargin",
          baseline: 0.2,
          target: 0.25,
          unit: "%",
          actual: 0.215,
          start: "2026-03-01",
        }),
      ],
    };
    const stored = planForSheet(plan, ACCOUNTS, "de");
    expect(stored.goals.map((g) => g.start)).toEqual([AS_OF, "2026-03-01"]);
    const back = readBack(stored, "de");
    expect(back?.goals.map((g) => [g.actual, g.actualDate, g.start])).toEqual([
      [2_000_000, "2026-11-30", AS_OF],
      [0.215, null, "2026-03-01"],
    ]);
    // Read with a later as-of date, the start stays where the first write put it.
    expect(planForSheet({ ...back!, asOf: "2027-06-01" }, ACCOUNTS, "de").goals[0]?.start).toBe(AS_OF);
  });

  test("actuals typed by hand: text numbers and date texts are read, the rest is a finding", () => {
    const rows: (GridCell | string | number | null)[][] = [
      [
        "Ziel-ID",
        "Kunden-ID",
        "Kennzahl",
        "Ziel",
        "Zielwert",
        "Ist",
        "Ist-Datum",
        "Zielerreichung",
        "Im Plan",
      ],
      ["G1", "D-01", "Umsatz", "Umsatz ausbauen", 2_300_000, "2,1 Mio. €", "30.11.2026", 0.5, "im Plan"],
      ["G2", "D-01", "Umsatz", "Umsatz halten", 2_300_000, "viel", "gestern", null, null],
    ];
    const grid = gridFromRows("Ziele", rows, {
      tables: [{ name: "KAM_Goals", top: 1, left: 1, bottom: 3, right: 9, hasHeader: true }],
    });
    const reading = readGoalSheet(grid, []);
    expect(reading.rows.map((r) => [r.goal.actual, r.goal.actualDate])).toEqual([
      [2_100_000, "2026-11-30"],
      [null, null],
    ]);
    expect(reading.findings.map((f) => [f.code, f.field])).toEqual([
      ["CELL_UNREADABLE", "actual"],
      ["CELL_UNREADABLE", "actualDate"],
    ]);
    // The computed columns are output, not extra columns users added.
    expect(reading.extraHeaders).toEqual([]);
  });
});

describe("units in the sheet's language", () => {
  const withUnits = (units: readonly (string | null)[]): Plan => ({
    ...PLAN,
    goals: units.map((unit, i) => goal({ id: `G${i + 1}`, account: "D-01", unit })),
  });
  const unitCells = (plan: Plan, language: Language) => {
    const { grid } = written(plan, language);
    const texts: string[] = [];
    for (const [, row] of grid.rows)
      for (const [, c] of row) if (typeof c.value === "string") texts.push(c.value);
    return texts;
  };

  test.each([
    ["de", ["Anzahl", "Punkte"]],
    ["en", ["count", "score"]],
  ] as const)("a %s goal table names counts and scores in its language", (language, words) => {
    const texts = unitCells(withUnits(["count", "score"]), language);
    for (const word of words) expect(texts).toContain(word);
    if (language === "de") expect(texts).not.toContain("count");
  });

  test.each([
    ["Anzahl", "count"],
    ["punkte", "score"],
    ["Score", "score"],
    ["count", "count"],
    ["Stück", "Stück"],
    ["EUR", "EUR"],
    ["%", "%"],
  ])("a plan's unit %p is kept as %p, read back the same in either language", (unit, code) => {
    const plan = withUnits([unit]);
    for (const language of ["de", "en"] as const) {
      const stored = planForSheet({ ...plan, asOf: AS_OF }, ACCOUNTS, language);
      expect(stored.goals[0]?.unit).toBe(code);
      expect(readBack(stored, language)?.goals[0]?.unit).toBe(code);
    }
  });
});
