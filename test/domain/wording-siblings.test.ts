// The fifth round of wording: retail and SaaS concessions, further segment words and their false
// friends, quota rates, promotional placements, the base a percentage is taken of — each kind with
// siblings in both languages and its near misses.

import fc from "fast-check";
import { checkPlan } from "../../src/domain/rules";
import { salesWording } from "../../src/domain/rules/goal-wording";
import { checkMission } from "../../src/domain/rules/mission";
import { checkVision, isCustomerCentric } from "../../src/domain/rules/vision";
import { DEFAULT_THRESHOLDS } from "../../src/domain/thresholds";
import { findAll } from "../../src/domain/wording/lexicon";
import { segmentLexicon } from "../../src/domain/wording/segments";
import { tokenize } from "../../src/domain/wording/tokens";
import { AS_OF, KESSLER, MARKETING, goal, plan, strategicGoalMismatch } from "./fixtures";

const positioningReasons = (statement: string) =>
  checkPlan(
    plan({ marketing: { ...MARKETING, positioning: "Premium" }, goals: [goal({ statement })] }),
    [KESSLER],
    {
      asOf: AS_OF,
    },
  )
    .filter((f) => f.code === "GOAL_CONTRADICTS_POSITIONING")
    .map((f) => f.params["reason"]);

describe("concessions of retail and subscription business", () => {
  it.each<[string, boolean]>([
    ["Kessler eine Listungsgebühr für das neue Sortiment überweisen", true],
    ["Werbekostenzuschüsse von 3 % für Kessler einplanen", true],
    ["Kessler 50 Kartons Freiware zur Einführung mitgeben", true],
    ["Kessler 8 % unter Katalogpreis anbieten", true],
    ["Die Wartungsgebühren für Kessler im ersten Jahr erlassen", true],
    ["Die Schulung bei Kessler nicht berechnen", true],
    ["Keine Verrechnungsfehler mehr bei Kessler bis 2027", false],
    ["Die Energiekosten von Kessler um 10 % senken", false],
    ["Jahresgespräch mit Kessler: keine zusätzlichen Werbekostenzuschüsse", false],
    ["Pay Kessler a listing allowance for the new range", true],
    ["Fund Kessler's in-store promotion with marketing development funds", true],
    ["Offer Kessler a day rate below market", true],
    ["Write off the commissioning fees for Kessler", true],
    ["Don't charge Kessler for the operator training", true],
    ["Keep Kessler's downtime below market average", false],
    ["No invoice disputes with Kessler by 2027", false],
    ["Hold terms with Kessler: no extra co-op funds", false],
  ])("%s → concession %s", (statement, hit) => {
    expect(positioningReasons(statement).includes("discount")).toBe(hit);
  });
});

describe("excluded segments: further words, and false friends that share their letters", () => {
  it.each<[string, string, boolean]>([
    ["Rüstungsindustrie", "Funkgeräte an die Streitkräfte eines Nachbarlandes liefern", true],
    ["Defence", "Cold rooms for the Ministry of Defence", true],
    ["Glücksspiel", "Serverräume für eine Wettplattform planen", true],
    ["Glücksspiel", "Eine Beratungsstelle gegen Glücksspielsucht unterstützen", false],
    ["Gambling", "Fit out a sportsbook's trading floor", true],
    ["Gambling", "Fund a gambling addiction helpline", false],
    ["Tabak", "Verpackungen für Zigarillos liefern", true],
    ["Tobacco", "Support a smoking cessation programme with tobacco cessation kits", false],
    ["Kohle", "Förderbänder für eine Zeche liefern", true],
    ["Kohle", "Den Kohlendioxid-Ausstoß der Flotte senken", false],
    ["Coal", "Spare parts for a colliery", true],
    ["Waffen", "Steuerungen für Waffensysteme liefern", true],
    ["Waffen", "Kühltechnik für eine Waffelbäckerei", false],
    ["Erwachsenenunterhaltung", "Hosting für eine Erotikplattform", true],
    ["Adult entertainment", "Hosting for an adult video site", true],
    ["Adult entertainment", "Courses for adult learners", false],
  ])("%s in %s: %s", (segment, text, hit) => {
    const lexicon = segmentLexicon(segment);
    expect(lexicon !== null && findAll(tokenize(text), lexicon).length > 0).toBe(hit);
  });

  it.each<[string, boolean]>([
    ["Kessler beim Rückzug aus dem Tabakgeschäft begleiten", false],
    ["Help Kessler phase cigarettes out of their vending range", false],
    ["Kessler beim Einstieg in das Tabakgeschäft begleiten", true],
  ])("%s → segment wording %s", (statement, hit) => {
    expect(positioningReasons(statement).includes("segmentWording")).toBe(hit);
  });
});

describe("quota rates, promotional placements and mail series are sales tasks", () => {
  it.each<[string, boolean]>([
    ["Trefferquote bei Kessler-Angeboten auf 40 %", true],
    ["Zweitplatzierungen in allen Kessler-Filialen sichern", true],
    ["Mailstrecke zur Messeneuheit an die Kessler-Einkäufer", true],
    ["Zusatzverkauf von Serviceverträgen bei Kessler", true],
    ["Vier Ersttermine im Monat mit Kessler-Fachabteilungen", true],
    ["Hit rate on Kessler quotes: 40%", true],
    ["Secondary placements in every Kessler store", true],
    ["Email series on the new range to Kessler buyers", true],
    ["Two discovery calls a week with Kessler departments", true],
    ["Erfolgsquote der Inbetriebnahmen bei Kessler auf 98 %", false],
    ["Hold the first two joint steering meetings with Kessler's plant managers", false],
    ["Mit Kessler die Ausschreibung 2027 für den Rahmenvertrag vorbereiten", false],
    ["End the quarter with a joint review of Kessler's lines", false],
  ])("%s → %s", (text, sales) => {
    expect(salesWording(tokenize(text)).length > 0).toBe(sales);
  });
});

describe("the base a percentage is taken of is no money target", () => {
  const kind = strategicGoalMismatch;
  it.each<[string, boolean]>([
    ["Kessler einen Bonus von 2 % auf den Jahresumsatz zusagen", false],
    ["Agree a 2% allowance on Kessler's annual purchases", false],
    ["Mit Kessler einen gemeinsamen Jahresumsatz von 3 Mio. € erreichen", true],
    ["Replace Kessler's volume discounts with service packages", false],
    ["Kessler als Referenzkunden gewinnen, sodass der Rohertrag um 200.000 € wächst", true],
  ])("%s → mismatch %s", (statement, hit) => {
    expect(kind(statement)).toBe(hit);
  });

  it("property: any percentage taken of revenue keeps a strategic goal strategic", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom("Bonus", "Werbekostenzuschuss", "Rückvergütung"),
        fc.constantFrom("auf den Jahresumsatz", "vom Umsatz", "auf den Umsatz"),
        (n, what, base) =>
          !checkPlan(
            plan({
              goals: [
                goal({
                  statement: `Mit Kessler ${what} von ${n} % ${base} neu verhandeln`,
                  kind: "strategic",
                  metric: "other",
                  target: 1,
                  unit: "count",
                }),
              ],
            }),
            [KESSLER],
            { asOf: AS_OF },
          ).some((f) => f.code === "GOAL_KIND_MISMATCH"),
      ),
    );
  });
});

describe("visions and missions in other words", () => {
  const monetary = (vision: string) =>
    checkVision(vision, DEFAULT_THRESHOLDS).some((f) => f.code === "VISION_MONETARY");
  it.each<[string, boolean]>([
    ["Die Nummer eins unserer Key Accounts – in Tonnen wie in Vertrauen.", true],
    ["First choice of our key accounts, in volume as in trust.", true],
    ["Dreimal so viele Anlagen bei unseren Key Accounts wie jeder Mitbewerber.", true],
    ["Three times as many lines at our key accounts as any rival.", true],
    ["Unsere Key Accounts sollen in uns den Partner sehen, der mit ihnen wächst.", false],
  ])("%s → monetary %s", (vision, hit) => {
    expect(monetary(vision)).toBe(hit);
  });

  it.each<[string, boolean]>([
    ["Every hospital we work with should find its processes simpler because of us.", true],
    ["We work with the best engineers in the industry.", false],
  ])("%s → customer-centric %s", (vision, centric) => {
    expect(isCustomerCentric(tokenize(vision))).toBe(centric);
  });

  const codes = (mission: string) =>
    checkMission(mission, "Ein unverzichtbarer Partner für unsere Key Accounts", DEFAULT_THRESHOLDS).map(
      (f) => f.code,
    );
  it.each<[string, string[]]>([
    ["Wir arbeiten viel und geben nie auf.", ["MISSION_NO_HOW"]],
    ["Mit gemeinsamen Kennzahlen vereinfachen wir die Abläufe unserer Kunden.", []],
    ["We streamline our customers' replenishment with shared forecasts.", []],
    ["Check tender portals each morning, submit bids early, chase buyers weekly.", ["MISSION_ACTIVITY_LIST"]],
  ])("%s → %j", (mission, expected) => {
    expect(codes(mission)).toEqual(expected);
  });
});
