import { useCallback, useRef, useState } from "react";
import type { Language } from "../domain/plan";
import { portErrorMessage, unreadableReason } from "../i18n/port-errors";
import { ui, type UiKey } from "../i18n/ui";
import { PortError } from "../sheet";

export type ShownError = { id: number; text: string };

/**
 * The message of anything thrown: a port's coded error from the catalogue (whichever host threw
 * it), an Error's message, a string, else a generic text. Without its final full stop: the texts
 * it goes into continue the sentence.
 */
export function reasonOf(error: unknown, language: Language): string {
  const text =
    error instanceof PortError
      ? // "X could not be opened: it is a text file", not a second sentence saying it again.
        error.code === "unreadableFile"
        ? unreadableReason(error.params, language)
        : portErrorMessage(error, language)
      : error instanceof Error && error.message.trim() !== ""
        ? error.message
        : typeof error === "string" && error.trim() !== ""
          ? error
          : ui(language, "errorUnknown");
  return text.trim().replace(/\.$/, "");
}

/** Errors the user sees until dismissed (never only logged): `report` turns a throw into a message. */
export function useErrors(language: Language): {
  errors: readonly ShownError[];
  report: (key: UiKey, error: unknown) => void;
  dismiss: (id: number) => void;
} {
  const [errors, setErrors] = useState<readonly ShownError[]>([]);
  const nextId = useRef(1);
  const report = useCallback(
    (key: UiKey, error: unknown) => {
      const text = ui(language, key, { reason: reasonOf(error, language) });
      const id = nextId.current++;
      setErrors((shown) => [...shown.filter((e) => e.text !== text), { id, text }]);
    },
    [language],
  );
  const dismiss = useCallback((id: number) => {
    setErrors((shown) => shown.filter((e) => e.id !== id));
  }, []);
  return { errors, report, dismiss };
}
