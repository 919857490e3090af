import fc from "fast-check";
import type { NumberLocale } from "../../src/workbook/numbers";
import { numberNotation, parseNumber } from "../../src/workbook/numbers";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

type Row = [text: string, locale: NumberLocale, value: number, percent: boolean, currency: string | null];

const READABLE: Row[] = [
  ["1.250.000 €", "de", 1_250_000, false, "EUR"],
  ["1.250.000,50 €", "de", 1_250_000.5, false, "EUR"],
  ["1,25 Mio. €", "de", 1_250_000, false, "EUR"],
  ["3,1 Mio. €", "de", 3_100_000, false, "EUR"],
  ["1,25 Mio", "de", 1_250_000, false, null],
  ["2 Mrd.", "de", 2_000_000_000, false, null],
  ["760 T€", "de", 760_000, false, "EUR"],
  ["760 TEUR", "de", 760_000, false, "EUR"],
  ["760 Tsd. €", "de", 760_000, false, "EUR"],
  ["760 k€", "de", 760_000, false, "EUR"],
  ["€ 1.250.000", "de", 1_250_000, false, "EUR"],
  ["EUR 1.250.000", "de", 1_250_000, false, "EUR"],
  ["1 250 000 €", "de", 1_250_000, false, "EUR"],
  [`1${NBSP}250${NBSP}000${NBSP}€`, "de", 1_250_000, false, "EUR"],
  [`1${NNBSP}250${NNBSP}000 €`, "de", 1_250_000, false, "EUR"],
  ["31,5 %", "de", 0.315, true, null],
  ["31,5%", "de", 0.315, true, null],
  ["31,5 Prozent", "de", 0.315, true, null],
  ["$1,250,000", "en", 1_250_000, false, "USD"],
  ["$4.5M", "en", 4_500_000, false, "USD"],
  ["4.5M", "en", 4_500_000, false, null],
  ["1.25M", "en", 1_250_000, false, null],
  ["1.2 million", "en", 1_200_000, false, null],
  ["750k", "en", 750_000, false, null],
  ["$750K", "en", 750_000, false, "USD"],
  ["USD 3.65m", "en", 3_650_000, false, "USD"],
  ["14.5%", "en", 0.145, true, null],
  ["(1.250)", "de", -1250, false, null],
  ["-1.250", "de", -1250, false, null],
  ["(1,250)", "en", -1250, false, null],
  ["+5 %", "de", 0.05, true, null],
  ["CHF 2'500'000", "de", 2_500_000, false, "CHF"],
  ["£1.2m", "en", 1_200_000, false, "GBP"],
  ["US$ 2,000", "en", 2000, false, "USD"],
  ["2.400.000 Euro", "de", 2_400_000, false, "EUR"],
  ["1.250,- €", "de", 1250, false, "EUR"],
  ["1.250,00-", "de", -1250, false, null],
  ["\u22121.250", "de", -1250, false, null],
  ["ca. 1,2 Mio. €", "de", 1_200_000, false, "EUR"],
  ["$1.2bn", "en", 1_200_000_000, false, "USD"],
  ["$2B", "en", 2_000_000_000, false, "USD"],
  ["5 MM", "en", 5_000_000, false, null],
  ["1,25 Millionen Euro", "de", 1_250_000, false, "EUR"],
  ["3 thousand", "en", 3000, false, null],
  ["0,5", "de", 0.5, false, null],
  ["0.250", "de", 0.25, false, null],
  ["42", "de", 42, false, null],
  ["  42  ", "en", 42, false, null],
  // a single separator followed by 1–2 or 4+ digits is decimal in every locale
  ["1,25", "en", 1.25, false, null],
  ["1.25", "de", 1.25, false, null],
  ["1.2500", "de", 1.25, false, null],
  // ambiguous single separator + 3 digits: decided by the locale
  ["1.250", "de", 1250, false, null],
  ["1.250", "en", 1.25, false, null],
  ["1,250", "de", 1.25, false, null],
  ["1,250", "en", 1250, false, null],
  // auto: the currency decides; without one, amounts are whole
  ["$1,250", "auto", 1250, false, "USD"],
  ["1,250 €", "auto", 1.25, false, "EUR"],
  ["1.250 €", "auto", 1250, false, "EUR"],
  ["1.250", "auto", 1250, false, null],
  ["1,250", "auto", 1250, false, null],
  ["1.250.000,50", "auto", 1_250_000.5, false, null],
  ["1,250,000.50", "auto", 1_250_000.5, false, null],
];

describe("parseNumber", () => {
  test.each(READABLE)("reads %p (%s)", (text, locale, value, percent, currency) => {
    const parsed = parseNumber(text, locale);
    expect(parsed).toEqual({ ok: true, value: expect.closeTo(value, 9), percent, currency });
  });

  test.each([
    "ca. viel",
    "2,5,3",
    "12abc",
    "1e6",
    "1.250,000.5",
    "12 5",
    "1.25.000",
    "5 Stück",
    "zwei Mio.",
    "30 % €",
    "3 Mio. %",
    "--5",
    "(5",
    "5)",
    "€ $ 5",
    "#N/A",
    "1,250 Mio",
    "mm 5",
    "12 mm",
  ])("wrong text %p is unreadable, not empty", (text) => {
    expect(parseNumber(text, text === "1,250 Mio" ? "auto" : "de")).toEqual({ ok: false, empty: false });
  });

  test.each([
    "",
    "  ",
    "-",
    "–",
    "—",
    "n/a",
    "N/A",
    "k. A.",
    "k.A.",
    "keine Angabe",
    "none",
    "tbd",
    "TBD",
    "?",
    "unbekannt",
    "offen",
  ])("no-value text %p is empty", (text) => {
    expect(parseNumber(text, "de")).toEqual({ ok: false, empty: true });
  });

  test("negative zero reads as zero", () => {
    expect(parseNumber("-0", "de")).toEqual({ ok: true, value: 0, percent: false, currency: null });
  });

  test("never throws, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        fc.constantFrom<NumberLocale>("de", "en", "auto"),
        (text, locale) => {
          const parsed = parseNumber(text, locale);
          if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "1",
            "0",
            "9",
            ".",
            ",",
            " ",
            "'",
            "%",
            "€",
            "$",
            "k",
            "M",
            "Mio.",
            "(",
            ")",
            "-",
            "+",
          ),
          {
            maxLength: 16,
          },
        ),
        (parts) => {
          parseNumber(parts.join(""), "auto");
        },
      ),
    );
  });

  describe("round trip through Intl.NumberFormat", () => {
    const cases: [string, "de" | "en", Intl.NumberFormatOptions][] = [
      ["de-DE", "de", { maximumFractionDigits: 2 }],
      ["en-US", "en", { maximumFractionDigits: 2 }],
      ["de-DE", "de", { style: "currency", currency: "EUR" }],
      ["en-US", "en", { style: "currency", currency: "USD" }],
      ["de-DE", "de", { maximumFractionDigits: 3 }],
      ["en-US", "en", { maximumFractionDigits: 3 }],
    ];
    test.each(cases)("%s %j", (intlLocale, locale, options) => {
      const format = new Intl.NumberFormat(intlLocale, options);
      const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
      fc.assert(
        fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
          const text = format.format(x);
          const parsed = parseNumber(text, locale);
          expect(parsed.ok).toBe(true);
          if (parsed.ok) {
            expect(Math.abs(parsed.value - x)).toBeLessThanOrEqual(0.5 * 10 ** -digits + Math.abs(x) * 1e-15);
            expect(parsed.currency).toBe(options.currency ?? null);
          }
        }),
      );
    });

    test.each([
      ["de-DE", "de"],
      ["en-US", "en"],
    ] as const)("percent style %s", (intlLocale, locale) => {
      const format = new Intl.NumberFormat(intlLocale, { style: "percent", maximumFractionDigits: 2 });
      fc.assert(
        fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (x) => {
          const parsed = parseNumber(format.format(x), locale);
          expect(parsed.ok && parsed.percent).toBe(true);
          if (parsed.ok) expect(Math.abs(parsed.value - x)).toBeLessThanOrEqual(0.5e-4 + Math.abs(x) * 1e-15);
        }),
      );
    });
  });
});

describe("numberNotation", () => {
  test.each([
    ["1.250.000 €", "de"],
    ["19,5 %", "de"],
    ["1.250.000,50", "de"],
    ["$1,200,000", "en"],
    ["14.5%", "en"],
    ["1,250.50", "en"],
    ["1.250", null],
    ["1 250", null],
    ["42", null],
    ["Folien", null],
  ] as const)("%p → %p", (text, notation) => {
    expect(numberNotation(text)).toBe(notation);
  });
});
