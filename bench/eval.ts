// `npm run eval`: precision and recall per code and language on the labelled corpus
// (test/corpus), for the whole gated corpus and for each held-out part on its own. `--failures`
// lists the misjudged statements of the parts tuned against (dev, heldout2 after its first
// figures) — never those of the first and third held-out parts.

import { evaluatedCodes, failures, runCorpus, score, table, TARGET } from "../test/corpus/evaluate";
import { HELDOUT3 } from "../test/corpus/heldout3";
import { HELDOUT4 } from "../test/corpus/heldout4";

const outcomes = runCorpus();
const fresh = runCorpus(HELDOUT3);
const fresh4 = runCorpus(HELDOUT4);
const codes = evaluatedCodes(outcomes);
const whole = score(outcomes, codes);
const count = (part: string) =>
  new Set([...outcomes, ...fresh, ...fresh4].filter((o) => o.part === part).map((o) => o.id)).size;
process.stdout.write(
  `Corpus: ${outcomes.length} statements (${count("dev")} dev, ${count("heldout")} held out, ${count("heldout2")} second held-out set), de and en; third held-out set: ${count("heldout3")}, fourth: ${count("heldout4")} (reported, not gated)\n\n`,
);
process.stdout.write(`Whole corpus\n${table(whole)}\n\n`);
const block = (title: string, part: readonly (typeof outcomes)[number][]) =>
  process.stdout.write(`${title}\n${table(score(part, codes))}\n\n`);
block(
  "Held-out part only",
  outcomes.filter((o) => o.part === "heldout"),
);
block(
  "Second held-out set (heldout2)",
  outcomes.filter((o) => o.part === "heldout2"),
);
block("Third held-out set (heldout3, never tuned against)", fresh);
block("Fourth held-out set (heldout4)", fresh4);
if (process.argv.includes("--fresh-failures")) {
  process.stdout.write(`Held-out 3 and 4 failures\n${failures([...fresh, ...fresh4], codes).join("\n")}\n`);
}
if (process.argv.includes("--failures")) {
  process.stdout.write(
    `Dev and heldout2 failures\n${failures(
      outcomes.filter((o) => o.part === "dev" || o.part === "heldout2"),
      codes,
    ).join("\n")}\n`,
  );
}
const missed = whole.filter((s) => s.precision < TARGET.precision || s.recall < TARGET.recall);
if (missed.length > 0) {
  process.stdout.write(
    `\ntarget missed (precision ≥ ${TARGET.precision}, recall ≥ ${TARGET.recall}): ${missed.map((s) => `${s.code}/${s.lang}`).join(", ")}\n`,
  );
  process.exitCode = 1;
}
