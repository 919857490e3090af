// The labelled corpus as a gate: every evaluated code reaches precision ≥ 0.95 and recall ≥ 0.9
// in both languages, and the corpus stays large, bilingual and partly held out.

import { CORPUS, evaluatedCodes, failures, runCorpus, score, TARGET } from "./evaluate";
import { HELDOUT9 } from "./heldout9";

const outcomes = runCorpus();
const codes = evaluatedCodes(outcomes);

describe("labelled corpus", () => {
  it("holds at least 400 statements in German and English, a fair part held out", () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(400);
    for (const lang of ["de", "en"] as const) {
      expect(outcomes.filter((o) => o.lang === lang).length).toBeGreaterThanOrEqual(150);
    }
    // The first held-out set stays untouched; the second to eighth joined the gate after their
    // first figures (README), the ninth is reported apart (npm run eval). Statements never tuned
    // against — the first set in the gate and the ninth beside it — stay a fair part.
    const heldOut = outcomes.filter((o) => o.part === "heldout").length;
    expect(heldOut).toBeGreaterThanOrEqual(150);
    const fresh = runCorpus(HELDOUT9);
    expect(fresh.length).toBeGreaterThanOrEqual(60);
    expect(fresh.every((o) => o.part === "heldout9")).toBe(true);
    expect((heldOut + fresh.length) / (outcomes.length + fresh.length)).toBeGreaterThan(0.2);
  });

  it("has unique ids", () => {
    const ids = CORPUS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(score(outcomes, codes).map((s) => [`${s.code} ${s.lang}`, s] as const))(
    "%s reaches precision ≥ 0.95 and recall ≥ 0.9",
    (_name, s) => {
      const wrong = failures(
        outcomes.filter((o) => o.lang === s.lang),
        [s.code],
      );
      expect({
        precision: s.precision >= TARGET.precision,
        recall: s.recall >= TARGET.recall,
        wrong,
      }).toEqual({
        precision: true,
        recall: true,
        wrong: expect.any(Array) as unknown,
      });
    },
  );
});
