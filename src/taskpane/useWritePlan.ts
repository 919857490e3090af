// Writing the plan: the goal and review sheets through the port, with progress per sheet.

import { useCallback, useState } from "react";
import type { Account } from "../domain/account";
import type { Language, Plan } from "../domain/plan";
import { checkPlan } from "../domain/rules";
import type { WorkbookPort } from "../hosts/port";
import { findingMessage } from "../i18n/findings";
import { writePlan, type WritePlanResult } from "../workbook/write-plan";
import type { WriteState } from "./steps/ReviewStep";

export type WritePlanOptions = {
  port: WorkbookPort;
  language: Language;
  asOf: string;
  accounts: readonly Account[];
  onWritten: (result: WritePlanResult) => void;
  onError: (error: unknown) => void;
};

/** Progress shown while writing: reading the goal sheet first, then each of the two sheets. */
const PROGRESS = { preparing: 0.1, firstSheet: 0.4, secondSheet: 0.75 } as const;

export function useWritePlan({ port, language, asOf, accounts, onWritten, onError }: WritePlanOptions): {
  state: WriteState;
  write: (plan: Plan) => Promise<void>;
} {
  const [state, setState] = useState<WriteState>({ status: "idle" });

  const write = useCallback(
    async (plan: Plan) => {
      setState({ status: "writing", progress: PROGRESS.preparing, sheet: null });
      let written = 0;
      // Delegates explicitly (a host may keep its methods on a prototype) and reports each sheet.
      const observed: WorkbookPort = {
        listSheets: () => port.listSheets(),
        readSheet: (name) => port.readSheet(name),
        listNames: () => port.listNames(),
        activate: (sheet, address) => port.activate(sheet, address),
        writeSheet: (spec, options) => {
          written++;
          setState({
            status: "writing",
            progress: written === 1 ? PROGRESS.firstSheet : PROGRESS.secondSheet,
            sheet: spec.name,
          });
          return port.writeSheet(spec, options);
        },
      };
      try {
        const result = await writePlan(observed, {
          plan: { ...plan, language, asOf },
          accounts,
          language,
          asOf,
          check: (merged) => checkPlan(merged, accounts, { asOf }),
          describe: (f) => findingMessage(f, language),
        });
        setState({ status: "written", result });
        onWritten(result);
      } catch (error) {
        setState({ status: "idle" });
        onError(error);
      }
    },
    [port, language, asOf, accounts, onWritten, onError],
  );

  return { state, write };
}
