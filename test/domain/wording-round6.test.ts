// The sixth round of wording: shares counted per unit and size against all competitors combined,
// drawing level on price and customer costs taken over, material handed to every buyer, standby
// that is no call, money words that are activities or price terms, means that measure and lower,
// and a segment being converted away from — each kind with siblings in both languages and near
// misses.

import fc from "fast-check";
import { checkPlan } from "../../src/domain/rules";
import { salesWording } from "../../src/domain/rules/goal-wording";
import { checkMission } from "../../src/domain/rules/mission";
import { checkVision } from "../../src/domain/rules/vision";
import { DEFAULT_THRESHOLDS } from "../../src/domain/thresholds";
import { tokenize } from "../../src/domain/wording/tokens";
import { AS_OF, KESSLER, MARKETING, goal, plan } from "./fixtures";

const findingsOf = (statement: string, excluded: readonly string[] = MARKETING.excludedSegments) =>
  checkPlan(
    plan({
      marketing: { ...MARKETING, positioning: "Premium", excludedSegments: [...excluded] },
      goals: [goal({ statement, kind: "strategic", metric: "other", target: 1, unit: "count" })],
    }),
    [KESSLER],
    { asOf: AS_OF },
  );
const reasons = (statement: string, excluded?: readonly string[]) =>
  findingsOf(statement, excluded)
    .filter((f) => f.code === "GOAL_CONTRADICTS_POSITIONING")
    .map((f) => f.params["reason"]);
const mismatch = (statement: string) => findingsOf(statement).some((f) => f.code === "GOAL_KIND_MISMATCH");

describe("size visions: a share counted per unit, more than all competitors combined", () => {
  const monetary = (vision: string) =>
    checkVision(vision, DEFAULT_THRESHOLDS).some((f) => f.code === "VISION_MONETARY");
  it.each<[string, boolean]>([
    ["Jede vierte Palette Mörtel, die im Norden verbaut wird, stammt aus unseren Werken.", true],
    ["Jedes zweite Rechenzentrum unserer Kunden läuft mit Servern von uns.", true],
    ["Zwei von drei Kantinen im Land beziehen ihr Gemüse bei uns.", true],
    ["Mehr Reinigungsfläche unter Vertrag als alle Mitbewerber zusammengerechnet.", true],
    ["Every third bag of seed our growers plant comes from us.", true],
    ["Two in three canteens in the region buy their produce from us.", true],
    ["More square metres under contract than all our rivals put together.", true],
    ["Jeder zweite Kunde soll uns als verlässlichen Partner weiterempfehlen.", false],
    ["Every second customer should tell us what we can do better.", false],
    ["Together with our customers we want to make every plant safer.", false],
  ])("%s → monetary %s", (vision, hit) => {
    expect(monetary(vision)).toBe(hit);
  });

  it("property: every n-th unit coming from us is a share target", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("zweite", "dritte", "vierte", "fünfte"),
        fc.constantFrom("Tonne Granulat", "Palette Dämmstoff", "Liter Reiniger"),
        fc.constantFrom("kommt von uns", "stammt aus unseren Werken", "wird bei uns gekauft"),
        (nth, unit, source) =>
          checkVision(`Jede ${nth} ${unit} ${source}.`, DEFAULT_THRESHOLDS).some(
            (f) => f.code === "VISION_MONETARY",
          ),
      ),
    );
  });
});

describe("concessions: drawing level on price, guarantees, customer costs taken over", () => {
  it.each<[string, boolean]>([
    ["Beim Preis mit dem Importeur mithalten", true],
    ["Kessler preislich an den Wettbewerber angleichen", true],
    ["Kessler eine Festpreisgarantie bis 2029 geben", true],
    ["Die Versandkosten für Kessler tragen", true],
    ["Die Schulungen für Kessler kostenneutral anbieten", true],
    ["Lock Kessler's prices for three years", true],
    ["Reach price parity with the importer at Kessler", true],
    ["Cover the shipping for Kessler from Q2", true],
    ["Foot the bill for Kessler's commissioning", true],
    ["Kessler hilft uns, die Versandkosten zu senken", false],
    ["Die Frachtkosten von Kessler durch Tourenbündelung um 8 % senken", false],
    ["Show Kessler how the new dryers cut their own energy costs", false],
    ["Guarantee Kessler a spare-parts availability of 98%", false],
  ])("%s → discount %s", (statement, hit) => {
    expect(reasons(statement).includes("discount")).toBe(hit);
  });
});

describe("material handed to every buyer is a mailing; standing by is no call", () => {
  it.each<[string, boolean]>([
    ["Die neue Preisliste an alle Filialen von Kessler verschicken", true],
    ["Muster der neuen Lacke an jeden Einkäufer von Kessler senden", true],
    ["Drei Bemusterungen bei Kessler bis Q2", true],
    ["Send the new catalogue to every Kessler branch", true],
    ["Hand the price list to all Kessler buyers", true],
    ["Hold four sales conversations a quarter with Kessler purchasing", true],
    ["Rufbereitschaft 24/7 für die Leitstelle von Kessler stellen", false],
    ["Provide 24/7 on-call support for Kessler's control room", false],
    ["Present the audit results to Kessler's leadership and roll the fix out to all plants", false],
    ["Die Ersatzteilliste für alle Standorte von Kessler vereinheitlichen", false],
  ])("%s → sales %s", (text, sales) => {
    expect(salesWording(tokenize(text)).length > 0).toBe(sales);
  });
});

describe("money words that are activities or price terms; extra revenue is growth", () => {
  it.each<[string, boolean]>([
    ["Ein Projekt zur Wärmerückgewinnung bei Kessler umsetzen", false],
    ["Die neue Wartungsstrategie gemeinsam mit Kessler umsetzen", false],
    ["Train Kessler's sales team on the new service portal", false],
    ["Agree volume tiers with Kessler for the framework", false],
    ["Über die neue Kooperation 500.000 € Mehrumsatz bei Kessler erzielen", true],
    ["Generate $400k of additional revenue through the Kessler partnership", true],
    ["2 Mio. € mit Kessler umsetzen", true],
  ])("%s → mismatch %s", (statement, hit) => {
    expect(mismatch(statement)).toBe(hit);
  });
});

describe("means that measure, tune and lower", () => {
  const noHow = (mission: string) =>
    checkMission(mission, "Ein unverzichtbarer Partner für unsere Key Accounts", DEFAULT_THRESHOLDS).some(
      (f) => f.code === "MISSION_NO_HOW",
    );
  it.each<[string, boolean]>([
    ["Wir überwachen die Anlagen unserer Kunden und verhindern so Stillstände.", false],
    ["Mit gemeinsamen Audits machen wir Verluste sichtbar und reduzieren sie.", false],
    ["We monitor our customers' lines and prevent unplanned stops.", false],
    ["We tune our customers' recipes and lower their scrap year by year.", false],
    ["Leidenschaft und Exzellenz.", true],
    ["Passion and excellence.", true],
  ])("%s → no how %s", (mission, hit) => {
    expect(noHow(mission)).toBe(hit);
  });
});

describe("converting away from an excluded segment is no business in it", () => {
  it.each<[string, boolean]>([
    ["Kessler bei der Umstellung seiner Kohleöfen auf Gas begleiten", false],
    ["Die Kohlekessel von Kessler durch Wärmepumpen ersetzen", false],
    ["Help Kessler switch its coal-fired dryers to heat pumps", false],
    ["Replace Kessler's coal boilers with biomass units", false],
    ["Kohle für die Kraftwerke eines Kessler-Partners liefern", true],
    ["Convert Kessler's gas boilers to coal", true],
  ])("%s → segment %s", (statement, hit) => {
    expect(reasons(statement, ["Kohle", "Coal"]).includes("segmentWording")).toBe(hit);
  });
});
