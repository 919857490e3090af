// Writing the plan through the planner: goal sheet, review sheet and settings rows as one write,
// merged with the workbook as it stands against the pane's base. Conflicts come back to the pane
// (nothing written); a sheet that cannot be updated in place is rebuilt only after the user agreed.

import { useCallback, useState } from "react";
import type { Plan } from "../domain/plan";
import {
  writePlan,
  type Conflict,
  type OpenedWorkbook,
  type PlanBase,
  type PlanSettings,
  type WrittenPlan,
} from "../planner";
import type { WorkbookPort } from "../sheet";
import type { WriteState } from "./steps/ReviewStep";

export type WritePlanOptions = {
  port: WorkbookPort;
  opened: OpenedWorkbook | null;
  settings: PlanSettings;
  /** Who writes (stored with the base); null when the user did not say. */
  writtenBy: string | null;
  onWritten: (result: WrittenPlan) => void;
  onConflicts: (conflicts: readonly Conflict[]) => void;
  onError: (error: unknown) => void;
};

/** Progress shown while writing: reading the workbook again first, then the sheets. */
const PROGRESS = { reading: 0.15, writing: 0.5 } as const;

export function useWritePlan({
  port,
  opened,
  settings,
  writtenBy,
  onWritten,
  onConflicts,
  onError,
}: WritePlanOptions): {
  state: WriteState;
  write: (plan: Plan, base: PlanBase | null, rebuild?: boolean) => Promise<void>;
  cancelRebuild: () => void;
} {
  const [state, setState] = useState<WriteState>({ status: "idle" });

  const write = useCallback(
    async (plan: Plan, base: PlanBase | null, rebuild = false) => {
      if (!opened) return;
      setState({ status: "writing", progress: PROGRESS.reading, sheet: null });
      try {
        const result = await writePlan(port, opened, plan, settings, {
          ...(base === null ? {} : { base }),
          rebuild,
          writtenAt: new Date().toISOString(),
          writtenBy,
          onProgress: ({ stage, sheets }) => {
            setState({
              status: "writing",
              progress: stage === "reading" ? PROGRESS.reading : PROGRESS.writing,
              sheet: stage === "writing" ? (sheets[0] ?? null) : null,
            });
          },
        });
        if (result.status === "written") {
          setState({ status: "written", result });
          onWritten(result);
        } else if (result.status === "conflicts") {
          setState({ status: "idle" });
          onConflicts(result.conflicts);
        } else {
          setState({ status: "rebuild", sheets: result.sheets, collaboration: result.collaboration });
        }
      } catch (error) {
        setState({ status: "idle" });
        onError(error);
      }
    },
    [port, opened, settings, writtenBy, onWritten, onConflicts, onError],
  );

  const cancelRebuild = useCallback(() => {
    setState({ status: "idle" });
  }, []);

  return { state, write, cancelRebuild };
}
