// Counts with their nouns through Intl.PluralRules in every catalogue: "1 Kunde", "2 Kunden",
// "1 account", "1 Wort" — and a suspect figure names the cell it was read from.

import { finding } from "../../src/domain/finding";
import type { Language } from "../../src/domain/plan";
import { CLI_TEXT } from "../../src/i18n/cli";
import { countText, severityCountsText } from "../../src/i18n/counts";
import { findingMessage } from "../../src/i18n/findings";
import { fillTemplate } from "../../src/i18n/format";
import { SHEET_TEXT } from "../../src/i18n/sheets";

const sheetLine = (language: Language, count: number) =>
  fillTemplate(CLI_TEXT[language].sheetLine, { sheet: "Kunden", layout: "Liste", count }, language);

describe("plurals", () => {
  test.each<[Language, number, string]>([
    ["de", 1, "Kunden: Liste, 1 Kunde"],
    ["de", 2, "Kunden: Liste, 2 Kunden"],
    ["de", 0, "Kunden: Liste, 0 Kunden"],
    ["en", 1, "Kunden: Liste, 1 account"],
    ["en", 3, "Kunden: Liste, 3 accounts"],
  ])("kam read's sheet line in %s for %i", (language, count, text) => {
    expect(sheetLine(language, count)).toBe(text);
  });

  test("finding counts", () => {
    expect(countText(1, "warning", "de")).toBe("1 Warnung");
    expect(countText(2, "warning", "de")).toBe("2 Warnungen");
    expect(countText(1, "info", "en")).toBe("1 note");
    expect(severityCountsText({ errors: 1, warnings: 1, infos: 2 }, "en", { zeros: true })).toBe(
      "1 error, 1 warning, 2 notes",
    );
  });

  test("the review sheet's portfolio line", () => {
    expect(fillTemplate(SHEET_TEXT.de.accountCount, { count: 1 }, "de")).toBe("1 Kunde");
    expect(fillTemplate(SHEET_TEXT.en.accountCount, { count: 1 }, "en")).toBe("1 account");
  });

  test("skipped rows and short visions", () => {
    const rows = (count: number) =>
      finding("ROWS_NOT_ACCOUNTS", { type: "cell", sheet: "S", row: 2, column: "A" }, null, {
        sheet: "S",
        rows: { list: Array.from({ length: count }, (_, i) => String(i + 2)) },
        count,
      });
    expect(findingMessage(rows(1), "de")).toContain(": 1 Zeile (2).");
    expect(findingMessage(rows(2), "de")).toContain(": 2 Zeilen (2 und 3).");
    expect(findingMessage(rows(1), "en")).toContain(": 1 row (2).");
    const vision = finding("VISION_LENGTH", { type: "vision" }, "vision", {
      reason: "short",
      words: 1,
      min: 8,
      max: 60,
    });
    expect(findingMessage(vision, "de")).toContain("mit 1 Wort zu knapp");
    expect(findingMessage(vision, "en")).toContain("At 1 word the vision");
  });
});

describe("a suspect figure names its cell", () => {
  const suspect = (params: Record<string, string>) =>
    finding("ACCOUNT_DATA_SUSPECT", { type: "account", id: "K-1" }, "grossMargin", {
      field: { term: "field.grossMargin" },
      account: "Alpha GmbH (K-1)",
      reason: "outOfRange",
      value: { percent: 29 },
      min: { percent: -1 },
      max: { percent: 1 },
      ...params,
    });

  test("with its source: sheet, cell and header", () => {
    const f = suspect({ sourceSheet: "Kunden", sourceCell: "H7", sourceHeader: "Marge absolut (T€)" });
    expect(findingMessage(f, "de")).toMatch(
      /Gelesen aus Blatt „Kunden“, Zelle H7 \(„Marge absolut \(T€\)“\)\.$/,
    );
    expect(findingMessage(f, "en")).toMatch(
      /Read from sheet “Kunden”, cell H7 \(“Marge absolut \(T€\)”\)\.$/,
    );
  });

  test("without one (a figure from elsewhere): no dangling placeholder", () => {
    expect(findingMessage(suspect({}), "de")).not.toMatch(/[{}]|Gelesen aus/);
  });
});
