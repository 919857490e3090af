import { builders, type CorpusEntry } from "./types";

const { vision } = builders("dev", "dev");

export const DEV: readonly CorpusEntry[] = [
  vision("de", "Platzhalter für unsere Kunden und Partner, heute und morgen.", {}),
];
