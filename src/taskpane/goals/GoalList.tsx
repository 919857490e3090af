// The account's goals, each with its findings count, to edit or delete.

import { Badge, Button, Card, makeStyles, Text, tokens, typographyStyles } from "@fluentui/react-components";
import { Delete20Regular, Edit20Regular } from "@fluentui/react-icons";
import type { Account } from "../../domain/account";
import { effectiveBaseline } from "../../domain/baseline";
import type { Finding } from "../../domain/finding";
import type { Goal, Language } from "../../domain/plan";
import { ui } from "../../i18n/ui";
import { countBySeverity, goalFindings } from "../model/findings-view";
import { goalLine } from "../model/goal-text";
import { useStepStyles } from "../useTaskPaneStyles.styles";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalXS },
  statement: { ...typographyStyles.body1, margin: 0 },
  id: { ...typographyStyles.caption1Strong },
});

export type GoalListProps = {
  language: Language;
  accountName: string;
  account: Account | undefined;
  goals: readonly Goal[];
  findings: readonly Finding[];
  editing: string | null;
  /** Goals whose pending edits a change in the workbook made stale. */
  stale?: ReadonlySet<string>;
  headingId: string;
  onEdit: (goal: Goal) => void;
  onDelete: (goal: Goal) => void;
};

export function GoalList({
  language,
  accountName,
  account,
  goals,
  findings,
  editing,
  stale = new Set(),
  headingId,
  onEdit,
  onDelete,
}: GoalListProps) {
  const styles = useStyles();
  const stepStyles = useStepStyles();
  return (
    <section className={stepStyles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={stepStyles.subheading}>
        {ui(language, "goalListHeading", { account: accountName, count: goals.length })}
      </h3>
      {goals.length === 0 ? (
        <Text className={stepStyles.caption}>{ui(language, "noGoals")}</Text>
      ) : (
        <ul className={stepStyles.plainList}>
          {goals.map((goal) => {
            const counts = countBySeverity(goalFindings(findings, goal.id));
            const badge =
              counts.error > 0 ? (
                <Badge appearance="tint" color="danger">
                  {ui(language, "goalStatusCounts", { errors: counts.error, warnings: counts.warning })}
                </Badge>
              ) : counts.warning > 0 ? (
                <Badge appearance="tint" color="warning">
                  {ui(language, "goalStatusCounts", { errors: 0, warnings: counts.warning })}
                </Badge>
              ) : (
                <Badge appearance="tint" color="success">
                  {ui(language, "goalStatusOk")}
                </Badge>
              );
            return (
              <li key={goal.id}>
                <Card className={styles.card} appearance={editing === goal.id ? "filled" : "outline"}>
                  <div className={stepStyles.row}>
                    <span className={styles.id}>{goal.id}</span>
                    {badge}
                    {stale.has(goal.id) && (
                      <Badge appearance="filled" color="important">
                        {ui(language, "staleGoal")}
                      </Badge>
                    )}
                  </div>
                  <p className={styles.statement}>{goal.statement || "–"}</p>
                  <Text size={200}>{goalLine(goal, effectiveBaseline(goal, account), language)}</Text>
                  <div className={stepStyles.row}>
                    <Button
                      size="small"
                      icon={<Edit20Regular />}
                      aria-label={ui(language, "editGoalLabel", { id: goal.id })}
                      onClick={() => {
                        onEdit(goal);
                      }}
                    >
                      {ui(language, "editGoal")}
                    </Button>
                    <Button
                      size="small"
                      icon={<Delete20Regular />}
                      aria-label={ui(language, "deleteGoalLabel", { id: goal.id })}
                      onClick={() => {
                        onDelete(goal);
                      }}
                    >
                      {ui(language, "deleteGoal")}
                    </Button>
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
