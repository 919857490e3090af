import { finding, type Finding } from "../../src/domain/finding";
import type { Language, Plan } from "../../src/domain/plan";
import { REVIEW_HEADERS, type ReviewColumnKey } from "../../src/i18n/sheets";
import { columnLetter } from "../../src/sheet/a1";
import { specProblem } from "../../src/sheet/spec-rules";
import type { GridCell } from "../../src/sheet/grid";
import type { SheetSpec } from "../../src/sheet/sheet-spec";
import { managerKey, type ManagerEntries } from "../../src/workbook/review-decisions";
import { reviewAccounts, reviewColumn, reviewSheetSpec } from "../../src/workbook/review-sheet";
import { PALETTE } from "../../src/workbook/sheet-styles";
import {
  account,
  ACCOUNTS,
  describeFinding,
  goal,
  goalFinding,
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
    accounts?: typeof ACCOUNTS;
    entries?: ManagerEntries;
  } = {},
): SheetSpec {
  const language = overrides.language ?? "de";
  return reviewSheetSpec(
    {
      plan: overrides.plan ?? PLAN,
      accounts: overrides.accounts ?? ACCOUNTS,
      findings: overrides.findings ?? [],
      language,
      sheetName: language === "de" ? "KAM-Review" : "KAM Review",
      goalSheet: language === "de" ? "KAM-Ziele" : "KAM Goals",
      ...(overrides.entries ? { entries: overrides.entries } : {}),
    },
    describeFinding,
  );
}

const col = (key: ReviewColumnKey) => columnLetter(reviewColumn(key));
const at = (key: ReviewColumnKey, row: number) => `${col(key)}${row}`;
/** What a cell shows: its text, or a formula's cached result. */
function shown(s: SheetSpec, address: string): string | number | null {
  const v = valueAt(s, address);
  if (v.kind === "text") return v.text;
  if (v.kind === "number") return v.value;
  if (v.kind === "formula") return v.result ?? null;
  return null;
}
const LAST = columnLetter(Object.keys(REVIEW_HEADERS.de).length);

describe("review sheet layout", () => {
  test("title, as-of, table KAM_Review with one row per account, marker name, print and freeze", () => {
    const s = spec();
    expect(textAt(s, "A1")).toBe("KAM-Review – Kundenportfolio");
    expect(textAt(s, "A2")).toBe("Stand");
    expect(valueAt(s, "B2")).toEqual({ kind: "date", iso: "2026-12-01" });
    expect(s.table).toMatchObject({ name: "KAM_Review", range: `A4:${LAST}7` });
    expect(s.values[3]?.map((v) => (v.kind === "text" ? v.text : null))).toEqual([
      "Kunden-ID",
      "Kunde",
      "KAM",
      "Quadrant",
      "Attraktivität",
      "Relative Stärke",
      "Umsatz",
      "Potenzial",
      "Share of Wallet",
      "Ziele wirtschaftlich",
      "Ziele strategisch",
      "Umsatzziel",
      "Wachstum",
      "Zielerreichung",
      "Ziele im Plan",
      "Ziele nicht im Plan",
      "Fehler",
      "Warnungen",
      "Status",
      "Entscheidung",
      "Nächster Schritt",
      "Geprüft von",
      "am",
      "Hinweise",
    ]);
    expect(["A5", "A6", "A7"].map((a) => textAt(s, a))).toEqual(["D-01", "D-02", "D-03"]);
    expect(s.names).toEqual([{ name: "KAM_ReviewSheet", range: "A1" }]);
    expect(s.freeze).toEqual({ rows: 4, columns: 0 });
    expect(s.print).toEqual({ landscape: true, fitToWidth: true, repeatRows: "4:4" });
    expect(textAt(spec({ language: "en" }), at("revenue", 4))).toBe("Revenue");
    expect(textAt(spec({ language: "en" }), at("decision", 4))).toBe("Decision");
    expect(specProblem(s)).toBeNull();
  });

  test("the id column fits a CRM's 18-character ids, and stays narrow for short ones", () => {
    const idWidth = (accounts: typeof ACCOUNTS) =>
      spec({ accounts }).columnWidths[reviewColumn("id") - 1] ?? 0;
    const crm = ACCOUNTS.map((a, i) => ({ ...a, id: `0015g00000XyA${i}QAAV` }));
    expect(idWidth(crm)).toBeGreaterThanOrEqual(19);
    expect(idWidth(ACCOUNTS)).toBeLessThanOrEqual(12);
    // A pathological id does not push the table off the page: it is cut at the cap.
    expect(idWidth(ACCOUNTS.map((a) => ({ ...a, id: "X".repeat(200) })))).toBe(20);
  });

  test("every header fits its longest word plus the filter button (Excel wraps only between words)", () => {
    for (const language of ["de", "en"] as const) {
      const s = spec({ language });
      Object.values(REVIEW_HEADERS[language]).forEach((header, i) => {
        const longest = Math.max(...header.split(" ").map((w) => w.length));
        expect(s.columnWidths[i]).toBeGreaterThanOrEqual(longest + 3);
      });
    }
  });

  test("figures with money and percent formats per language; quadrant and scores from the portfolio", () => {
    const s = spec();
    expect(valueAt(s, at("revenue", 5))).toEqual({ kind: "number", value: 1_850_000 });
    expect(styleAt(s, at("revenue", 5)).numberFormat).toBe('#,##0 "€"');
    expect(styleAt(spec({ language: "en" }), at("revenue", 5)).numberFormat).toBe('"€"#,##0');
    expect(valueAt(s, at("shareOfWallet", 5))).toEqual({ kind: "number", value: 1_850_000 / 5_200_000 });
    expect(styleAt(s, at("shareOfWallet", 5)).numberFormat).toBe("0.0%");
    expect(textAt(s, at("quadrant", 5))).toMatch(
      /^(Strategiekunde|Statuskunde|Straffungskunde|Entwicklungskunde)$/,
    );
    expect(textAt(spec({ language: "en" }), at("quadrant", 5))).toMatch(
      /^(Strategic|Status|Streamline|Development)$/,
    );
    for (const key of ["attractiveness", "strength"] as const) {
      const v = valueAt(s, at(key, 5));
      expect(v.kind === "number" && v.value >= 0 && v.value <= 10).toBe(true);
    }
  });

  test("goals by kind, revenue target of the latest revenue goal, growth against revenue", () => {
    const plan: Plan = {
      ...PLAN,
      goals: [
        goal({ id: "G1", target: 2_300_000, deadline: "2027-12-31" }),
        goal({ id: "G4", target: 3_000_000, deadline: "2029-12-31" }),
        goal({ id: "G5", kind: "strategic", metric: "retention", target: 1, unit: "%" }),
      ],
    };
    const s = spec({ plan });
    expect(valueAt(s, at("economicGoals", 5))).toEqual({ kind: "number", value: 2 });
    expect(valueAt(s, at("strategicGoals", 5))).toEqual({ kind: "number", value: 1 });
    expect(valueAt(s, at("revenueTarget", 5))).toEqual({ kind: "number", value: 3_000_000 });
    expect(valueAt(s, at("growth", 5))).toEqual({ kind: "number", value: 3_000_000 / 1_850_000 - 1 });
    expect(valueAt(s, at("revenueTarget", 7))).toEqual({ kind: "empty" });
  });

  test("error and warning counts include the account's goals; the status combines them with progress", () => {
    const findings = [
      goalFinding("GOAL_NO_TARGET", "G1", "target"),
      goalFinding("GOAL_DEADLINE_FAR", "G1", "deadline"),
      finding("ACCOUNT_RISK_UNADDRESSED", { type: "account", id: "D-02" }, "churnRisk"),
      finding("ACCOUNT_NO_GOALS", { type: "account", id: "D-03" }),
    ];
    const s = spec({ findings });
    expect([valueAt(s, at("errors", 5)), valueAt(s, at("warnings", 5))]).toEqual([
      { kind: "number", value: 1 },
      { kind: "number", value: 1 },
    ]);
    expect(shown(s, at("status", 5))).toBe("Rot");
    expect(shown(s, at("status", 6))).toBe("Gelb");
    expect(shown(s, at("status", 7))).toBe("Gelb – keine Ziele");
    expect(styleAt(s, at("errors", 5)).fill).toBe(PALETTE.errorFill);
    expect(textAt(s, at("notes", 6))).toBe("ACCOUNT_RISK_UNADDRESSED (churnRisk)");
    // Goal findings are on the goal sheet; the review notes name the goals that have some.
    expect(textAt(s, at("notes", 5))).toBe(
      "Ziele mit Prüfhinweisen (siehe Blatt der KAM-Ziele): G1 (1 Fehler, 1 Warnung)",
    );
    const green = spec({ plan: { ...PLAN, goals: [goal({ id: "G1" })] }, accounts: ACCOUNTS.slice(0, 1) });
    expect(shown(green, at("status", 5))).toBe("Grün");
    expect(shown(spec({ findings, language: "en" }), at("status", 7))).toBe("Amber – no goals");
  });

  test("the status is a formula coloured by conditional formats, so new actuals recolour it", () => {
    const s = spec();
    const status = valueAt(s, at("status", 5));
    expect(status).toMatchObject({ kind: "formula" });
    const formula = status.kind === "formula" ? status.formula : "";
    // Errors and goals off track make it red; the goal table is read through its columns.
    expect(formula).toContain(`${at("errors", 5)}>0`);
    expect(formula).toContain(`${at("goalsOffTrack", 5)}>0`);
    expect(formula).toContain("'KAM-Ziele'!$Q$12:$Q$39");
    const rules = (s.conditionalFormats ?? []).filter(
      (cf) => cf.range === `${col("status")}5:${col("status")}7`,
    );
    expect(rules.map((r) => r.style.fill)).toEqual([PALETTE.errorFill, PALETTE.warningFill, PALETTE.okFill]);
    expect(rules[0]?.formula).toBe(`=$${col("status")}5="Rot"`);
    // The colour as written stays for readers without conditional formats.
    expect(styleAt(s, at("status", 7)).fill).toBe(PALETTE.warningFill);
  });

  test("progress per account: attainment across its goals, goals on and off track (formulas with results)", () => {
    const plan: Plan = {
      ...PLAN,
      goals: [
        // 50 % of the way, 46 % of the time: on track.
        goal({ id: "G1", baseline: 1_850_000, start: "2026-01-01", actual: 2_075_000 }),
        // 10 % of the way, 66 % of the time: off track.
        goal({
          id: "G2",
          account: "D-01",
          baseline: 1_850_000,
          start: "2026-01-01",
          deadline: "2027-06-30",
          actual: 1_895_000,
        }),
        goal({ id: "G3", account: "D-02", baseline: 0.195, target: 0.24, metric: "grossMargin", unit: "%" }),
      ],
    };
    const s = spec({ plan });
    expect(shown(s, at("attainment", 5))).toBeCloseTo((0.5 + 0.1) / 2, 12);
    expect(styleAt(s, at("attainment", 5)).numberFormat).toBe("0%");
    expect(shown(s, at("goalsOnTrack", 5))).toBe(1);
    expect(shown(s, at("goalsOffTrack", 5))).toBe(1);
    expect(shown(s, at("status", 5))).toBe("Rot");
    expect(shown(s, at("attainment", 6))).toBe("");
    expect(valueAt(s, at("goalsOffTrack", 5))).toMatchObject({
      kind: "formula",
      formula: `=COUNTIFS('KAM-Ziele'!$B$12:$B$39,"=D-01",'KAM-Ziele'!$Q$12:$Q$39,"nicht im Plan")`,
    });
    const attainment = valueAt(s, at("attainment", 5));
    expect(attainment.kind === "formula" && attainment.formula).toBe(
      `=IFERROR(AVERAGEIFS('KAM-Ziele'!$O$12:$O$39,'KAM-Ziele'!$B$12:$B$39,"=D-01",'KAM-Ziele'!$S$12:$S$39,"<>Verworfen",'KAM-Ziele'!$S$12:$S$39,"<>Dropped"),"")`,
    );
  });

  test("an account key that would be a wildcard or comparison is matched exactly", () => {
    const accounts = [account({ id: "K*1?~", name: "Stern", source: { sheet: "Kunden", row: 4 } })];
    const s = spec({ accounts, plan: { ...PLAN, goals: [] } });
    const v = valueAt(s, at("goalsOnTrack", 5));
    expect(v.kind === "formula" && v.formula).toContain('"=K~*1~?~~"');
  });

  test("a key too long for a formula keeps its computed values instead", () => {
    const accounts = [account({ id: "K".repeat(300), source: { sheet: "Kunden", row: 4 } })];
    const s = spec({ accounts, plan: { ...PLAN, goals: [] } });
    expect(valueAt(s, at("goalsOnTrack", 5))).toEqual({ kind: "number", value: 0 });
    expect(valueAt(s, at("status", 5))).toEqual({ kind: "text", text: "Gelb – keine Ziele" });
    expect(specProblem(s)).toBeNull();
  });

  test("a finding on an account sheet's cell is a note of the account read from that row", () => {
    const cellFinding = finding(
      "CELL_UNREADABLE",
      { type: "cell", sheet: "Kunden", row: 5, column: "D" },
      "revenue",
    );
    const elsewhere = finding(
      "CELL_UNREADABLE",
      { type: "cell", sheet: "Sonstiges", row: 2, column: "B" },
      "revenue",
    );
    const s = spec({ findings: [cellFinding, elsewhere] });
    expect(textAt(s, at("notes", 6))).toBe("Kunden!D5: CELL_UNREADABLE (revenue)");
    expect(valueAt(s, at("warnings", 6))).toEqual({ kind: "number", value: 1 });
    const notes = s.values
      .slice(8)
      .flat()
      .flatMap((v) => (v.kind === "text" ? [v.text] : []));
    expect(notes.join("\n")).toContain("Sonstiges!B2: CELL_UNREADABLE (revenue)");
  });

  test("portfolio totals below the table: formulas with cached results", () => {
    const s = spec();
    expect(valueAt(s, "A8")).toEqual({ kind: "text", text: "Portfolio gesamt (3 Kunden)" });
    const R = col("revenue");
    const P = col("potential");
    expect(valueAt(s, at("revenue", 8))).toEqual({
      kind: "formula",
      formula: `=SUM(${R}5:${R}7)`,
      result: 5_010_000,
    });
    expect(valueAt(s, at("potential", 8))).toEqual({
      kind: "formula",
      formula: `=SUM(${P}5:${P}7)`,
      result: 11_300_000,
    });
    expect(valueAt(s, at("shareOfWallet", 8))).toMatchObject({
      kind: "formula",
      result: 5_010_000 / 11_300_000,
    });
    expect(valueAt(s, at("economicGoals", 8))).toMatchObject({ kind: "formula", result: 2 });
    expect(valueAt(s, at("errors", 8))).toMatchObject({ kind: "formula", result: 0 });
    expect(shown(s, at("status", 8))).toBe("Rot 0 · Gelb 1 · Grün 2");
    const status = valueAt(s, at("status", 8));
    expect(status.kind === "formula" && status.formula).toContain(
      `COUNTIF(${col("status")}5:${col("status")}7,"Gelb*")`,
    );
    expect(styleAt(s, at("revenue", 8))).toMatchObject({ bold: true, numberFormat: '#,##0 "€"' });
    expect(s.merges).toContain("A8:D8");
  });

  test("share of wallet total counts only accounts with both revenue and potential", () => {
    const accounts = [
      ...ACCOUNTS,
      account({
        id: "D-09",
        name: "Ohne Umsatz",
        potential: 9_000_000,
        currency: "EUR",
        source: { sheet: "Kunden", row: 9 },
      }),
    ];
    const s = spec({ accounts });
    expect(valueAt(s, at("shareOfWallet", 9))).toMatchObject({
      kind: "formula",
      result: 5_010_000 / 11_300_000,
    });
  });

  test("money does not add up across currencies: no money totals then", () => {
    const accounts = [
      ACCOUNTS[0]!,
      account({
        id: "US-7",
        name: "Summit",
        revenue: 1_200_000,
        currency: "USD",
        source: { sheet: "US-7", row: 3 },
      }),
    ];
    const s = spec({ accounts });
    expect(valueAt(s, at("revenue", 7))).toEqual({ kind: "empty" });
    expect(styleAt(s, at("revenue", 6)).numberFormat).toBe('#,##0 "$"');
  });

  test("goals whose account is unknown are named under the totals", () => {
    const s = spec({ plan: { ...PLAN, goals: [goal({ id: "G9", account: "X-1" })] } });
    const notes = s.values.flat().flatMap((v) => (v.kind === "text" ? [v.text] : []));
    expect(notes).toContain("Ziele ohne bekannten Kunden (siehe Blatt der KAM-Ziele): G9");
  });

  test("no accounts: a table with one empty row, zero totals and no chart", () => {
    const s = spec({ accounts: [] });
    expect(s.table?.range).toBe(`A4:${LAST}5`);
    expect(textAt(s, "A6")).toBe("Portfolio gesamt (0 Kunden)");
    expect(s.charts).toEqual([]);
    expect(specProblem(s)).toBeNull();
  });

  test("user and sheet text stays text", () => {
    const accounts = [
      account({ id: "=1+1", name: '=HYPERLINK("http://x","y")', owner: "@SUM(1+1)*cmd|' /C calc'!A0" }),
    ];
    const s = spec({ accounts });
    expect(valueAt(s, "A5")).toEqual({ kind: "text", text: "=1+1" });
    expect(valueAt(s, "B5")).toEqual({ kind: "text", text: '=HYPERLINK("http://x","y")' });
    expect(valueAt(s, "C5")).toEqual({ kind: "text", text: "@SUM(1+1)*cmd|' /C calc'!A0" });
    // In the add-in's formulas the key is a quoted literal (a criterion), never a formula of its own.
    const v = valueAt(s, at("goalsOffTrack", 5));
    expect(v.kind === "formula" && v.formula).toContain('"==1+1"');
  });

  test("reviewAccounts: counts, progress and RAG as data; progress findings are not warnings", () => {
    const [kessler] = reviewAccounts(PLAN, ACCOUNTS, [
      goalFinding("GOAL_DEADLINE_FAR", "G1", "deadline"),
      goalFinding("GOAL_OFF_TRACK", "G1", "actual"),
    ]);
    expect(kessler).toMatchObject({
      errors: 0,
      warnings: 1,
      rag: "amber",
      revenueTarget: { value: 2_300_000, currency: "EUR" },
      progress: { attainment: null, onTrack: 0, atRisk: 0, offTrack: 0 },
      decision: null,
    });
  });
});

describe("the manager's columns", () => {
  const cell = (value: GridCell["value"], format = "General"): GridCell => ({ value, format });
  const entries: ManagerEntries = new Map([
    [
      managerKey("D-02"),
      {
        account: "D-02",
        cells: {
          decision: cell("Ausbauen"),
          nextStep: cell("Termin mit GF"),
          reviewedBy: cell("M. Vogt"),
          reviewedOn: cell(46_357, "dd.mm.yyyy"),
        },
      },
    ],
    [
      managerKey("K-99"),
      {
        account: "K-99",
        cells: { decision: cell("Abgeben"), nextStep: null, reviewedBy: null, reviewedOn: null },
      },
    ],
  ]);

  test("entries stand in the account's row, dates keep their format; the cells are marked as the manager's", () => {
    const s = spec({ entries });
    expect(textAt(s, at("decision", 6))).toBe("Ausbauen");
    expect(textAt(s, at("nextStep", 6))).toBe("Termin mit GF");
    expect(textAt(s, at("reviewedBy", 6))).toBe("M. Vogt");
    expect(valueAt(s, at("reviewedOn", 6))).toEqual({ kind: "number", value: 46_357 });
    expect(styleAt(s, at("reviewedOn", 6)).numberFormat).toBe("dd.mm.yyyy");
    expect(valueAt(s, at("decision", 5))).toEqual({ kind: "empty" });
    expect(styleAt(s, at("decision", 5)).fill).toBeDefined();
  });

  test("entries follow their account when the accounts' order changes", () => {
    const s = spec({ entries, accounts: [ACCOUNTS[1]!, ACCOUNTS[0]!, ACCOUNTS[2]!] });
    expect(textAt(s, "A5")).toBe("D-02");
    expect(textAt(s, at("decision", 5))).toBe("Ausbauen");
  });

  test("an entry whose account is gone is named in the notes, not lost silently", () => {
    const s = spec({ entries });
    const notes = s.values.flat().flatMap((v) => (v.kind === "text" ? [v.text] : []));
    expect(notes.some((n) => n.includes("K-99: Abgeben"))).toBe(true);
  });
});

describe("the portfolio chart", () => {
  test("a bubble chart below the notes over the table's strength, attractiveness and revenue", () => {
    const s = spec();
    expect(s.charts).toHaveLength(1);
    const chart = s.charts?.[0];
    expect(chart).toMatchObject({
      kind: "bubble",
      x: { title: "Relative Stärke", min: 0, max: 10, majorUnit: 5 },
      y: { title: "Attraktivität", min: 0, max: 10, majorUnit: 5 },
    });
    const accounts = chart?.series[0];
    expect(accounts).toMatchObject({
      x: `${col("strength")}5:${col("strength")}7`,
      y: `${col("attractiveness")}5:${col("attractiveness")}7`,
      size: `${col("revenue")}5:${col("revenue")}7`,
    });
    // Every account has revenue here: all three are labelled, by their row in the table.
    expect(accounts?.labels.map((l) => [l.index, l.text])).toEqual(
      expect.arrayContaining([
        [0, "Kessler Verpackungen GmbH"],
        [1, "Lindner Bau AG"],
        [2, "Ostsee Fisch eG"],
      ]),
    );
    expect(specProblem(s)).toBeNull();
  });

  test("the quadrant names come from cells below the chart, one invisible point each", () => {
    const s = spec();
    const quadrants = s.charts?.[0]?.series[1];
    expect(quadrants?.fill).toBeNull();
    expect(quadrants?.labels.map((l) => l.text).sort()).toEqual(
      ["Entwicklungskunde", "Statuskunde", "Straffungskunde", "Strategiekunde"].sort(),
    );
    const rows = /^C(\d+):C(\d+)$/.exec(quadrants?.x ?? "");
    expect(rows).not.toBeNull();
    const first = Number(rows?.[1]);
    expect(textAt(s, `B${first}`)).toBe("Entwicklungskunde");
    expect(valueAt(s, `C${first}`)).toEqual({ kind: "number", value: 0.25 });
    expect(valueAt(s, `D${first}`)).toEqual({ kind: "number", value: 9.75 });
    expect(styleAt(s, `E${first}`).numberFormat).toBe(";;;");
    // The chart sits above them.
    const to = /^F(\d+)$/.exec(s.charts?.[0]?.to ?? "");
    expect(Number(to?.[1])).toBeLessThan(first);
  });

  test("accounts without revenue have no bubble and are named in a note", () => {
    const accounts = [
      ...ACCOUNTS,
      account({ id: "D-09", name: "Ohne Umsatz", source: { sheet: "Kunden", row: 9 } }),
    ];
    const s = spec({ accounts });
    const notes = s.values.flat().flatMap((v) => (v.kind === "text" ? [v.text] : []));
    expect(notes).toContain("Ohne Umsatz nicht im Diagramm: Ohne Umsatz");
    expect(s.charts?.[0]?.series[0]?.labels.some((l) => l.index === 3)).toBe(false);
  });
});
