import { finding, type Finding } from "../../src/domain/finding";
import type { Language, Plan } from "../../src/domain/plan";
import { GOAL_HEADERS } from "../../src/i18n/sheets";
import { columnLetter } from "../../src/sheet/a1";
import {
  goalColumn,
  goalSheetSpec,
  GOAL_ROWS,
  NO_EXTRA_COLUMNS,
  type ExtraColumns,
} from "../../src/workbook/goal-sheet";
import { PALETTE } from "../../src/workbook/sheet-styles";
import type { SheetSpec } from "../../src/sheet/sheet-spec";
import {
  ACCOUNTS,
  describeFinding,
  goal,
  goalFinding,
  OWASP_INJECTIONS,
  PLAN,
  styleAt,
  textAt,
  valueAt,
} from "./write-fixtures";

function spec(
  overrides: {
    plan?: Plan;
    findings?: readonly Finding[];
    language?: Language;
    extraColumns?: ExtraColumns;
  } = {},
): SheetSpec {
  const language = overrides.language ?? "de";
  return goalSheetSpec(
    {
      plan: overrides.plan ?? PLAN,
      accounts: ACCOUNTS,
      findings: overrides.findings ?? [],
      language,
      sheetName: language === "de" ? "KAM-Ziele" : "KAM Goals",
      extraColumns: overrides.extraColumns ?? NO_EXTRA_COLUMNS,
    },
    describeFinding,
  );
}

const HEADER = GOAL_ROWS.header;
const FIRST = HEADER + 1;
const at = (key: Parameters<typeof goalColumn>[0], row: number) => `${columnLetter(goalColumn(key))}${row}`;

describe("goal sheet layout", () => {
  test("title, as-of date and the maintained-by note on top", () => {
    const s = spec();
    expect(textAt(s, "A1")).toBe("KAM-Ziele – Vision, Mission und Geschäftsziele");
    expect(styleAt(s, "A1")).toMatchObject({ bold: true, fontSize: 16 });
    expect(s.merges).toContain("A1:U1");
    expect(textAt(s, "A2")).toBe("Stand");
    expect(valueAt(s, "C2")).toEqual({ kind: "date", iso: "2026-12-01" });
    expect(styleAt(s, "C2").numberFormat).toBe("dd.mm.yyyy");
    expect(textAt(s, "D2")).toMatch(/KAM Planner/);
    expect(styleAt(s, "D2")).toMatchObject({ italic: true });
  });

  test("vision and mission: label over A:B, text over C:I, findings over J:U; named text cells", () => {
    const s = spec();
    expect(textAt(s, "A4")).toBe("Vision");
    expect(textAt(s, "C4")).toBe(PLAN.vision);
    expect(textAt(s, "A5")).toBe("Mission");
    expect(textAt(s, "C5")).toBe(PLAN.mission);
    expect(s.merges).toEqual(expect.arrayContaining(["A4:B4", "C4:I4", "J4:U4", "A5:B5", "C5:I5", "J5:U5"]));
    expect(textAt(s, "J4")).toBe("OK");
    expect(styleAt(s, "J4")).toMatchObject({ fill: PALETTE.okFill, fontColor: PALETTE.okText });
    expect(styleAt(s, "C4")).toMatchObject({ wrap: true });
    expect(s.names).toEqual(
      expect.arrayContaining([
        { name: "KAM_GoalSheet", range: "A1" },
        { name: "KAM_AsOf", range: "C2" },
        { name: "KAM_Vision", range: "C4" },
        { name: "KAM_Mission", range: "C5" },
        { name: "KAM_Marketing", range: "A6:I9" },
      ]),
    );
  });

  test("marketing's positioning rows 6-9, minimum margin as a percent cell, segments joined by '; '", () => {
    const s = spec();
    expect(textAt(s, "A6")).toBe("Positionierung (Marketing)");
    expect(textAt(s, "C6")).toBe("Qualitätsführer (Premium)");
    expect(textAt(s, "A7")).toBe("Mindestbruttomarge");
    expect(valueAt(s, "C7")).toEqual({ kind: "number", value: 0.22 });
    expect(styleAt(s, "C7").numberFormat).toBe("0.0%");
    expect(textAt(s, "C8")).toBe("Medizintechnik; Lebensmittel");
    expect(textAt(s, "A9")).toBe("Ausgeschlossene Segmente");
    expect(textAt(s, "C9")).toBe("Tabak; Rüstung");
  });

  test.each<[Language, string[]]>([
    [
      "de",
      [
        "Ziel-ID",
        "Kunden-ID",
        "Kunde",
        "Art",
        "Kennzahl",
        "Ziel",
        "Ausgangswert",
        "Zielwert",
        "Veränderung",
        "Einheit",
        "Beginn",
        "Termin",
        "Ist",
        "Ist-Datum",
        "Zielerreichung",
        "Zeit verstrichen",
        "Im Plan",
        "Verantwortlich",
        "Status",
        "Prüfung",
        "Prüfhinweise",
      ],
    ],
    [
      "en",
      [
        "Goal ID",
        "Account ID",
        "Account",
        "Kind",
        "Metric",
        "Goal",
        "Baseline",
        "Target",
        "Change",
        "Unit",
        "Start",
        "Deadline",
        "Actual",
        "Actual date",
        "Attainment",
        "Time elapsed",
        "On track",
        "Owner",
        "Status",
        "Check",
        "Findings",
      ],
    ],
  ])(
    "table KAM_Goals: header row 11 in %s, one row per goal, first column the goal id",
    (language, headers) => {
      const s = spec({ language });
      expect(s.values[HEADER - 1]?.slice(0, 21).map((v) => (v.kind === "text" ? v.text : null))).toEqual(
        headers,
      );
      expect(s.table).toEqual({
        name: "KAM_Goals",
        range: "A11:U14",
        style: "TableStyleMedium2",
        showBandedRows: true,
      });
      expect(textAt(s, "A12")).toBe("G1");
      expect(textAt(s, "A14")).toBe("G3");
      expect(s.freeze).toEqual({ rows: HEADER, columns: 0 });
      expect(s.print).toEqual({ landscape: true, fitToWidth: true, repeatRows: "11:11" });
      expect(s.tabColor).toMatch(/^#[0-9A-F]{6}$/);
      expect(s.name).toBe(language === "de" ? "KAM-Ziele" : "KAM Goals");
    },
  );

  test("goal row: account name looked up, localised kind/metric/status, dates as date cells", () => {
    const s = spec();
    expect(textAt(s, at("account", FIRST))).toBe("D-01");
    expect(textAt(s, at("accountName", FIRST))).toBe("Kessler Verpackungen GmbH");
    expect(textAt(s, at("kind", FIRST))).toBe("Wirtschaftlich");
    expect(textAt(s, at("metric", FIRST))).toBe("Umsatz");
    expect(valueAt(s, at("deadline", FIRST))).toEqual({ kind: "date", iso: "2027-12-31" });
    expect(styleAt(s, at("deadline", FIRST)).numberFormat).toBe("dd.mm.yyyy");
    expect(textAt(s, at("status", FIRST + 1))).toBe("In Arbeit");
    expect(valueAt(s, at("status", FIRST))).toEqual({ kind: "empty" });
    const en = spec({ language: "en" });
    expect(textAt(en, at("kind", FIRST + 1))).toBe("Strategic");
    expect(textAt(en, at("metric", FIRST + 1))).toBe("Retention");
    expect(textAt(en, at("status", FIRST + 1))).toBe("In progress");
    expect(styleAt(en, at("deadline", FIRST)).numberFormat).toBe("d mmm yyyy");
  });

  test("change is a formula the add-in builds, with its cached result and the target's format", () => {
    const s = spec();
    expect(valueAt(s, "I12")).toEqual({
      kind: "formula",
      formula: '=IF(AND(ISNUMBER(H12),ISNUMBER(G12)),H12-G12,"")',
      result: 450_000,
    });
    expect(valueAt(s, "I13")).toMatchObject({ kind: "formula", result: "" });
    expect(styleAt(s, "I12").numberFormat).toBe(styleAt(s, "H12").numberFormat);
  });

  test.each<[string, Partial<Parameters<typeof goal>[0]>, Language, string]>([
    ["EUR de", { unit: "EUR" }, "de", '#,##0 "€"'],
    ["EUR en", { unit: "EUR" }, "en", '"€"#,##0'],
    ["€ sign", { unit: "€" }, "de", '#,##0 "€"'],
    ["USD de", { unit: "USD" }, "de", '#,##0 "$"'],
    ["USD en", { unit: "USD" }, "en", '"$"#,##0'],
    ["money without unit takes the account currency", { unit: null }, "de", '#,##0 "€"'],
    ["percent", { metric: "grossMargin", unit: "%", baseline: 0.2, target: 0.25 }, "de", "0.0%"],
    [
      "fraction metric without unit",
      { metric: "shareOfWallet", unit: null, baseline: 0.3, target: 0.4 },
      "en",
      "0.0%",
    ],
    [
      "count",
      { metric: "newBusinessAreas", kind: "strategic", unit: "count", baseline: 2, target: 3 },
      "de",
      "0",
    ],
    ["score", { metric: "relationship", kind: "strategic", unit: null, baseline: 2, target: 4 }, "de", "0"],
    [
      "half-point score keeps its decimal",
      { metric: "relationship", kind: "strategic", unit: null, baseline: 2, target: 3.5 },
      "de",
      "0.0",
    ],
    ["other without unit", { metric: "other", unit: null, baseline: null, target: 5 }, "de", "General"],
  ])("number format by unit: %s", (_, overrides, language, format) => {
    const plan: Plan = { ...PLAN, goals: [goal({ id: "G1", ...overrides })] };
    const s = spec({ plan, language });
    for (const key of ["baseline", "target", "change"] as const) {
      expect(styleAt(s, at(key, FIRST)).numberFormat).toBe(format);
    }
  });

  test.each([
    ["statement", "statement"],
    ["target", "target"],
    ["baseline", "baseline"],
    ["deadline", "deadline"],
    ["kind", "kind"],
    ["metric", "metric"],
    ["account", "account"],
    ["unit", "unit"],
    ["owner", "owner"],
    ["id", "id"],
  ] as const)("a finding on field %s fills exactly that cell", (field, column) => {
    const findings = [goalFinding("GOAL_NO_TARGET", "G2", field)];
    const s = spec({ findings });
    const row = FIRST + 1;
    expect(styleAt(s, at(column, row))).toMatchObject({
      fill: PALETTE.errorFill,
      fontColor: PALETTE.errorText,
    });
    // No other data cell of that row or the rows around is highlighted (the check cell aside).
    for (let r = FIRST; r <= FIRST + 2; r++) {
      for (const key of [
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
      ] as const) {
        if (r === row && key === column) continue;
        expect(styleAt(s, at(key, r)).fill).toBeUndefined();
      }
    }
  });

  test("warnings are amber, an error on the same cell wins, the check cell shows the worst severity", () => {
    const findings = [
      goalFinding("GOAL_GROWTH_IMPLAUSIBLE", "G1", "target"),
      goalFinding("GOAL_TARGET_ABOVE_POTENTIAL", "G1", "target"),
      goalFinding("GOAL_SALES_OR_MARKETING_ACTIVITY", "G1", "statement"),
      goalFinding("GOAL_DEADLINE_FAR", "G3", "deadline"),
    ];
    const s = spec({ findings });
    expect(styleAt(s, at("target", FIRST))).toMatchObject({
      fill: PALETTE.errorFill,
      fontColor: PALETTE.errorText,
    });
    expect(styleAt(s, at("statement", FIRST))).toMatchObject({
      fill: PALETTE.warningFill,
      fontColor: PALETTE.warningText,
    });
    expect(styleAt(s, at("check", FIRST)).fill).toBe(PALETTE.errorFill);
    expect(styleAt(s, at("check", FIRST + 1)).fill).toBe(PALETTE.okFill);
    expect(styleAt(s, at("check", FIRST + 2)).fill).toBe(PALETTE.warningFill);
    expect(styleAt(s, at("deadline", FIRST + 2)).fill).toBe(PALETTE.warningFill);
  });

  test("check summary text: OK / 2 Warnungen / 1 Fehler, 2 Warnungen (and in English)", () => {
    const findings = [
      goalFinding("GOAL_NO_TARGET", "G1", "target"),
      goalFinding("GOAL_DEADLINE_FAR", "G1", "deadline"),
      goalFinding("GOAL_SALES_OR_MARKETING_ACTIVITY", "G1", "statement"),
      goalFinding("GOAL_DEADLINE_FAR", "G3", "deadline"),
      goalFinding("GOAL_NOT_AN_IMPROVEMENT", "G3", "target"),
    ];
    const de = spec({ findings });
    expect(textAt(de, at("check", FIRST))).toBe("1 Fehler, 2 Warnungen");
    expect(textAt(de, at("check", FIRST + 1))).toBe("OK");
    expect(textAt(de, at("check", FIRST + 2))).toBe("2 Warnungen");
    const en = spec({ findings, language: "en" });
    expect(textAt(en, at("check", FIRST))).toBe("1 error, 2 warnings");
    expect(textAt(en, at("check", FIRST + 2))).toBe("2 warnings");
  });

  test("findings column: the goal's messages, errors first, one per line", () => {
    const findings = [
      goalFinding("GOAL_DEADLINE_FAR", "G1", "deadline"),
      goalFinding("GOAL_NO_TARGET", "G1", "target"),
    ];
    const s = spec({ findings });
    expect(textAt(s, at("findings", FIRST))).toBe(
      "• GOAL_NO_TARGET (target)\n• GOAL_DEADLINE_FAR (deadline)",
    );
    expect(styleAt(s, at("findings", FIRST)).wrap).toBe(true);
    expect(valueAt(s, at("findings", FIRST + 1))).toEqual({ kind: "empty" });
    const row = s.rowHeights.find((h) => h.row === FIRST);
    expect(row?.height).toBeGreaterThanOrEqual(30);
  });

  test("vision findings fill the vision text cell and stand in the block's findings cell", () => {
    const findings = [
      finding("VISION_MONETARY", { type: "vision" }, "vision"),
      finding("VISION_LENGTH", { type: "vision" }, "vision"),
      finding("MISSION_NO_HOW", { type: "mission" }, "mission"),
    ];
    const s = spec({ findings });
    expect(styleAt(s, "C4").fill).toBe(PALETTE.errorFill);
    expect(textAt(s, "J4")).toBe("• VISION_MONETARY (vision)\n• VISION_LENGTH (vision)");
    expect(styleAt(s, "J4").fill).toBe(PALETTE.errorFill);
    expect(styleAt(s, "C5").fill).toBe(PALETTE.warningFill);
    expect(textAt(s, "J5")).toBe("MISSION_NO_HOW (mission)");
  });

  test("account-level findings are not goal findings: they stay off the goal sheet", () => {
    const findings = [finding("ACCOUNT_NO_STRATEGIC_GOAL", { type: "account", id: "D-01" })];
    const s = spec({ findings });
    expect(textAt(s, at("check", FIRST))).toBe("OK");
    expect(JSON.stringify(s.values)).not.toContain("ACCOUNT_NO_STRATEGIC_GOAL");
  });

  test("dropdowns for kind, metric and status over the data rows and spare rows below", () => {
    const de = spec();
    expect(de.validations.map((v) => v.range)).toEqual(["D12:D39", "E12:E39", "S12:S39"]);
    expect(de.validations[0]?.values).toEqual(["Wirtschaftlich", "Strategisch"]);
    expect(de.validations[1]?.values).toContain("Neue Geschäftsbereiche");
    expect(de.validations[2]?.values).toEqual(["Geplant", "In Arbeit", "Erreicht", "Verworfen"]);
    expect(de.validations[0]?.errorMessage).toMatch(/^Art:/);
    const en = spec({ language: "en" });
    expect(en.validations[2]?.values).toEqual(["Planned", "In progress", "Achieved", "Dropped"]);
    for (const v of [...de.validations, ...en.validations]) {
      expect(v.values.join(",").length).toBeLessThanOrEqual(255);
      expect(v.errorTitle.length).toBeLessThanOrEqual(32);
    }
  });

  test("a plan without goals still has a table with one empty data row", () => {
    const s = spec({ plan: { ...PLAN, goals: [] } });
    expect(s.table?.range).toBe("A11:U12");
    expect(s.values[FIRST - 1]?.every((v) => v.kind === "empty") ?? true).toBe(true);
  });

  test("extra columns users added follow the add-in's columns with their values per goal id", () => {
    const extraColumns: ExtraColumns = {
      headers: ["Budget", "Notiz"],
      rows: new Map([
        [
          "G2",
          [
            { value: 12000, format: "#,##0" },
            { value: "=nicht rechnen", format: "@" },
          ],
        ],
        [
          "G1",
          [
            { value: null, format: "General" },
            { value: "Etiketten zuerst", format: "General" },
          ],
        ],
      ]),
    };
    const s = spec({ extraColumns });
    expect(textAt(s, "V11")).toBe("Budget");
    expect(textAt(s, "W11")).toBe("Notiz");
    expect(s.table?.range).toBe("A11:W14");
    expect(valueAt(s, "V13")).toEqual({ kind: "number", value: 12000 });
    expect(styleAt(s, "V13").numberFormat).toBe("#,##0");
    expect(valueAt(s, "W13")).toEqual({ kind: "text", text: "=nicht rechnen" });
    expect(textAt(s, "W12")).toBe("Etiketten zuerst");
    expect(valueAt(s, "V14")).toEqual({ kind: "empty" });
    expect(s.columnWidths).toHaveLength(23);
  });

  test("column widths fit the headers' words (plus the filter button) and wrap long text", () => {
    const s = spec();
    const headers = GOAL_HEADERS.de;
    Object.values(headers).forEach((h, i) => {
      const longestWord = Math.max(...h.split(" ").map((w) => w.length));
      expect(s.columnWidths[i]).toBeGreaterThanOrEqual(longestWord + 2);
    });
    expect(styleAt(s, at("statement", FIRST)).wrap).toBe(true);
  });

  test("a long vision gets a row tall enough for its lines", () => {
    const vision = "Wir werden für unsere Key Accounts ein geschätzter Partner sein. ".repeat(8);
    const s = spec({ plan: { ...PLAN, vision } });
    const height = s.rowHeights.find((h) => h.row === GOAL_ROWS.vision)?.height ?? 15;
    expect(height).toBeGreaterThanOrEqual(45);
  });

  test.each(OWASP_INJECTIONS)("user text %j stays text: statement, owner, account, vision", (payload) => {
    const plan: Plan = {
      ...PLAN,
      vision: payload,
      mission: payload,
      goals: [goal({ id: "G1", statement: payload, owner: payload, account: payload })],
    };
    const s = spec({ plan });
    for (const address of ["C4", "C5", at("statement", FIRST), at("owner", FIRST), at("account", FIRST)]) {
      expect(valueAt(s, address)).toEqual({ kind: "text", text: payload });
    }
    // The add-in's own formulas only, and none of them carries the text.
    const formulas = s.values.flat().flatMap((v) => (v.kind === "formula" ? [v.formula] : []));
    expect(formulas).toHaveLength(4);
    expect(formulas[0]).toBe('=IF(AND(ISNUMBER(H12),ISNUMBER(G12)),H12-G12,"")');
    for (const formula of formulas) expect(formula).not.toContain(payload.trim());
  });
});

describe("progress in the goal table", () => {
  const withProgress: Plan = {
    ...PLAN,
    goals: [
      goal({
        id: "G1",
        baseline: 1_850_000,
        start: "2026-01-01",
        actual: 2_075_000,
        actualDate: "2026-07-02",
      }),
      goal({ id: "G2", baseline: 1_850_000, start: "2026-01-01", actual: null }),
    ],
  };

  test("actual, its date and the start are input cells with the goal's formats", () => {
    const s = spec({ plan: withProgress });
    expect(valueAt(s, at("actual", FIRST))).toEqual({ kind: "number", value: 2_075_000 });
    expect(styleAt(s, at("actual", FIRST)).numberFormat).toBe(styleAt(s, at("target", FIRST)).numberFormat);
    expect(valueAt(s, at("actualDate", FIRST))).toEqual({ kind: "date", iso: "2026-07-02" });
    expect(valueAt(s, at("start", FIRST))).toEqual({ kind: "date", iso: "2026-01-01" });
    // Spare rows below take dates as dates too.
    expect(styleAt(s, at("actualDate", FIRST + 20)).numberFormat).toBe("dd.mm.yyyy");
    expect(valueAt(s, at("actual", FIRST + 1))).toEqual({ kind: "empty" });
  });

  test("attainment, time elapsed and on track are formulas over the row, with the domain's results", () => {
    const s = spec({ plan: withProgress });
    const cell = (key: Parameters<typeof at>[0]) => at(key, FIRST);
    expect(valueAt(s, cell("attainment"))).toEqual({
      kind: "formula",
      formula: `=IF(OR(COUNT(${cell("actual")},G12,H12)<3,H12=G12),"",(${cell("actual")}-G12)/(H12-G12))`,
      result: 0.5,
    });
    const elapsed = valueAt(s, cell("elapsed"));
    expect(elapsed.kind === "formula" && elapsed.formula).toContain("$C$2");
    expect(elapsed).toMatchObject({ result: 182 / 729 });
    expect(valueAt(s, cell("onTrack"))).toMatchObject({ kind: "formula", result: "im Plan" });
    expect(styleAt(s, cell("attainment")).numberFormat).toBe("0%");
    expect(valueAt(s, at("attainment", FIRST + 1))).toMatchObject({ kind: "formula", result: "" });
    expect(valueAt(s, at("onTrack", FIRST + 1))).toMatchObject({ kind: "formula", result: "" });
    const en = spec({ plan: withProgress, language: "en" });
    const onTrack = valueAt(en, cell("onTrack"));
    expect(onTrack).toMatchObject({ result: "on track" });
    expect(onTrack.kind === "formula" && onTrack.formula).toContain('"off track"');
  });

  test("attainment and on track are coloured by conditional formats that read the on-track text", () => {
    const s = spec({ plan: withProgress });
    const Q = columnLetter(goalColumn("onTrack"));
    expect(s.conditionalFormats).toEqual([
      {
        range: `${at("attainment", FIRST)}:${at("onTrack", FIRST + 1)}`,
        formula: `=$${Q}12="nicht im Plan"`,
        style: { fill: PALETTE.errorFill, fontColor: PALETTE.errorText },
      },
      {
        range: `${at("attainment", FIRST)}:${at("onTrack", FIRST + 1)}`,
        formula: `=$${Q}12="gefährdet"`,
        style: { fill: PALETTE.warningFill, fontColor: PALETTE.warningText },
      },
      {
        range: `${at("attainment", FIRST)}:${at("onTrack", FIRST + 1)}`,
        formula: `=OR($${Q}12="im Plan",$${Q}12="erreicht")`,
        style: { fill: PALETTE.okFill, fontColor: PALETTE.okText },
      },
    ]);
  });

  test("GOAL_OFF_TRACK counts in the check column but paints no input cell: progress has its own colours", () => {
    const s = spec({ plan: withProgress, findings: [goalFinding("GOAL_OFF_TRACK", "G1", "actual")] });
    expect(textAt(s, at("check", FIRST))).toBe("1 Warnung");
    expect(styleAt(s, at("actual", FIRST)).fill).toBeUndefined();
  });

  test("the status as written has its colour for readers without conditional formats; no status, no colour", () => {
    const s = spec({ plan: withProgress });
    expect(styleAt(s, at("onTrack", FIRST))).toMatchObject({
      fill: PALETTE.okFill,
      fontColor: PALETTE.okText,
    });
    expect(styleAt(s, at("attainment", FIRST)).fill).toBe(PALETTE.okFill);
    expect(styleAt(s, at("onTrack", FIRST + 1)).fill).toBeUndefined();
  });

  test("how the columns work stands right above the table", () => {
    const s = spec();
    expect(textAt(s, `A${GOAL_ROWS.progressNote}`)).toMatch(/^Zielerreichung = \(Ist − Ausgangswert\)/);
    expect(s.merges).toContain(`A${GOAL_ROWS.progressNote}:U${GOAL_ROWS.progressNote}`);
  });
});
