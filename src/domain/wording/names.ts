// Account names as users write them in goals: "Kessler Verpackungen GmbH", "Kessler
// Verpackungen" or just "Kessler". Rules mask them so a name is never read as wording, and the
// duplicate check replaces them so "Umsatz mit Kessler …" and "Umsatz mit Lindner …" compare equal.

import type { Account } from "../account";
import { foldedWords } from "../text";
import { STOP_WORDS } from "./stop-words";

const LEGAL_FORMS = new Set([
  "gmbh",
  "mbh",
  "ag",
  "kg",
  "kgaa",
  "eg",
  "ev",
  "se",
  "ohg",
  "gbr",
  "ug",
  "co",
  "und",
  "cie",
  "inc",
  "ltd",
  "llc",
  "llp",
  "plc",
  "corp",
  "corporation",
  "company",
  "limited",
  "sa",
  "sarl",
  "sas",
  "bv",
  "nv",
  "spa",
  "srl",
  "ab",
  "as",
  "oy",
  "haftungsbeschraenkt",
]);

/** The name without trailing legal forms ("Kessler Verpackungen GmbH & Co. KG" → "kessler verpackungen"). */
export function coreName(words: readonly string[]): string[] {
  const out = [...words];
  while (out.length > 1 && LEGAL_FORMS.has(out[out.length - 1] ?? "")) out.pop();
  return out;
}

/** Folded word sequences that stand for an account in a goal text. */
export function accountNameSequences(
  account: Pick<Account, "id" | "name"> | null,
  reference: string,
): string[][] {
  const sequences: string[][] = [];
  const add = (words: readonly string[]) => {
    if (words.length > 0) sequences.push([...words]);
  };
  const names = [account?.name ?? null, account?.id ?? null, reference].filter(
    (n): n is string => typeof n === "string" && n.trim() !== "",
  );
  for (const name of names) {
    const words = foldedWords(name);
    add(words);
    const core = coreName(words);
    add(core);
    // The first distinctive word is how people usually shorten a company name; the leading words
    // too ("Granite Ridge" of "Granite Ridge Foods Inc.").
    const first = core.find(
      (w) => w.length >= 3 && /\p{L}/u.test(w) && !STOP_WORDS.has(w) && !LEGAL_FORMS.has(w),
    );
    if (first !== undefined && core.length > 1) add([first]);
    for (let n = 2; n < core.length; n++) add(core.slice(0, n));
  }
  // German genitive: "Müllers Rahmenvertrag" names Müller as well as "der Rahmenvertrag von Müller".
  for (const seq of [...sequences]) {
    const last = seq[seq.length - 1] ?? "";
    if (last.length >= 3 && /\p{L}$/u.test(last) && !/[sxz]$/.test(last))
      sequences.push([...seq.slice(0, -1), `${last}s`]);
  }
  return sequences;
}

/** A name compared across rows: folded, punctuation and legal forms dropped. */
export function normalizedName(name: string): string {
  return coreName(foldedWords(name)).join(" ");
}
