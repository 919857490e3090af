// The steps as a tab list: arrow keys move between steps, Enter/Space opens one (Fluent's TabList
// keyboard model), and each step says whether it is done or has errors.

import { Tab, TabList } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, Circle16Regular, ErrorCircle16Filled } from "@fluentui/react-icons";
import type { Language } from "../domain/plan";
import { ui, type UiKey } from "../i18n/ui";
import { useStepStyles, useTaskPaneStyles } from "./useTaskPaneStyles.styles";

export const STEPS = ["accounts", "vision", "mission", "goals", "review"] as const;
export type StepId = (typeof STEPS)[number];

export const STEP_LABEL: Record<StepId, UiKey> = {
  accounts: "stepAccounts",
  vision: "stepVision",
  mission: "stepMission",
  goals: "stepGoals",
  review: "stepReview",
};

export type StepStatus = { done: boolean; errors: number };

export const stepTabId = (step: StepId): string => `kam-step-tab-${step}`;
export const stepPanelId = (step: StepId): string => `kam-step-panel-${step}`;

export type StepperProps = {
  language: Language;
  current: StepId;
  status: Record<StepId, StepStatus>;
  onSelect: (step: StepId) => void;
};

function isStep(value: unknown): value is StepId {
  return STEPS.some((s) => s === value);
}

export function Stepper({ language, current, status, onSelect }: StepperProps) {
  const paneStyles = useTaskPaneStyles();
  const styles = useStepStyles();
  return (
    <TabList
      className={paneStyles.steps}
      selectedValue={current}
      size="small"
      aria-label={ui(language, "stepsLabel")}
      onTabSelect={(_event, data) => {
        if (isStep(data.value)) onSelect(data.value);
      }}
    >
      {STEPS.map((step, index) => {
        const { done, errors } = status[step];
        const icon =
          errors > 0 ? (
            <ErrorCircle16Filled className={styles.problemIconError} />
          ) : done ? (
            <CheckmarkCircle16Filled className={styles.doneIcon} />
          ) : (
            <Circle16Regular />
          );
        const state =
          errors > 0 ? ui(language, "stepErrors", { count: errors }) : done ? ui(language, "stepDone") : "";
        return (
          <Tab
            key={step}
            value={step}
            id={stepTabId(step)}
            aria-controls={step === current ? stepPanelId(step) : undefined}
            icon={icon}
          >
            {`${index + 1}. ${ui(language, STEP_LABEL[step])}`}
            {state !== "" && <span className={styles.visuallyHidden}>{`, ${state}`}</span>}
          </Tab>
        );
      })}
    </TabList>
  );
}
