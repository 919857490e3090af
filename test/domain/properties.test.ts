import fc from "fast-check";
import { FINDING_CODES, FINDING_SEVERITY } from "../../src/domain/finding";
import type { Plan } from "../../src/domain/plan";
import { portfolioPositions } from "../../src/domain/portfolio";
import { checkAccounts, checkPlan } from "../../src/domain/rules";
import { accountsArb, asOfArb, planArb, positioningArb } from "./arbitraries";

describe("properties", () => {
  it("checkPlan never throws and returns catalogue findings", () => {
    fc.assert(
      fc.property(planArb, accountsArb, asOfArb, (plan, accounts, asOf) => {
        const findings = checkPlan(plan, accounts, { asOf });
        for (const f of findings) {
          expect(FINDING_CODES).toContain(f.code);
          expect(f.severity).toBe(FINDING_SEVERITY[f.code]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("checkPlan survives structurally broken input from a plan file", () => {
    const broken: unknown[] = [
      { version: 1, goals: null, vision: 42, mission: null, marketing: "premium" },
      {
        version: 1,
        goals: [null, 7, { id: 3, account: null, metric: "umsatz", kind: "?", target: "10" }],
        vision: "",
        mission: "",
      },
      {
        version: 1,
        goals: [
          { id: "G1", account: "A-0", metric: "revenue", kind: "economic", target: 5, deadline: 20271231 },
        ],
        marketing: { excludedSegments: "Tabak" },
      },
    ];
    fc.assert(
      fc.property(fc.constantFrom(...broken), accountsArb, (raw, accounts) => {
        const plan = raw as Plan;
        expect(() => checkPlan(plan, accounts, { asOf: "2026-12-01" })).not.toThrow();
        expect(() =>
          checkPlan(plan, accounts, { asOf: "kein Datum", thresholds: { horizonYears: Number.NaN } }),
        ).not.toThrow();
      }),
    );
  });

  it("checkAccounts never throws", () => {
    fc.assert(
      fc.property(accountsArb, (accounts) => {
        for (const f of checkAccounts(accounts))
          expect(["ACCOUNT_DUPLICATE", "ACCOUNT_DATA_SUSPECT"]).toContain(f.code);
      }),
    );
  });

  it("portfolio scores stay within 0–10", () => {
    fc.assert(
      fc.property(accountsArb, positioningArb, (accounts, positioning) => {
        for (const p of portfolioPositions(accounts, positioning)) {
          expect(p.attractiveness).toBeGreaterThanOrEqual(0);
          expect(p.attractiveness).toBeLessThanOrEqual(10);
          expect(p.strength).toBeGreaterThanOrEqual(0);
          expect(p.strength).toBeLessThanOrEqual(10);
        }
      }),
    );
  });
});
