// One account in the management review: status and quadrant, figures, goals with their progress,
// findings, and the decision management recorded in the review sheet (or where to record it).

import { Badge, Card, Link, makeStyles, Text, tokens, typographyStyles } from "@fluentui/react-components";
import { forwardRef } from "react";
import { accountLabel, shareOfWallet } from "../../domain/account";
import type { Finding } from "../../domain/finding";
import { sortBySeverity } from "../../domain/finding";
import type { Goal, Language } from "../../domain/plan";
import { findingMessage } from "../../i18n/findings";
import { formatAmount, formatDate, formatPercent } from "../../i18n/format";
import { METRIC_LABEL, QUADRANT_LABEL, RAG_LABEL, TRACK_LABEL } from "../../i18n/sheets";
import { ui } from "../../i18n/ui";
import type { ReviewedAccount } from "../../planner";
import { isoFromExcelSerial } from "../../sheet";
import { FindingItem } from "../FindingItem";
import { FigureList } from "../FigureList";
import { figureText } from "../model/goal-draft";
import { useStepStyles } from "../useTaskPaneStyles.styles";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  subheading: { ...typographyStyles.caption1Strong, margin: 0 },
  goals: { margin: 0, paddingLeft: tokens.spacingHorizontalL, ...typographyStyles.caption1 },
});

const RAG_COLOR = { red: "danger", amber: "warning", green: "success" } as const;
const TRACK_COLOR = {
  offTrack: "danger",
  atRisk: "warning",
  onTrack: "success",
  achieved: "success",
} as const;

export type AccountCardProps = {
  language: Language;
  review: ReviewedAccount;
  headingId: string;
  /** Selects the account's decision cell in the review sheet. */
  onEnterDecision: (cell: { sheet: string; address: string }) => void;
};

/** A goal's figure as the form shows it: percent points for percent metrics, money with the unit. */
function figure(goal: Goal, value: number | null, currency: string | null, language: Language): string {
  if (value === null) return "–";
  if (goal.metric === "revenue") return formatAmount(value, goal.unit ?? currency, language);
  return figureText(value, goal.metric, language);
}

/** A manager's cell as text: a date serial with a date format as a date. */
function entryText(
  cell: ReviewedAccount["decision"],
  key: "decision" | "nextStep" | "reviewedBy" | "reviewedOn",
  language: Language,
): string | null {
  const entry = cell?.cells[key];
  if (!entry || entry.value === null) return null;
  if (key === "reviewedOn" && typeof entry.value === "number") {
    const iso = isoFromExcelSerial(entry.value);
    return iso === null ? String(entry.value) : formatDate(iso, language);
  }
  return String(entry.value);
}

export const AccountCard = forwardRef<HTMLDivElement, AccountCardProps>(function AccountCard(
  { language, review, headingId, onEnterDecision },
  ref,
) {
  const styles = useStyles();
  const stepStyles = useStepStyles();
  const { account, progress, position } = review;
  const currency = account.currency;
  const money = (value: number | null) => (value === null ? "–" : formatAmount(value, currency, language));
  const share = shareOfWallet(account);
  const findings: Finding[] = sortBySeverity([...review.notes, ...review.goalFindings]).filter(
    (f) => f.severity !== "info",
  );
  const percent = (value: number | null) => (value === null ? "–" : formatPercent(value, language));
  const decisionRows: [string, string | null][] = [
    [ui(language, "cardDecision"), entryText(review.decision, "decision", language)],
    [ui(language, "cardNextStep"), entryText(review.decision, "nextStep", language)],
    [ui(language, "cardReviewedBy"), entryText(review.decision, "reviewedBy", language)],
    [ui(language, "cardReviewedOn"), entryText(review.decision, "reviewedOn", language)],
  ];
  const decided = decisionRows.some(([, value]) => value !== null);
  const hasActuals = progress.goals.some((g) => g.progress.attainment !== null);

  return (
    <Card
      ref={ref}
      className={styles.card}
      appearance="outline"
      role="article"
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <h3 id={headingId} className={styles.heading}>
        {accountLabel(account)}
      </h3>
      <div className={stepStyles.row}>
        <Badge appearance="filled" color={RAG_COLOR[review.rag]}>
          {ui(language, "cardStatus", { rag: RAG_LABEL[language][review.rag] })}
        </Badge>
        <Badge appearance="tint" color="informative">
          {QUADRANT_LABEL[language][position.quadrant]}
        </Badge>
        {account.owner !== null && <Text size={200}>{account.owner}</Text>}
      </div>

      <FigureList
        label={ui(language, "cardFigures")}
        rows={[
          [ui(language, "profileRevenue"), money(account.revenue)],
          [ui(language, "profilePotential"), money(account.potential)],
          [ui(language, "profileShare"), percent(share)],
        ]}
      />

      <h4 className={styles.subheading}>{ui(language, "cardGoals")}</h4>
      {review.goals.length === 0 ? (
        <Text size={200}>{ui(language, "cardNoGoals")}</Text>
      ) : (
        <>
          <Text size={200}>
            {hasActuals
              ? ui(language, "cardProgress", {
                  attainment: percent(progress.attainment),
                  onTrack: progress.onTrack,
                  atRisk: progress.atRisk,
                  offTrack: progress.offTrack,
                })
              : ui(language, "cardNoProgress")}
          </Text>
          <ul className={styles.goals}>
            {progress.goals.map(({ goal, progress: p }) => (
              <li key={goal.id}>
                <Text
                  size={200}
                  weight="semibold"
                >{`${goal.id} · ${METRIC_LABEL[language][goal.metric]}: `}</Text>
                <Text size={200}>
                  {p.attainment === null
                    ? ui(language, "cardGoalNoActual", {
                        target: figure(goal, goal.target, currency, language),
                      })
                    : ui(language, "cardGoalProgress", {
                        actual: figure(goal, goal.actual, currency, language),
                        target: figure(goal, goal.target, currency, language),
                        attainment: formatPercent(p.attainment, language),
                        elapsed: p.elapsed === null ? "–" : formatPercent(Math.min(1, p.elapsed), language),
                      })}
                </Text>{" "}
                {p.status !== null && (
                  <Badge size="small" appearance="tint" color={TRACK_COLOR[p.status]}>
                    {TRACK_LABEL[language][p.status]}
                  </Badge>
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      <h4 className={styles.subheading}>{ui(language, "cardFindings")}</h4>
      {findings.length === 0 ? (
        <Text size={200}>{ui(language, "cardNoFindings")}</Text>
      ) : (
        <ul className={stepStyles.plainList}>
          {findings.map((f, i) => (
            <FindingItem
              key={`${f.code}-${i}`}
              language={language}
              severity={f.severity}
              label={
                f.subject.type === "goal"
                  ? ui(language, "subjectGoal", { id: f.subject.id })
                  : accountLabel(account)
              }
              message={findingMessage(f, language)}
            />
          ))}
        </ul>
      )}

      <h4 className={styles.subheading}>{ui(language, "cardDecisionHeading")}</h4>
      {decided ? (
        <FigureList rows={decisionRows.map(([label, value]) => [label, value ?? "–"] as const)} />
      ) : (
        <Text size={200}>{ui(language, "cardNoDecision")}</Text>
      )}
      {review.decisionCell === null ? (
        <Text className={stepStyles.caption}>{ui(language, "cardWriteFirst")}</Text>
      ) : (
        <Link
          as="button"
          inline={false}
          onClick={() => {
            if (review.decisionCell) onEnterDecision(review.decisionCell);
          }}
        >
          {ui(language, "cardEnterDecision")}
        </Link>
      )}
    </Card>
  );
});
