import { checkPlan } from "../../src/domain/rules";
import { visionOverlap } from "../../src/domain/rules/mission";
import type { FindingCode } from "../../src/domain/finding";
import { AS_OF, EN_MISSION, EN_VISION, SAMPLE_ACCOUNTS, SEED_MISSION, SEED_VISION, plan } from "./fixtures";

const missionCodes = (mission: string, vision = SEED_VISION): FindingCode[] =>
  checkPlan(plan({ vision, mission }), SAMPLE_ACCOUNTS, { asOf: AS_OF })
    .filter((f) => f.subject.type === "mission")
    .map((f) => f.code);

describe("mission rules", () => {
  it.each<[FindingCode, string, string, string, boolean]>([
    ["MISSION_MISSING", "de: empty", "", SEED_VISION, true],
    ["MISSION_MISSING", "en: blank", "  ", EN_VISION, true],
    ["MISSION_MISSING", "de: seed mission", SEED_MISSION, SEED_VISION, false],
    ["MISSION_MISSING", "en: seed mission", EN_MISSION, EN_VISION, false],

    ["MISSION_NO_HOW", "de: copula only", "Unsere Mission ist Exzellenz.", SEED_VISION, true],
    [
      "MISSION_NO_HOW",
      "de: a second vision",
      "Wir sind der beste Partner für unsere Key Accounts.",
      SEED_VISION,
      true,
    ],
    ["MISSION_NO_HOW", "en: copula only", "We are the best partner.", EN_VISION, true],
    [
      "MISSION_NO_HOW",
      "en: a noun is no action",
      "Our mission is growth and excellence for our key accounts.",
      EN_VISION,
      true,
    ],
    ["MISSION_NO_HOW", "de: seed mission", SEED_MISSION, SEED_VISION, false],
    [
      "MISSION_NO_HOW",
      "de: separable verb",
      "Wir binden uns früh in die Entwicklungsprojekte unserer Key Accounts ein.",
      SEED_VISION,
      false,
    ],
    [
      "MISSION_NO_HOW",
      "de: means marker",
      "Durch feste Ansprechpartner vor Ort sind wir Teil des Teams unserer Kunden.",
      SEED_VISION,
      false,
    ],
    [
      "MISSION_NO_HOW",
      "en: by + gerund",
      "We are part of our customers' teams by working on site with them.",
      EN_VISION,
      false,
    ],
    [
      "MISSION_NO_HOW",
      "en: action verbs",
      "We listen first and solve our key accounts' problems together.",
      EN_VISION,
      false,
    ],

    [
      "MISSION_REPEATS_VISION",
      "de: vision reworded",
      "Wir wollen für unsere Key-Accounts ein geschätzter und unverzichtbarer Partner sein – heute und in Zukunft.",
      SEED_VISION,
      true,
    ],
    [
      "MISSION_REPEATS_VISION",
      "en: vision reworded",
      "Our mission is to be a valued and indispensable partner for our key accounts, today and in the future.",
      EN_VISION,
      true,
    ],
    ["MISSION_REPEATS_VISION", "de: seed pair", SEED_MISSION, SEED_VISION, false],
    ["MISSION_REPEATS_VISION", "en: seed pair", EN_MISSION, EN_VISION, false],
    [
      "MISSION_REPEATS_VISION",
      "de: shared words but a means of its own",
      "Ein unverzichtbarer Partner unserer Key Accounts werden wir, indem wir uns in ihre Geschäfte einbinden.",
      SEED_VISION,
      false,
    ],
  ])("%s – %s", (code, _name, mission, vision, fires) => {
    expect(missionCodes(mission, vision).includes(code)).toBe(fires);
  });

  it("measures the overlap on stemmed content words", () => {
    const overlap = visionOverlap("Partnern für Key Accounts", "Ein Partner unserer Key-Accounts");
    expect(overlap?.share).toBe(1);
    expect(overlap?.shared).toEqual(["Partnern", "Key", "Accounts"]);
    expect(visionOverlap(SEED_MISSION, SEED_VISION)?.share).toBeLessThan(0.3);
    expect(visionOverlap("und die der", SEED_VISION)).toBeNull();
  });
});
