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
