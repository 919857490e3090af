// How findings meet the form: which ones belong to a field, and the Fluent `Field` validation
// state they add up to (the worst severity wins).

import { summarize, worstSeverity, type Finding, type Severity } from "../../domain/finding";

export type ValidationState = "error" | "warning" | "success" | "none";

/** error → error, warning → warning, only notes → none (the message still shows), nothing → success. */
export function validationStateOf(findings: readonly Finding[], successWhenClean: boolean): ValidationState {
  const worst = worstSeverity(findings);
  if (worst === "error") return "error";
  if (worst === "warning") return "warning";
  if (worst === "info") return "none";
  return successWhenClean ? "success" : "none";
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
  const { errors, warnings, infos } = summarize(findings);
  return { error: errors, warning: warnings, info: infos };
}
