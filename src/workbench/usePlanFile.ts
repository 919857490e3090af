// A plan file (the JSON `kam` reads) opened in the workbench: parsed by the planner and handed to
// the task pane, which replaces its plan with it — so the pane can write what `kam write` writes.

import { useCallback, useRef, useState } from "react";
import type { Language } from "../domain/plan";
import { planProblemMessage } from "../i18n/plan-file";
import { ui } from "../i18n/ui";
import { parsePlanFile } from "../planner";
import type { ImportedPlan } from "../taskpane/TaskPane";
import { reasonOf } from "../taskpane/useErrors";

export function usePlanFile(
  language: Language,
  onError: (text: string) => void,
): { imported: ImportedPlan | null; openPlanFile: (file: File) => Promise<void> } {
  const [imported, setImported] = useState<ImportedPlan | null>(null);
  const seq = useRef(0);
  const openPlanFile = useCallback(
    async (file: File) => {
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        onError(ui(language, "wbPlanUnreadable", { name: file.name, reason: reasonOf(error, language) }));
        return;
      }
      const result = parsePlanFile(text);
      if (!result.ok) {
        const first = result.problems[0];
        const problem = first ? planProblemMessage(first, language) : "?";
        onError(ui(language, "wbPlanInvalid", { name: file.name, problem }));
        return;
      }
      seq.current += 1;
      setImported({ plan: result.plan, name: file.name, seq: seq.current });
    },
    [language, onError],
  );
  return { imported, openPlanFile };
}
