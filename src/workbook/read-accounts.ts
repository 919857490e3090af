// Account sheets → accounts + findings. Reads list sheets (one row per account, header row or
// Excel table) and profile sheets (one sheet per account, label/value pairs). A value that cannot
// be read is left null and reported with its cell; nothing is guessed and nothing disappears
// silently (hidden rows are skipped and reported).

import type { Account, AccountField } from "../domain/account";
import type { Finding } from "../domain/finding";
import { finding } from "../domain/finding";
import type { PlacedCell } from "./account-row";
import { readAccount } from "./account-row";
import type { ColumnContext, ValueLocale } from "./account-values";
import { columnContext } from "./account-values";
import { cellAt, type SheetGrid } from "../sheet";
import type { ListTable } from "./list-layout";
import { findListTables, listDataRows } from "./list-layout";
import type { Profile } from "./profile-layout";
import { findProfile } from "./profile-layout";
import { findMarketingSheet } from "./read-marketing";
import { sheetLocale } from "./sheet-locale";
import { isPlannerTable } from "./planner-names";

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

/**
 * Reads the chosen sheets (case-insensitive names), or else every visible sheet. Without a choice,
 * the marketing sheet and the add-in's own goal/review sheets (tables named KAM_…) are not account
 * sheets; hidden sheets are left out because they mostly hold lookups or old copies.
 */
export function readAccounts(grids: readonly SheetGrid[], options: ReadOptions = {}): AccountReading {
  const reading: AccountReading = { accounts: [], findings: [], sheets: [] };
  const chosen = options.sheets;
  const selected: SheetGrid[] = [];
  if (chosen) {
    for (const name of chosen) {
      const wanted = name.trim().toLowerCase();
      const grid = grids.find((g) => g.name.trim().toLowerCase() === wanted);
      if (!grid) reading.findings.push(noAccountTable(name));
      else if (!selected.includes(grid)) selected.push(grid);
    }
  } else {
    selected.push(...grids.filter((g) => g.visible));
  }
  const marketing = chosen ? undefined : findMarketingSheet(grids);

  for (const grid of selected) {
    const sheet =
      grid === marketing
        ? skipped(grid, "marketing")
        : ownSheet(grid) && !chosen
          ? skipped(grid, "none")
          : readSheet(grid);
    reading.sheets.push(sheet.reading);
    reading.accounts.push(...sheet.accounts);
    reading.findings.push(...sheet.findings);
    if (chosen && (sheet.reading.layout === "none" || sheet.reading.layout === "marketing")) {
      reading.findings.push(noAccountTable(grid.name));
    }
  }
  return reading;
}

type SheetResult = { reading: SheetReading; accounts: Account[]; findings: Finding[] };

function noAccountTable(sheet: string): Finding {
  return finding("SHEET_NO_ACCOUNT_TABLE", { type: "cell", sheet, row: 1, column: "A" }, null, { sheet });
}

function skipped(grid: SheetGrid, layout: "marketing" | "none"): SheetResult {
  return { reading: { sheet: grid.name, layout, headerRow: null, accounts: 0 }, accounts: [], findings: [] };
}

/** Goal and review sheets the add-in writes hold its tables; they are not account sheets. */
function ownSheet(grid: SheetGrid): boolean {
  return grid.tables.some((t) => isPlannerTable(t.name));
}

function validGrid(grid: SheetGrid): boolean {
  const { firstRow, firstColumn } = grid;
  return Number.isInteger(firstRow) && Number.isInteger(firstColumn) && firstRow >= 1 && firstColumn >= 1;
}

function readSheet(grid: SheetGrid): SheetResult {
  if (!validGrid(grid)) return skipped(grid, "none");
  const hiddenRows = new Set(grid.hiddenRows);
  const tables = findListTables(grid);
  const profile = findProfile(grid, hiddenRows);
  const listFields = Math.max(0, ...tables.map((t) => t.columns.length));
  // A row of label/value pairs can look like a short header row; the layout naming more fields wins.
  if (tables.length > 0 && !(profile && profile.labels.length > listFields))
    return readList(grid, tables, hiddenRows);
  if (profile) return readProfile(grid, profile);
  return skipped(grid, "none");
}

const NUMERIC_FIELDS: ReadonlySet<AccountField> = new Set([
  "revenue",
  "potential",
  "grossMargin",
  "profitability",
]);
const MONEY_FIELDS: ReadonlySet<AccountField> = new Set(["revenue", "potential"]);

function readList(
  grid: SheetGrid,
  tables: readonly ListTable[],
  hiddenRows: ReadonlySet<number>,
): SheetResult {
  const accounts: Account[] = [];
  const findings: Finding[] = [];
  const hidden = new Set<number>();
  for (const table of tables) {
    const { rows, hidden: hiddenHere } = listDataRows(grid, table, hiddenRows);
    for (const row of hiddenHere) hidden.add(row);
    const texts = table.columns
      .filter((c) => NUMERIC_FIELDS.has(c.field))
      .flatMap((c) => rows.map((row) => cellAt(grid, row, c.column).value))
      .filter((v) => typeof v === "string");
    const locale = sheetLocale(
      table.columns.map((c) => c.language),
      texts,
    );
    const contexts = new Map<AccountField, ColumnContext>(
      table.columns.map((c) => [
        c.field,
        columnContext(
          c.field,
          c.header,
          rows.map((row) => cellAt(grid, row, c.column)),
          locale,
        ),
      ]),
    );
    const tableAccounts: Account[] = [];
    for (const row of rows) {
      const cells = table.columns.map((c): PlacedCell => ({
        field: c.field,
        cell: cellAt(grid, row, c.column),
        row,
        column: c.column,
      }));
      const read = readAccount(grid.name, row, cells, contexts, locale);
      tableAccounts.push(read.account);
      findings.push(...read.findings);
    }
    accounts.push(...withColumnCurrency(tableAccounts, contexts));
  }
  if (hidden.size > 0)
    findings.push(
      hiddenRowsSkipped(
        grid.name,
        [...hidden].sort((a, b) => a - b),
      ),
    );
  const headerRow = tables[0]?.headerRow ?? null;
  return {
    reading: { sheet: grid.name, layout: "list", headerRow, accounts: accounts.length },
    accounts,
    findings,
  };
}

/**
 * Money columns hold one currency: when the cells and headers of a table show exactly one, the
 * accounts whose own figures show none (plain numbers beside "2.400.000 €") are in it too.
 */
function withColumnCurrency(
  accounts: readonly Account[],
  contexts: ReadonlyMap<AccountField, ColumnContext>,
): Account[] {
  const seen = new Set<string>();
  for (const a of accounts) if (a.currency !== null) seen.add(a.currency);
  for (const [field, ctx] of contexts)
    if (MONEY_FIELDS.has(field) && ctx.currency !== null) seen.add(ctx.currency);
  const [only] = seen;
  if (seen.size !== 1 || only === undefined) return [...accounts];
  return accounts.map((a) =>
    a.currency === null && (a.revenue !== null || a.potential !== null) ? { ...a, currency: only } : a,
  );
}

function hiddenRowsSkipped(sheet: string, rows: readonly number[]): Finding {
  return finding("ROWS_HIDDEN_SKIPPED", { type: "cell", sheet, row: rows[0] ?? 1, column: "A" }, null, {
    sheet,
    rows: { list: rows.map(String) },
    count: rows.length,
  });
}

function readProfile(grid: SheetGrid, profile: Profile): SheetResult {
  const placed = profile.labels.flatMap((label): (PlacedCell & { header: string })[] =>
    label.valueColumn === null
      ? []
      : [
          {
            field: label.field,
            header: label.header,
            cell: cellAt(grid, label.row, label.valueColumn),
            row: label.row,
            column: label.valueColumn,
          },
        ],
  );
  const texts = placed
    .filter((p) => NUMERIC_FIELDS.has(p.field))
    .map((p) => p.cell.value)
    .filter((v) => typeof v === "string");
  const locale: ValueLocale = sheetLocale(
    profile.labels.map((l) => l.language),
    texts,
  );
  const contexts = new Map<AccountField, ColumnContext>(
    placed.map((p) => [p.field, columnContext(p.field, p.header, [p.cell], locale)]),
  );
  const read = readAccount(grid.name, profile.sourceRow, placed, contexts, locale);
  const findings = [...read.findings];
  if (profile.hidden.length > 0) findings.push(hiddenRowsSkipped(grid.name, profile.hidden));
  return {
    reading: { sheet: grid.name, layout: "profile", headerRow: profile.firstLabelRow, accounts: 1 },
    accounts: withColumnCurrency([read.account], contexts),
    findings,
  };
}
