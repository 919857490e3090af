import { useCallback, useRef, useState } from "react";
import type { Language } from "../domain/plan";
import { ui, type UiKey } from "../i18n/ui";

export type ShownError = { id: number; text: string };

/**
 * Turns a host's error into text for the user (the Office host's error codes, say); null when it
 * does not know the error. Given by the page that created the host.
 */
export type DescribeError = (error: unknown, language: Language) => string | null;

/**
 * The message of anything thrown: the host's description, an Error's message, a string, else a
 * generic text. Without its final full stop: the texts it goes into continue the sentence.
 */
export function reasonOf(error: unknown, language: Language, describe?: DescribeError): string {
  const described = describe?.(error, language);
  const text =
    described ??
    (error instanceof Error && error.message.trim() !== ""
      ? error.message
      : typeof error === "string" && error.trim() !== ""
        ? error
        : ui(language, "errorUnknown"));
  return text.trim().replace(/\.$/, "");
}

/** Errors the user sees until dismissed (never only logged): `report` turns a throw into a message. */
export function useErrors(
  language: Language,
  describe?: DescribeError,
): {
  errors: readonly ShownError[];
  report: (key: UiKey, error: unknown) => void;
  dismiss: (id: number) => void;
} {
  const [errors, setErrors] = useState<readonly ShownError[]>([]);
  const nextId = useRef(1);
  const report = useCallback(
    (key: UiKey, error: unknown) => {
      const text = ui(language, key, { reason: reasonOf(error, language, describe) });
      const id = nextId.current++;
      setErrors((shown) => [...shown.filter((e) => e.text !== text), { id, text }]);
    },
    [language, describe],
  );
  const dismiss = useCallback((id: number) => {
    setErrors((shown) => shown.filter((e) => e.id !== id));
  }, []);
  return { errors, report, dismiss };
}
