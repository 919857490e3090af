// Account sheets → accounts, findings and a field mapping per sheet. Reads list sheets (one row per
// account under a one- or two-row header, or an Excel table) and profile sheets (one sheet per
// account, label/value pairs), applies the user's column choices, and merges an index list with the
// profiles of the same accounts. A value that cannot be read is left null and reported with its
// cell; nothing is guessed and nothing disappears silently (skipped rows are reported).

import { ACCOUNT_FIELDS, type Account, type AccountField } from "../domain/account";
import type { Finding } from "../domain/finding";
import { finding } from "../domain/finding";
import {
  cellAddress,
  cellAt,
  columnLetter,
  columnNumber,
  EMPTY_CELL,
  rowCells,
  type GridCell,
  type SheetGrid,
} from "../sheet";
import type { PlacedCell } from "./account-row";
import { readAccount } from "./account-row";
import type { ColumnContext, ValueLocale } from "./account-values";
import { cellText, columnContext, fractionKindOfValues, readText } from "./account-values";
import {
  parsePlace,
  type AppliedChoice,
  type ChoiceOrigin,
  type FieldChoice,
  type UnitChoice,
} from "./column-choices";
import { FRACTION_FIELDS, preferPlaces, type FieldPlace } from "./field-preference";
import type { ColumnHeader } from "./header-rows";
import { currencyFromToken } from "./currency-codes";
import {
  headerFractionKind,
  headerYear,
  isCurrencyColumnHeader,
  scoreHeader,
  type FractionKind,
  type HeaderLanguage,
} from "./headers";
import { splitLabelCell, type LabelCell } from "./label-cell";
import type { ListTable } from "./list-layout";
import { findListTables, listDataRows, type SkippedRow } from "./list-layout";
import {
  KEY_FIELDS,
  VALUE_KIND,
  type FieldMapping,
  type MappedRow,
  type MappedSample,
  type MappingOption,
  type MappingReason,
  type SheetMapping,
} from "./mapping";
import {
  mergeListsWithProfiles,
  type AccountOrigin,
  type FieldPlaceRef,
  type ReadEntry,
} from "./merge-accounts";
import type { Profile } from "./profile-layout";
import { findProfile } from "./profile-layout";
import { accountColumnGrid, findMatrix, NAMES_LABEL, type Matrix } from "./matrix-layout";
import { ownerBlocks, type OwnerBlocks, type OwnerLine } from "./owner-lines";
import { findMarketingSheet } from "./read-marketing";
import { sheetLocale } from "./sheet-locale";

export { cellOrigin, type AccountOrigin, type CellOrigin } from "./merge-accounts";

export type ReadOptions = {
  /** Sheets the user chose; when given, a chosen sheet without an account table is an error finding. */
  sheets?: readonly string[];
  /** The user's column choices for a sheet (stored ones with this run's overrides on top). */
  choices?: (sheet: string) => AppliedChoice | undefined;
};

export type SheetReading = {
  sheet: string;
  layout: "list" | "profile" | "marketing" | "none";
  /** Header row (list: the last one) or first label row (profile), 1-based; null when nothing was found. */
  headerRow: number | null;
  accounts: number;
};

export type AccountReading = {
  accounts: Account[];
  findings: Finding[];
  sheets: SheetReading[];
  /** How each list and profile sheet was read, in sheet order. */
  mappings: SheetMapping[];
  /** Where each account's fields were read (the cell and its header). */
  origins: ReadonlyMap<Account, AccountOrigin>;
};

/**
 * Reads the chosen sheets (case-insensitive names), or else every visible sheet. Without a choice,
 * the marketing sheet and the add-in's own goal/review sheets (tables named KAM_…) are not account
 * sheets; hidden sheets are left out because they mostly hold lookups or old copies.
 */
export function readAccounts(grids: readonly SheetGrid[], options: ReadOptions = {}): AccountReading {
  const findings: Finding[] = [];
  const sheets: SheetReading[] = [];
  const mappings: SheetMapping[] = [];
  const entries: ReadEntry[] = [];
  const chosen = options.sheets;
  const selected: SheetGrid[] = [];
  if (chosen) {
    for (const name of chosen) {
      const wanted = name.trim().toLowerCase();
      const grid = grids.find((g) => g.name.trim().toLowerCase() === wanted);
      if (!grid) findings.push(noAccountTable(name));
      else if (!selected.includes(grid)) selected.push(grid);
    }
  } else {
    selected.push(...grids.filter((g) => g.visible));
  }
  const marketing = chosen ? undefined : findMarketingSheet(grids);

  for (const grid of selected) {
    const sheet =
      // The add-in's own sheets are not among the grids (ownership.ts); a user's sheet holding a table
      // named like the add-in's is read like any other.
      grid === marketing ? skipped(grid, "marketing") : readSheet(grid, options.choices?.(grid.name));
    sheets.push(sheet.reading);
    entries.push(...sheet.entries);
    findings.push(...sheet.findings);
    if (sheet.mapping) mappings.push(sheet.mapping);
    if (chosen && (sheet.reading.layout === "none" || sheet.reading.layout === "marketing")) {
      findings.push(noAccountTable(grid.name));
    }
  }
  const merged = mergeListsWithProfiles(entries);
  findings.push(...missingFields(mappings, merged));
  return {
    accounts: merged.map((m) => m.account),
    findings,
    sheets,
    mappings,
    origins: new Map(merged.map((m) => [m.account, m.origin])),
  };
}

type SheetResult = {
  reading: SheetReading;
  entries: ReadEntry[];
  findings: Finding[];
  mapping: SheetMapping | null;
};

function noAccountTable(sheet: string): Finding {
  return finding("SHEET_NO_ACCOUNT_TABLE", { type: "cell", sheet, row: 1, column: "A" }, null, { sheet });
}

function skipped(grid: SheetGrid, layout: "marketing" | "none"): SheetResult {
  return {
    reading: { sheet: grid.name, layout, headerRow: null, accounts: 0 },
    entries: [],
    findings: [],
    mapping: null,
  };
}

function validGrid(grid: SheetGrid): boolean {
  const { firstRow, firstColumn } = grid;
  return Number.isInteger(firstRow) && Number.isInteger(firstColumn) && firstRow >= 1 && firstColumn >= 1;
}

function readSheet(grid: SheetGrid, choice: AppliedChoice | undefined): SheetResult {
  if (!validGrid(grid)) return skipped(grid, "none");
  const hiddenRows = new Set(grid.hiddenRows);
  const tables = findListTables(grid);
  const profile = findProfile(grid, hiddenRows);
  const listFields = Math.max(0, ...tables.map((t) => t.columns.length));
  // A row of label/value pairs can look like a short header row; the layout naming more fields wins.
  // But a profile "named" in a list's header of several rows is that header misread: "Kunde" merged
  // down beside the group label "Finanzkennzahlen" is no label with its value.
  const inListHeader =
    profile !== null &&
    tables.some(
      (t) =>
        t.headerTop < t.headerRow && profile.sourceRow >= t.headerTop && profile.sourceRow <= t.headerRow,
    );
  // Only labels with a value count: a header row's labels side by side ("Kunde | Telefon | Umsatz")
  // name no profile's figures.
  const profileFields = profile?.labels.filter((l) => l.valueColumn !== null).length ?? 0;
  if (tables.length > 0 && !(profile && !inListHeader && profileFields > listFields))
    return readList(grid, tables, hiddenRows, choice);
  const matrix = findMatrix(grid, profile);
  if (matrix) return readMatrix(grid, matrix, profile, hiddenRows, choice);
  if (profile) return readProfile(grid, profile, choice);
  return skipped(grid, "none");
}

/**
 * A profile matrix (one column per account): each account column read as a profile of its own. The
 * mapping shown is the first account's (its cells); a cell the user chose there applies to every
 * account column in the same row.
 */
function readMatrix(
  grid: SheetGrid,
  matrix: Matrix,
  profile: Profile | null,
  hiddenRows: ReadonlySet<number>,
  choice: AppliedChoice | undefined,
): SheetResult {
  const { columns, labelColumn } = matrix;
  const first = columns[0] ?? labelColumn + 1;
  const entries: ReadEntry[] = [];
  const findings: Finding[] = [];
  let shown: SheetResult | null = null;
  for (const column of columns) {
    const view = accountColumnGrid(grid, matrix, column);
    const found = findProfile(view, hiddenRows);
    if (!found) continue;
    const result = readProfile(view, found, choice && choiceInColumn(choice, first, column));
    entries.push(...result.entries);
    findings.push(...result.findings);
    shown ??= result;
  }
  if (!shown) return profile ? readProfile(grid, profile, choice) : skipped(grid, "none");
  const { mapping } = shown;
  return {
    reading: { ...shown.reading, accounts: entries.length },
    entries,
    findings,
    // The names row has no label of its own: the mapping shows its corner and says why.
    mapping: mapping && {
      ...mapping,
      fields: mapping.fields.map((f) =>
        f.field === "name" && matrix.namesRow !== null && f.row === matrix.namesRow
          ? { ...f, header: matrix.corner, reason: "accountColumns" }
          : f,
      ),
      options: mapping.options.filter((o) => o.header !== NAMES_LABEL || matrix.namesRow === null),
    },
  };
}

/** The user's cell choices made on the first account column, moved to another account's column. */
function choiceInColumn(choice: AppliedChoice, from: number, to: number): AppliedChoice {
  if (from === to) return choice;
  const fields: AppliedChoice["fields"] = {};
  for (const field of ACCOUNT_FIELDS) {
    const c = choice.fields[field];
    if (!c) continue;
    const place = typeof c.at === "string" ? parsePlace(c.at) : null;
    fields[field] =
      place && place.row !== null && columnNumber(place.column) === from
        ? { ...c, at: cellAddress(place.row, to), header: undefined }
        : c;
  }
  return { ...choice, fields };
}

const NUMERIC_FIELDS: ReadonlySet<AccountField> = new Set([
  "revenue",
  "potential",
  "grossMargin",
  "profitability",
]);
const MONEY_FIELDS: ReadonlySet<AccountField> = new Set(["revenue", "potential"]);
/** Account rows listed in a mapping (to exclude one); a portfolio of thousands is corrected in the sheet. */
const MAX_MAPPED_ROWS = 500;

/** Where a field is read: a column (lists) or a value cell (profiles), with what its header says. */
type Place = {
  field: AccountField;
  row: number | null;
  column: number;
  header: string;
  unitText: string;
  year: number | null;
  language: HeaderLanguage | null;
  reason: MappingReason;
  others: number;
  /** The margin is an amount (÷ revenue). */
  absolute: boolean;
  unit: UnitChoice | undefined;
  /** Profiles: the value follows its label in one cell ("Umsatz 2025: 2,4 Mio. €"). */
  inCell: boolean;
};

/** The context a column's cells are read with, after the user's unit choice. */
function contextFor(place: Place, cells: readonly GridCell[], locale: ValueLocale): ColumnContext {
  const ctx = { ...columnContext(place.field, place.unitText, cells, locale), absolute: place.absolute };
  switch (place.unit) {
    case "x1":
      return { ...ctx, scaleExponent: 0 };
    case "x1000":
      return { ...ctx, scaleExponent: 3 };
    case "x1000000":
      return { ...ctx, scaleExponent: 6 };
    case "percent":
      return { ...ctx, percentPoints: true, absolute: false };
    case "fraction":
      return { ...ctx, percentPoints: false, absolute: false };
    case "absolute":
      return { ...ctx, absolute: true };
    case undefined:
      return ctx;
  }
}

/** What a margin's header, else its values, say it holds: a percentage or an amount. */
function fractionKind(header: string, cells: readonly GridCell[], locale: ValueLocale): FractionKind {
  return headerFractionKind(header) ?? fractionKindOfValues(cells, locale);
}

function reasonOf(origin: ChoiceOrigin): MappingReason {
  return origin;
}

/** A place found by the reader with the user's unit choice for it (a unit chosen without a column). */
function withUnitChoice(place: Place, choice: AppliedChoice | undefined): Place {
  const c = choice?.fields[place.field];
  if (c?.unit === undefined) return place;
  return { ...place, unit: c.unit, absolute: c.unit === "absolute", reason: reasonOf(c.origin) };
}

function displayHeader(h: ColumnHeader | undefined): string {
  if (!h) return "";
  if (h.group !== null && h.label !== null && h.group !== h.label) return `${h.group} / ${h.label}`;
  return h.label ?? h.group ?? "";
}

/** A chosen column, following its header when columns moved since the choice was made. */
function chosenColumn(table: ListTable, choice: FieldChoice): number | null | undefined {
  if (choice.at === undefined) return undefined;
  if (choice.at === null) return null;
  const place = parsePlace(choice.at);
  // A cell ("C7") names a profile's value, not a list's column.
  if (!place || place.row !== null) return undefined;
  const column = columnNumber(place.column);
  const wanted = choice.header;
  if (wanted === undefined || displayHeader(table.headers.find((h) => h.column === column)) === wanted)
    return column;
  const moved = table.headers.filter((h) => displayHeader(h) === wanted);
  return moved.length === 1 && moved[0] ? moved[0].column : column;
}

/** The single currency of a table's accounts and money headers; null when none or several. */
function tableCurrency(accounts: readonly Account[], contexts: ReadonlyMap<AccountField, ColumnContext>) {
  const seen = new Set<string>();
  for (const a of accounts) if (a.currency !== null) seen.add(a.currency);
  for (const [field, ctx] of contexts)
    if (MONEY_FIELDS.has(field) && ctx.currency !== null) seen.add(ctx.currency);
  const [only] = seen;
  return seen.size === 1 && only !== undefined ? only : null;
}

/**
 * Money columns hold one currency: when the cells and headers of a table show exactly one, the
 * accounts whose own figures show none (plain numbers beside "2.400.000 €") are in it too.
 */
function withCurrency(accounts: readonly Account[], currency: string | null): Account[] {
  if (currency === null) return [...accounts];
  return accounts.map((a) =>
    a.currency === null && (a.revenue !== null || a.potential !== null) ? { ...a, currency } : a,
  );
}

/**
 * A column of currency codes beside the amounts (CRM exports: "Annual Revenue Currency" | "Annual
 * Revenue"): each account's amounts are in the code on its row. The column nearest the revenue
 * (else the potential) is the one that names it.
 */
function withCurrencyColumn(
  accounts: Account[],
  grid: SheetGrid,
  table: ListTable,
  rows: readonly number[],
  places: ReadonlyMap<AccountField, { column: number }>,
): void {
  const columns = table.headers.filter((h) => isCurrencyColumnHeader(displayHeader(h))).map((h) => h.column);
  const anchor = places.get("revenue")?.column ?? places.get("potential")?.column;
  if (columns.length === 0 || anchor === undefined) return;
  const [column] = [...columns].sort((a, b) => Math.abs(a - anchor) - Math.abs(b - anchor));
  if (column === undefined) return;
  for (const [i, row] of rows.entries()) {
    const account = accounts[i];
    const text = readText(cellAt(grid, row, column));
    if (!account || account.currency !== null || text === null) continue;
    const code = /^[A-Za-z]{3}$/.test(text) ? text.toUpperCase() : currencyFromToken(text);
    if (code !== null) accounts[i] = { ...account, currency: code };
  }
}

function hiddenRowsSkipped(sheet: string, rows: readonly number[]): Finding {
  return finding("ROWS_HIDDEN_SKIPPED", { type: "cell", sheet, row: rows[0] ?? 1, column: "A" }, null, {
    sheet,
    rows: { list: rows.map(String) },
    count: rows.length,
  });
}

/** One info finding for the rows of a sheet not read as accounts of their own, at the first of them. */
function skippedRowsFinding(
  code: "ROWS_NOT_ACCOUNTS" | "ROWS_GROUP_MEMBERS",
  sheet: string,
  column: number,
  rows: readonly SkippedRow[],
): Finding {
  return finding(code, { type: "cell", sheet, row: rows[0]?.row ?? 1, column: columnLetter(column) }, null, {
    sheet,
    rows: { list: rows.map((r) => String(r.row)) },
    count: rows.length,
  });
}

/** The value read for a field, for the mapping's samples. */
function readValue(account: Account, field: AccountField): string | number | null {
  if (field === "businessAreas") return account.businessAreas?.join("; ") ?? account.businessAreaCount;
  const value = account[field];
  return typeof value === "string" || typeof value === "number" ? value : null;
}

function scaleOf(place: Place, ctx: ColumnContext): number | null {
  if (MONEY_FIELDS.has(place.field) || ctx.absolute) return 10 ** ctx.scaleExponent;
  if (FRACTION_FIELDS.has(place.field)) return ctx.percentPoints ? 0.01 : 1;
  return null;
}

function unitOf(place: Place, ctx: ColumnContext, currency: string | null): string | null {
  if (FRACTION_FIELDS.has(place.field))
    return ctx.absolute ? "absolute" : ctx.percentPoints ? "percent" : "fraction";
  if (MONEY_FIELDS.has(place.field)) return ctx.currency ?? currency;
  return null;
}

/** Why, as the mapping says it: a derived margin or a rescaled score, unless the user chose the column. */
function mappedReason(place: Place, ctx: ColumnContext): MappingReason {
  if (place.reason === "chosen" || place.reason === "override") return place.reason;
  if (place.absolute) return "derived";
  if (ctx.scoreRange === "100") return "rescaled100";
  if (ctx.scoreRange === "nps") return "rescaledNps";
  return place.reason;
}

function fieldMapping(
  place: Place,
  ctx: ColumnContext,
  currency: string | null,
  samples: readonly MappedSample[],
): FieldMapping {
  return {
    field: place.field,
    column: columnLetter(place.column),
    row: place.row,
    header: place.header,
    scale: scaleOf(place, ctx),
    unit: unitOf(place, ctx, currency),
    year: place.year,
    reason: mappedReason(place, ctx),
    others: place.others,
    kind: VALUE_KIND[place.field],
    samples,
    labelInCell: place.inCell,
  };
}

function languagesOf(places: readonly Place[]): Record<HeaderLanguage, number> {
  const counts = { de: 0, en: 0 };
  for (const p of places) if (p.language !== null) counts[p.language]++;
  return counts;
}

const inFieldOrder = (a: { field: AccountField }, b: { field: AccountField }) =>
  ACCOUNT_FIELDS.indexOf(a.field) - ACCOUNT_FIELDS.indexOf(b.field);

/** Key fields without a place: "name" when neither id nor name is read. */
function missingKeys(places: ReadonlyMap<AccountField, Place>): AccountField[] {
  return KEY_FIELDS.filter((f) => (f === "name" ? !places.has("name") && !places.has("id") : !places.has(f)));
}

/** Where each field of a table (row null: the account's row) or a profile (its cells) is read. */
function placesOf(sheet: string, places: readonly Place[]): AccountOrigin["fields"] {
  const fields: Partial<Record<AccountField, FieldPlaceRef>> = {};
  for (const p of places)
    fields[p.field] = { sheet, row: p.row, column: columnLetter(p.column), header: p.header };
  return fields;
}

type TableResult = {
  entries: ReadEntry[];
  findings: Finding[];
  hidden: number[];
  skipped: SkippedRow[];
  mapping: SheetMapping;
};

function readTable(
  grid: SheetGrid,
  table: ListTable,
  hiddenRows: ReadonlySet<number>,
  choice: AppliedChoice | undefined,
): TableResult {
  const headerOf = (column: number) => table.headers.find((h) => h.column === column);
  const places = new Map<AccountField, Place>();
  const decided = new Set<AccountField>();
  for (const field of ACCOUNT_FIELDS) {
    const c = choice?.fields[field];
    if (!c) continue;
    const column = chosenColumn(table, c);
    if (column === undefined) continue;
    decided.add(field);
    if (column === null) continue;
    const h = headerOf(column);
    const unitText = [h?.group, h?.label].filter((t) => t !== null && t !== undefined).join(" ");
    places.set(field, {
      field,
      row: null,
      column,
      header: displayHeader(h),
      unitText,
      year: headerYear(unitText),
      language: null,
      reason: reasonOf(c.origin),
      others: 0,
      absolute: c.unit === "absolute",
      unit: c.unit,
      inCell: false,
    });
  }

  // The key columns decide which rows are accounts; they come first.
  const best = new Map(table.columns.map((c) => [c.field, c]));
  const keyColumn = (field: "id" | "name") =>
    places.get(field)?.column ?? (decided.has(field) ? null : (best.get(field)?.column ?? null));
  const rowsFound = listDataRows(grid, table, hiddenRows, {
    idColumn: keyColumn("id"),
    nameColumn: keyColumn("name"),
  });
  const keyAt = (row: number) => {
    const at = (column: number | null) => (column === null ? null : readText(cellAt(grid, row, column)));
    return at(keyColumn("id")) ?? at(keyColumn("name"));
  };
  const excludedKeys = new Set(
    (choice?.exclude ?? []).flatMap((x) => (x.key === null ? [] : [x.key.trim().toLocaleLowerCase()])),
  );
  const excludedRows = new Set((choice?.exclude ?? []).filter((x) => x.key === null).map((x) => x.row));
  const isExcluded = (row: number) => {
    if (excludedKeys.size === 0 && excludedRows.size === 0) return false;
    const key = keyAt(row);
    return excludedRows.has(row) || (key !== null && excludedKeys.has(key.trim().toLocaleLowerCase()));
  };
  const rows = rowsFound.rows.filter((row) => !isExcluded(row));

  // Each column's cells once: several steps below look at the same columns.
  const rowCellsOf = rows.map((row) => rowCells(grid, row));
  const byColumn = new Map<number, GridCell[]>();
  const columnCells = (column: number): GridCell[] => {
    let cells = byColumn.get(column);
    if (!cells) {
      cells = rowCellsOf.map((line) => line.get(column) ?? EMPTY_CELL);
      byColumn.set(column, cells);
    }
    return cells;
  };
  const numericColumns = [
    ...table.candidates.filter((c) => NUMERIC_FIELDS.has(c.field)).map((c) => c.column),
    ...[...places.values()].filter((p) => NUMERIC_FIELDS.has(p.field)).map((p) => p.column),
  ];
  const texts = [...new Set(numericColumns)]
    .flatMap((column) => columnCells(column).map((c) => c.value))
    .filter((v) => typeof v === "string");
  const locale = sheetLocale(
    table.candidates.map((c) => c.language),
    texts,
  );

  // A margin column the user chose without a unit is read as what its header and values say.
  for (const p of places.values()) {
    if (FRACTION_FIELDS.has(p.field) && p.unit === undefined)
      places.set(p.field, {
        ...p,
        absolute: fractionKind(p.unitText, columnCells(p.column), locale) === "absolute",
      });
  }

  // Every other field: the one rule among the columns naming it.
  const auto = table.candidates
    .filter((c) => !decided.has(c.field))
    .map((c) => ({
      ...c,
      position: c.column,
      kind: FRACTION_FIELDS.has(c.field) ? fractionKind(c.unitText, columnCells(c.column), locale) : null,
    }));
  for (const [field, chosen] of preferPlaces(auto, "header")) {
    const c = chosen.place;
    places.set(
      field,
      withUnitChoice(
        {
          field,
          row: null,
          column: c.column,
          header: c.header,
          unitText: c.unitText,
          year: c.year,
          language: c.language,
          reason: chosen.reason,
          others: chosen.others,
          absolute: c.kind === "absolute",
          unit: undefined,
          inCell: false,
        },
        choice,
      ),
    );
  }

  const ordered = [...places.values()].sort(inFieldOrder);
  const contexts = new Map<AccountField, ColumnContext>(
    ordered.map((p) => [p.field, contextFor(p, columnCells(p.column), locale)]),
  );
  const findings: Finding[] = [];
  const read: Account[] = [];
  const orderedCells = ordered.map((p) => columnCells(p.column));
  for (const [i, row] of rows.entries()) {
    const cells = ordered.map((p, k): PlacedCell => ({
      field: p.field,
      cell: orderedCells[k]?.[i] ?? EMPTY_CELL,
      row,
      column: p.column,
    }));
    const result = readAccount(grid.name, row, cells, contexts, locale);
    read.push(result.account);
    findings.push(...result.findings);
  }
  withCurrencyColumn(read, grid, table, rows, places);
  const currency = tableCurrency(read, contexts);
  // Without an owner column (an owner column, found or chosen, always wins): owner lines above blocks.
  const owners =
    places.has("owner") || decided.has("owner")
      ? null
      : ownerBlocks(
          grid,
          { top: grid.firstRow, headerTop: table.headerTop, left: table.left, right: table.right },
          rowsFound.skipped.filter((s) => s.kind === "section").map((s) => s.row),
          rowsFound.skipped.filter((s) => s.kind === "subtotal").map((s) => s.row),
          rows,
        );
  const accounts = withOwners(withCurrency(read, currency), owners);
  const fieldPlaces = placesOf(grid.name, ordered);
  const placesByLine = new Map<OwnerLine, AccountOrigin["fields"]>();
  const placesFor = (i: number): AccountOrigin["fields"] => {
    const line = owners?.of[i];
    if (!line) return fieldPlaces;
    let found = placesByLine.get(line);
    if (!found) {
      const owner = {
        sheet: grid.name,
        row: line.row,
        column: columnLetter(line.column),
        header: line.label,
      };
      found = { ...fieldPlaces, owner };
      placesByLine.set(line, found);
    }
    return found;
  };
  const entries = accounts.map((account, i): ReadEntry => ({
    account,
    origin: { row: account.source.row, fields: placesFor(i) },
    layout: "list",
  }));

  const fields = ordered.map((p) => {
    const samples: MappedSample[] = [];
    for (const [i, row] of rows.entries()) {
      const cell = cellAt(grid, row, p.column);
      const account = accounts[i];
      if (cellText(cell) === "" || !account) continue;
      samples.push({
        cell: cellAddress(row, p.column),
        shown: cellText(cell),
        read: readValue(account, p.field),
      });
      if (samples.length === 2) break;
    }
    const ctx = contexts.get(p.field) ?? columnContext(p.field, p.unitText, [], locale);
    return fieldMapping(p, ctx, currency, samples);
  });
  const ownerField = owners && ownerMapping(owners, accounts);
  if (ownerField) fields.push(ownerField);
  fields.sort(inFieldOrder);
  const options: MappingOption[] = table.headers.flatMap((h) => {
    const header = displayHeader(h);
    if (header === "") return [];
    const field = table.candidates.find((c) => c.column === h.column)?.field ?? null;
    return [{ at: columnLetter(h.column), header, field }];
  });
  const labelAt = (row: number) => {
    const texts = [keyColumn("id"), keyColumn("name")].flatMap((c) =>
      c === null ? [] : [readText(cellAt(grid, row, c))],
    );
    const label = texts.filter((t) => t !== null).join(" – ");
    return label === "" ? null : label;
  };
  // The account rows the user may exclude, up to a number one can look through; every excluded
  // and skipped row.
  const excluded = new Set(rowsFound.rows.filter(isExcluded));
  const listed = rowsFound.rows.filter((row, i) => i < MAX_MAPPED_ROWS || excluded.has(row));
  const mappedRows: MappedRow[] = [
    ...listed.map((row): MappedRow => ({
      row,
      key: keyAt(row),
      label: labelAt(row),
      status: excluded.has(row) ? "excluded" : "account",
    })),
    ...rowsFound.skipped.map((s): MappedRow => ({ row: s.row, key: s.text, label: s.text, status: s.kind })),
  ].sort((a, b) => a.row - b.row);
  const headerRows = Array.from(
    { length: table.headerRow - table.headerTop + 1 },
    (_, i) => table.headerTop + i,
  );
  // An owner line that was read as the owner of its block is understood: not reported as skipped.
  const ownerRows = new Set(owners?.lines.map((l) => l.row));
  return {
    entries,
    findings,
    hidden: rowsFound.hidden,
    skipped: rowsFound.skipped.filter((s) => !ownerRows.has(s.row)),
    mapping: {
      sheet: grid.name,
      layout: "list",
      headerRows,
      fields,
      missing: missingKeys(places),
      options,
      rows: mappedRows,
      accountRows: rowsFound.rows.length,
      languages: languagesOf(ordered),
    },
  };
}

/** The owner each owner line names, for the accounts of its block (see owner-lines.ts). */
function withOwners(accounts: readonly Account[], owners: OwnerBlocks | null): Account[] {
  if (!owners) return [...accounts];
  return accounts.map((a, i) => {
    const line = owners.of[i];
    return line && a.owner === null ? { ...a, owner: line.owner } : a;
  });
}

/** The owner's mapping when owner lines name it: the first line's cell, its label, two samples. */
function ownerMapping(owners: OwnerBlocks, accounts: readonly Account[]): FieldMapping | null {
  const first = owners.of.find((line) => line !== null) ?? null;
  if (first === null) return null;
  const samples: MappedSample[] = [];
  for (const [i, line] of owners.of.entries()) {
    if (!line || samples.some((s) => s.shown === line.text)) continue;
    samples.push({
      cell: cellAddress(line.row, line.column),
      shown: line.text,
      read: accounts[i]?.owner ?? null,
    });
    if (samples.length === 2) break;
  }
  return {
    field: "owner",
    column: columnLetter(first.column),
    row: first.row,
    header: first.label,
    scale: null,
    unit: null,
    year: null,
    reason: "ownerLine",
    others: 0,
    kind: VALUE_KIND.owner,
    samples,
    labelInCell: true,
  };
}

function readList(
  grid: SheetGrid,
  tables: readonly ListTable[],
  hiddenRows: ReadonlySet<number>,
  choice: AppliedChoice | undefined,
): SheetResult {
  const entries: ReadEntry[] = [];
  const findings: Finding[] = [];
  const hidden = new Set<number>();
  const skippedRows: SkippedRow[] = [];
  let mapping: SheetMapping | null = null;
  // The user's choices concern the sheet's first table (the one the mapping shows).
  for (const [i, table] of tables.entries()) {
    const result = readTable(grid, table, hiddenRows, i === 0 ? choice : undefined);
    entries.push(...result.entries);
    findings.push(...result.findings);
    for (const row of result.hidden) hidden.add(row);
    skippedRows.push(...result.skipped);
    mapping ??= result.mapping;
  }
  if (hidden.size > 0)
    findings.push(
      hiddenRowsSkipped(
        grid.name,
        [...hidden].sort((a, b) => a - b),
      ),
    );
  // A grand total under the last account and a repeated header need no note; a heading, a subtotal
  // between accounts or a footnote might have been an account, so they are reported.
  const lastAccount = Math.max(0, ...entries.map((e) => e.account.source.row));
  const reported = skippedRows.filter(
    (s) => s.kind === "section" || s.kind === "note" || (s.kind === "subtotal" && s.row < lastAccount),
  );
  if (reported.length > 0)
    findings.push(skippedRowsFinding("ROWS_NOT_ACCOUNTS", grid.name, tables[0]?.left ?? 1, reported));
  const members = skippedRows.filter((s) => s.kind === "groupMember");
  if (members.length > 0)
    findings.push(skippedRowsFinding("ROWS_GROUP_MEMBERS", grid.name, tables[0]?.left ?? 1, members));
  const headerRow = tables[0]?.headerRow ?? null;
  return {
    reading: { sheet: grid.name, layout: "list", headerRow, accounts: entries.length },
    entries,
    findings,
    mapping,
  };
}

/** The label to the left of a value cell (the nearest text on its row). */
function labelLeftOf(grid: SheetGrid, row: number, column: number): string | null {
  for (let c = column - 1; c >= grid.firstColumn; c--) {
    const value = cellAt(grid, row, c).value;
    if (typeof value === "string" && value.trim() !== "") return value.trim();
  }
  return null;
}

/**
 * A profile value cell's label and its value: the label in the cell itself ("Umsatz 2025: 2,4 Mio. €")
 * when it names a field or nothing stands to its left, else the text to its left.
 */
function labelOfCell(
  grid: SheetGrid,
  row: number,
  column: number,
): { label: string | null; inCell: LabelCell | null } {
  const value = cellAt(grid, row, column).value;
  const split = typeof value === "string" ? splitLabelCell(value) : null;
  const left = labelLeftOf(grid, row, column);
  if (split && (scoreHeader(split.label) !== null || left === null))
    return { label: split.label, inCell: split };
  return { label: left, inCell: null };
}

/** The cell a value is read from: for a label and its value in one cell, the value alone. */
function valueCellAt(grid: SheetGrid, row: number, column: number, inCell: boolean): GridCell {
  const cell = cellAt(grid, row, column);
  if (!inCell || typeof cell.value !== "string") return cell;
  const split = splitLabelCell(cell.value);
  return split ? { ...cell, value: split.value } : cell;
}

/** A chosen profile cell, following its label when rows moved since the choice was made. */
function chosenCell(
  grid: SheetGrid,
  profile: Profile,
  choice: FieldChoice,
): { row: number; column: number } | null | undefined {
  if (choice.at === undefined) return undefined;
  if (choice.at === null) return null;
  const place = parsePlace(choice.at);
  if (place?.row === null || place?.row === undefined) return undefined;
  const at = { row: place.row, column: columnNumber(place.column) };
  const wanted = choice.header;
  if (wanted === undefined || labelOfCell(grid, at.row, at.column).label === wanted) return at;
  const moved = profile.pairs.filter((p) => p.label === wanted);
  return moved.length === 1 && moved[0] ? { row: moved[0].row, column: moved[0].valueColumn } : at;
}

function readProfile(grid: SheetGrid, profile: Profile, choice: AppliedChoice | undefined): SheetResult {
  const places = new Map<AccountField, Place>();
  const decided = new Set<AccountField>();
  for (const field of ACCOUNT_FIELDS) {
    const c = choice?.fields[field];
    if (!c) continue;
    const at = chosenCell(grid, profile, c);
    if (at === undefined) continue;
    decided.add(field);
    if (at === null) continue;
    const { label, inCell } = labelOfCell(grid, at.row, at.column);
    const header = label ?? cellAddress(at.row, at.column);
    places.set(field, {
      inCell: inCell !== null,
      field,
      row: at.row,
      column: at.column,
      header,
      unitText: header,
      year: headerYear(header),
      language: null,
      reason: reasonOf(c.origin),
      others: 0,
      absolute: c.unit === "absolute",
      unit: c.unit,
    });
  }
  const valueCell = (row: number, column: number, inCell: boolean) => valueCellAt(grid, row, column, inCell);
  const numericCells = [
    ...profile.candidates.flatMap((l) => (l.valueColumn === null ? [] : [{ ...l, column: l.valueColumn }])),
    ...places.values(),
  ].filter((p) => NUMERIC_FIELDS.has(p.field));
  const numeric = numericCells
    .map((p) => valueCell(p.row ?? 0, p.column, p.inCell).value)
    .filter((v) => typeof v === "string");
  const locale: ValueLocale = sheetLocale(
    profile.candidates.map((l) => l.language),
    numeric,
  );
  for (const p of places.values()) {
    if (FRACTION_FIELDS.has(p.field) && p.unit === undefined && p.row !== null) {
      const kind = fractionKind(p.unitText, [valueCell(p.row, p.column, p.inCell)], locale);
      places.set(p.field, { ...p, absolute: kind === "absolute" });
    }
  }
  const auto = profile.candidates.flatMap((l): (FieldPlace & { label: typeof l; valueColumn: number })[] => {
    if (decided.has(l.field) || l.valueColumn === null) return [];
    const cell = valueCell(l.row, l.valueColumn, l.inCell);
    return [
      {
        field: l.field,
        score: l.score,
        period: l.period,
        position: l.row * 100_000 + l.labelColumn,
        kind: FRACTION_FIELDS.has(l.field) ? fractionKind(l.header, [cell], locale) : null,
        grouped: false,
        label: l,
        valueColumn: l.valueColumn,
      },
    ];
  });
  for (const [field, chosen] of preferPlaces(auto, "label")) {
    const l = chosen.place.label;
    places.set(
      field,
      withUnitChoice(
        {
          field,
          row: l.row,
          column: chosen.place.valueColumn,
          header: l.header,
          unitText: l.header,
          year: l.year,
          language: l.language,
          reason: chosen.reason,
          others: chosen.others,
          absolute: chosen.place.kind === "absolute",
          unit: undefined,
          inCell: l.inCell,
        },
        choice,
      ),
    );
  }
  const ordered = [...places.values()].sort(inFieldOrder);
  const placed = ordered.map((p): PlacedCell & { header: string } => ({
    field: p.field,
    header: p.header,
    cell: valueCell(p.row ?? 0, p.column, p.inCell),
    row: p.row ?? 0,
    column: p.column,
  }));
  const contexts = new Map<AccountField, ColumnContext>(
    ordered.map((p) => [p.field, contextFor(p, [valueCell(p.row ?? 0, p.column, p.inCell)], locale)]),
  );
  const sourceRow = places.get("name")?.row ?? places.get("id")?.row ?? profile.sourceRow;
  const read = readAccount(grid.name, sourceRow, placed, contexts, locale);
  const currency = tableCurrency([read.account], contexts);
  const [account = read.account] = withCurrency([read.account], currency);
  const findings = [...read.findings];
  if (profile.hidden.length > 0) findings.push(hiddenRowsSkipped(grid.name, profile.hidden));
  const fields = ordered.map((p) => {
    // The sample shows the cell as the sheet does, the label too when it is in the cell.
    const cell = cellAt(grid, p.row ?? 0, p.column);
    const samples: MappedSample[] =
      cellText(cell) === ""
        ? []
        : [
            {
              cell: cellAddress(p.row ?? 0, p.column),
              shown: cellText(cell),
              read: readValue(account, p.field),
            },
          ];
    const ctx = contexts.get(p.field) ?? columnContext(p.field, p.unitText, [], locale);
    return fieldMapping(p, ctx, currency, samples);
  });
  const options: MappingOption[] = profile.pairs.map((pair) => ({
    at: cellAddress(pair.row, pair.valueColumn),
    header: pair.label,
    field:
      profile.candidates.find((l) => l.row === pair.row && l.labelColumn === pair.labelColumn)?.field ?? null,
  }));
  return {
    reading: { sheet: grid.name, layout: "profile", headerRow: profile.firstLabelRow, accounts: 1 },
    entries: [
      { account, origin: { row: sourceRow, fields: placesOf(grid.name, ordered) }, layout: "profile" },
    ],
    findings,
    mapping: {
      sheet: grid.name,
      layout: "profile",
      headerRows: [profile.firstLabelRow],
      fields,
      missing: missingKeys(places),
      options,
      rows: [],
      accountRows: 0,
      languages: languagesOf(ordered),
    },
  };
}

/**
 * SHEET_FIELD_MISSING for each key field a sheet lacks — unless every account of the sheet got that
 * field from another sheet it was merged with (an index list beside profiles that hold the figures).
 */
function missingFields(
  mappings: readonly SheetMapping[],
  merged: ReturnType<typeof mergeListsWithProfiles>,
): Finding[] {
  const bySheet = new Map(mappings.map((m) => [m.sheet, m]));
  const findings: Finding[] = [];
  for (const mapping of mappings) {
    const accounts = merged.filter((m) => m.sheets.includes(mapping.sheet));
    for (const field of mapping.missing) {
      const covered =
        field !== "name" &&
        accounts.length > 0 &&
        accounts.every((m) =>
          m.sheets.some((s) => s !== mapping.sheet && bySheet.get(s)?.fields.some((f) => f.field === field)),
        );
      if (covered) continue;
      const row = mapping.headerRows[0] ?? 1;
      const column = mapping.options[0]?.at.replace(/\d+$/, "") ?? "A";
      findings.push(
        finding("SHEET_FIELD_MISSING", { type: "cell", sheet: mapping.sheet, row, column }, field, {
          reason: field === "name" ? "key" : mapping.layout,
          sheet: mapping.sheet,
          field: { term: `field.${field}` },
          key: field,
          example: { term: `header.${field}` },
        }),
      );
    }
  }
  return findings;
}
