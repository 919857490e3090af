// Account references match as they look: Unicode-normalised, invisible characters dropped.

import fc from "fast-check";
import { findAccount, matchKey } from "../../src/domain/account";
import { checkAccounts, checkPlan } from "../../src/domain/rules";
import { AS_OF, KESSLER, SAMPLE_ACCOUNTS, goal, plan } from "./fixtures";

describe("matchKey", () => {
  test.each([
    ["decomposed umlaut", "Mu\u0308ller GmbH", "Müller GmbH"],
    ["zero-width space in an id", "D-\u200B01", "D-01"],
    ["zero-width joiner and BOM", "\uFEFFD\u200D-01", "D-01"],
    ["soft hyphen", "Kess\u00ADler", "Kessler"],
    ["bidi marks", "\u202AD-01\u202C", "D-01"],
    ["non-breaking and double spaces", "Lindner\u00A0 Bau  AG", "Lindner Bau AG"],
    ["full-width digits and letters", "Ｄ-０１", "D-01"],
    ["case", "KESSLER VERPACKUNGEN GMBH", "Kessler Verpackungen GmbH"],
  ])("%s", (_label, typed, inSheet) => {
    expect(matchKey(typed)).toBe(matchKey(inSheet));
  });

  test("different names stay different", () => {
    expect(matchKey("Müller")).not.toBe(matchKey("Muller"));
    expect(matchKey("D-01")).not.toBe(matchKey("D-10"));
  });

  test("property: invisible characters and normalisation forms never change the key", () => {
    const invisible = fc.constantFrom("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E");
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.array(fc.tuple(fc.nat(), invisible)), (text, inserts) => {
        let noisy = text.normalize("NFD");
        for (const [at, ch] of inserts) {
          const i = at % (noisy.length + 1);
          noisy = noisy.slice(0, i) + ch + noisy.slice(i);
        }
        expect(matchKey(noisy)).toBe(matchKey(text.normalize("NFC")));
      }),
    );
  });
});

describe("goals find their accounts however the reference was typed", () => {
  test.each(["D-\u200B01", "Kessler Verpackungen GmbH\u200B", "Kessler\u00A0Verpackungen GmbH", "Ｄ-０１"])(
    "%j",
    (ref) => {
      expect(findAccount(SAMPLE_ACCOUNTS, ref)).toBe(KESSLER);
      const codes = checkPlan(plan({ goals: [goal({ id: "G1", account: ref })] }), SAMPLE_ACCOUNTS, {
        asOf: AS_OF,
      }).map((f) => f.code);
      expect(codes).not.toContain("GOAL_ACCOUNT_UNKNOWN");
    },
  );

  test("the same account twice, once with a decomposed umlaut, is a duplicate", () => {
    const a = { ...KESSLER, id: "K-1", name: "Müller GmbH" };
    const b = { ...KESSLER, id: "K-2", name: "Mu\u0308ller GmbH", source: { sheet: "Süd", row: 9 } };
    expect(checkAccounts([a, b]).map((f) => f.code)).toContain("ACCOUNT_DUPLICATE");
  });
});
