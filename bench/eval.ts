// `npm run eval`: precision and recall per code and language on the labelled corpus
// (test/corpus), for the whole corpus and for its held-out part. `--failures` lists the dev
// part's misjudged statements (never the held-out part's: it is not tuned against).

import { evaluatedCodes, failures, runCorpus, score, table, TARGET } from "../test/corpus/evaluate";

const outcomes = runCorpus();
const codes = evaluatedCodes(outcomes);
const whole = score(outcomes, codes);
const count = (part: string) => new Set(outcomes.filter((o) => o.part === part).map((o) => o.id)).size;
process.stdout.write(
  `Corpus: ${outcomes.length} statements (${count("dev")} dev, ${count("heldout")} held out), de and en\n\n`,
);
process.stdout.write(`Whole corpus\n${table(whole)}\n\n`);
process.stdout.write(
  `Held-out part only\n${table(
    score(
      outcomes.filter((o) => o.part === "heldout"),
      codes,
    ),
  )}\n`,
);
if (process.argv.includes("--failures")) {
  process.stdout.write(
    `\nDev failures\n${failures(
      outcomes.filter((o) => o.part === "dev"),
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
