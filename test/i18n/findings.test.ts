import fc from "fast-check";
import { FINDING_CODES } from "../../src/domain/finding";
import { LANGUAGES } from "../../src/domain/plan";
import { checkPlan } from "../../src/domain/rules";
import {
  FINDING_MESSAGES,
  FINDING_MESSAGE_VARIANTS,
  findingMessage,
  findingTemplate,
} from "../../src/i18n/findings";

/** Intl output uses no-break spaces and a real minus sign; tests compare plain text. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");
import { accountsArb, asOfArb, planArb } from "../domain/arbitraries";
import { AS_OF, KESSLER, MARKETING, SAMPLE_ACCOUNTS, goal, plan } from "../domain/fixtures";
import { READER_CODES, READER_FINDINGS, ruleFindings } from "./finding-fixtures";

describe("finding messages", () => {
  it("has a German and an English message for every code", () => {
    for (const language of LANGUAGES) {
      for (const code of FINDING_CODES) expect(FINDING_MESSAGES[language][code].trim()).not.toBe("");
    }
  });

  it("has the same variants in both languages", () => {
    const keys = (language: "de" | "en") =>
      Object.entries(FINDING_MESSAGE_VARIANTS[language])
        .flatMap(([code, v]) => Object.keys(v).map((k) => `${code}.${k}`))
        .sort();
    expect(keys("de")).toEqual(keys("en"));
  });

  const findings = [...ruleFindings(), ...READER_FINDINGS];

  it("the fixtures trigger every code", () => {
    const emitted = new Set(findings.map((f) => f.code));
    expect(FINDING_CODES.filter((c) => !emitted.has(c))).toEqual([]);
    expect(READER_CODES.every((c) => emitted.has(c))).toBe(true);
  });

  it("the fixtures use every message variant", () => {
    const used = new Set(
      findings.map((f) => `${f.code}.${typeof f.params.reason === "string" ? f.params.reason : ""}`),
    );
    const variants = Object.entries(FINDING_MESSAGE_VARIANTS.de).flatMap(([code, v]) =>
      Object.keys(v).map((k) => `${code}.${k}`),
    );
    expect(variants.filter((v) => !used.has(v))).toEqual([]);
  });

  it.each(LANGUAGES)("renders every finding in %s without a placeholder left", (language) => {
    for (const f of findings) {
      const message = findingMessage(f, language);
      expect({ code: f.code, message }).toEqual({
        code: f.code,
        message: expect.not.stringMatching(/[{}]|undefined|NaN/) as unknown,
      });
    }
  });

  it("random plans' findings carry every parameter their message needs", () => {
    fc.assert(
      fc.property(planArb, accountsArb, asOfArb, (p, accounts, asOf) => {
        for (const f of checkPlan(p, accounts, { asOf })) {
          for (const language of LANGUAGES) {
            // User text may hold braces itself, so check the template's placeholders, not the output.
            const names = [...findingTemplate(f, language).matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
            expect(names.filter((n) => !(n in f.params))).toEqual([]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("speaks the reader's figures and formats", () => {
    const [margin] = checkPlan(
      plan({ goals: [goal({ metric: "grossMargin", target: 30 })] }),
      SAMPLE_ACCOUNTS,
      { asOf: AS_OF },
    ).filter((f) => f.code === "GOAL_VALUE_OUT_OF_RANGE");
    expect(plain(findingMessage(margin!, "de"))).toBe(
      "Der Zielwert 30 liegt für Bruttomarge außerhalb von -100 % bis 100 %. Meinten Sie 30 % (0,3)? Prozentwerte werden als Anteil eingetragen.",
    );
    expect(findingMessage(margin!, "en")).toContain("Did you mean 30% (0.3)?");

    const [vision] = checkPlan(
      plan({ vision: "Wir wollen die Nr. 1 mit 50 Mio. € Umsatz werden und Partner unserer Kunden sein." }),
      SAMPLE_ACCOUNTS,
      {
        asOf: AS_OF,
      },
    );
    expect(plain(findingMessage(vision!, "de"))).toContain("(50 Mio. € und Umsatz)");

    const [cell] = READER_FINDINGS;
    expect(plain(findingMessage(cell!, "de"))).toBe(
      "„ca. 2 Mio“ ist als Umsatz nicht lesbar – erwartet wird eine Zahl (z. B. 1.250.000 € oder 1,25 Mio. €). Der Wert bleibt leer; bitte korrigieren Sie die Zelle.",
    );
  });

  it("names the positioning a discount contradicts", () => {
    const [f] = checkPlan(plan({ goals: [goal({ statement: "Kessler 5 % Rabatt geben" })] }), [KESSLER], {
      asOf: AS_OF,
    }).filter((x) => x.code === "GOAL_CONTRADICTS_POSITIONING");
    expect(findingMessage(f!, "de")).toContain(`„${MARKETING.positioning ?? ""}“`);
    expect(findingMessage(f!, "en")).toContain("(Rabatt)");
  });
});
