// Plans written the way KAM teams write them, against the sample portfolios: a good plan passes
// with no error and no warning, and a plan with seeded faults is caught with the right codes.

import type { Finding } from "../../src/domain/finding";
import { checkPlan } from "../../src/domain/rules";
import { AS_OF, SAMPLE_ACCOUNTS, US_ACCOUNTS, enGoal, enPlan, goal, plan } from "./fixtures";

const notable = (findings: Finding[]) =>
  findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${JSON.stringify(f.subject)}`);

const GOOD_DE = plan({
  vision:
    "Unsere Key Accounts sehen in uns den Partner, ohne den sie ihre Verpackungs- und Logistikprozesse nicht mehr denken wollen – heute und in zehn Jahren.",
  mission:
    "Wir verstehen die Geschäfte unserer Key Accounts besser als jeder Wettbewerber, entwickeln Lösungen gemeinsam mit ihren Teams und sind in ihren Werken vor Ort präsent.",
  goals: [
    goal({
      id: "K-1",
      statement: "Umsatz mit Kessler durch Etikettenservice und Inline-Druck auf 2,3 Mio. € ausbauen",
    }),
    goal({
      id: "K-2",
      kind: "strategic",
      metric: "newBusinessAreas",
      target: 3,
      unit: "count",
      statement: "Bei Kessler den Bereich Schrumpffolien als dritten Geschäftsbereich erschließen",
    }),
    goal({
      id: "L-1",
      account: "D-02",
      kind: "strategic",
      metric: "retention",
      target: 1,
      unit: "%",
      deadline: "2027-06-30",
      statement: "Rahmenvertrag mit Lindner bis 2030 verlängern",
    }),
    goal({
      id: "L-2",
      account: "D-02",
      metric: "grossMargin",
      target: 0.23,
      unit: "%",
      statement: "Bruttomarge bei Lindner durch Servicepakete statt Preisnachlässen auf 23 % heben",
    }),
    goal({
      id: "O-1",
      account: "D-03",
      target: 950_000,
      statement: "Umsatz mit Ostsee Fisch über Kühlketten-Monitoring auf 950.000 € steigern",
    }),
    goal({
      id: "O-2",
      account: "Ostsee Fisch eG",
      kind: "strategic",
      metric: "relationship",
      target: 4,
      unit: "score",
      statement: "Gemeinsame Jahresplanung mit dem Einkauf von Ostsee Fisch etablieren (Beziehung 4 von 5)",
    }),
    goal({
      id: "V-1",
      account: "D-04",
      target: 3_600_000,
      deadline: "2028-06-30",
      statement:
        "Umsatz mit Voss Medical über einen Servicevertrag für die Kalibrierung auf 3,6 Mio. € steigern",
    }),
    goal({
      id: "V-2",
      account: "D-04",
      kind: "strategic",
      metric: "newBusinessAreas",
      target: 4,
      unit: "count",
      deadline: "2028-03-31",
      statement: "Bei Voss Medical den Bereich Kalibrierservice als vierten Geschäftsbereich erschließen",
    }),
    goal({
      id: "T-1",
      account: "D-05",
      metric: "grossMargin",
      target: 0.26,
      unit: "%",
      statement: "Marge bei Tirol Holz durch Wartungsverträge für Antriebe auf 26 % verbessern",
    }),
    goal({
      id: "T-2",
      account: "D-05",
      kind: "strategic",
      metric: "retention",
      target: 1,
      unit: "%",
      statement: "Tirol Holz langfristig binden: Wartungsvertrag für alle Antriebe abschließen",
    }),
  ],
});

const GOOD_EN = enPlan({
  vision:
    "Our key accounts will count on us as the partner they cannot do without, today and for decades to come.",
  mission:
    "We earn that place by understanding our customers' operations better than anyone, co-developing solutions with their teams and being on site when it matters.",
  goals: [
    enGoal({ id: "S-1", statement: "Grow revenue with Summit to $1.5M by adding footwear care services" }),
    enGoal({
      id: "S-2",
      kind: "strategic",
      metric: "newBusinessAreas",
      target: 3,
      unit: "count",
      statement: "Open up Summit's kids' range as a third business area",
    }),
    enGoal({
      id: "H-1",
      account: "US-9",
      kind: "strategic",
      metric: "retention",
      target: 1,
      unit: "%",
      deadline: "2027-06-30",
      statement: "Renew Harbor's master agreement for three more years",
    }),
    enGoal({
      id: "H-2",
      account: "US-9",
      kind: "strategic",
      metric: "relationship",
      target: 3,
      unit: "score",
      statement: "Lift the relationship with Harbor to 3 of 5 through quarterly executive reviews",
    }),
    enGoal({
      id: "H-3",
      account: "Harbor Freight Lines",
      metric: "grossMargin",
      target: 0.22,
      unit: "%",
      statement: "Raise gross margin with Harbor to 22% by replacing ad-hoc orders with a service contract",
    }),
  ],
});

describe("plans as KAM teams write them", () => {
  it("de: a good plan has no error and no warning", () => {
    expect(notable(checkPlan(GOOD_DE, SAMPLE_ACCOUNTS, { asOf: AS_OF }))).toEqual([]);
  });

  it("en: a good plan has no error and no warning", () => {
    expect(notable(checkPlan(GOOD_EN, US_ACCOUNTS, { asOf: AS_OF }))).toEqual([]);
  });

  it("de: seeded faults are caught with the right codes", () => {
    const faulty = plan({
      vision: "Wir wollen die Nr. 1 mit 50 Mio. € Umsatz werden.",
      mission: "Unsere Mission ist Exzellenz.",
      goals: [
        goal({
          id: "F-1",
          statement: "Umsatz +20 % bis Ende 2027",
          target: 2_220_000,
          deadline: "31.12.2027",
        }),
        goal({
          id: "F-2",
          account: "D-02",
          metric: "grossMargin",
          target: 18,
          unit: "%",
          statement: "Marge Lindner 18 %",
        }),
        goal({
          id: "F-3",
          account: "D-03",
          kind: "strategic",
          statement: "Ostsee Fisch: 10 % Sonderrabatt und Mailing-Kampagne zur Saison",
          target: 1_000_000,
        }),
        goal({
          id: "F-4",
          account: "Voss Medical",
          target: 9_000_000,
          statement: "Umsatz Voss verdreifachen",
        }),
      ],
    });
    const codes = checkPlan(faulty, SAMPLE_ACCOUNTS, { asOf: AS_OF }).map(
      (f) => `${f.code} ${f.subject.type === "goal" ? f.subject.id : f.subject.type}`,
    );
    expect(codes).toEqual(
      expect.arrayContaining([
        "VISION_MONETARY vision",
        "VISION_NOT_CUSTOMER_CENTRIC vision",
        "MISSION_NO_HOW mission",
        "GOAL_NO_DEADLINE F-1",
        "GOAL_VALUE_OUT_OF_RANGE F-2",
        "GOAL_KIND_MISMATCH F-3",
        "GOAL_CONTRADICTS_POSITIONING F-3",
        "GOAL_SALES_OR_MARKETING_ACTIVITY F-3",
        "GOAL_ACCOUNT_UNKNOWN F-4",
        "ACCOUNT_RISK_UNADDRESSED account",
      ]),
    );
  });

  it("en: seeded faults are caught with the right codes", () => {
    const faulty = enPlan({
      vision: "Be the #1 supplier with $20M revenue by 2030.",
      mission: "We are the best partner.",
      goals: [
        enGoal({ id: "F-1", statement: "Run a spring campaign and hit quota at Summit", target: 5_000_000 }),
        enGoal({
          id: "F-2",
          account: "US-9",
          metric: "grossMargin",
          target: 0.15,
          unit: "%",
          statement: "Hold margin at Harbor with a 5% rebate",
        }),
      ],
    });
    const codes = checkPlan(faulty, US_ACCOUNTS, { asOf: AS_OF }).map(
      (f) => `${f.code} ${f.subject.type === "goal" ? f.subject.id : f.subject.type}`,
    );
    expect(codes).toEqual(
      expect.arrayContaining([
        "VISION_MONETARY vision",
        "VISION_NOT_CUSTOMER_CENTRIC vision",
        "MISSION_NO_HOW mission",
        "GOAL_SALES_OR_MARKETING_ACTIVITY F-1",
        "GOAL_TARGET_ABOVE_POTENTIAL F-1",
        "GOAL_GROWTH_IMPLAUSIBLE F-1",
        "GOAL_MARGIN_BELOW_POSITIONING F-2",
        "GOAL_CONTRADICTS_POSITIONING F-2",
        "ACCOUNT_RISK_UNADDRESSED account",
      ]),
    );
  });
});
