import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Language } from "../domain/plan";
import { ui } from "../i18n/ui";
import type { ShownError } from "./useErrors";

export type ErrorMessagesProps = {
  language: Language;
  errors: readonly ShownError[];
  onDismiss: (id: number) => void;
};

/** Every error stays on screen until the user dismisses it. */
export function ErrorMessages({ language, errors, onDismiss }: ErrorMessagesProps) {
  return (
    <>
      {errors.map((error) => (
        <MessageBar key={error.id} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{ui(language, "errorTitle")}</MessageBarTitle>
            {error.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                icon={<DismissRegular />}
                aria-label={ui(language, "dismiss")}
                onClick={() => {
                  onDismiss(error.id);
                }}
              />
            }
          />
        </MessageBar>
      ))}
    </>
  );
}
