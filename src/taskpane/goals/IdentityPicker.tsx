// "Who are you?", asked once: a KAM picks their name from the owners the account sheets name, or
// says they are the manager. Afterwards a line says who the pane thinks you are, with a switch to
// see every account.

import { Button, Card, Field, Select, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../../domain/plan";
import { ui } from "../../i18n/ui";
import type { Identity } from "../useIdentity";
import { useStepStyles } from "../useTaskPaneStyles.styles";

const MANAGER = "\u0000manager";

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM, gap: tokens.spacingVerticalS },
});

export type IdentityPickerProps = {
  language: Language;
  /** The KAMs the account sheets name (owner column), each once. */
  owners: readonly string[];
  identity: Identity | null;
  onRemember: (identity: Identity | null) => void;
  showAll: boolean;
  onShowAll: (all: boolean) => void;
};

export function IdentityPicker({
  language,
  owners,
  identity,
  onRemember,
  showAll,
  onShowAll,
}: IdentityPickerProps) {
  const styles = useStyles();
  const stepStyles = useStepStyles();
  const [choice, setChoice] = useState(owners[0] ?? MANAGER);

  if (identity === null) {
    return (
      <Card className={styles.card} appearance="filled-alternative">
        <Field label={ui(language, "whoAreYou")} hint={ui(language, "whoAreYouHint")}>
          <Select
            value={choice}
            onChange={(_event, data) => {
              setChoice(data.value);
            }}
          >
            {owners.map((owner) => (
              <option key={owner} value={owner}>
                {owner}
              </option>
            ))}
            <option value={MANAGER}>{ui(language, "whoAreYouManager")}</option>
          </Select>
        </Field>
        <div className={stepStyles.row}>
          <Button
            appearance="primary"
            onClick={() => {
              onRemember(choice === MANAGER ? { kind: "manager" } : { kind: "kam", name: choice });
            }}
          >
            {ui(language, "whoAreYouSave")}
          </Button>
        </div>
      </Card>
    );
  }
  return (
    <div className={stepStyles.row}>
      <Text>
        {identity.kind === "manager"
          ? ui(language, "whoAreYouManager")
          : ui(language, "youAre", { name: identity.name })}
      </Text>
      <Button
        size="small"
        appearance="subtle"
        onClick={() => {
          onRemember(null);
        }}
      >
        {ui(language, "changeIdentity")}
      </Button>
      {identity.kind === "kam" && (
        <Switch
          label={ui(language, "showAllAccounts")}
          checked={showAll}
          onChange={(_event, data) => {
            onShowAll(data.checked);
          }}
        />
      )}
    </div>
  );
}
