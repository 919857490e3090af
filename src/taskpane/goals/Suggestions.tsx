// Goals the planner proposes from the account's figures, each with the rationale that cites them.

import { Button, Card, makeStyles, Text, tokens, typographyStyles } from "@fluentui/react-components";
import { Checkmark20Regular, Edit20Regular, Sparkle20Regular } from "@fluentui/react-icons";
import type { Goal, Language } from "../../domain/plan";
import { ui } from "../../i18n/ui";
import { goalLine } from "../model/goal-text";
import { useStepStyles } from "../useTaskPaneStyles.styles";

export type Suggestion = Goal & { rationale: string };

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalXS },
  statement: { ...typographyStyles.body1Strong, margin: 0 },
  rationale: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
});

export type SuggestionsProps = {
  language: Language;
  suggestions: readonly Suggestion[];
  headingId: string;
  onAccept: (suggestion: Suggestion) => void;
  onEdit: (suggestion: Suggestion) => void;
  onAcceptAll: () => void;
};

export function Suggestions({
  language,
  suggestions,
  headingId,
  onAccept,
  onEdit,
  onAcceptAll,
}: SuggestionsProps) {
  const styles = useStyles();
  const stepStyles = useStepStyles();
  return (
    <section className={stepStyles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={stepStyles.subheading}>
        {ui(language, "suggestionsHeading")}
      </h3>
      {suggestions.length === 0 ? (
        <Text className={stepStyles.caption}>{ui(language, "noSuggestions")}</Text>
      ) : (
        <>
          <Text className={stepStyles.caption}>{ui(language, "suggestionsIntro")}</Text>
          <ul className={stepStyles.plainList}>
            {suggestions.map((s) => (
              <li key={s.id}>
                <Card className={styles.card} appearance="filled-alternative">
                  <p className={styles.statement}>{s.statement}</p>
                  <Text size={200}>{goalLine(s, s.baseline, language)}</Text>
                  <p className={styles.rationale}>{s.rationale}</p>
                  <div className={stepStyles.row}>
                    <Button
                      size="small"
                      appearance="primary"
                      icon={<Checkmark20Regular />}
                      aria-label={ui(language, "acceptSuggestionLabel", { statement: s.statement })}
                      onClick={() => {
                        onAccept(s);
                      }}
                    >
                      {ui(language, "acceptSuggestion")}
                    </Button>
                    <Button
                      size="small"
                      icon={<Edit20Regular />}
                      aria-label={ui(language, "editSuggestionLabel", { statement: s.statement })}
                      onClick={() => {
                        onEdit(s);
                      }}
                    >
                      {ui(language, "editSuggestion")}
                    </Button>
                  </div>
                </Card>
              </li>
            ))}
          </ul>
          {suggestions.length > 1 && (
            <div className={stepStyles.row}>
              <Button icon={<Sparkle20Regular />} onClick={onAcceptAll}>
                {ui(language, "acceptAll")}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
