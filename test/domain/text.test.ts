import {
  analyze,
  compileTerms,
  countWords,
  findTerms,
  fold,
  maskSequences,
  MAX_WORD,
  matchedTexts,
  mentions,
  normalizedText,
  segmentTerm,
  stem,
} from "../../src/domain/text";
import { MONEY_WORDS } from "../../src/domain/wording/money";
import { tokenize } from "../../src/domain/wording/tokens";

const has = (text: string, ...terms: string[]) => mentions(analyze(text), compileTerms(terms));

describe("fold", () => {
  it("lowercases and folds umlauts, ß and accents", () => {
    expect(fold("GESCHÄFTSBEZIEHUNG Größe Café")).toBe("geschaeftsbeziehung groesse cafe");
    expect(fold("Geschäft")).toBe(fold("Geschaeft"));
    expect(fold("a\u0308")).toBe("ae");
  });
});

describe("term matching", () => {
  it.each([
    ["a German compound contains its word", "Umsatzsteigerung bei Kessler", "*umsatz*", true],
    ["umlauts fold in compounds", "Jahresumsätze verdoppeln", "*umsaetze*", true],
    ["whole words only without a wildcard", "Ausbau der Bereiche", "bau", false],
    ["prefix", "Partnerschaft auf Augenhöhe", "partner*", true],
    ["hyphenated words split", "unsere Key-Accounts", "key accounts", true],
    ["gap of up to two words", "die Preise deutlich senken", "preis* ~ senk*", true],
    ["gap too long", "die Preise werden wir ganz sicher nicht senken", "preis* ~ senk*", false],
    ["long gap", "Um dies gemeinsam mit den Kunden zu erreichen", "um ... zu", true],
    ["regex group within a word", "Gewinnes", "gewinn(e|s|es)?", true],
  ])("%s", (_name, text, term, expected) => {
    expect(has(text, term)).toBe(expected);
  });

  it("except vetoes a match at the same word", () => {
    const terms = compileTerms([{ match: "*ertrag*", except: ["*vertrag*"] }]);
    expect(mentions(analyze("Rahmenvertrag verlängern"), terms)).toBe(false);
    expect(mentions(analyze("Mehrertrag sichern"), terms)).toBe(true);
  });

  it("reports matches as written, longest first, without overlaps", () => {
    const matches = findTerms(
      analyze("Wir senken die Preise und die Preise sinken"),
      compileTerms(["preis*", "senk* ~ preis*"]),
    );
    expect(matches.map((m) => m.text)).toEqual(["senken die Preise", "Preise"]);
    expect(matchedTexts([{ text: "Umsatz" }, { text: "UMSATZ" }, { text: "Marge" }])).toEqual([
      "Umsatz",
      "Marge",
    ]);
  });

  it("money words avoid look-alikes", () => {
    const money = (t: string) => matchedTexts(findTerms(analyze(t), MONEY_WORDS));
    expect(money("Wir gewinnen Vertrauen, Kunden profitieren, Neukundengewinnung, Rahmenverträge")).toEqual(
      [],
    );
    expect(money("Gewinn, Gewinne, Reingewinn, Deckungsbeitrag, EBITDA, Cashflow")).toHaveLength(6);
  });
});

describe("masking and normalising", () => {
  it("masks word sequences and collapses them to one placeholder", () => {
    const masked = maskSequences(analyze("Umsatz mit Lindner Bau AG steigern"), [
      ["lindner", "bau", "ag"],
      ["lindner"],
    ]);
    expect(normalizedText(masked)).toBe("umsatz mit § steigern");
    expect(mentions(masked, compileTerms(["bau"]))).toBe(false);
  });
});

describe("segments", () => {
  it.each([
    ["Tabak", "Lieferant der Tabakindustrie", true],
    ["Tabak", "Rohtabak aus Übersee", true],
    ["Bau", "Ausbau der Bereiche", false],
    ["Bau", "Projekte im Bau", true],
    ["Gambling", "Casino and gambling operators", true],
    ["Öffentliche Hand", "Aufträge der öffentlichen Hand", true],
  ])("%s in %s", (segment, text, expected) => {
    const term = segmentTerm(segment);
    expect(term !== null && findTerms(analyze(text), [term]).length > 0).toBe(expected);
  });
  it("an empty segment matches nothing", () => {
    expect(segmentTerm(" – ")).toBeNull();
  });
});

describe("words", () => {
  it("counts words as a reader does", () => {
    expect(countWords("Wir werden für unsere Key-Accounts ein Partner sein – heute.")).toBe(9);
    expect(countWords("   ")).toBe(0);
  });
  it("stems inflected forms to one stem", () => {
    expect(stem("partner")).toBe(stem("partnern"));
    expect(stem("partners")).toBe(stem("partner"));
    expect(stem("geschaetzter")).toBe(stem("geschaetzte"));
    expect(stem("kunden")).toBe(stem("kunde"));
  });
});

describe("a text of any length is split into words at bounded cost", () => {
  test("a 10 MB run of one letter: words of at most MAX_WORD characters, covering the text", () => {
    const text = `Umsatz ${"x".repeat(10_000_000)} steigern`;
    for (const tokens of [analyze(text).tokens, tokenize(text).tokens]) {
      expect(tokens.every((t) => t.end - t.start <= MAX_WORD)).toBe(true);
      expect(tokens[0]?.raw).toBe("Umsatz");
      expect(tokens.at(-1)?.raw).toBe("steigern");
      expect(tokens.length).toBe(2 + Math.ceil(10_000_000 / MAX_WORD));
    }
  });

  test("ordinary words, long German compounds included, stay whole", () => {
    const compound = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz";
    expect(analyze(`Das ${compound} gilt`).tokens.map((t) => t.raw)).toEqual(["Das", compound, "gilt"]);
  });
});
