// Goals across the plan: the same goal copied to many accounts, and goal ids used twice.
//
// Copies are found by what a goal says, not how it is typed: every account's name and short name
// is masked ("Müller Maschinenbau GmbH", "Müller", "MM"), stop words, word order, inflection and
// punctuation are ignored, and goals whose remaining words are nearly the same count as copies.
// Blocking keeps this linear: goals are grouped by their word set, and near copies meet in a
// block keyed by their word set minus one word (a deletion neighbourhood), so no two goals are
// ever compared pairwise.

import { accountKey, accountLabel, findAccount, matchKey, type Account } from "../account";
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

/** A trie of folded name word sequences: the longest name at a position is found word by word. */
type NameTrie = { next: Map<string, NameTrie>; end: boolean };
const NAME_TRIES = new WeakMap<readonly Account[], { size: number; trie: NameTrie }>();

const newTrie = (): NameTrie => ({ next: new Map(), end: false });

function addName(trie: NameTrie, seq: readonly string[]): void {
  const first = seq[0];
  // A lone short or common word ("AG", "die") is no name.
  if (first === undefined) return;
  // A lone short, common or numeric word ("AG", "die", "2027") is no name.
  if (seq.length === 1 && (first.length < 3 || STOP_WORDS.has(first) || !/\p{L}/u.test(first))) return;
  let node = trie;
  for (const word of seq) {
    let child = node.next.get(word);
    if (!child) {
      child = newTrie();
      node.next.set(word, child);
    }
    node = child;
  }
  node.end = true;
}

/** Every account's names and short names (first words, initials), for masking. */
function nameTrie(accounts: readonly Account[]): NameTrie {
  const cached = NAME_TRIES.get(accounts);
  if (cached?.size === accounts.length) return cached.trie;
  const trie = newTrie();
  for (const account of accounts) {
    const sequences = accountNameSequences(account, "");
    for (const seq of sequences) addName(trie, seq);
    // Initials of a multi-word name ("Müller Maschinenbau" → "mm") are a short name too.
    const core = coreName(sequences[0] ?? []);
    if (core.length >= 2) addName(trie, [core.map((w) => w[0] ?? "").join("")]);
  }
  NAME_TRIES.set(accounts, { size: accounts.length, trie });
  return trie;
}

/** Length of the longest name in `trie` starting at token `i` (0 when none). */
function nameAt(tokens: readonly Token[], i: number, trie: NameTrie): number {
  let node: NameTrie | undefined = trie;
  let longest = 0;
  for (let k = i; node && k < tokens.length; k++) {
    node = node.next.get(tokens[k]?.folded ?? "");
    if (node?.end) longest = k - i + 1;
  }
  return longest;
}

function masked(tokens: readonly Token[], all: NameTrie, own: NameTrie): boolean[] {
  const out = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    const length = Math.max(nameAt(tokens, i, all), nameAt(tokens, i, own));
    for (let k = 0; k < length; k++) out[i + k] = true;
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
  const own = newTrie();
  for (const seq of accountNameSequences(account ?? null, reference)) addName(own, seq);
  const hidden = masked(tokens, nameTrie(ctx.accounts), own);
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
      accountKey: account ? accountKey(account) : matchKey(reference),
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
