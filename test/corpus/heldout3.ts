// Third held-out set: written fresh after the second round of tuning and never tuned against;
// `npm run eval` reports it on its own and nothing gates on it.

import type { CorpusEntry } from "./types";

export const HELDOUT3: readonly CorpusEntry[] = [];
