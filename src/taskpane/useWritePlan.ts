// Writing the plan through the planner: the goal and review sheets, with progress per sheet.

import { useCallback, useState } from "react";
import type { Plan } from "../domain/plan";
import { writePlan, type OpenedWorkbook, type PlanSettings, type WritePlanResult } from "../planner";
import type { WorkbookPort } from "../sheet";
import type { WriteState } from "./steps/ReviewStep";

export type WritePlanOptions = {
  port: WorkbookPort;
  opened: OpenedWorkbook | null;
  settings: PlanSettings;
  onWritten: (result: WritePlanResult) => void;
  onError: (error: unknown) => void;
};

/** Progress shown while writing: reading the goal sheet first, then each of the two sheets. */
const PROGRESS = { preparing: 0.1, firstSheet: 0.4, secondSheet: 0.75 } as const;

export function useWritePlan({ port, opened, settings, onWritten, onError }: WritePlanOptions): {
  state: WriteState;
  write: (plan: Plan) => Promise<void>;
} {
  const [state, setState] = useState<WriteState>({ status: "idle" });

  const write = useCallback(
    async (plan: Plan) => {
      if (!opened) return;
      setState({ status: "writing", progress: PROGRESS.preparing, sheet: null });
      try {
        const result = await writePlan(port, opened, plan, settings, ({ sheet, index }) => {
          setState({
            status: "writing",
            progress: index === 0 ? PROGRESS.firstSheet : PROGRESS.secondSheet,
            sheet,
          });
        });
        setState({ status: "written", result });
        onWritten(result);
      } catch (error) {
        setState({ status: "idle" });
        onError(error);
      }
    },
    [port, opened, settings, onWritten, onError],
  );

  return { state, write };
}
