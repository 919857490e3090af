// How findings meet the form: which ones belong to a field, and the Fluent `Field` validation
// state they add up to (the worst severity wins).

import type { Finding, Severity } from "../../domain/finding";

export type ValidationState = "error" | "warning" | "success" | "none";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings) if (worst === null || RANK[f.severity] < RANK[worst]) worst = f.severity;
  return worst;
}

/** error → error, warning → warning, only notes → none (the message still shows), nothing → success. */
export function validationStateOf(findings: readonly Finding[], successWhenClean: boolean): ValidationState {
  const worst = worstSeverity(findings);
  if (worst === "error") return "error";
  if (worst === "warning") return "warning";
  if (worst === "info") return "none";
  return successWhenClean ? "success" : "none";
}

export function sortBySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

export function visionFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.subject.type === "vision");
}

export function missionFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.subject.type === "mission");
}

export function goalFindings(findings: readonly Finding[], goalId: string): Finding[] {
  return findings.filter((f) => f.subject.type === "goal" && f.subject.id === goalId);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
