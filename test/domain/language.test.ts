import { todayIso } from "../../src/domain/dates";
import { languageOfDisplay, languageOfTag, languageOfTexts } from "../../src/domain/language";

describe("languageOfTag: locale tags and language names", () => {
  it.each([
    ["de", "de"],
    ["de-DE", "de"],
    ["DE-at", "de"],
    ["de_CH.UTF-8", "de"],
    ["Deutsch", "de"],
    ["German", "de"],
    ["en", "en"],
    ["en-US", "en"],
    ["en_GB.UTF-8", "en"],
    ["English", "en"],
    ["fr-FR", null],
    ["C.UTF-8", null],
    ["dexter", null],
    ["", null],
    [undefined, null],
    [null, null],
  ] as const)("%p → %p", (tag, language) => {
    expect(languageOfTag(tag)).toBe(language);
  });

  it("Office's display language: German for de-*, English for everything else", () => {
    expect(languageOfDisplay("de-CH")).toBe("de");
    expect(languageOfDisplay("fr-FR")).toBe("en");
    expect(languageOfDisplay(undefined)).toBe("en");
  });
});

describe("languageOfTexts: what a plan is written in", () => {
  it.each([
    [["Wir sind der Partner unserer Key Accounts und wachsen mit ihnen."], "de"],
    [["We are the partner our key accounts trust, and we grow with them."], "en"],
    [["Umsatz", "Revenue"], null],
    [[], null],
  ] as const)("%p → %p", (texts, language) => {
    expect(languageOfTexts(texts)).toBe(language);
  });
});

test("todayIso: the local calendar date, not UTC's", () => {
  expect(todayIso(new Date(2026, 0, 31, 23, 59))).toBe("2026-01-31");
  expect(todayIso(new Date(2027, 11, 1, 0, 1))).toBe("2027-12-01");
});
