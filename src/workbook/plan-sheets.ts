// The workbook is the store: the plan is read back from the goal sheet — vision, mission, as-of
// and marketing from their named cells, goals from the table KAM_Goals by header text (German or
// English, any column order). Columns the reader does not know are kept as extra columns.
//
// `planForSheet` is the normal form the sheet stores: account references resolved to the account's
// key, baselines defaulted from the account's figure (a goal's baseline is frozen when it is first
// written, so next year's revenue does not move it), empty texts as null. Reading a written goal
// sheet gives back exactly `planForSheet(plan)`.

import { accountKey, findAccount, type Account } from "../domain/account";
import { effectiveBaseline } from "../domain/baseline";
import { isIsoDate, isoFromExcelSerial } from "../domain/dates";
import { finding, type Finding, type ParamValue } from "../domain/finding";
import {
  LANGUAGES,
  METRIC_KIND,
  type Goal,
  type GoalKind,
  type Language,
  type Plan,
  type Positioning,
  nextGoalIds,
} from "../domain/plan";
import {
  cellAt,
  columnLetter,
  EMPTY_CELL,
  contentRows,
  isBlank,
  lastRow,
  parseRange,
  rowCells,
  type GridCell,
  type NamedRange,
  type SheetGrid,
  type WorkbookReader,
} from "../sheet";
import {
  KIND_LABEL,
  kindOfLabel,
  METRIC_LABEL,
  metricOfLabel,
  STATUS_LABEL,
  statusOfLabel,
} from "../i18n/labels";
import { GOAL_COLUMN_KEYS, GOAL_HEADERS, SHEET_TEXT, type GoalColumnKey } from "../i18n/sheets";
import { parseDateText } from "./dates-text";
import { goalRowKeys } from "./goal-sheet";
import type { ExistingTable } from "./table-placement";
import { foldText } from "./headers";
import { isDateFormat } from "./number-formats";
import { parseNumber } from "./numbers";
import { ownershipOfGrids, readOwnership } from "./ownership";
import { isGoalsTable, PLANNER_NAMES, sameName } from "./planner-names";
import { unitCode } from "./sheet-styles";

/** A goal row as the sheet holds it; `id` is null when users added a row without one. */
export type SheetGoalRow = {
  id: string | null;
  goal: Omit<Goal, "id">;
  extra: readonly GridCell[];
  /** The sheet row it stands in. */
  row: number;
};

/** Where the goal table stands: its area, the add-in's columns by header, users' own columns. */
export type GoalTableArea = {
  headerRow: number;
  left: number;
  right: number;
  bottom: number;
  columns: ReadonlyMap<GoalColumnKey, number>;
  /** Sheet columns of the extra (users') columns, in the order of `extraHeaders`. */
  extraColumns: readonly number[];
};

export type GoalSheetReading = {
  sheet: string;
  language: Language;
  asOf: string | null;
  vision: string;
  mission: string;
  marketing: Positioning | null;
  rows: readonly SheetGoalRow[];
  extraHeaders: readonly string[];
  /** Cells that should hold a number, date or list value and could not be read. */
  findings: readonly Finding[];
  /** The table's place; null when the sheet holds no goal table. */
  table: GoalTableArea | null;
};

const key = (text: string) => foldText(text).replace(/[^a-z0-9%]+/g, "");

/** Columns the add-in computes (formulas, checks): never read as input. */
const OUTPUT_COLUMNS: ReadonlySet<GoalColumnKey> = new Set([
  "change",
  "attainment",
  "elapsed",
  "onTrack",
  "check",
  "findings",
]);

/** Header text (either language, or the canonical key) → goal column. */
const HEADER_KEYS: ReadonlyMap<string, { column: GoalColumnKey; language: Language | null }> = (() => {
  const map = new Map<string, { column: GoalColumnKey; language: Language | null }>();
  for (const column of GOAL_COLUMN_KEYS) {
    const de = key(GOAL_HEADERS.de[column]);
    const en = key(GOAL_HEADERS.en[column]);
    map.set(de, { column, language: de === en ? null : "de" });
    if (!map.has(en)) map.set(en, { column, language: "en" });
  }
  // Canonical keys last: "account" is the English header of the account-name column.
  for (const column of GOAL_COLUMN_KEYS)
    if (!map.has(key(column))) map.set(key(column), { column, language: null });
  return map;
})();

const MARKETING_LABELS: ReadonlyMap<string, keyof Positioning> = new Map(
  LANGUAGES.flatMap((language): [string, keyof Positioning][] => {
    const t = SHEET_TEXT[language];
    return [
      [key(t.positioning), "positioning"],
      [key(t.minGrossMargin), "minGrossMargin"],
      [key(t.focusSegments), "focusSegments"],
      [key(t.excludedSegments), "excludedSegments"],
    ];
  }),
);

function cellText(cell: GridCell): string | null {
  if (cell.value === null) return null;
  const value = typeof cell.value === "string" ? cell.value : String(cell.value);
  return value.trim() === "" ? null : value;
}

function findNamed(
  names: readonly NamedRange[],
  name: string,
  sheet: string,
): { row: number; column: number } | null {
  const named = names.find((n) => sameName(n.name, name) && sameName(n.sheet, sheet));
  const range = named ? parseRange(named.address) : null;
  return range ? { row: range.top, column: range.left } : null;
}

/** The add-in's goal sheet, as ownership.ts proves it; null when the workbook has none. */
export function findGoalSheet(grids: readonly SheetGrid[], names: readonly NamedRange[]): SheetGrid | null {
  const goal = ownershipOfGrids(grids, names).goal;
  return goal === null ? null : (grids.find((g) => sameName(g.name, goal)) ?? null);
}

type TableArea = { top: number; left: number; right: number; bottom: number };

/** The goal table: KAM_Goals, else a header row with a goal-id column and at least two more goal columns. */
function goalTableArea(grid: SheetGrid): TableArea | null {
  const table = grid.tables.find((t) => isGoalsTable(t.name));
  let area: TableArea | null = table
    ? { top: table.top, left: table.left, right: table.right, bottom: table.bottom }
    : null;
  if (!area) {
    for (let row = grid.firstRow; row <= Math.min(lastRow(grid), grid.firstRow + 40) && !area; row++) {
      const found: { column: number; key: GoalColumnKey }[] = [];
      for (const [c, cell] of rowCells(grid, row)) {
        const text = cellText(cell);
        const match = text === null ? undefined : HEADER_KEYS.get(key(text));
        if (match) found.push({ column: c, key: match.column });
      }
      const ids = found.filter((f) => f.key === "id");
      const first = ids[0];
      if (first && found.length >= 3) {
        const right = Math.max(...found.map((f) => f.column));
        area = { top: row, left: first.column, right, bottom: row };
      }
    }
  }
  if (!area) return null;
  // Rows typed right below the table in a host that does not grow tables still belong to it.
  let bottom = area.bottom;
  while (bottom < lastRow(grid)) {
    let filled = false;
    for (let c = area.left; c <= area.right && !filled; c++) filled = !isBlank(cellAt(grid, bottom + 1, c));
    if (!filled) break;
    bottom++;
  }
  return { ...area, bottom };
}

type Reader = { grid: SheetGrid; findings: Finding[] };

function unreadable(reader: Reader, row: number, column: number, field: string, expected: ParamValue): void {
  const cell = cellAt(reader.grid, row, column);
  reader.findings.push(
    finding(
      "CELL_UNREADABLE",
      { type: "cell", sheet: reader.grid.name, row, column: columnLetter(column) },
      field,
      {
        value: cellText(cell) ?? "",
        field: { term: `field.${field}` },
        expected,
      },
    ),
  );
}

function readNumber(reader: Reader, row: number, column: number, field: string): number | null {
  const cell = cellAt(reader.grid, row, column);
  if (typeof cell.value === "number") return Number.isFinite(cell.value) ? cell.value : null;
  const raw = cellText(cell);
  if (raw === null || cell.error) return null;
  const parsed = parseNumber(raw);
  if (parsed.ok) return parsed.value;
  if (!parsed.empty) unreadable(reader, row, column, field, { term: "expect.number" });
  return null;
}

/** ISO date of a date text; the trimmed text itself when it is no date (null for "no value" texts). */
function dateOfText(raw: string): { iso: string } | { text: string } | null {
  const trimmed = raw.trim();
  if (isIsoDate(trimmed)) return { iso: trimmed };
  const parsed = parseDateText(trimmed);
  if (parsed.ok) return { iso: parsed.iso };
  return parsed.empty ? null : { text: trimmed };
}

/**
 * A date cell: a serial with a date format, or a date text. A deadline that is no date is kept as
 * its text, so the goal check names it and a re-write does not lose what the user typed; the as-of
 * cell reports it instead.
 */
function readDate(
  reader: Reader,
  row: number,
  column: number,
  field: string,
  keepText: boolean,
): string | null {
  const cell = cellAt(reader.grid, row, column);
  if (typeof cell.value === "number") {
    const iso = isDateFormat(cell.format) ? isoFromExcelSerial(cell.value) : null;
    if (iso !== null) return iso;
  }
  const raw = cellText(cell);
  const read = raw === null ? null : dateOfText(raw);
  if (read === null) return null;
  if ("iso" in read) return read.iso;
  if (keepText) return read.text;
  unreadable(reader, row, column, field, { term: "expect.date" });
  return null;
}

function readChoice<T extends string>(
  reader: Reader,
  row: number,
  column: number,
  field: string,
  lookup: (text: string) => T | null,
  labels: Record<T, string>,
): T | null {
  const raw = cellText(cellAt(reader.grid, row, column));
  if (raw === null) return null;
  const found = lookup(raw);
  if (found === null) unreadable(reader, row, column, field, { list: Object.values<string>(labels) });
  return found;
}

function readMarketing(reader: Reader, names: readonly NamedRange[]): Positioning | null {
  const { grid } = reader;
  const named = names.find((n) => sameName(n.name, PLANNER_NAMES.marketing) && sameName(n.sheet, grid.name));
  const range = named ? parseRange(named.address) : null;
  if (!range) return null;
  const positioning: { -readonly [K in keyof Positioning]: Positioning[K] } = {
    positioning: null,
    minGrossMargin: null,
    focusSegments: [],
    excludedSegments: [],
  };
  for (let row = range.top; row <= range.bottom; row++) {
    const label = cellText(cellAt(grid, row, range.left));
    const field = label === null ? undefined : MARKETING_LABELS.get(key(label));
    if (field === undefined) continue;
    let column = range.left + 1;
    while (column < range.right && isBlank(cellAt(grid, row, column))) column++;
    const raw = cellText(cellAt(grid, row, column));
    if (field === "minGrossMargin") {
      positioning.minGrossMargin = readNumber(reader, row, column, field);
    } else if (field === "positioning") {
      positioning.positioning = raw;
    } else {
      positioning[field] = splitSegments(raw ?? "");
    }
  }
  return normalPositioning(positioning);
}

function splitSegments(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function normalPositioning(p: Positioning | null): Positioning | null {
  if (p === null) return null;
  const positioning = p.positioning === null || p.positioning.trim() === "" ? null : p.positioning;
  const focusSegments = p.focusSegments.flatMap(splitSegments);
  const excludedSegments = p.excludedSegments.flatMap(splitSegments);
  const minGrossMargin =
    p.minGrossMargin !== null && Number.isFinite(p.minGrossMargin) ? p.minGrossMargin : null;
  if (
    positioning === null &&
    minGrossMargin === null &&
    focusSegments.length === 0 &&
    excludedSegments.length === 0
  ) {
    return null;
  }
  return { positioning, minGrossMargin, focusSegments, excludedSegments };
}

/** Reads the goal sheet: the plan's parts, the goal rows as they stand, and columns users added. */
export function readGoalSheet(grid: SheetGrid, names: readonly NamedRange[]): GoalSheetReading {
  const reader: Reader = { grid, findings: [] };
  const at = (name: string) => findNamed(names, name, grid.name);
  const textAt = (name: string) => {
    const cell = at(name);
    return cell ? (cellText(cellAt(grid, cell.row, cell.column)) ?? "") : "";
  };
  const asOfCell = at(PLANNER_NAMES.asOf);
  const asOf = asOfCell ? readDate(reader, asOfCell.row, asOfCell.column, "asOf", false) : null;

  const area = goalTableArea(grid);
  const rows: SheetGoalRow[] = [];
  const extraHeaders: string[] = [];
  const votes: Record<Language, number> = { de: 0, en: 0 };
  let table: GoalTableArea | null = null;
  if (area) {
    const columns = new Map<GoalColumnKey, number>();
    const extraColumns: number[] = [];
    table = {
      headerRow: area.top,
      left: area.left,
      right: area.right,
      bottom: area.bottom,
      columns,
      extraColumns,
    };
    for (let c = area.left; c <= area.right; c++) {
      const header = cellText(cellAt(grid, area.top, c));
      if (header === null) continue;
      const match = HEADER_KEYS.get(key(header));
      if (match && !columns.has(match.column)) {
        columns.set(match.column, c);
        if (match.language) votes[match.language]++;
      } else {
        extraColumns.push(c);
        extraHeaders.push(header.trim());
      }
    }
    const language: Language = votes.en > votes.de ? "en" : "de";
    const column = (k: GoalColumnKey) => columns.get(k);
    const textOf = (row: number, k: GoalColumnKey) => {
      const c = column(k);
      return c === undefined ? null : cellText(cellAt(grid, row, c));
    };
    const numberOf = (row: number, k: GoalColumnKey) => {
      const c = column(k);
      return c === undefined ? null : readNumber(reader, row, c, k);
    };
    const choiceOf = <T extends string>(
      row: number,
      k: GoalColumnKey,
      lookup: (text: string) => T | null,
      labels: Record<T, string>,
    ) => {
      const c = column(k);
      return c === undefined ? null : readChoice(reader, row, c, k, lookup, labels);
    };
    // Output-only columns do not make a row a goal.
    const inputColumns = [...columns.entries()].filter(([k]) => !OUTPUT_COLUMNS.has(k)).map(([, c]) => c);
    const dateOf = (row: number, k: GoalColumnKey, keepText: boolean) => {
      const c = column(k);
      return c === undefined ? null : readDate(reader, row, c, k, keepText);
    };

    for (const [row] of contentRows(grid, area.top + 1, area.bottom)) {
      const hasContent = [...inputColumns, ...extraColumns].some((c) => !isBlank(cellAt(grid, row, c)));
      if (!hasContent) continue;
      const metric = choiceOf(row, "metric", metricOfLabel, METRIC_LABEL[language]) ?? "other";
      const declaredKind = choiceOf(row, "kind", kindOfLabel, KIND_LABEL[language]);
      const metricKind = METRIC_KIND[metric];
      const kind: GoalKind = declaredKind ?? (metricKind === "either" ? "economic" : metricKind);
      rows.push({
        id: textOf(row, "id")?.trim() ?? null,
        goal: {
          account: (textOf(row, "account") ?? textOf(row, "accountName") ?? "").trim(),
          kind,
          metric,
          statement: textOf(row, "statement") ?? "",
          baseline: numberOf(row, "baseline"),
          target: numberOf(row, "target"),
          unit: unitCode(textOf(row, "unit")),
          start: dateOf(row, "start", false),
          deadline: dateOf(row, "deadline", true),
          actual: numberOf(row, "actual"),
          actualDate: dateOf(row, "actualDate", false),
          owner: textOf(row, "owner"),
          status: choiceOf(row, "status", statusOfLabel, STATUS_LABEL[language]),
        },
        extra: extraColumns.map((c) => cellAt(grid, row, c)),
        row,
      });
    }
  }
  const language: Language = votes.en > votes.de ? "en" : "de";
  return {
    sheet: grid.name,
    language,
    asOf,
    vision: textAt(PLANNER_NAMES.vision),
    mission: textAt(PLANNER_NAMES.mission),
    marketing: readMarketing(reader, names),
    rows,
    extraHeaders,
    findings: reader.findings,
    table,
  };
}

/** Gives rows without an id the next free ids, in sheet order. */
export function assignIds(
  rows: readonly SheetGoalRow[],
  taken: Iterable<string>,
): { goal: Goal; extra: readonly GridCell[]; row: number }[] {
  const used = [...taken, ...rows.flatMap((r) => (r.id === null ? [] : [r.id]))];
  const fresh = nextGoalIds(used, rows.filter((r) => r.id === null).length);
  let next = 0;
  return rows.map((r) => ({
    goal: { id: r.id ?? fresh[next++] ?? "", ...r.goal },
    extra: r.extra,
    row: r.row,
  }));
}

/**
 * The goal table as it stands, for placing a rewrite: the add-in's columns where users left them,
 * users' own columns with their cells per goal, the row of each goal (ids as `rows` assigned them)
 * and the data rows that hold nothing.
 */
export function existingGoalTable(
  reading: GoalSheetReading,
  rows: readonly { goal: Goal; extra: readonly GridCell[]; row: number }[],
): ExistingTable<GoalColumnKey> | null {
  const table = reading.table;
  if (!table) return null;
  const keys = goalRowKeys(rows.map((r) => r.goal.id));
  const rowOf = new Map<string, number>();
  const userCells = new Map<string, Map<number, GridCell>>();
  rows.forEach((r, i) => {
    const key = keys[i] ?? r.goal.id;
    rowOf.set(key, r.row);
    userCells.set(key, new Map(table.extraColumns.map((column, e) => [column, r.extra[e] ?? EMPTY_CELL])));
  });
  const used = new Set(rows.map((r) => r.row));
  const blankRows: number[] = [];
  for (let row = table.headerRow + 1; row <= table.bottom; row++) if (!used.has(row)) blankRows.push(row);
  return {
    headerRow: table.headerRow,
    left: table.left,
    right: table.right,
    bottom: table.bottom,
    columns: table.columns,
    userColumns: table.extraColumns.map((column, i) => ({ column, header: reading.extraHeaders[i] ?? "" })),
    rows: rowOf,
    blankRows,
    userCells,
  };
}

/** The plan on the workbook's goal sheet, or null when the workbook has none. */
export function readPlanFromWorkbook(
  grids: readonly SheetGrid[],
  names: readonly NamedRange[],
): { plan: Plan; sheet: string; findings: readonly Finding[] } | null {
  const grid = findGoalSheet(grids, names);
  if (!grid) return null;
  const reading = readGoalSheet(grid, names);
  return { ...planOfReading(reading), findings: reading.findings };
}

function planOfReading(reading: GoalSheetReading): { plan: Plan; sheet: string } {
  const goals = assignIds(reading.rows, []).map((r) => r.goal);
  return {
    sheet: reading.sheet,
    plan: {
      version: 1,
      language: reading.language,
      asOf: reading.asOf,
      vision: reading.vision,
      mission: reading.mission,
      marketing: reading.marketing,
      goals,
    },
  };
}

/** A deadline as the sheet stores it: ISO when it reads as a date, else its text (the check flags it). */
function sheetDate(deadline: string): string | null {
  const read = dateOfText(deadline);
  return read === null ? null : "iso" in read ? read.iso : read.text;
}

const blankToNull = (s: string | null) => (s === null || s.trim() === "" ? null : s);

const finiteOrNull = (x: number | null) => (x !== null && Number.isFinite(x) ? x : null);

/**
 * The plan as the goal sheet stores it (see the file comment). Idempotent. A goal without a start
 * starts on the plan's as-of date: the sheet freezes it there, like the baseline.
 */
export function planForSheet(plan: Plan, accounts: readonly Account[], language: Language): Plan {
  return {
    version: 1,
    language,
    asOf: plan.asOf,
    vision: plan.vision.trim() === "" ? "" : plan.vision,
    mission: plan.mission.trim() === "" ? "" : plan.mission,
    marketing: normalPositioning(plan.marketing),
    goals: plan.goals.map((goal) => {
      const account = findAccount(accounts, goal.account);
      // An instruction the planner resolves before writing; the sheet holds the figure it gave.
      const { actualFromAccount: _instruction, ...fields } = goal;
      const start = fields.start === null ? plan.asOf : isIsoDate(fields.start) ? fields.start : null;
      return {
        ...fields,
        id: goal.id.trim(),
        account: account ? accountKey(account) : goal.account.trim(),
        statement: goal.statement.trim() === "" ? "" : goal.statement,
        deadline: goal.deadline === null ? null : sheetDate(goal.deadline),
        start,
        baseline: effectiveBaseline(goal, account),
        target: finiteOrNull(goal.target),
        actual: finiteOrNull(goal.actual),
        actualDate: goal.actualDate !== null && isIsoDate(goal.actualDate) ? goal.actualDate : null,
        unit: unitCode(blankToNull(goal.unit)),
        owner: blankToNull(goal.owner),
      };
    }),
  };
}

/** The plan stored in the workbook's goal sheet, read through the port; null when there is none. */
export async function readStoredPlan(
  reader: WorkbookReader,
): Promise<{ plan: Plan; sheet: string; findings: readonly Finding[] } | null> {
  const { names, ownership } = await readOwnership(reader);
  if (ownership.goal === null) return null;
  const grid = await reader.readSheet(ownership.goal);
  const reading = readGoalSheet(grid, names);
  return { ...planOfReading(reading), findings: reading.findings };
}
