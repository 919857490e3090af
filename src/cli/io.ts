// What the `kam` command sees of its environment: its output streams, the language of the
// environment (LANG) and today's date. Tests pass their own.

import { rmSync } from "node:fs";
import { todayIso } from "../domain/dates";
import { languageOfTag } from "../domain/language";
import { CLI_TEXT } from "../i18n/cli";
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
  /**
   * Keeps a temporary file in mind while it is written, to remove it when the process is
   * interrupted (SIGINT, SIGTERM, SIGHUP); the returned function forgets it. Tests leave it out.
   */
  guard?: (temp: string) => () => void;
};

const line = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);

const pending = new Set<string>();
let listening = false;

/** On an interrupt: the temporary files go, one line says so, and the exit code is 128 + the signal. */
function removeOnInterrupt(message: () => string): void {
  if (listening) return;
  listening = true;
  const signals: [NodeJS.Signals, number][] = [
    ["SIGINT", 2],
    ["SIGTERM", 15],
    ["SIGHUP", 1],
  ];
  for (const [signal, number] of signals) {
    process.on(signal, () => {
      for (const temp of pending) rmSync(temp, { force: true });
      process.stderr.write(line(`kam: ${message()}`));
      process.exit(128 + number);
    });
  }
}

const envLanguage = languageOfTag(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG) ?? "en";

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(line(text)),
  stderr: (text) => process.stderr.write(line(text)),
  envLanguage,
  today: () => todayIso(new Date()),
  now: () => new Date().toISOString(),
  guard: (temp) => {
    removeOnInterrupt(() => CLI_TEXT[envLanguage].interrupted);
    pending.add(temp);
    return () => pending.delete(temp);
  },
};
