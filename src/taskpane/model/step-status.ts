// Whether each step is done and how many errors it has, for the stepper.

import type { Finding } from "../../domain/finding";
import type { Plan } from "../../domain/plan";
import type { StepId, StepStatus } from "../Stepper";
import { missionFindings, visionFindings } from "./findings-view";

const errorsIn = (findings: readonly Finding[]) => findings.filter((f) => f.severity === "error").length;

export function stepStatus(input: {
  plan: Plan;
  /** Everything the review lists (planFindings). */
  findings: readonly Finding[];
  /** What the workbook says on its own (workbookFindings). */
  workbookFindings: readonly Finding[];
  accounts: number;
  written: boolean;
}): Record<StepId, StepStatus> {
  const { plan, findings } = input;
  // An empty text shows no errors yet: the user has not started it.
  const statement = (text: string, own: readonly Finding[]): StepStatus => {
    const errors = text.trim() === "" ? 0 : errorsIn(own);
    return { done: text.trim() !== "" && errors === 0, errors };
  };
  const goalErrors = errorsIn(findings.filter((f) => f.subject.type === "goal"));
  return {
    accounts: { done: input.accounts > 0, errors: errorsIn(input.workbookFindings) },
    vision: statement(plan.vision, visionFindings(findings)),
    mission: statement(plan.mission, missionFindings(findings)),
    goals: { done: plan.goals.length > 0 && goalErrors === 0, errors: goalErrors },
    review: { done: input.written, errors: 0 },
  };
}
