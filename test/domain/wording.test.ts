import fc from "fast-check";
import { checkPlan } from "../../src/domain/rules";
import { isPremiumPositioning, salesWording } from "../../src/domain/rules/goal-wording";
import { checkMission } from "../../src/domain/rules/mission";
import { checkVision, isCustomerCentric, sizeAmbitions } from "../../src/domain/rules/vision";
import { DEFAULT_THRESHOLDS } from "../../src/domain/thresholds";
import { holdsPart } from "../../src/domain/wording/lexicon";
import { isNegated } from "../../src/domain/wording/negations";
import { DISCOUNT_WORDS } from "../../src/domain/wording/pricing";
import { segmentCore, segmentLexicon } from "../../src/domain/wording/segments";
import { germanKey, tokenize } from "../../src/domain/wording/tokens";
import { findAll } from "../../src/domain/wording/lexicon";
import { AS_OF, KESSLER, MARKETING, goal, plan, strategicGoalMismatch } from "./fixtures";

const positioning = (text: string) => ({ ...MARKETING, positioning: text });

describe("German compounds", () => {
  it.each<[string, string, boolean]>([
    ["Staffelrabatte", "rabatt", true],
    ["Rüstungszulieferern", "rustung", true],
    ["Produktpräsentationen", "prasentation", true],
    ["Sekunde", "kund", false],
    ["Ausbau", "bau", false],
    ["Wettbewerb", "bewerb", true],
    ["sachkundig", "kund", false],
  ])("%s holds %s: %s", (word, stem, holds) => {
    expect(holdsPart(germanKey(word), stem)).toBe(holds);
  });
});

describe("negation reaches the end of its clause", () => {
  const discountNegated = (text: string) => {
    const tokens = tokenize(text);
    return findAll(tokens, DISCOUNT_WORDS).map((m) => isNegated(tokens, m));
  };
  it.each<[string, boolean]>([
    ["Marge halten, ohne dass wir uns im nächsten Rahmenvertrag erneut auf einen Preiskampf einlassen", true],
    ["Keine Rabatte, Boni oder Sonderpreise mehr gewähren", true],
    ["Nicht über den Preis, sondern mit 5 % Rabatt überzeugen", false],
    ["Without getting dragged into another round of price cuts", true],
    ["Not only a discount but a real partnership", false],
    ["Rabatte bis 2028 schrittweise abbauen", true],
    ["Ohne Verzögerung. Dann 10 % Rabatt gewähren", false],
    ["Ohne dass wir uns – wie zuletzt 2025 – auf einen Preiskampf einlassen", true],
    ["Without getting drawn, as in the 2025 tender, into a price war", true],
    // A long stretch between dashes is a clause of its own, not an aside.
    [
      "Ohne Verzögerung – und dann mit einer langen Liste weiterer offener Punkte aus dem Projekt – 10 % Rabatt gewähren",
      false,
    ],
  ])("%s → negated %s", (text, negated) => {
    expect(discountNegated(text).every((n) => n === negated)).toBe(true);
    expect(discountNegated(text).length).toBeGreaterThan(0);
  });

  it("property: a short aside between dashes keeps the negation going", () => {
    const aside = fc.array(
      fc.constantFrom("wie", "zuletzt", "2025", "im", "Vorjahr", "bei", "der", "Ausschreibung"),
      {
        minLength: 1,
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(aside, fc.constantFrom("Preiskampf", "Rabatte", "Kampfpreise"), (words, word) => {
        const text = `Marge halten, ohne dass wir uns – ${words.join(" ")} – auf ${word} einlassen`;
        expect(discountNegated(text).every(Boolean)).toBe(true);
      }),
    );
  });

  it("property: a discount in a clause opened by 'ohne dass wir' is never reported", () => {
    const fillers = fc.array(fc.constantFrom("uns", "dabei", "erneut", "im", "nächsten", "Jahr", "wieder"), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fillers,
        fc.constantFrom("Preiskampf", "Rabatte", "Sonderkonditionen", "Kampfpreise"),
        (words, word) => {
          const statement = `Marge bei Kessler halten, ohne dass wir ${words.join(" ")} ${word} einlassen`;
          const findings = checkPlan(
            plan({ goals: [goal({ statement, metric: "grossMargin", target: 0.3 })] }),
            [KESSLER],
            {
              asOf: AS_OF,
            },
          );
          expect(findings.map((f) => f.code)).not.toContain("GOAL_CONTRADICTS_POSITIONING");
        },
      ),
    );
  });
});

describe("positioning read from its meaning", () => {
  it.each<[string, boolean]>([
    ["Technologieführer, hochwertige Lösungen, kein Preiswettbewerb", true],
    ["Wir verkaufen Qualität und Beratung, nicht den niedrigsten Preis", true],
    ["We win on quality and service, never on price", true],
    ["Premium", true],
    ["Kostenführer – bester Preis im Markt", false],
    ["Best value for money", false],
    ["Preis-Leistungs-Führer", false],
    ["", false],
  ])("%s → premium %s", (text, premium) => {
    expect(isPremiumPositioning(positioning(text))).toBe(premium);
  });
});

describe("excluded segments by core, compound and synonym", () => {
  it.each<[string, string, boolean]>([
    ["Rüstungsindustrie", "Zugang zu Rüstungszulieferern aufbauen", true],
    ["Rüstungsindustrie", "Steuerungen für Wehrtechnik liefern", true],
    ["Gambling", "Open doors at sports betting operators", true],
    ["Glücksspiel", "Terminals für Sportwetten entwickeln", true],
    ["Glücksspiel", "Den Wettbewerb bei Kessler beobachten", false],
    ["Tabak", "Verpackungen für Zigarettenhersteller", true],
    ["Defence", "Defend our share at Summit", false],
    ["Kohleverstromung", "Förderbänder für Braunkohlekraftwerke liefern", true],
    ["Glücksspiel", "Antriebe für die Spielwarenproduktion", false],
    ["Bau", "Ausbau der Serviceverträge", false],
  ])("%s in %s: %s", (segment, text, hit) => {
    const lexicon = segmentLexicon(segment);
    expect(lexicon !== null && findAll(tokenize(text), lexicon).length > 0).toBe(hit);
  });
  it("cuts generic heads off the segment's name", () => {
    expect(segmentCore("Rüstungsindustrie")).toEqual(["rustung"]);
    expect(segmentCore("Tobacco products")).toEqual(["tobacco"]);
  });
});

describe("vision perspective and ambition", () => {
  it.each<[string, boolean]>([
    ["Wer mit uns arbeitet, soll spüren, dass wir sein Geschäft verstehen", true],
    ["The hospitals that rely on us never worry about supply", true],
    ["Wir werden das innovativste Unternehmen der Branche", false],
    ["Engineering excellence in everything we make", false],
    ["For hospital managers we will be the first call when supply matters", true],
    ["Wir wollen das modernste Werk Europas betreiben", false],
  ])("%s → customer-centric %s", (text, centric) => {
    expect(isCustomerCentric(tokenize(text))).toBe(centric);
  });
  it.each<[string, number]>([
    ["Become the number one supplier of coatings in North America", 1],
    ["Be the number one choice for our key accounts", 0],
    ["Wir wollen nicht der größte, sondern der verlässlichste Lieferant sein", 0],
    ["Doppelt so schnell wachsen wie der Markt", 1],
    // The customer's own growth is no ambition of ours; our place in their spend is.
    ["Unsere Kunden verdoppeln mit unseren Lösungen ihre Verfügbarkeit", 0],
    ["Push competitors out and become their sole source", 1],
  ])("%s → %d ambitions", (text, count) => {
    expect(sizeAmbitions(tokenize(text))).toHaveLength(count);
  });
});

describe("selling acts become a quota when counted or given a rhythm", () => {
  it.each<[string, boolean]>([
    ["Zehn Produktpräsentationen im Halbjahr", true],
    ["Monthly demo calls with the buyers", true],
    ["Cross-sell two modules per quarter", true],
    ["Ein Angebot für das Retrofit erstellen", false],
    ["Quarterly calls with the CFO", false],
    ["Beziehung von 3 auf 4 heben", false],
    ["Umsatz auf 2,5 Mio. € steigern", false],
    // A number that names something counts nothing.
    ["Ein Angebot für Linie 3 abgeben", false],
    ["Double the number of quotes we submit", true],
    ["Bis Ende Q3 vier Webinare durchführen", true],
    ["Review the roadmap with their R&D lead twice a year", false],
  ])("%s → %s", (text, quota) => {
    expect(salesWording(tokenize(text)).length > 0).toBe(quota);
  });
});

describe("promotions counted or given a rhythm are sales tasks", () => {
  test.each([
    "Jeden Monat zwei Verkostungen unserer neuen Produktlinie bei Alpenmilch organisieren.",
    "Run a tasting of our new range at Alpenmilch every month.",
    "Vier Roadshows pro Jahr bei Hofer Logistik durchführen.",
  ])("%s", (text) => {
    expect(salesWording(tokenize(text)).length).toBeGreaterThan(0);
  });
});

describe("price concessions in other words, and their near misses", () => {
  const raised = (statement: string, text = "Qualitätsführer (Premium)") =>
    checkPlan(plan({ marketing: positioning(text), goals: [goal({ statement })] }), [KESSLER], {
      asOf: AS_OF,
    })
      .filter((f) => f.code === "GOAL_CONTRADICTS_POSITIONING")
      .map((f) => f.params["reason"]);
  it.each<[string, boolean]>([
    ["Kessler einen Preisabschlag von 8 % gewähren", true],
    ["Abschläge auf alle Ersatzteile von Kessler einräumen", true],
    ["Abschlagszahlungen von Kessler pünktlich einfordern", false],
    ["Listenpreise für Kessler im kommenden Jahr um 5 % senken", true],
    ["Stundensätze für Kessler reduzieren", true],
    // Within one clause only.
    ["Listenpreise halten. Stattdessen die Energiekosten von Kessler senken", false],
    ["List prices for Kessler's spare parts to come down by 5% next year", true],
    ["Die Energiekosten von Kessler um 10 % senken", false],
    ["Preise für Kessler an das Wettbewerbsniveau angleichen", true],
    ["Unsere Preise über Wettbewerbsniveau halten, mit belegtem Mehrwert", false],
    ["Bei der Ausschreibung von Kessler unter Wettbewerbsniveau anbieten", true],
    ["Beim Preis nachgeben, um Kessler zu halten", true],
    ["Eine Konditionsverbesserung für Kessler in Aussicht stellen", true],
    ["Come in under the competitor's price at Kessler", true],
    ["Go below the incumbent's bid in Kessler's tender", true],
    ["Keep margins stable under pressure from the competitor's prices", false],
    ["Give ground on price with Kessler", true],
    ["Budge on pricing to keep the Kessler volume", true],
    ["Give a training on pricing models to Kessler's buyers", false],
    ["Meet the competition's price to keep Kessler", true],
    ["Offer Kessler improved terms for the renewal", true],
    ["Improve working conditions on Kessler's lines", false],
    ["Improve uptime in terms of OEE by 5 points", false],
    ["Fend off Kessler's pressure for discounts and hold our price level", false],
    ["Rabattforderungen von Kessler abwehren", false],
    ["Den Forderungen nach Rabatten von Kessler mit Mehrwert begegnen", false],
  ])("%s → concession %s", (statement, hit) => {
    expect(raised(statement).includes("discount")).toBe(hit);
  });
});

describe("excluded segments: further synonyms and their near misses", () => {
  it.each<[string, string, boolean]>([
    ["Rüstungsindustrie", "Steuerungen an einen Panzerbauer liefern", true],
    ["Rüstungsindustrie", "Panzerglas für Bankfilialen liefern", false],
    ["Defence", "Drives for armoured vehicles", true],
    ["Defence", "Cooling for stainless steel storage tanks", false],
    ["Glücksspiel", "Die Automatenhallen einer Spielothek-Kette ausstatten", true],
    ["Glücksspiel", "Verkaufsautomaten für Kantinen liefern", false],
    ["Gambling", "Fit out a chain of amusement arcades", true],
    ["Gambling", "Fit out their bingo halls", true],
  ])("%s in %s: %s", (segment, text, hit) => {
    const lexicon = segmentLexicon(segment);
    expect(lexicon !== null && findAll(tokenize(text), lexicon).length > 0).toBe(hit);
  });
});

describe("selling in other words: up- and cross-selling, roadshows, marketing pushes", () => {
  it.each<[string, boolean]>([
    ["Upselling von Premium-Services: 5 Zusatzverträge", true],
    ["Upsell premium services: 5 add-on contracts", true],
    ["Cross-Selling in allen Werken", true],
    ["Roadshow durch alle Werke im Jänner", true],
    ["Direct marketing push for the portal", true],
    ["Dialogmarketing für das Ersatzteilportal", true],
    ["Land and expand at the account", true],
    // A count that sets a condition is no quota.
    ["Naturalrabatt: bei zehn bestellten Maschinen gibt es die elfte dazu", false],
    ["Ab 10 Bestellungen im Jahr einen festen Ansprechpartner stellen", false],
    ["Zehn Bestellungen im Quartal", true],
    ["Push the joint development project to its next milestone", false],
    ["Mit dem Marketing von Kessler eine gemeinsame Nachhaltigkeitsstrategie entwickeln", false],
  ])("%s → %s", (text, sales) => {
    expect(salesWording(tokenize(text)).length > 0).toBe(sales);
  });
});

describe("missions: sales checklists in other words, and what we stand for", () => {
  const codes = (mission: string) =>
    checkMission(mission, "Ein unverzichtbarer Partner für unsere Key Accounts", DEFAULT_THRESHOLDS).map(
      (f) => f.code,
    );
  it.each<[string, string[]]>([
    ["Pipeline füllen, Leads qualifizieren, Abschlüsse machen – jeden Monat.", ["MISSION_ACTIVITY_LIST"]],
    ["Offerten innert drei Tagen stellen, Besuchsrapporte wöchentlich ablegen.", ["MISSION_ACTIVITY_LIST"]],
    ["Qualify leads, nurture them and keep quote turnaround under two days.", ["MISSION_ACTIVITY_LIST"]],
    ["Qualität und Leidenschaft – dafür stehen wir.", ["MISSION_NO_HOW"]],
    ["Dafür binden wir unsere Key Accounts in unsere Entwicklung ein.", []],
  ])("%s → %j", (mission, expected) => {
    expect(codes(mission)).toEqual(expected);
  });
});

describe("visions: a rank measured by a quantity, and the customer's own figures", () => {
  const monetary = (vision: string) =>
    checkVision(vision, DEFAULT_THRESHOLDS).some((f) => f.code === "VISION_MONETARY");
  it.each<[string, boolean]>([
    ["Führender Systempartner der Getränkeindustrie – gemessen an installierten Anlagen.", true],
    ["Der führende Partner unserer Key Accounts, nach Stückzahlen gerechnet.", true],
    ["The leading partner to Europe's bottlers, measured by number of sites.", true],
    ["Der verlässlichste Partner unserer Key Accounts – gemessen an ihrer Zufriedenheit.", false],
    ["The partner our key accounts trust most, measured by their success.", false],
    ["Wir wollen schneller wachsen als jeder Mitbewerber.", true],
    ["Bis 2030 ein Viertel des Einkaufsvolumens jedes Key Accounts auf uns vereinen.", true],
    ["Wir wollen, dass unsere Key Accounts mit uns profitabler produzieren.", false],
    ["We want our key accounts to run more profitably with us.", false],
    ["Wir wollen mit unseren Key Accounts profitabler werden.", true],
  ])("%s → monetary %s", (vision, hit) => {
    expect(monetary(vision)).toBe(hit);
  });
});

describe("a strategic goal that sets growth on revenue", () => {
  const kind = strategicGoalMismatch;
  it.each<[string, boolean]>([
    ["Strategische Partnerschaft Kessler: Umsatz +15 % p.a.", true],
    ["Strategic partnership Kessler: revenue +15% p.a.", true],
    ["Partnerschaft mit Kessler vertiefen: Umsatz 4 % p.a. über Markt", true],
    ["Partnerschaft mit Kessler: Umsatz von 2 Mio. € pro Jahr halten", false],
    ["Partnership with Kessler: +2 joint projects a year", false],
  ])("%s → mismatch %s", (statement, hit) => {
    expect(kind(statement)).toBe(hit);
  });
});

describe("a '…' entry stays in one clause", () => {
  const concessions = (text: string) => findAll(tokenize(text), DISCOUNT_WORDS).length;
  const filler = fc.array(
    fc.constantFrom("für", "Kessler", "im", "kommenden", "Jahr", "um", "5", "%", "deutlich"),
    {
      maxLength: 8,
    },
  );
  it("property: our list prices lowered anywhere in the clause are a concession", () => {
    fc.assert(
      fc.property(filler, (words) => {
        expect(concessions(`Listenpreise ${words.join(" ")} senken`)).toBeGreaterThan(0);
      }),
    );
  });
  it("property: a sentence or clause break between price and verb ends the match", () => {
    fc.assert(
      fc.property(filler, filler, fc.constantFrom(". Dann", "; danach", " – und"), (before, after, gap) => {
        const text = `Listenpreise ${before.join(" ")} halten${gap} die Energiekosten ${after.join(" ")} senken`;
        expect(concessions(text)).toBe(0);
      }),
    );
  });
});
