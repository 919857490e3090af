// The mission: how the vision is realised — means and actions, not a second vision.

import { finding, type Finding, type Subject } from "../finding";
import { analyze, contentStems, findTerms, stem, type Analyzed } from "../text";
import type { Thresholds } from "../thresholds";
import { findAll, texts } from "../wording/lexicon";
import { ACTION_VERBS, MEANS_MARKERS } from "../wording/means";
import { withoutNegated } from "../wording/negations";
import { SALES_ROUTINE } from "../wording/sales";
import { tokenize } from "../wording/tokens";
import { STOP_WORDS } from "../wording/stop-words";
import { isBlank, textOf } from "./context";

const SUBJECT: Subject = { type: "mission" };

/** Folded means markers and action verbs the text uses. */
function meansWording(analyzed: Analyzed): Set<string> {
  const found = [...findTerms(analyzed, MEANS_MARKERS), ...findTerms(analyzed, ACTION_VERBS)];
  return new Set(
    found.map((m) =>
      analyzed.tokens
        .slice(m.start, m.end)
        .map((t) => t.folded)
        .join(" "),
    ),
  );
}

/**
 * Share of the mission's content words (stemmed) that also stand in the vision, and which.
 * Null when the mission has no content words to compare.
 */
export function visionOverlap(mission: string, vision: string): { share: number; shared: string[] } | null {
  const analyzed = analyze(mission);
  const missionStems = contentStems(analyzed, STOP_WORDS);
  if (missionStems.size === 0) return null;
  const visionStems = contentStems(analyze(vision), STOP_WORDS);
  const sharedStems = [...missionStems].filter((s) => visionStems.has(s));
  // Report shared words as the mission writes them, once each.
  const shared: string[] = [];
  for (const s of sharedStems) {
    const word = analyzed.tokens.find((t) => stem(t.folded) === s);
    if (word) shared.push(word.raw);
  }
  return { share: sharedStems.length / missionStems.size, shared };
}

/** The sales-team routine a mission lists (call cadence, chasing quotes, CRM, forecasts), as written. */
export function salesRoutine(mission: string): string[] {
  const tokens = tokenize(mission);
  return texts(withoutNegated(tokens, findAll(tokens, SALES_ROUTINE)));
}

/** Two routine items make a checklist: one CRM mention in a relationship mission does not. */
const ROUTINE_ITEMS = 2;

export function checkMission(mission: unknown, vision: unknown, thresholds: Thresholds): Finding[] {
  const text = textOf(mission);
  if (isBlank(text)) return [finding("MISSION_MISSING", SUBJECT, "mission")];
  const findings: Finding[] = [];
  const analyzed = analyze(text);
  const means = meansWording(analyzed);
  const routine = salesRoutine(text);
  // A checklist does say how, just the wrong how: it gets its own finding instead of MISSION_NO_HOW.
  if (routine.length >= ROUTINE_ITEMS) {
    findings.push(finding("MISSION_ACTIVITY_LIST", SUBJECT, "mission", { matches: { list: routine } }));
  } else if (means.size === 0) findings.push(finding("MISSION_NO_HOW", SUBJECT, "mission"));

  const visionText = textOf(vision);
  if (!isBlank(visionText)) {
    const overlap = visionOverlap(text, visionText);
    // Judgement call: a mission that shares most of its words with the vision still says *how*
    // when it adds a means or action of its own (one the vision does not already use).
    const visionMeans = meansWording(analyze(visionText));
    const ownMeans = [...means].some((m) => !visionMeans.has(m));
    if (overlap !== null && overlap.share >= thresholds.missionOverlap && !ownMeans) {
      findings.push(
        finding("MISSION_REPEATS_VISION", SUBJECT, "mission", {
          overlap: { percent: overlap.share },
          shared: { list: overlap.shared },
        }),
      );
    }
  }
  return findings;
}
