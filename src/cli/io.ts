// What the `kam` command sees of its environment: its output streams, the language of the
// environment (LANG) and today's date. Tests pass their own.

import { todayIso } from "../domain/dates";
import { languageOfTag } from "../domain/language";
import type { Language } from "../domain/plan";

export type CliIo = {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Language of the environment (LANG), used until a plan or --lang says otherwise. */
  envLanguage: Language;
  /** Today's date (ISO), the default as-of date. */
  today(): string;
  /** The time now (ISO date-time), stored with the plan's base when writing; unknown when absent. */
  now?(): string;
};

const line = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(line(text)),
  stderr: (text) => process.stderr.write(line(text)),
  envLanguage: languageOfTag(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG) ?? "en",
  today: () => todayIso(new Date()),
  now: () => new Date().toISOString(),
};
