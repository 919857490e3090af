import { excelSerialFromIso } from "../../src/domain/dates";
import { finding } from "../../src/domain/finding";
import {
  guarded,
  kamAttainment,
  kamCagr,
  kamCheckGoal,
  kamCheckVision,
  kamGrowth,
  kamQuadrant,
  kamShareOfWallet,
  kamStatus,
  readDate,
  type ExcelErrorCode,
  type FunctionContext,
  type FunctionResult,
} from "../../src/functions/kam-functions";
import { FINDING_MESSAGES, findingMessage } from "../../src/i18n/findings";

const en: FunctionContext = { language: "en", today: () => "2026-07-02" };
const de: FunctionContext = { language: "de", today: () => "2026-07-02" };

function value<T>(result: FunctionResult<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.code}: ${result.message}`);
  return result.value;
}

function error<T>(result: FunctionResult<T>): { code: ExcelErrorCode; message: string } {
  if (result.ok) throw new Error(`expected an error, got ${String(result.value)}`);
  return { code: result.code, message: result.message };
}

describe("KAM.SHAREOFWALLET", () => {
  it.each([
    [250_000, 1_000_000, 0.25],
    [0, 500, 0],
    [1_200, 1_000, 1.2],
  ])("happy path: %p / %p = %p", (revenue, potential, expected) => {
    expect(value(kamShareOfWallet(en, revenue, potential))).toBeCloseTo(expected, 10);
  });

  it.each([["abc"], [true], [[1, 2]], [{}], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    "wrong type: revenue %p is #VALUE!",
    (revenue) => {
      expect(error(kamShareOfWallet(en, revenue, 100)).code).toBe("invalidValue");
    },
  );

  it("wrong type quotes the value in the message (en, de)", () => {
    expect(error(kamShareOfWallet(en, "lots", 100)).message).toBe("revenue must be a number, not 'lots'.");
    expect(error(kamShareOfWallet(de, "viel", 100)).message).toBe(
      "Umsatz muss eine Zahl sein, nicht „viel“.",
    );
  });

  it("wrong count: a missing argument is #VALUE! naming it", () => {
    expect(error(kamShareOfWallet(en, 100, undefined))).toEqual({
      code: "invalidValue",
      message: "potential is missing.",
    });
    expect(error(kamShareOfWallet(de, null, 100)).message).toBe("Umsatz fehlt.");
  });

  it("error propagates: potential 0 is #DIV/0!, negative figures are #VALUE! saying why", () => {
    expect(error(kamShareOfWallet(en, 100, 0))).toEqual({
      code: "divisionByZero",
      message: "The potential is 0, so there is no share of wallet.",
    });
    expect(error(kamShareOfWallet(de, 100, 0)).message).toBe(
      "Das Potenzial ist 0, daher gibt es keinen Share of Wallet.",
    );
    expect(error(kamShareOfWallet(en, -1, 100))).toEqual({
      code: "invalidValue",
      message: "Revenue and potential must not be negative.",
    });
    expect(error(kamShareOfWallet(en, 1, -100)).code).toBe("invalidValue");
  });
});

describe("KAM.GROWTH", () => {
  it.each([
    [100, 120, 0.2],
    [100, 80, -0.2],
    [-100, -50, 0.5],
    [4_200_000, 5_000_000, 800_000 / 4_200_000],
  ])("happy path: %p → %p = %p", (baseline, target, expected) => {
    expect(value(kamGrowth(en, baseline, target))).toBeCloseTo(expected, 10);
  });

  it("wrong type and wrong count are #VALUE!", () => {
    expect(error(kamGrowth(en, "100", 120)).code).toBe("invalidValue");
    expect(error(kamGrowth(en, 100, undefined)).message).toBe("target is missing.");
    expect(error(kamGrowth(de, undefined, 1)).message).toBe("Ausgangswert fehlt.");
  });

  it("error propagates: baseline 0 is #DIV/0!", () => {
    expect(error(kamGrowth(en, 0, 10)).code).toBe("divisionByZero");
    expect(error(kamGrowth(de, 0, 10)).message).toMatch(/Ausgangswert ist 0/);
  });
});

describe("KAM.CAGR", () => {
  it.each([
    [100, 121, 2, 0.1],
    [100, 100, 3, 0],
    [100, 150, 0.5, Math.pow(1.5, 2) - 1],
    [200, 100, 1, -0.5],
  ])("happy path: %p → %p in %p years = %p", (baseline, target, years, expected) => {
    expect(value(kamCagr(en, baseline, target, years))).toBeCloseTo(expected, 10);
  });

  it("wrong type and wrong count are #VALUE!", () => {
    expect(error(kamCagr(en, 100, 121, "two")).message).toBe("years must be a number, not 'two'.");
    expect(error(kamCagr(de, 100, 121, undefined)).message).toBe("Jahre fehlt.");
  });

  it.each([
    [100, 121, 0, "invalidValue"],
    [100, 121, -1, "invalidValue"],
    [-100, 121, 2, "invalidValue"],
    [100, -121, 2, "invalidValue"],
    [0, 121, 2, "divisionByZero"],
  ] as const)("error propagates: (%p, %p, %p) is %s", (baseline, target, years, code) => {
    expect(error(kamCagr(en, baseline, target, years)).code).toBe(code);
  });

  it("range message in both languages", () => {
    expect(error(kamCagr(en, 100, 121, 0)).message).toBe(
      "Years must be more than 0, baseline and target must not be negative.",
    );
    expect(error(kamCagr(de, 100, 121, 0)).message).toMatch(/^Die Jahre müssen größer als 0 sein/);
  });
});

describe("KAM.ATTAINMENT", () => {
  it.each([
    [100, 200, 150, 0.5],
    [100, 200, 200, 1],
    [100, 200, 250, 1.5],
    [100, 200, 50, -0.5],
    [0.3, 0.2, 0.25, 0.5], // a goal to lower a figure
  ])("happy path: (%p, %p, %p) = %p", (baseline, target, actual, expected) => {
    expect(value(kamAttainment(en, baseline, target, actual))).toBeCloseTo(expected, 10);
  });

  it("wrong type and wrong count are #VALUE!", () => {
    expect(error(kamAttainment(en, 100, 200, "half")).code).toBe("invalidValue");
    expect(error(kamAttainment(en, 100, 200, undefined)).message).toBe("actual is missing.");
    expect(error(kamAttainment(de, 100, 200, undefined)).message).toBe("Istwert fehlt.");
  });

  it("error propagates: target equal to baseline is #DIV/0!", () => {
    expect(error(kamAttainment(en, 100, 100, 120))).toEqual({
      code: "divisionByZero",
      message: "Target and baseline are equal, so there is no way to cover.",
    });
  });
});

describe("KAM.STATUS", () => {
  // A year from 2026-01-01; on 2026-07-02 (the contexts' today) about half of it has passed.
  const start = "2026-01-01";
  const deadline = "2027-01-01";

  it.each([
    [100, "achieved", "erreicht"],
    [50, "on track", "im Plan"],
    [40, "on track", "im Plan"],
    [35, "at risk", "gefährdet"],
    [20, "off track", "nicht im Plan"],
  ])("happy path: actual %p is %s / %s", (actual, english, german) => {
    expect(value(kamStatus(en, 0, 100, actual, start, deadline, "2026-07-02"))).toBe(english);
    expect(value(kamStatus(de, 0, 100, actual, start, deadline, "2026-07-02"))).toBe(german);
  });

  it("dates may be Excel serials, ISO text or German text", () => {
    const serialStart = excelSerialFromIso(start)!;
    const serialDeadline = excelSerialFromIso(deadline)!;
    expect(value(kamStatus(en, 0, 100, 50, serialStart, serialDeadline, "02.07.2026"))).toBe("on track");
    expect(value(kamStatus(en, 0, 100, 50, "1.1.2026", " 2027-01-01 ", serialStart + 182))).toBe("on track");
  });

  it("asOf omitted (Excel passes null) means today", () => {
    const early: FunctionContext = { language: "en", today: () => "2026-02-01" };
    expect(value(kamStatus(early, 0, 100, 10, start, deadline))).toBe("on track");
    expect(value(kamStatus(early, 0, 100, 10, start, deadline, null))).toBe("on track");
    expect(value(kamStatus(en, 0, 100, 10, start, deadline, null))).toBe("off track");
  });

  it("an empty asOf cell means today, whether Excel passes null (web) or 0 (Windows)", () => {
    const early: FunctionContext = { language: "en", today: () => "2026-02-01" };
    expect(value(kamStatus(early, 0, 100, 10, start, deadline, 0))).toBe("on track");
    expect(error(kamStatus(en, 0, 100, 10, 0, deadline)).message).toBe("start is missing.");
  });

  it("past the deadline without reaching the target is off track", () => {
    expect(value(kamStatus(en, 0, 100, 99, start, deadline, "2027-03-01"))).toBe("off track");
  });

  it("wrong type and wrong count are #VALUE!", () => {
    expect(error(kamStatus(en, 0, 100, 50, "next spring", deadline)).message).toBe(
      "start must be a date (an Excel date, YYYY-MM-DD or DD.MM.YYYY), not 'next spring'.",
    );
    expect(error(kamStatus(de, 0, 100, 50, start, "31.02.2027")).message).toBe(
      "Termin muss ein Datum sein (Excel-Datum, JJJJ-MM-TT oder TT.MM.JJJJ), nicht „31.02.2027“.",
    );
    expect(error(kamStatus(en, 0, 100, 50, start, deadline, true)).code).toBe("invalidValue");
    expect(error(kamStatus(en, 0, 100, 50, start, undefined)).message).toBe("deadline is missing.");
    expect(error(kamStatus(en, 0, 100, undefined, start, deadline)).message).toBe("actual is missing.");
  });

  it("error propagates: baseline = target is #DIV/0!, deadline not after start is #VALUE! saying so", () => {
    expect(error(kamStatus(en, 100, 100, 50, start, deadline)).code).toBe("divisionByZero");
    expect(error(kamStatus(en, 0, 100, 50, deadline, start))).toEqual({
      code: "invalidValue",
      message: "The deadline must be after the start.",
    });
    expect(error(kamStatus(de, 0, 100, 50, start, start)).message).toBe(
      "Der Termin muss nach dem Start liegen.",
    );
  });

  it("a failure inside is reported in the cell, never thrown", () => {
    const broken: FunctionContext = {
      language: "en",
      today: () => {
        throw new Error("clock unavailable");
      },
    };
    expect(error(kamStatus(broken, 0, 100, 50, start, deadline))).toEqual({
      code: "invalidValue",
      message:
        "Unexpected problem in KAM.STATUS: clock unavailable. Please report it with the formula that caused it.",
    });
  });
});

describe("KAM.QUADRANT", () => {
  it.each([
    [8, 8, "Strategic", "Strategisch"],
    [5, 5, "Strategic", "Strategisch"],
    [8, 2, "Development", "Entwicklung"],
    [2, 8, "Status", "Status"],
    [2, 2, "Streamline", "Rationalisierung"],
    [0, 10, "Status", "Status"],
  ])("happy path: attractiveness %p, strength %p is %s / %s", (attractiveness, strength, english, german) => {
    expect(value(kamQuadrant(en, attractiveness, strength))).toBe(english);
    expect(value(kamQuadrant(de, attractiveness, strength))).toBe(german);
  });

  it("wrong type and wrong count are #VALUE!", () => {
    expect(error(kamQuadrant(en, "high", 3)).code).toBe("invalidValue");
    expect(error(kamQuadrant(de, 3, undefined)).message).toBe("Stärke fehlt.");
  });

  it.each([
    [11, 5],
    [-1, 5],
    [5, 10.5],
  ])("error propagates: (%p, %p) is #VALUE! naming the range", (attractiveness, strength) => {
    expect(error(kamQuadrant(en, attractiveness, strength))).toEqual({
      code: "invalidValue",
      message: "Both scores must lie between 0 and 10.",
    });
  });
});

describe("KAM.CHECKVISION", () => {
  const seedVisionDe =
    "Wir werden für unsere Key Accounts ein geschätzter und unverzichtbarer Partner sein, heute und auch noch in ferner Zukunft.";
  const seedVisionEn =
    "We will be a valued and indispensable partner for our key accounts, today and far into the future.";

  it("happy path: the seed's vision is OK in both languages", () => {
    expect(value(kamCheckVision(de, seedVisionDe))).toBe("OK");
    expect(value(kamCheckVision(en, seedVisionEn))).toBe("OK");
  });

  it("a money target as vision: every problem, in the user's language, joined by '; '", () => {
    // Monetary (an error) first, then not customer-centric and too short (warnings).
    const notCustomerCentric = finding("VISION_NOT_CUSTOMER_CENTRIC", { type: "vision" }, "vision");
    const opening = (language: "de" | "en") => FINDING_MESSAGES[language].VISION_MONETARY.split("{")[0]!;
    const english = value(kamCheckVision(en, "Grow revenue to 50 million EUR"));
    expect(english.startsWith(opening("en"))).toBe(true);
    expect(english).toContain("50 million EUR");
    expect(english).toContain(`; ${findingMessage(notCustomerCentric, "en").replace(/\.$/, "")}; `);
    expect(english).not.toContain(".;");
    const german = value(kamCheckVision(de, "Umsatz auf 50 Mio. € steigern"));
    expect(german.startsWith(opening("de"))).toBe(true);
    expect(german).toContain("50 Mio. €");
    expect(german).toContain(`; ${findingMessage(notCustomerCentric, "de").replace(/\.$/, "")}; `);
  });

  it("wrong count: no text is the missing-vision finding, not an error value", () => {
    const missing = finding("VISION_MISSING", { type: "vision" }, "vision");
    expect(value(kamCheckVision(en, undefined))).toBe(findingMessage(missing, "en"));
    expect(value(kamCheckVision(de, "   "))).toBe(findingMessage(missing, "de"));
  });

  it("wrong type: a range of cells is #VALUE!", () => {
    expect(error(kamCheckVision(en, [["a"], ["b"]]))).toEqual({
      code: "invalidValue",
      message: "text must be text.",
    });
  });
});

describe("KAM.CHECKGOAL", () => {
  it("happy path: a sound revenue goal is OK", () => {
    expect(
      value(kamCheckGoal(en, "economic", "revenue", 5_000_000, "2027-12-31", 4_200_000, 6_000_000)),
    ).toBe("OK");
    expect(value(kamCheckGoal(de, "wirtschaftlich", "Umsatz", 5_000_000, "31.12.2027", 4_200_000))).toBe(
      "OK",
    );
  });

  it.each([
    ["economic", "Gross Margin"],
    ["Economic", "gross-margin"],
    ["wirtschaftlich", "Bruttomarge"],
    ["ECONOMIC", "grossMargin"],
  ])("kind %p and metric %p are read in either language", (kind, metric) => {
    expect(value(kamCheckGoal(en, kind, metric, 0.3, "2027-12-31", 0.25))).toBe("OK");
  });

  it("reports each problem, errors first, naming the account generically", () => {
    const result = value(
      kamCheckGoal(en, "strategic", "revenue", 5_000_000, "2027-12-31", 4_200_000, 4_500_000),
    );
    const parts = result.split("; ");
    expect(parts).toHaveLength(2);
    expect(parts[0]).toContain("economic"); // GOAL_KIND_MISMATCH (error)
    // GOAL_TARGET_ABOVE_POTENTIAL (error): the potential, and the account by a generic name.
    expect(parts[1]).toContain("4,500,000");
    expect(parts[1]).toContain("the account");
    const german = value(
      kamCheckGoal(de, "strategisch", "Umsatz", 5_000_000, "2027-12-31", 4_200_000, 4_500_000),
    );
    expect(german).toContain("4.500.000");
    expect(german).toContain("diesem Kunden");
  });

  it("judges the deadline against today", () => {
    const result = value(kamCheckGoal(de, "wirtschaftlich", "Umsatz", 5_000_000, "31.12.2025", 4_200_000));
    expect(result).toContain("31.12.2025");
    expect(result).toContain("02.07.2026");
  });

  it("checks a margin target against marketing's minimum", () => {
    const result = value(kamCheckGoal(en, "economic", "grossMargin", 0.2, "2027-12-31", 0.18, null, 0.25));
    expect(result).toContain("25%");
    expect(value(kamCheckGoal(en, "economic", "grossMargin", 0.3, "2027-12-31", 0.18, null, 0.25))).toBe(
      "OK",
    );
  });

  it("wrong count: no target and no deadline are findings (not measurable, not time-bound)", () => {
    const result = value(kamCheckGoal(en, "economic", "revenue", null, undefined));
    const noTarget = finding("GOAL_NO_TARGET", { type: "goal", id: "G" }, "target", {
      metric: { term: "metric.revenue" },
    });
    const noDeadline = finding("GOAL_NO_DEADLINE", { type: "goal", id: "G" }, "deadline");
    expect(result).toBe(
      `${findingMessage(noTarget, "en").replace(/\.$/, "")}; ${findingMessage(noDeadline, "en")}`,
    );
  });

  it("wrong count: kind and metric are required", () => {
    expect(error(kamCheckGoal(en, undefined, "revenue", 1, "2027-12-31")).message).toBe("kind is missing.");
    expect(error(kamCheckGoal(de, "strategisch", "", 1, "2027-12-31")).message).toBe("Kennzahl fehlt.");
  });

  it("wrong type: unknown kind or metric, text as target, unreadable deadline are #VALUE!", () => {
    expect(error(kamCheckGoal(en, "money", "revenue", 1, "2027-12-31"))).toEqual({
      code: "invalidValue",
      message: "kind must be economic or strategic, not 'money'.",
    });
    expect(error(kamCheckGoal(de, "wirtschaftlich", "Umsätze", 1, "2027-12-31")).message).toBe(
      "Kennzahl muss eine dieser Kennzahlen sein: Umsatz, Bruttomarge, Rentabilität, Share of Wallet, " +
        "Kundenbindung, Beziehungsstärke, Neue Geschäftsbereiche, Sonstiges; nicht „Umsätze“.",
    );
    expect(error(kamCheckGoal(en, "economic", "revenue", "a lot", "2027-12-31")).message).toBe(
      "target must be a number, not 'a lot'.",
    );
    expect(error(kamCheckGoal(en, "economic", "revenue", 1, "soon")).code).toBe("invalidValue");
    expect(error(kamCheckGoal(en, "economic", "revenue", 1, "2027-12-31", "x")).code).toBe("invalidValue");
  });
});

describe("reading dates", () => {
  it.each([
    [46_022, "2025-12-31"],
    [46_022.75, "2025-12-31"],
    ["2027-12-31", "2027-12-31"],
    ["31.12.2027", "2027-12-31"],
    ["1.2.2027", "2027-02-01"],
    ["2027-02-30", null],
    ["31.12.27", null],
    ["", null],
    [0, null],
    [true, null],
  ])("%p → %p", (input, expected) => {
    expect(readDate(input)).toBe(expected);
  });
});

describe("guarded", () => {
  it("turns a non-Error throw into a #VALUE! message too", () => {
    const result = guarded(de, "KAM.TEST", () => {
      throw "kaputt"; // eslint-disable-line @typescript-eslint/only-throw-error -- what a careless dependency might do
    });
    expect(error(result).message).toMatch(/^Unerwarteter Fehler in KAM\.TEST: kaputt\./);
  });
});
