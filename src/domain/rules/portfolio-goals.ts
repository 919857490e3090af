// Goals across the plan: the same goal copied to many accounts, and goal ids used twice.
//
// Copies are found by what a goal says, not how it is typed: every account's name and short name
// is masked ("Müller Maschinenbau GmbH", "Müller", "MM"), stop words, word order, inflection and
// punctuation are ignored, and goals whose remaining words are nearly the same count as copies.
// Blocking keeps this linear: goals are grouped by their word set, and near copies meet in a
// block keyed by their word set minus one word (a deletion neighbourhood), so no two goals are
// ever compared pairwise.

import { accountKey, accountLabel, findAccount, type Account } from "../account";
import { finding, type Finding, type ParamValue } from "../finding";
import type { Goal } from "../plan";
import { accountNameSequences, coreName } from "../wording/names";
import { STOP_WORDS } from "../wording/stop-words";
import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemGerman } from "@orama/stemmers/german";
import { germanKey, tokenize, type Token } from "../wording/tokens";
import { isBlank, textOf, type RuleContext } from "./context";

/** How many accounts a duplicate finding names; the count says how many there are in all. */
export const LISTED_ACCOUNTS = 5;

type NameIndex = Map<string, readonly (readonly string[])[]>;
const NAME_INDEXES = new WeakMap<readonly Account[], { size: number; index: NameIndex }>();

/** Every account's names as folded word sequences, by first word, longest first. */
function nameIndex(accounts: readonly Account[]): NameIndex {
  const cached = NAME_INDEXES.get(accounts);
  if (cached?.size === accounts.length) return cached.index;
  const byFirst = new Map<string, string[][]>();
  const add = (seq: readonly string[]) => {
    const first = seq[0];
    if (first === undefined) return;
    // A lone short or common word ("AG", "die") is no name.
    if (seq.length === 1 && (first.length < 3 || STOP_WORDS.has(first))) return;
    const list = byFirst.get(first) ?? [];
    if (!list.some((s) => s.length === seq.length && s.every((w, i) => w === seq[i]))) list.push([...seq]);
    byFirst.set(first, list);
  };
  for (const account of accounts) {
    for (const seq of accountNameSequences(account, "")) add(seq);
    // Initials of a multi-word name ("Müller Maschinenbau" → "mm") are a short name too.
    const core = coreName(accountNameSequences(account, "")[0] ?? []);
    if (core.length >= 2) {
      const initials = core.map((w) => w[0] ?? "").join("");
      if (initials.length >= 2) add([initials]);
    }
  }
  const index: NameIndex = new Map();
  for (const [first, list] of byFirst)
    index.set(
      first,
      list.sort((a, b) => b.length - a.length),
    );
  NAME_INDEXES.set(accounts, { size: accounts.length, index });
  return index;
}

function masked(tokens: readonly Token[], index: NameIndex, own: readonly (readonly string[])[]): boolean[] {
  const out = tokens.map(() => false);
  const matchesAt = (i: number, seq: readonly string[]) => seq.every((w, k) => tokens[i + k]?.folded === w);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const candidates = [...(index.get(token.folded) ?? []), ...own.filter((s) => s[0] === token.folded)];
    const seq = candidates.sort((a, b) => b.length - a.length).find((s) => matchesAt(i, s));
    if (seq) for (let k = 0; k < seq.length; k++) out[i + k] = true;
  }
  return out;
}

/** Verbs of direction say nothing that tells two goals apart: "steigern", "erhöhen", "grow", "raise". */
const DIRECTION = {
  de: new Set(
    [
      "steigern",
      "erhöhen",
      "ausbauen",
      "heben",
      "anheben",
      "verbessern",
      "vergrößern",
      "stärken",
      "wachsen",
    ].map((w) => stemGerman(germanKey(w))),
  ),
  en: new Set(
    ["grow", "increase", "raise", "lift", "improve", "boost", "expand", "strengthen"].map((w) =>
      stemEnglish(w),
    ),
  ),
};

/**
 * What a goal's statement is compared by: its stemmed content words (names masked, sorted) and,
 * apart, its figures. Words may differ a little between copies; figures must be the same, so
 * templated goals with figures of their own (a target per account) are no copies.
 */
export function statementSignature(goal: Goal, ctx: RuleContext): { words: string[]; figures: string } {
  const reference = textOf(goal.account).trim();
  const account = reference === "" ? undefined : findAccount(ctx.accounts, reference);
  const { tokens } = tokenize(textOf(goal.statement));
  const hidden = masked(tokens, nameIndex(ctx.accounts), accountNameSequences(account ?? null, reference));
  const words = new Set<string>();
  const figures: string[] = [];
  tokens.forEach((t, i) => {
    if (hidden[i]) return;
    if (/^\p{N}/u.test(t.raw)) {
      figures.push(t.folded);
      return;
    }
    if (STOP_WORDS.has(t.folded) || t.folded.length < 2) return;
    if (DIRECTION.de.has(t.de) || DIRECTION.en.has(t.en)) words.add("+");
    // The German stem, with an English plural s dropped, so "review"/"reviews" meet as well.
    else words.add(t.de.length > 4 ? t.de.replace(/s$/, "") : t.de);
  });
  return { words: [...words].sort(), figures: figures.sort().join(" ") };
}

/** Union-find over signature ids. */
function unionFind(size: number) {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    let node = i;
    while (parent[node] !== root) {
      const next = parent[node] ?? root;
      parent[node] = root;
      node = next;
    }
    return root;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[rb] = ra;
  };
  return { find, union };
}

type Entry = { goal: Goal; accountKey: string; label: string; signature: number };

export function checkDuplicatesAcrossAccounts(goals: readonly Goal[], ctx: RuleContext): Finding[] {
  const signatureIds = new Map<string, number>();
  const signatures: { words: string[]; figures: string }[] = [];
  const entries: Entry[] = [];
  for (const goal of goals) {
    if (isBlank(goal.statement)) continue;
    const signature = statementSignature(goal, ctx);
    if (signature.words.length === 0) continue;
    const key = `${signature.words.join(" ")}#${signature.figures}`;
    let id = signatureIds.get(key);
    if (id === undefined) {
      id = signatures.length;
      signatureIds.set(key, id);
      signatures.push(signature);
    }
    const reference = textOf(goal.account).trim();
    const account = reference === "" ? undefined : findAccount(ctx.accounts, reference);
    entries.push({
      goal,
      accountKey: account ? accountKey(account) : reference.toLocaleLowerCase(),
      label: account ? accountLabel(account) : reference,
      signature: id,
    });
  }

  // Near copies meet in blocks keyed by a word set minus one word. A set of k + 1 words and its
  // subset of k words overlap k / (k + 1); two sets of k + 1 words that share k overlap k / (k + 2).
  const sets = unionFind(signatures.length);
  const threshold = ctx.thresholds.nearDuplicateSimilarity;
  const whole = new Map<string, number>();
  const minusOne = new Map<string, number>();
  signatures.forEach(({ words, figures }, id) => {
    const keyOf = (list: readonly string[]) => `${list.join(" ")}#${figures}`;
    const key = keyOf(words);
    whole.set(key, id);
    const n = words.length;
    const superset = minusOne.get(key);
    if (superset !== undefined && n / (n + 1) >= threshold) sets.union(superset, id);
    for (let i = 0; i < n; i++) {
      const k = n - 1;
      if (k === 0) continue;
      const reduced = keyOf([...words.slice(0, i), ...words.slice(i + 1)]);
      const subset = whole.get(reduced);
      if (subset !== undefined && k / (k + 1) >= threshold) sets.union(subset, id);
      const sibling = minusOne.get(reduced);
      if (sibling === undefined) minusOne.set(reduced, id);
      else if (k / (k + 2) >= threshold) sets.union(sibling, id);
    }
  });

  const groups = new Map<number, Entry[]>();
  for (const e of entries) {
    const root = sets.find(e.signature);
    const list = groups.get(root);
    if (list) list.push(e);
    else groups.set(root, [e]);
  }
  // One parameter set per group, shared by its goals' findings (the goal sheet shows each in its row).
  const groupParams = new Map<number, Record<string, ParamValue>>();
  for (const [root, members] of groups) {
    const labels = new Map<string, string>();
    for (const e of members) if (!labels.has(e.accountKey)) labels.set(e.accountKey, e.label);
    if (labels.size < ctx.thresholds.duplicateAccounts) continue;
    const similar = members.some((e) => e.signature !== members[0]?.signature);
    const capped = labels.size > LISTED_ACCOUNTS;
    const reason = similar ? (capped ? "similarCapped" : "similar") : capped ? "capped" : null;
    const params: Record<string, ParamValue> = {
      count: labels.size,
      accounts: { list: [...labels.values()].slice(0, LISTED_ACCOUNTS) },
    };
    if (reason !== null) params.reason = reason;
    groupParams.set(root, params);
  }
  const findings: Finding[] = [];
  for (const e of entries) {
    const params = groupParams.get(sets.find(e.signature));
    if (params) {
      findings.push(
        finding(
          "GOAL_DUPLICATE_ACROSS_ACCOUNTS",
          { type: "goal", id: textOf(e.goal.id) },
          "statement",
          params,
        ),
      );
    }
  }
  return findings;
}

/** Ids are compared trimmed and case-insensitively, as Excel compares them; the first one keeps it. */
export function checkDuplicateIds(goals: readonly Goal[]): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const goal of goals) {
    const id = textOf(goal.id).trim();
    if (id === "") continue;
    const key = id.toLocaleLowerCase();
    if (seen.has(key))
      findings.push(finding("GOAL_DUPLICATE_ID", { type: "goal", id: textOf(goal.id) }, "id", { id }));
    seen.add(key);
  }
  return findings;
}
