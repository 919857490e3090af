// The wording rules' quality and the duplicate check's scale: precision and recall per code and
// language on the labelled corpus (the `npm run eval` table), and 4,000 identical goals checked
// and rendered as `kam check --json` would print them. Exit 1 when a target is missed.
// Run: npx tsx bench/wording.bench.ts

import { emptyAccount, type Account } from "../src/domain/account";
import type { Goal } from "../src/domain/plan";
import { checkPlan } from "../src/domain/rules";
import { findingJson } from "../src/cli/json";
import { evaluatedCodes, runCorpus, score, table, TARGET } from "../test/corpus/evaluate";
import { benchPlan } from "./data";

const outcomes = runCorpus();
const scores = score(outcomes, evaluatedCodes(outcomes));
process.stdout.write(`${table(scores)}\n`);
const corpusOk = scores.every((s) => s.precision >= TARGET.precision && s.recall >= TARGET.recall);
process.stdout.write(
  `corpus: ${outcomes.length} statements, precision ≥ ${TARGET.precision} and recall ≥ ${TARGET.recall} per code and language ${corpusOk ? "✓" : "✗"}\n\n`,
);

const COPIES = 4000;
const accounts: Account[] = Array.from({ length: COPIES }, (_, i) => ({
  ...emptyAccount("Kunden", i + 2),
  id: `K-${10000 + i}`,
  name: `Kunde ${i} GmbH`,
  revenue: 1_000_000,
  potential: 2_000_000,
  relationship: 3,
  churnRisk: "low",
  currency: "EUR",
}));
const goals: Goal[] = accounts.map((a, i) => ({
  id: `G${i + 1}`,
  account: a.id ?? "",
  kind: "strategic",
  metric: "relationship",
  statement: "Beziehung durch Quartalsgespräche mit der Geschäftsführung auf 4 von 5 heben",
  baseline: null,
  target: 4,
  unit: "score",
  start: null,
  deadline: "2027-12-31",
  actual: null,
  actualDate: null,
  owner: null,
  status: null,
}));
const plan = { ...benchPlan(0, 0), goals };

const started = performance.now();
const findings = checkPlan(plan, accounts, { asOf: "2026-12-01" });
const output = JSON.stringify({ findings: findings.map((f) => findingJson(f, "de")) }, null, 2);
const ms = performance.now() - started;
const mb = Buffer.byteLength(output) / 1_048_576;
const copiesOk = ms <= 2000 && mb <= 5;
process.stdout.write(
  `${COPIES.toLocaleString("en")} identical goals: check + JSON output  ${(ms / 1000).toFixed(2)} s (≤ 2 s), ${mb.toFixed(1)} MB (≤ 5 MB) ${copiesOk ? "✓" : "✗"}\n`,
);
if (!corpusOk || !copiesOk) process.exitCode = 1;
