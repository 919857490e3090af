// The labelled corpus: visions, missions and goals as KAM practitioners write them, each with the
// codes it must raise and the codes it must not raise. Written by hand; `part` says whether a
// statement was written before the lexicons were tuned ("heldout", then "heldout2" to "heldout6"
// before later rounds of tuning) or is a fresh set never tuned against ("heldout9").

import type { Account } from "../../src/domain/account";
import type { FindingCode } from "../../src/domain/finding";
import type { GoalKind, Language, Metric } from "../../src/domain/plan";

export type Part =
  | "dev"
  | "heldout"
  | "heldout2"
  | "heldout3"
  | "heldout4"
  | "heldout5"
  | "heldout6"
  | "heldout7"
  | "heldout8"
  | "heldout9";

export type GoalSpec = {
  kind?: GoalKind;
  metric?: Metric;
  target?: number | null;
  baseline?: number | null;
  unit?: string | null;
  /** Account id from the corpus portfolio (test/corpus/accounts.ts); defaults per language. */
  account?: string;
};

/** Marketing's positioning for a goal; defaults per language (premium, three excluded segments). */
export type MarketingSpec = {
  positioning?: string | null;
  excluded?: readonly string[];
  focus?: readonly string[];
  minGrossMargin?: number | null;
};

export type StatementEntry = {
  id: string;
  lang: Language;
  part: Part;
  subject: "vision" | "mission" | "goal";
  text: string;
  must: readonly FindingCode[];
  /** Near misses: codes this statement was written to tempt. Every other evaluated code of the
   * subject must stay silent too, unless listed in `unsure`. */
  mustNot: readonly FindingCode[];
  unsure?: readonly FindingCode[];
  /** The vision a mission is compared with; defaults to the seed vision of the language. */
  vision?: string;
  goal?: GoalSpec;
  marketing?: MarketingSpec;
  /** An account of its own for this goal (e.g. one in an excluded industry). */
  account?: Partial<Account> & { id: string };
};

/** Goals on several accounts: which of them must be reported as copies of each other. */
export type GoalSetEntry = {
  id: string;
  lang: Language;
  part: Part;
  subject: "goalSet";
  goals: readonly { account: string; text: string; copy: boolean; spec?: GoalSpec }[];
};

export type CorpusEntry = StatementEntry | GoalSetEntry;

type Labels = {
  must?: readonly FindingCode[];
  not?: readonly FindingCode[];
  unsure?: readonly FindingCode[];
};

/** Builders that keep the data files readable: one line of text, its labels, its context. */
export function builders(part: Part, prefix: string) {
  let n = 0;
  const id = (lang: Language, kind: string) => `${prefix}-${lang}-${kind}-${String(++n).padStart(3, "0")}`;
  const statement = (
    subject: StatementEntry["subject"],
    lang: Language,
    text: string,
    labels: Labels,
    extra: Partial<StatementEntry> = {},
  ): StatementEntry => ({
    id: id(lang, subject[0] ?? "x"),
    lang,
    part,
    subject,
    text,
    must: labels.must ?? [],
    mustNot: labels.not ?? [],
    ...(labels.unsure ? { unsure: labels.unsure } : {}),
    ...extra,
  });
  return {
    vision: (lang: Language, text: string, labels: Labels) => statement("vision", lang, text, labels),
    mission: (lang: Language, text: string, labels: Labels, vision?: string) =>
      statement("mission", lang, text, labels, vision === undefined ? {} : { vision }),
    goal: (
      lang: Language,
      text: string,
      labels: Labels,
      goal: GoalSpec = {},
      extra: Pick<StatementEntry, "marketing" | "account"> = {},
    ) => statement("goal", lang, text, labels, { goal, ...extra }),
    goalSet: (lang: Language, goals: GoalSetEntry["goals"]): GoalSetEntry => ({
      id: id(lang, "set"),
      lang,
      part,
      subject: "goalSet",
      goals,
    }),
  };
}
