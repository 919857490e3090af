// STUB — to be implemented: account sheets (list and profile layouts) → accounts + findings.
import type { Account } from "../domain/account";
import type { Finding } from "../domain/finding";
import type { SheetGrid } from "./grid";

export type ReadOptions = {
  /** Sheets the user chose; when given, a chosen sheet without an account table is an error finding. */
  sheets?: readonly string[];
};

export type SheetReading = {
  sheet: string;
  layout: "list" | "profile" | "marketing" | "none";
  /** Header row (list) or first label row (profile), 1-based; null when nothing was found. */
  headerRow: number | null;
  accounts: number;
};

export type AccountReading = {
  accounts: Account[];
  findings: Finding[];
  sheets: SheetReading[];
};

export function readAccounts(_grids: readonly SheetGrid[], _options: ReadOptions = {}): AccountReading {
  throw new Error("not implemented");
}
