// Excel refuses every batch while the user is typing in a cell (InvalidOperationInCellEditMode,
// "Error handling with the application-specific JavaScript APIs"). A few retries with a growing
// pause cover the usual case (the user presses Enter a moment later); after that the user is told
// what to do. `Excel.run({ delayForCellEdit: true })` (ExcelApi 1.5) would instead wait silently
// for as long as the user stays in the cell, which leaves the task pane hanging without a word.

import { PortError, type PortErrorParams } from "../../sheet";
import { isCellEditModeError } from "./errors";

export type Delay = (ms: number) => Promise<void>;

export const realDelay: Delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export type RetryPolicy = {
  /** Retries after the first attempt. */
  retries: number;
  /** Pause before the first retry; doubled for each further one. */
  firstDelayMs: number;
  delay: Delay;
};

export const DEFAULT_RETRY: RetryPolicy = { retries: 4, firstDelayMs: 250, delay: realDelay };

export async function retryInCellEditMode<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  params: PortErrorParams,
): Promise<T> {
  for (let tried = 0; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isCellEditModeError(error)) throw error;
      if (tried >= policy.retries) throw new PortError("hostBusy", params, { cause: error });
      // Sequential by design: each retry waits for the user to leave the cell.
      await policy.delay(policy.firstDelayMs * 2 ** tried);
    }
  }
}
