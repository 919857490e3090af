import { checkPlan } from "../../src/domain/rules";
import { monetaryWording } from "../../src/domain/rules/vision";
import type { FindingCode } from "../../src/domain/finding";
import { AS_OF, EN_MISSION, EN_VISION, SAMPLE_ACCOUNTS, SEED_MISSION, SEED_VISION, plan } from "./fixtures";

const visionCodes = (vision: string, mission = SEED_MISSION): FindingCode[] =>
  checkPlan(plan({ vision, mission }), SAMPLE_ACCOUNTS, { asOf: AS_OF })
    .filter((f) => f.subject.type === "vision" || f.subject.type === "mission")
    .map((f) => f.code);

const LONG_DE = Array.from(
  { length: 7 },
  () => "Wir begleiten unsere Key Accounts partnerschaftlich und verlässlich weiter.",
).join(" ");
const LONG_EN = Array.from(
  { length: 7 },
  () => "We stand beside our key accounts as a reliable long-term partner.",
).join(" ");

describe("vision rules", () => {
  it.each<[FindingCode, string, string, boolean]>([
    ["VISION_MISSING", "de: empty", "", true],
    ["VISION_MISSING", "en: whitespace only", "   \n\t", true],
    ["VISION_MISSING", "de: seed vision", SEED_VISION, false],
    ["VISION_MISSING", "en: seed vision", EN_VISION, false],

    ["VISION_MONETARY", "de: Nr. 1 with an amount", "Wir wollen die Nr. 1 mit 50 Mio. € Umsatz werden", true],
    [
      "VISION_MONETARY",
      "de: goal-style percentage",
      "Umsatz +20 % bis Ende 2027 mit allen Key Accounts",
      true,
    ],
    [
      "VISION_MONETARY",
      "de: compound Bruttogewinnmarge",
      "Mit unseren Kunden erzielen wir dauerhaft die beste Bruttogewinnmarge der Branche.",
      true,
    ],
    [
      "VISION_MONETARY",
      "de: Prozent in words",
      "Unsere Key Accounts stehen für 60 Prozent unseres Geschäfts.",
      true,
    ],
    ["VISION_MONETARY", "de: Rendite", "Wir sind der Partner unserer Kunden mit der höchsten Rendite.", true],
    [
      "VISION_MONETARY",
      "en: dollar amount and revenue",
      "Be the number one partner of our key accounts with $50M in revenue.",
      true,
    ],
    ["VISION_MONETARY", "en: profit", "Double our profit with every key account by 2030.", true],
    [
      "VISION_MONETARY",
      "en: share of wallet",
      "We aim to double our share of wallet with every key account by 2030.",
      true,
    ],
    [
      "VISION_MONETARY",
      "de: Lieferanteil",
      "Wir wollen bei jedem Key Account unseren Lieferanteil deutlich ausbauen.",
      true,
    ],
    [
      "VISION_MONETARY",
      "en: sales volume",
      "Grow our sales volume with key accounts by a fifth every year.",
      true,
    ],
    [
      "VISION_MONETARY",
      "de: valued partner, growth (not money)",
      "Wir werden für unsere Key Accounts ein wertvoller Partner sein und gemeinsam mit ihnen wachsen.",
      false,
    ],
    [
      "VISION_MONETARY",
      "de: gewinnen, profitieren, Rahmenvertrag (not money)",
      "Wir gewinnen das Vertrauen unserer Kunden, die von langfristigen Rahmenverträgen mit uns profitieren.",
      false,
    ],
    [
      "VISION_MONETARY",
      "de: a year is not an amount",
      "Bis 2030 sind wir für jeden Key Account der erste Ansprechpartner.",
      false,
    ],
    [
      "VISION_MONETARY",
      "en: value and growth (not money)",
      "We will be a valued partner that creates lasting value for our key accounts and grows with them.",
      false,
    ],

    [
      "VISION_NOT_CUSTOMER_CENTRIC",
      "de: about ourselves",
      "Wir werden der innovativste Anbieter der ganzen Branche sein, heute und in Zukunft.",
      true,
    ],
    [
      "VISION_NOT_CUSTOMER_CENTRIC",
      "en: about ourselves",
      "We will be the most innovative supplier in the whole industry, today and tomorrow.",
      true,
    ],
    [
      "VISION_NOT_CUSTOMER_CENTRIC",
      "de: Schlüsselkunden",
      "Für unsere Schlüsselkunden sind wir der erste Ansprechpartner, wenn es um Verpackung geht.",
      false,
    ],
    [
      "VISION_NOT_CUSTOMER_CENTRIC",
      "en: clients",
      "Our clients will see us as the first partner they call, today and in ten years.",
      false,
    ],

    ["VISION_LENGTH", "de: too short", "Partner für Key Accounts.", true],
    ["VISION_LENGTH", "en: too short", "Partners for our key accounts.", true],
    ["VISION_LENGTH", "de: too long", LONG_DE, true],
    ["VISION_LENGTH", "en: too long", LONG_EN, true],
    [
      "VISION_LENGTH",
      "de: eight words is enough",
      "Für unsere Key Accounts bleiben wir unverzichtbarer Partner.",
      false,
    ],
    ["VISION_LENGTH", "en: seed length", EN_VISION, false],
  ])("%s – %s", (code, _name, vision, fires) => {
    expect(visionCodes(vision).includes(code)).toBe(fires);
  });

  it("the seed's vision and mission produce no vision or mission finding (de and en)", () => {
    expect(visionCodes(SEED_VISION, SEED_MISSION)).toEqual([]);
    expect(visionCodes(EN_VISION, EN_MISSION)).toEqual([]);
  });

  it("reports monetary wording as written, amounts whole", () => {
    expect(monetaryWording("Wir wollen die Nr. 1 mit 50 Mio. € Umsatz werden")).toEqual([
      "50 Mio. €",
      "Umsatz",
    ]);
    expect(monetaryWording("Umsatz +20 % bis Ende 2027")).toEqual(["Umsatz", "20 %"]);
    expect(monetaryWording("$1,200,000 in revenue and 1.25M in profit")).toEqual([
      "$1,200,000",
      "revenue",
      "1.25M",
      "profit",
    ]);
  });

  it("VISION_LENGTH carries words, min, max and the direction", () => {
    const f = checkPlan(plan({ vision: "Partner für Key Accounts." }), SAMPLE_ACCOUNTS, { asOf: AS_OF }).find(
      (x) => x.code === "VISION_LENGTH",
    );
    expect(f?.params).toEqual({ words: 4, min: 8, max: 60, reason: "short" });
    expect(f?.field).toBe("vision");
  });

  it("respects tuned thresholds", () => {
    const findings = checkPlan(plan({ vision: SEED_VISION }), SAMPLE_ACCOUNTS, {
      asOf: AS_OF,
      thresholds: { visionMaxWords: 10 },
    });
    expect(findings.map((f) => f.code)).toContain("VISION_LENGTH");
  });
});
