import {
  currencyFromFormat,
  formatScale,
  isDateFormat,
  isPercentFormat,
} from "../../src/workbook/number-formats";

describe("number formats", () => {
  test.each([
    ["0.0%", true],
    ["0%", true],
    ['0.0 "%"', false],
    ["General", false],
    ["#,##0", false],
  ])("percent %p → %p", (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });

  test.each([
    ["dd.mm.yyyy", true],
    ["[$-407]d. mmmm yyyy", true],
    ["mmm-yy", true],
    ["h:mm", false],
    ["[h]:mm:ss", false],
    ["General", false],
    ["Standard", false],
    ['#,##0 "Tage"', false],
    ["0.00E+00", false],
  ])("date %p → %p", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  test.each([
    ["#,##0 [$€-407]", "EUR"],
    ["[$$-409]#,##0.00", "USD"],
    ['"$"#,##0', "USD"],
    ['#,##0 "EUR"', "EUR"],
    ["#,##0 €", "EUR"],
    ["£#,##0", "GBP"],
    ["[$CHF] #,##0", "CHF"],
    ["\\€#,##0", "EUR"],
    ["#,##0", null],
    ["[$-407]dd.mm.yyyy", null],
  ])("currency %p → %p", (format, code) => {
    expect(currencyFromFormat(format)).toBe(code);
  });

  test.each([
    ["#,##0", 1],
    ["#,##0,", 1000],
    ['#,##0.0,, "Mio"', 1e6],
    ['0.0,,"M";-0.0,,"M"', 1e6],
    ["General", 1],
  ])("scale %p → %p", (format, scale) => {
    expect(formatScale(format)).toBe(scale);
  });
});
