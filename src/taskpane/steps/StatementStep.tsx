// Steps 2 and 3: the vision and the mission. One text area each, its live findings on the Field,
// the rules and the course's example beside it, and a word count.

import { Button, Field, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import { quoted } from "../../i18n/conflicts";
import { TextQuote20Regular } from "@fluentui/react-icons";
import { forwardRef } from "react";
import type { Finding } from "../../domain/finding";
import type { Language } from "../../domain/plan";
import { countWords } from "../../domain/text";
import { findingMessage } from "../../i18n/findings";
import { ui, type UiKey } from "../../i18n/ui";
import { validationStateOf } from "../model/findings-view";
import { sortBySeverity } from "../../domain/finding";
import { useStepStyles } from "../useTaskPaneStyles.styles";

export type StatementKind = "vision" | "mission";

const TEXT: Record<
  StatementKind,
  { heading: UiKey; label: UiKey; hint: UiKey; rulesTitle: UiKey; rules: readonly UiKey[]; example: UiKey }
> = {
  vision: {
    heading: "visionHeading",
    label: "visionLabel",
    hint: "visionHint",
    rulesTitle: "visionRulesTitle",
    rules: ["visionRule1", "visionRule2", "visionRule3", "visionRule4"],
    example: "visionExample",
  },
  mission: {
    heading: "missionHeading",
    label: "missionLabel",
    hint: "missionHint",
    rulesTitle: "missionRulesTitle",
    rules: ["missionRule1", "missionRule2", "missionRule3"],
    example: "missionExample",
  },
};

export type StatementStepProps = {
  kind: StatementKind;
  language: Language;
  value: string;
  onChange: (value: string) => void;
  /** Findings about this statement (already filtered to its subject). */
  findings: readonly Finding[];
  /** True while the latest text has not been checked yet. */
  pending: boolean;
  headingId: string;
  /** Set when a change in the workbook made the pending text stale: the workbook's text. */
  staleValue?: string | null;
};

export const StatementStep = forwardRef<HTMLTextAreaElement, StatementStepProps>(function StatementStep(
  { kind, language, value, onChange, findings, pending, headingId, staleValue = null },
  ref,
) {
  const styles = useStepStyles();
  const text = TEXT[kind];
  const sorted = sortBySeverity(findings);
  const empty = value.trim() === "";
  // An empty field is not scolded while the user has yet to write (the review lists it as missing).
  const shown = empty ? [] : sorted;
  // "Looks good" only once the latest text has been checked.
  const state = validationStateOf(shown, !empty && !pending);
  const messages = shown.map((f) => findingMessage(f, language));
  const validationMessage =
    messages.length > 0 ? (
      <span>
        {messages.map((m, i) => (
          <span key={i} className={styles.block}>
            {m}
          </span>
        ))}
      </span>
    ) : state === "success" ? (
      ui(language, "looksGood")
    ) : undefined;
  const example = ui(language, text.example);

  return (
    <>
      <h2 id={headingId} className={styles.heading}>
        {ui(language, text.heading)}
      </h2>
      {staleValue !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {ui(language, "staleStatement", {
              subject: ui(language, kind === "vision" ? "subjectVision" : "subjectMission"),
              value: staleValue.trim() === "" ? "–" : quoted(staleValue, language),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      <Field
        label={ui(language, text.label)}
        hint={`${ui(language, text.hint)} ${ui(language, "wordCount", { count: countWords(value) })}`}
        validationState={state}
        validationMessage={validationMessage}
      >
        <Textarea
          ref={ref}
          value={value}
          resize="vertical"
          rows={5}
          onChange={(_event, data) => {
            onChange(data.value);
          }}
        />
      </Field>
      <div className={styles.help}>
        <h3 className={styles.subheading}>{ui(language, text.rulesTitle)}</h3>
        <ul className={styles.helpList}>
          {text.rules.map((rule) => (
            <li key={rule}>{ui(language, rule)}</li>
          ))}
        </ul>
      </div>
      <div className={styles.help}>
        <h3 className={styles.subheading}>{ui(language, "exampleTitle")}</h3>
        <blockquote className={styles.quote}>{example}</blockquote>
        <div className={styles.row}>
          <Button
            size="small"
            icon={<TextQuote20Regular />}
            onClick={() => {
              onChange(example);
            }}
          >
            {ui(language, "useExample")}
          </Button>
        </div>
      </div>
    </>
  );
});
