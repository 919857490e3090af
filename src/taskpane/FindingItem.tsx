import { Link, Text } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Regular, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../domain/finding";
import type { Language } from "../domain/plan";
import { ui, type UiKey } from "../i18n/ui";
import { useStepStyles } from "./useTaskPaneStyles.styles";

const SEVERITY_TEXT: Record<Severity, UiKey> = {
  error: "severityError",
  warning: "severityWarning",
  info: "severityInfo",
};

export type FindingItemProps = {
  language: Language;
  severity: Severity;
  /** What the finding is about ("Kundenportfolio!D8", "Goal G3"). */
  label: string;
  message: string;
  /** When given, the label is a button that shows the place (a cell, a step). */
  onShow?: () => void;
  showLabel?: string;
};

/** One finding in a list: severity icon, where it is (a button when it can be shown), what it says. */
export function FindingItem({ language, severity, label, message, onShow, showLabel }: FindingItemProps) {
  const styles = useStepStyles();
  const icon =
    severity === "error" ? (
      <ErrorCircle16Filled className={styles.problemIconError} />
    ) : severity === "warning" ? (
      <Warning16Filled className={styles.problemIconWarning} />
    ) : (
      <Info16Regular className={styles.problemIconInfo} />
    );
  return (
    <li className={styles.problem}>
      {icon}
      <div className={styles.problemText}>
        <span className={styles.visuallyHidden}>{`${ui(language, SEVERITY_TEXT[severity])}: `}</span>
        {onShow ? (
          <Link as="button" inline={false} onClick={onShow} aria-label={showLabel}>
            {label}
          </Link>
        ) : (
          <Text weight="semibold">{label}</Text>
        )}
        <Text size={200}>{message}</Text>
      </div>
    </li>
  );
}
