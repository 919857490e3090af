// STUB — to be implemented: the whole rule catalogue.
import type { Account } from "../account";
import type { Finding } from "../finding";
import type { Plan } from "../plan";
import type { Thresholds } from "../thresholds";

export type CheckOptions = {
  /** ISO date the plan is judged against. */
  asOf: string;
  thresholds?: Partial<Thresholds>;
};

/** Vision, mission, every goal, goals across accounts, and accounts that have goals. */
export function checkPlan(_plan: Plan, _accounts: readonly Account[], _options: CheckOptions): Finding[] {
  throw new Error("not implemented");
}

/** Account data on its own: duplicates and suspect figures (ACCOUNT_DUPLICATE, ACCOUNT_DATA_SUSPECT). */
export function checkAccounts(_accounts: readonly Account[]): Finding[] {
  throw new Error("not implemented");
}
