import type { Account } from "../../src/domain/account";
import type { Finding, FindingCode } from "../../src/domain/finding";
import type { Goal, Plan } from "../../src/domain/plan";
import { checkPlan } from "../../src/domain/rules";
import {
  AS_OF,
  BEISPIEL_PLAN,
  HARBOR,
  KESSLER,
  LINDNER,
  OSTSEE,
  SAMPLE_ACCOUNTS,
  SUMMIT,
  US_ACCOUNTS,
  VOSS,
  account,
  enGoal,
  enPlan,
  goal,
  plan,
} from "./fixtures";

const run = (p: Plan, accounts: readonly Account[] = SAMPLE_ACCOUNTS): Finding[] =>
  checkPlan(p, accounts, { asOf: AS_OF });
const ofCode = (findings: Finding[], code: FindingCode) => findings.filter((f) => f.code === code);

const satisfaction = (id: string, acc: string, name: string): Goal =>
  goal({
    id,
    account: acc,
    kind: "strategic",
    metric: "relationship",
    target: 5,
    statement: `Beziehung zu ${name} durch Quartalsgespräche auf 5 von 5 heben`,
  });
const enSatisfaction = (id: string, acc: string, name: string): Goal =>
  enGoal({
    id,
    account: acc,
    kind: "strategic",
    metric: "relationship",
    target: 5,
    statement: `Lift the relationship with ${name} to 5 out of 5 through quarterly reviews.`,
  });

const US_THIRD = account({
  id: "US-3",
  name: "Prairie Foods LLC",
  revenue: 800_000,
  potential: 2_000_000,
  relationship: 3,
});

describe("GOAL_DUPLICATE_ACROSS_ACCOUNTS", () => {
  it("de: fires on every goal copied to three accounts, names swapped", () => {
    const goals = [
      satisfaction("G1", "D-01", "Kessler"),
      satisfaction("G2", "D-02", "Lindner Bau AG"),
      satisfaction("G3", "D-03", "OSTSEE FISCH"),
    ];
    const hits = ofCode(run(plan({ goals })), "GOAL_DUPLICATE_ACROSS_ACCOUNTS");
    expect(hits.map((f) => f.subject)).toEqual(["G1", "G2", "G3"].map((id) => ({ type: "goal", id })));
    expect(hits[0]?.field).toBe("statement");
    expect(hits[0]?.params).toEqual({
      count: 3,
      accounts: {
        list: ["Kessler Verpackungen GmbH (D-01)", "Lindner Bau AG (D-02)", "Ostsee Fisch eG (D-03)"],
      },
    });
  });
  it("en: fires with punctuation and spacing differences", () => {
    const goals = [
      enSatisfaction("G1", "US-7", "Summit Outdoor"),
      enSatisfaction("G2", "US-9", "Harbor Freight Lines"),
      {
        ...enSatisfaction("G3", "US-3", "Prairie Foods"),
        statement: "Lift the relationship with  Prairie Foods to 5 out of 5 through quarterly reviews",
      },
    ];
    expect(
      ofCode(run(enPlan({ goals }), [...US_ACCOUNTS, US_THIRD]), "GOAL_DUPLICATE_ACROSS_ACCOUNTS"),
    ).toHaveLength(3);
  });
  it("de: near miss – two accounts only", () => {
    const goals = [satisfaction("G1", "D-01", "Kessler"), satisfaction("G2", "D-02", "Lindner")];
    expect(ofCode(run(plan({ goals })), "GOAL_DUPLICATE_ACROSS_ACCOUNTS")).toEqual([]);
  });
  it("en: near miss – three goals on one account", () => {
    const goals = ["G1", "G2", "G3"].map((id) => enSatisfaction(id, "US-7", "Summit"));
    expect(ofCode(run(enPlan({ goals }), US_ACCOUNTS), "GOAL_DUPLICATE_ACROSS_ACCOUNTS")).toEqual([]);
  });
});

describe("GOAL_DUPLICATE_ID", () => {
  it("de: errs on the later goals only", () => {
    const goals = [
      goal({ id: "G1" }),
      goal({ id: "g1 ", account: "D-04", target: 3_500_000 }),
      goal({ id: "G1", account: "D-03", target: 900_000 }),
    ];
    const hits = ofCode(run(plan({ goals })), "GOAL_DUPLICATE_ID");
    expect(hits.map((f) => f.subject)).toEqual([
      { type: "goal", id: "g1 " },
      { type: "goal", id: "G1" },
    ]);
    expect(hits[0]?.field).toBe("id");
    expect(hits[0]?.severity).toBe("error");
  });
  it("en: near miss – distinct ids", () => {
    const goals = [
      enGoal({ id: "G1" }),
      enGoal({ id: "G2", kind: "strategic", metric: "retention", target: 1 }),
    ];
    expect(ofCode(run(enPlan({ goals }), US_ACCOUNTS), "GOAL_DUPLICATE_ID")).toEqual([]);
  });
});

describe("account coverage", () => {
  const revenueGoal = goal();
  const retentionGoal = goal({
    id: "G2",
    account: "D-01",
    kind: "strategic",
    metric: "retention",
    target: 1,
    statement: "Kessler langfristig binden",
  });

  it.each<[FindingCode, string, Plan, readonly Account[], string | null, boolean]>([
    [
      "ACCOUNT_NO_STRATEGIC_GOAL",
      "de: Kessler only economic",
      plan({ goals: [revenueGoal] }),
      [KESSLER],
      "D-01",
      true,
    ],
    [
      "ACCOUNT_NO_STRATEGIC_GOAL",
      "de: Kessler both kinds",
      plan({ goals: [revenueGoal, retentionGoal] }),
      [KESSLER],
      null,
      false,
    ],
    [
      "ACCOUNT_NO_ECONOMIC_GOAL",
      "en: Summit only strategic",
      enPlan({ goals: [enGoal({ kind: "strategic", metric: "newBusinessAreas", target: 3 })] }),
      [SUMMIT],
      "US-7",
      true,
    ],
    [
      "ACCOUNT_NO_ECONOMIC_GOAL",
      "en: Summit only economic",
      enPlan({ goals: [enGoal()] }),
      [SUMMIT],
      null,
      false,
    ],
    [
      "ACCOUNT_NO_GOALS",
      "de: Voss without goals",
      plan({ goals: [revenueGoal] }),
      [KESSLER, VOSS],
      "D-04",
      true,
    ],
    ["ACCOUNT_NO_GOALS", "de: empty plan is not judged", plan({ goals: [] }), [KESSLER, VOSS], null, false],
    [
      "ACCOUNT_RISK_UNADDRESSED",
      "de: Lindner high churn, revenue goal only",
      plan({ goals: [goal({ account: "D-02", target: 2_600_000 })] }),
      [LINDNER],
      "D-02",
      true,
    ],
    [
      "ACCOUNT_RISK_UNADDRESSED",
      "en: Harbor with a relationship goal",
      enPlan({ goals: [enGoal({ account: "US-9", kind: "strategic", metric: "relationship", target: 3 })] }),
      [HARBOR],
      null,
      false,
    ],
    [
      "ACCOUNT_RISK_UNADDRESSED",
      "en: Harbor with no goal at all",
      enPlan({ goals: [enGoal()] }),
      [SUMMIT, HARBOR],
      "US-9",
      true,
    ],
    [
      "ACCOUNT_RISK_UNADDRESSED",
      "de: Ostsee medium risk is fine",
      plan({ goals: [goal({ account: "D-03", target: 900_000 })] }),
      [OSTSEE],
      null,
      false,
    ],
  ])("%s – %s", (code, _name, p, accounts, subject, fires) => {
    const hits = ofCode(run(p, accounts), code);
    expect(hits.length > 0).toBe(fires);
    if (subject !== null) expect(hits[0]?.subject).toEqual({ type: "account", id: subject });
  });

  it("names the risk: churn, relationship or both", () => {
    const weak = account({ id: "W", name: "Weak GmbH", relationship: 2, churnRisk: "low" });
    const findings = run(plan({ goals: [goal({ account: "D-01" })] }), [KESSLER, LINDNER, weak]);
    const risk = ofCode(findings, "ACCOUNT_RISK_UNADDRESSED").map((f) => f.params);
    expect(risk).toEqual([
      { account: "Lindner Bau AG (D-02)", reason: "both", churnRisk: { term: "risk.high" }, relationship: 2 },
      { account: "Weak GmbH (W)", reason: "relationship", relationship: 2 },
    ]);
  });

  it("a revenue goal wrongly classed as strategic still counts as economic", () => {
    const codes = run(plan({ goals: [goal({ kind: "strategic" }), retentionGoal] }), [KESSLER]).map(
      (f) => f.code,
    );
    expect(codes).toContain("GOAL_KIND_MISMATCH");
    expect(codes).not.toContain("ACCOUNT_NO_ECONOMIC_GOAL");
  });
});

describe("the Beispiel-Plan against the sample portfolio", () => {
  const findings = run(BEISPIEL_PLAN);
  it("has no error", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });
  it("warns only about missing kinds and lists accounts without goals", () => {
    expect(
      findings.map((f) => [f.code, f.subject.type === "account" ? f.subject.id : f.subject.type]),
    ).toEqual([
      ["ACCOUNT_NO_STRATEGIC_GOAL", "D-01"],
      ["ACCOUNT_NO_ECONOMIC_GOAL", "D-02"],
      ["ACCOUNT_NO_GOALS", "D-03"],
      ["ACCOUNT_NO_ECONOMIC_GOAL", "D-04"],
      ["ACCOUNT_NO_GOALS", "D-05"],
    ]);
  });
});

describe("GOAL_DUPLICATE_ACROSS_ACCOUNTS: copies in other words", () => {
  const relation = (id: string, acc: string, text: string): Goal =>
    goal({ id, account: acc, kind: "strategic", metric: "relationship", target: 5, statement: text });

  it.each<[string, string[]]>([
    [
      "de: only the short name swapped",
      [
        "Beziehung zu Kessler durch Quartalsgespräche mit der Geschäftsführung auf 5 heben",
        "Beziehung zu Lindner durch Quartalsgespräche mit der Geschäftsführung auf 5 heben",
        "Beziehung zu Ostsee durch Quartalsgespräche mit der Geschäftsführung auf 5 heben",
      ],
    ],
    [
      "de: another account's name left in the copy",
      [
        "Rahmenvertrag mit Kessler Verpackungen bis 2030 verlängern und Verfügbarkeit sichern",
        "Rahmenvertrag mit Kessler Verpackungen bis 2030 verlängern und Verfügbarkeit sichern",
        "Rahmenvertrag mit Ostsee Fisch bis 2030 verlängern und die Verfügbarkeit sichern.",
      ],
    ],
    [
      "de: one verb swapped in a long goal",
      [
        "Umsatz mit Kessler durch den Ausbau des Ersatzteilgeschäfts und Schulungen für die Instandhaltung steigern",
        "Umsatz mit Lindner durch den Ausbau des Ersatzteilgeschäfts und Schulungen für die Instandhaltung erhöhen",
        "Umsatz mit Ostsee durch Ausbau des Ersatzteilgeschäfts und Schulungen für die Instandhaltung steigern",
      ],
    ],
  ])("%s", (_name, texts) => {
    const goals = texts.map((t, i) => relation(`G${i + 1}`, ["D-01", "D-02", "D-03"][i] ?? "", t));
    expect(ofCode(run(plan({ goals })), "GOAL_DUPLICATE_ACROSS_ACCOUNTS")).toHaveLength(3);
  });

  it("tailored goals of the same shape are no copies", () => {
    const goals = [
      relation("G1", "D-01", "Umsatz mit Kessler durch Etikettenservice auf 2,3 Mio. € steigern"),
      relation("G2", "D-02", "Umsatz mit Lindner durch Befestigungsservice auf 2,6 Mio. € steigern"),
      relation("G3", "D-03", "Umsatz mit Ostsee über Kühlketten-Monitoring auf 950.000 € steigern"),
    ];
    expect(ofCode(run(plan({ goals })), "GOAL_DUPLICATE_ACROSS_ACCOUNTS")).toEqual([]);
  });

  it("names a near copy as such", () => {
    const goals = [
      relation(
        "G1",
        "D-01",
        "Umsatz mit Kessler durch den Ausbau des Ersatzteilgeschäfts und Schulungen steigern",
      ),
      relation(
        "G2",
        "D-02",
        "Umsatz mit Lindner durch den Ausbau des Ersatzteilgeschäfts und Schulungen steigern",
      ),
      relation(
        "G3",
        "D-03",
        "Umsatz mit Ostsee durch den Ausbau des Ersatzteilgeschäfts, Schulungen und Audits steigern",
      ),
    ];
    expect(ofCode(run(plan({ goals })), "GOAL_DUPLICATE_ACROSS_ACCOUNTS")[0]?.params.reason).toBe("similar");
  });

  it("the similarity threshold is configurable", () => {
    const goals = [
      relation(
        "G1",
        "D-01",
        "Umsatz mit Kessler durch den Ausbau des Ersatzteilgeschäfts und Schulungen steigern",
      ),
      relation(
        "G2",
        "D-02",
        "Umsatz mit Lindner durch den Ausbau des Ersatzteilgeschäfts und Schulungen steigern",
      ),
      relation(
        "G3",
        "D-03",
        "Umsatz mit Ostsee durch den Ausbau des Ersatzteilgeschäfts, Schulungen und Audits steigern",
      ),
    ];
    const strict = checkPlan(plan({ goals }), SAMPLE_ACCOUNTS, {
      asOf: AS_OF,
      thresholds: { nearDuplicateSimilarity: 1 },
    });
    expect(ofCode(strict, "GOAL_DUPLICATE_ACROSS_ACCOUNTS")).toEqual([]);
  });
});

describe("GOAL_DUPLICATE_ACROSS_ACCOUNTS at portfolio scale", () => {
  const accounts = Array.from({ length: 4000 }, (_, i) =>
    account({ id: `K-${i}`, name: `Kunde ${i} GmbH`, revenue: 1_000_000, potential: 2_000_000 }),
  );
  const goals = accounts.map((a, i) =>
    goal({
      id: `G${i}`,
      account: a.id ?? "",
      kind: "strategic",
      metric: "relationship",
      target: 4,
      statement: "Gemeinsam wachsen und die Partnerschaft vertiefen",
    }),
  );

  it("4,000 identical goals: one finding per goal, each naming five accounts and the count", () => {
    const started = performance.now();
    const hits = ofCode(
      checkPlan(plan({ goals }), accounts, { asOf: AS_OF }),
      "GOAL_DUPLICATE_ACROSS_ACCOUNTS",
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(hits).toHaveLength(4000);
    const params = hits[0]?.params;
    expect(params?.count).toBe(4000);
    expect(params?.reason).toBe("capped");
    const list = params?.accounts;
    expect(typeof list === "object" && "list" in list ? list.list : []).toHaveLength(5);
  });
});
