// The fields both the user and someone in the workbook changed: each with both values, who changed
// the workbook's side and when (where Excel said), and a choice per field — keep mine or take the
// workbook's. Nothing is decided silently; writing waits until every conflict is decided.

import { Card, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import type { Language, Plan } from "../domain/plan";
import { conflictSubject, conflictValue, formatDateTime } from "../i18n/conflicts";
import { ui } from "../i18n/ui";
import type { Side } from "../planner";
import type { StaleEdit } from "./useSharedPlan";
import { useStepStyles } from "./useTaskPaneStyles.styles";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalXS },
});

export type ConflictListProps = {
  language: Language;
  stale: readonly StaleEdit[];
  decisions: ReadonlyMap<string, Side>;
  /** The pane's plan: the goals' metrics and units for showing figures. */
  plan: Plan;
  onDecide: (key: string, side: Side) => void;
  headingId: string;
};

export function originText(edit: StaleEdit, language: Language): string {
  const time = edit.at === null ? null : formatDateTime(edit.at, language);
  if (edit.source === "remote" && time !== null) return ui(language, "conflictByCoauthor", { time });
  if (edit.source === "local" && time !== null) return ui(language, "conflictInExcel", { time });
  return ui(language, "conflictInWorkbook");
}

export function ConflictList({ language, stale, decisions, plan, onDecide, headingId }: ConflictListProps) {
  const styles = useStyles();
  const stepStyles = useStepStyles();
  return (
    <section className={stepStyles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={stepStyles.subheading}>
        {ui(language, "conflictsHeading", { count: stale.length })}
      </h3>
      <Text>{ui(language, "conflictsIntro")}</Text>
      <ul className={stepStyles.plainList}>
        {stale.map((edit) => {
          const { conflict } = edit;
          const goal =
            conflict.kind === "statement" ? null : (plan.goals.find((g) => g.id === conflict.id) ?? null);
          const subject = conflictSubject(conflict, language);
          const labelId = `${headingId}-${conflict.key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
          return (
            <li key={conflict.key}>
              <Card className={styles.card} appearance="outline">
                <Text id={labelId} weight="semibold">
                  {subject}
                </Text>
                <Text size={200}>{originText(edit, language)}</Text>
                <RadioGroup
                  aria-labelledby={labelId}
                  value={decisions.get(conflict.key) ?? ""}
                  onChange={(_event, data) => {
                    onDecide(conflict.key, data.value === "mine" ? "mine" : "theirs");
                  }}
                >
                  <Radio
                    value="mine"
                    label={ui(language, "conflictKeepMine", {
                      value: conflictValue(conflict, "mine", language, goal),
                    })}
                  />
                  <Radio
                    value="theirs"
                    label={ui(language, "conflictTakeTheirs", {
                      value: conflictValue(conflict, "theirs", language, goal),
                    })}
                  />
                </RadioGroup>
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
