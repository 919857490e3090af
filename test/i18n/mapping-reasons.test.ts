// Why a field was read where it was, in words: several years are columns in a list and labels on a
// profile, and a profile's label may hold its value ("Umsatz 2025: 2,4 Mio. €").

import type { Language } from "../../src/domain/plan";
import { reasonText } from "../../src/i18n/mapping";

describe("reasonText", () => {
  test.each<[Language, Parameters<typeof reasonText>[0], string]>([
    ["en", { reason: "latestYear", others: 1, row: null }, "latest year (latest of 2 columns)"],
    ["de", { reason: "latestYear", others: 1, row: null }, "neuestes Jahr (neueste von 2 Spalten)"],
    ["en", { reason: "latestYear", others: 2, row: 9 }, "latest year (latest of 3 labels)"],
    ["de", { reason: "latestYear", others: 1, row: 11 }, "neuestes Jahr (neueste von 2 Bezeichnungen)"],
    [
      "en",
      { reason: "latestYear", others: 1, row: 9, labelInCell: true },
      "latest year (latest of 2 labels); label and value in one cell",
    ],
    [
      "de",
      { reason: "label", others: 0, row: 4, labelInCell: true },
      "die Bezeichnung nennt es; Bezeichnung und Wert in einer Zelle",
    ],
    ["de", { reason: "label", others: 0, row: 4, labelInCell: false }, "die Bezeichnung nennt es"],
  ])("%s: %j", (language, mapping, expected) => {
    expect(reasonText(mapping, language)).toBe(expected);
  });
});
