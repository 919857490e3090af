import { finding, type Finding } from "../../src/domain/finding";
import type { Language, Plan } from "../../src/domain/plan";
import { reviewAccounts, reviewSheetSpec } from "../../src/workbook/review-sheet";
import { PALETTE } from "../../src/workbook/sheet-styles";
import type { SheetSpec } from "../../src/sheet/sheet-spec";
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
    },
    describeFinding,
  );
}

describe("review sheet layout", () => {
  test("title, as-of, table KAM_Review with one row per account, marker name, print and freeze", () => {
    const s = spec();
    expect(textAt(s, "A1")).toBe("KAM-Review – Kundenportfolio");
    expect(textAt(s, "A2")).toBe("Stand");
    expect(valueAt(s, "B2")).toEqual({ kind: "date", iso: "2026-12-01" });
    expect(s.table).toMatchObject({ name: "KAM_Review", range: "A4:O7" });
    expect(s.values[3]?.map((v) => (v.kind === "text" ? v.text : null))).toEqual([
      "Kunden-ID",
      "Kunde",
      "KAM",
      "Quadrant",
      "Umsatz",
      "Potenzial",
      "Share of Wallet",
      "Ziele wirtschaftlich",
      "Ziele strategisch",
      "Umsatzziel",
      "Wachstum",
      "Fehler",
      "Warnungen",
      "Status",
      "Hinweise",
    ]);
    expect(["A5", "A6", "A7"].map((a) => textAt(s, a))).toEqual(["D-01", "D-02", "D-03"]);
    expect(s.names).toEqual([{ name: "KAM_ReviewSheet", range: "A1" }]);
    expect(s.freeze).toEqual({ rows: 4, columns: 0 });
    expect(s.print).toEqual({ landscape: true, fitToWidth: true, repeatRows: "4:4" });
    expect(textAt(spec({ language: "en" }), "E4")).toBe("Revenue");
  });

  test("figures with money and percent formats per language; quadrant localised", () => {
    const s = spec();
    expect(valueAt(s, "E5")).toEqual({ kind: "number", value: 1_850_000 });
    expect(styleAt(s, "E5").numberFormat).toBe('#,##0 "€"');
    expect(styleAt(spec({ language: "en" }), "E5").numberFormat).toBe('"€"#,##0');
    expect(valueAt(s, "G5")).toEqual({ kind: "number", value: 1_850_000 / 5_200_000 });
    expect(styleAt(s, "G5").numberFormat).toBe("0.0%");
    expect(textAt(s, "D5")).toMatch(/^(Strategiekunde|Statuskunde|Straffungskunde|Entwicklungskunde)$/);
    expect(textAt(spec({ language: "en" }), "D5")).toMatch(/^(Strategic|Status|Streamline|Development)$/);
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
    expect(valueAt(s, "H5")).toEqual({ kind: "number", value: 2 });
    expect(valueAt(s, "I5")).toEqual({ kind: "number", value: 1 });
    expect(valueAt(s, "J5")).toEqual({ kind: "number", value: 3_000_000 });
    expect(valueAt(s, "K5")).toEqual({ kind: "number", value: 3_000_000 / 1_850_000 - 1 });
    expect(valueAt(s, "J7")).toEqual({ kind: "empty" });
  });

  test("error and warning counts include the account's goals; RAG status with matching fills", () => {
    const findings = [
      goalFinding("GOAL_NO_TARGET", "G1", "target"),
      goalFinding("GOAL_DEADLINE_FAR", "G1", "deadline"),
      finding("ACCOUNT_RISK_UNADDRESSED", { type: "account", id: "D-02" }, "churnRisk"),
      finding("ACCOUNT_NO_GOALS", { type: "account", id: "D-03" }),
    ];
    const s = spec({ findings });
    expect([valueAt(s, "L5"), valueAt(s, "M5")]).toEqual([
      { kind: "number", value: 1 },
      { kind: "number", value: 1 },
    ]);
    expect(textAt(s, "N5")).toBe("Rot");
    expect(styleAt(s, "N5")).toMatchObject({ fill: PALETTE.errorFill, fontColor: PALETTE.errorText });
    expect(textAt(s, "N6")).toBe("Gelb");
    expect(styleAt(s, "N6").fill).toBe(PALETTE.warningFill);
    expect(textAt(s, "N7")).toBe("Gelb – keine Ziele");
    expect(textAt(s, "O6")).toBe("ACCOUNT_RISK_UNADDRESSED (churnRisk)");
    // Goal findings are on the goal sheet; the review notes name the goals that have some.
    expect(textAt(s, "O5")).toBe(
      "Ziele mit Prüfhinweisen (siehe Blatt der KAM-Ziele): G1 (1 Fehler, 1 Warnung)",
    );
    const green = spec({ plan: { ...PLAN, goals: [goal({ id: "G1" })] }, accounts: ACCOUNTS.slice(0, 1) });
    expect(textAt(green, "N5")).toBe("Grün");
    expect(styleAt(green, "N5").fill).toBe(PALETTE.okFill);
    expect(textAt(spec({ findings, language: "en" }), "N7")).toBe("Amber – no goals");
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
    expect(textAt(s, "O6")).toBe("Kunden!D5: CELL_UNREADABLE (revenue)");
    expect(valueAt(s, "M6")).toEqual({ kind: "number", value: 1 });
    const notes = s.values
      .slice(8)
      .flat()
      .flatMap((v) => (v.kind === "text" ? [v.text] : []));
    expect(notes.join("\n")).toContain("Sonstiges!B2: CELL_UNREADABLE (revenue)");
  });

  test("portfolio totals below the table: formulas with cached results", () => {
    const s = spec();
    expect(valueAt(s, "A8")).toEqual({ kind: "text", text: "Portfolio gesamt (3 Kunden)" });
    expect(valueAt(s, "E8")).toEqual({ kind: "formula", formula: "=SUM(E5:E7)", result: 5_010_000 });
    expect(valueAt(s, "F8")).toEqual({ kind: "formula", formula: "=SUM(F5:F7)", result: 11_300_000 });
    expect(valueAt(s, "G8")).toMatchObject({ kind: "formula", result: 5_010_000 / 11_300_000 });
    expect(valueAt(s, "H8")).toMatchObject({ kind: "formula", formula: "=SUM(H5:H7)", result: 2 });
    expect(valueAt(s, "L8")).toMatchObject({ kind: "formula", formula: "=SUM(L5:L7)", result: 0 });
    expect(textAt(s, "N8")).toBe("Rot 0 · Gelb 1 · Grün 2");
    expect(styleAt(s, "E8")).toMatchObject({ bold: true, numberFormat: '#,##0 "€"' });
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
    expect(valueAt(s, "G9")).toMatchObject({ kind: "formula", result: 5_010_000 / 11_300_000 });
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
    expect(valueAt(s, "E7")).toEqual({ kind: "empty" });
    expect(styleAt(s, "E6").numberFormat).toBe('#,##0 "$"');
  });

  test("goals whose account is unknown are named under the totals", () => {
    const s = spec({ plan: { ...PLAN, goals: [goal({ id: "G9", account: "X-1" })] } });
    const notes = s.values.flat().flatMap((v) => (v.kind === "text" ? [v.text] : []));
    expect(notes).toContain("Ziele ohne bekannten Kunden (siehe Blatt der KAM-Ziele): G9");
  });

  test("no accounts: a table with one empty row and zero totals", () => {
    const s = spec({ accounts: [] });
    expect(s.table?.range).toBe("A4:O5");
    expect(textAt(s, "A6")).toBe("Portfolio gesamt (0 Kunden)");
  });

  test("user and sheet text stays text", () => {
    const accounts = [
      account({ id: "=1+1", name: '=HYPERLINK("http://x","y")', owner: "@SUM(1+1)*cmd|' /C calc'!A0" }),
    ];
    const s = spec({ accounts });
    expect(valueAt(s, "A5")).toEqual({ kind: "text", text: "=1+1" });
    expect(valueAt(s, "B5")).toEqual({ kind: "text", text: '=HYPERLINK("http://x","y")' });
    expect(valueAt(s, "C5")).toEqual({ kind: "text", text: "@SUM(1+1)*cmd|' /C calc'!A0" });
  });

  test("reviewAccounts: counts and RAG as data", () => {
    const [kessler] = reviewAccounts(PLAN, ACCOUNTS, [goalFinding("GOAL_DEADLINE_FAR", "G1", "deadline")]);
    expect(kessler).toMatchObject({
      errors: 0,
      warnings: 1,
      rag: "amber",
      revenueTarget: { value: 2_300_000, currency: "EUR" },
    });
  });
});
