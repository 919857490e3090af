import fc from "fast-check";
import type { Account } from "../../src/domain/account";
import type { Positioning } from "../../src/domain/plan";
import { checkPlan } from "../../src/domain/rules";
import { suggestGoals } from "../../src/domain/suggestions";
import { findingMessage } from "../../src/i18n/findings";
import { renderSuggestion } from "../../src/i18n/suggestions";
import { accountsArb, asOfArb, positioningArb } from "../domain/arbitraries";
import {
  AS_OF,
  KESSLER,
  LINDNER,
  MARKETING,
  SAMPLE_ACCOUNTS,
  SUMMIT,
  TIROL,
  US_ACCOUNTS,
  plan,
} from "../domain/fixtures";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const KESSLER_EUR: Account = { ...KESSLER, currency: "EUR" };
const DE_ACCOUNTS = SAMPLE_ACCOUNTS.map((a) => (a === KESSLER ? KESSLER_EUR : a));

function rendered(
  account: Account,
  accounts: readonly Account[],
  positioning: Positioning | null,
  language: "de" | "en",
) {
  return suggestGoals(account, accounts, positioning, { asOf: AS_OF }).map((d) =>
    renderSuggestion(d, language, account),
  );
}

/** Findings that make a suggestion fail: error or warning on the goal, or any account-level error. */
function blocking(
  account: Account,
  accounts: readonly Account[],
  positioning: Positioning | null,
  asOf: string,
  language: "de" | "en",
) {
  return suggestGoals(account, accounts, positioning, { asOf }).flatMap((draft) => {
    const g = renderSuggestion(draft, language, account);
    const findings = checkPlan(plan({ language, marketing: positioning, goals: [g], asOf }), accounts, {
      asOf,
    });
    return findings
      .filter(
        (f) =>
          (f.subject.type === "goal" && f.severity !== "info") ||
          (f.subject.type === "account" && f.severity === "error"),
      )
      .map((f) => `${f.code}: ${findingMessage(f, "en")} — ${g.statement}`);
  });
}

describe("renderSuggestion", () => {
  it("de: account-specific statement citing target and deadline", () => {
    const [revenue] = rendered(KESSLER_EUR, DE_ACCOUNTS, MARKETING, "de");
    expect(plain(revenue?.statement ?? "")).toBe(
      "Umsatz mit Kessler Verpackungen GmbH bis 31.12.2028 auf 2.700.000 € steigern – durch Ausbau der belieferten Bereiche",
    );
    expect(plain(revenue?.rationale ?? "")).toContain(
      "Share of Wallet nur 35,6 %: 1.850.000 € Umsatz bei 5.200.000 € Potenzial",
    );
    expect(revenue).toMatchObject({
      id: "S-D-01-revenue",
      account: "D-01",
      kind: "economic",
      metric: "revenue",
      target: 2_700_000,
      status: "planned",
      owner: "Anna Berg",
    });
  });

  it("en: revenue in dollars", () => {
    const [revenue] = rendered(SUMMIT, US_ACCOUNTS, null, "en");
    expect(plain(revenue?.statement ?? "")).toMatch(
      /^Grow revenue with Summit Outdoor Inc\. to \$2,100,000 by 31 Dec 2029/,
    );
    expect(plain(revenue?.rationale ?? "")).toContain("Share of wallet only 26.7%");
  });

  it("cites the figures behind margin, churn, relationship and areas", () => {
    const lindner = rendered(LINDNER, DE_ACCOUNTS, MARKETING, "de").map((g) =>
      plain(`${g.statement} | ${g.rationale}`),
    );
    // Retention first: no margin squeeze at an account with a high churn risk.
    expect(lindner).toEqual([
      "Lindner Bau AG langfristig binden: Zusammenarbeit bis 30.06.2027 vertraglich sichern (Kundenbindung 100 %) | Das Abwanderungsrisiko ist hoch: Den Kunden zu halten hat Vorrang vor jedem Ausbau.",
      "Beziehung zu Lindner Bau AG bis 31.12.2027 von 2 auf 3 von 5 stärken – durch regelmäßige Strategiegespräche auf Entscheiderebene | Die Beziehung ist mit 2 von 5 schwach; eine tragfähige Beziehung ist die Grundlage aller weiteren Ziele.",
    ]);
    const summit = rendered(SUMMIT, US_ACCOUNTS, null, "en").map((g) => plain(g.rationale));
    expect(summit[0]).toContain("Share of wallet only 26.7%");
    const tirol = rendered(TIROL, DE_ACCOUNTS, MARKETING, "de").map((g) => plain(g.statement));
    expect(tirol).toContain(
      "Bei Tirol Holz KG bis 31.12.2028 den Bereich Medizintechnik neben Antriebe als weiteren Geschäftsbereich erschließen (von 1 auf 2)",
    );
  });

  it("every sample suggestion passes the checks for its account, in both languages", () => {
    for (const language of ["de", "en"] as const) {
      for (const a of DE_ACCOUNTS) expect(blocking(a, DE_ACCOUNTS, MARKETING, AS_OF, language)).toEqual([]);
      for (const a of US_ACCOUNTS) expect(blocking(a, US_ACCOUNTS, null, AS_OF, language)).toEqual([]);
    }
  });

  it("property: a suggestion never fails the checks for its own account", () => {
    fc.assert(
      fc.property(
        accountsArb,
        positioningArb,
        asOfArb,
        fc.constantFrom("de" as const, "en" as const),
        (accounts, positioning, asOf, language) => {
          for (const a of accounts) expect(blocking(a, accounts, positioning, asOf, language)).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });
});
