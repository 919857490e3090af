// Step 5: every finding by severity, then writing the goal and review sheets with a progress
// indicator; afterwards links that select the written sheets.

import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
} from "@fluentui/react-components";
import { DocumentTable20Regular } from "@fluentui/react-icons";
import type { Account } from "../../domain/account";
import type { Finding, Severity } from "../../domain/finding";
import type { Language, Plan } from "../../domain/plan";
import { findingMessage } from "../../i18n/findings";
import { skippedFeatureMessages } from "../../i18n/port-errors";
import { ui, type UiKey } from "../../i18n/ui";
import type { PortfolioReview, WritePlanResult } from "../../planner";
import { PortfolioChart } from "../review/PortfolioChart";
import { FindingItem } from "../FindingItem";
import { countBySeverity } from "../model/findings-view";
import { subjectLabel } from "../model/locations";
import { useStepStyles } from "../useTaskPaneStyles.styles";

export type WriteState =
  | { status: "idle" }
  | { status: "writing"; progress: number; sheet: string | null }
  | { status: "written"; result: WritePlanResult };

const GROUPS: readonly { severity: Severity; heading: UiKey }[] = [
  { severity: "error", heading: "reviewErrors" },
  { severity: "warning", heading: "reviewWarnings" },
  { severity: "info", heading: "reviewInfos" },
];

export type ReviewStepProps = {
  language: Language;
  plan: Plan;
  accounts: readonly Account[];
  findings: readonly Finding[];
  /** The portfolio picture and progress (the planner's review); null until the workbook is read. */
  review: PortfolioReview | null;
  write: WriteState;
  onWrite: () => void;
  /** Opens the place a finding is about (a step, a goal, a cell); null when it has none. */
  showAction: (finding: Finding) => (() => void) | null;
  onOpenSheet: (sheet: string) => void;
  headingId: string;
};

export function ReviewStep({
  language,
  plan,
  accounts,
  findings,
  review,
  write,
  onWrite,
  showAction,
  onOpenSheet,
  headingId,
}: ReviewStepProps) {
  const styles = useStepStyles();
  const counts = countBySeverity(findings);
  const accountsWithGoals = new Set(plan.goals.map((g) => g.account.toLocaleLowerCase())).size;
  const writing = write.status === "writing";
  const nothing = plan.vision.trim() === "" && plan.mission.trim() === "" && plan.goals.length === 0;

  return (
    <>
      <h2 id={headingId} className={styles.heading}>
        {ui(language, "reviewHeading")}
      </h2>
      <Text>
        {ui(language, "reviewSummary", {
          errors: counts.error,
          warnings: counts.warning,
          infos: counts.info,
        })}
        {" · "}
        {ui(language, "reviewGoalCount", { count: plan.goals.length, accounts: accountsWithGoals })}
      </Text>

      {review && review.accounts.length > 0 && (
        <section className={styles.section} aria-labelledby={`${headingId}-portfolio`}>
          <h3 id={`${headingId}-portfolio`} className={styles.subheading}>
            {ui(language, "portfolioHeading")}
          </h3>
          <PortfolioChart language={language} review={review} />
        </section>
      )}

      {findings.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{ui(language, "reviewNone")}</MessageBarBody>
        </MessageBar>
      )}

      {GROUPS.map(({ severity, heading }) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const id = `${headingId}-${severity}`;
        return (
          <section key={severity} className={styles.section} aria-labelledby={id}>
            <h3 id={id} className={styles.subheading}>
              {`${ui(language, heading)}: ${group.length}`}
            </h3>
            <ul className={styles.plainList}>
              {group.map((finding, index) => {
                const label = subjectLabel(finding, language, accounts);
                const show = showAction(finding);
                return (
                  <FindingItem
                    key={`${finding.code}-${index}`}
                    language={language}
                    severity={finding.severity}
                    label={label}
                    message={findingMessage(finding, language)}
                    onShow={show ?? undefined}
                    showLabel={show ? ui(language, "showFindingLabel", { subject: label }) : undefined}
                  />
                );
              })}
            </ul>
          </section>
        );
      })}

      {counts.error > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{ui(language, "reviewHasErrors")}</MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<DocumentTable20Regular />}
          disabled={writing || nothing}
          onClick={onWrite}
        >
          {write.status === "written" ? ui(language, "writeAgain") : ui(language, "writeButton")}
        </Button>
      </div>
      {nothing && <Text className={styles.caption}>{ui(language, "writeNothing")}</Text>}

      {write.status === "writing" && (
        <div className={styles.section}>
          <ProgressBar
            value={write.progress}
            max={1}
            thickness="large"
            aria-label={ui(language, "writing")}
            aria-valuetext={`${Math.round(write.progress * 100)} %`}
          />
          <Text role="status">
            {write.sheet ? ui(language, "writeStep", { sheet: write.sheet }) : ui(language, "writing")}
          </Text>
        </div>
      )}

      {write.status === "written" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {ui(language, "written", {
                goals: write.result.plan.goals.length,
                goalSheet: write.result.goalSheet,
                reviewSheet: write.result.reviewSheet,
              })}
            </MessageBarTitle>
            {write.result.renamed.map((r) => (
              <span key={r.actual} className={styles.block}>
                {ui(language, "writtenRenamed", { wanted: r.wanted, actual: r.actual })}
              </span>
            ))}
            {skippedFeatureMessages(write.result.skipped, language).map((line) => (
              <span key={line} className={styles.block}>
                {line}
              </span>
            ))}
            <span className={styles.block}>
              <Link
                as="button"
                inline
                onClick={() => {
                  onOpenSheet(write.result.goalSheet);
                }}
              >
                {ui(language, "openGoalSheet", { sheet: write.result.goalSheet })}
              </Link>
            </span>
            <span className={styles.block}>
              <Link
                as="button"
                inline
                onClick={() => {
                  onOpenSheet(write.result.reviewSheet);
                }}
              >
                {ui(language, "openReviewSheet", { sheet: write.result.reviewSheet })}
              </Link>
            </span>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
