// Marketing's positioning sheet → Positioning: the positioning statement, the minimum gross
// margin, focus and excluded segments, as label/value pairs (value right of its label; further
// list items may follow in the rows below with the label cell left empty).

import type { Finding } from "../domain/finding";
import type { Positioning } from "../domain/plan";
import { columnContext, readFraction, readText } from "./account-values";
import { unreadableCell } from "./account-row";
import {
  cellAt,
  contentRows,
  isBlank,
  lastColumn,
  lastRow,
  rowCells,
  type GridCell,
  type SheetGrid,
} from "../sheet";
import type { HeaderLanguage } from "./headers";
import { foldText, normaliseHeader } from "./headers";
import { splitLabelCell } from "./label-cell";
import { splitListText } from "./list-text";
import { sheetLocale } from "./sheet-locale";

type MarketingKey = "positioning" | "minGrossMargin" | "focusSegments" | "excludedSegments";
type ListKey = "focusSegments" | "excludedSegments";

type LabelSet = { key: MarketingKey; de: readonly string[]; en: readonly string[]; stems: readonly string[] };

/** Order matters for stems: "Ausgeschlossene Fokussegmente" is an exclusion. */
const LABELS: readonly LabelSet[] = [
  {
    key: "excludedSegments",
    de: [
      "Ausgeschlossene Segmente",
      "Ausschlüsse",
      "Tabu-Segmente",
      "Ausgeschlossene Branchen",
      "Tabubranchen",
    ],
    en: ["No-go segments", "Excluded segments", "Excluded industries", "Exclusions", "No-go industries"],
    stems: ["ausgeschlossen", "ausschluess", "ausschluss", "tabu", "nogo", "excluded", "exclusion"],
  },
  {
    key: "minGrossMargin",
    de: [
      "Mindestbruttomarge",
      "Mindestmarge",
      "Mindest-Bruttomarge",
      "Min. Bruttomarge",
      "Margenuntergrenze",
    ],
    en: [
      "Minimum gross margin",
      "Min. margin",
      "Margin floor",
      "Minimum margin",
      "Min. gross margin",
      "Minimum margin per account",
      "Minimum GM per account",
    ],
    stems: [
      "mindestbruttomarge",
      "mindestmarge",
      "margenuntergrenze",
      "minimumgrossmargin",
      "minimummargin",
      "marginfloor",
    ],
  },
  {
    key: "focusSegments",
    de: ["Fokussegmente", "Fokusbranchen", "Zielsegmente", "Zielbranchen", "Fokusmärkte", "Kernsegmente"],
    en: [
      "Focus segments",
      "Focus industries",
      "Target segments",
      "Target industries",
      "Focus markets",
      "Core segments",
    ],
    stems: ["fokussegment", "fokusbranche", "focussegment", "focusindustr", "targetsegment", "targetindustr"],
  },
  {
    key: "positioning",
    de: ["Positionierung", "Marktpositionierung", "Markenpositionierung", "Preispositionierung"],
    en: ["Positioning", "Market positioning", "Brand positioning", "Price positioning"],
    stems: ["positionierung", "positioning"],
  },
];

type LabelMatch = { key: MarketingKey; language: HeaderLanguage | null };

const EXACT = new Map<string, LabelMatch>(
  LABELS.flatMap((set) => [
    ...set.de.map((t): [string, LabelMatch] => [normaliseHeader(t), { key: set.key, language: "de" }]),
    ...set.en.map((t): [string, LabelMatch] => [normaliseHeader(t), { key: set.key, language: "en" }]),
  ]),
);

/** "Mindest-", "Min.", "minimum", or a floor: the words that make a margin term a minimum. */
const MINIMUM = /^(?:mindest|minimum|min)(.*)$|^(.*?)(?:untergrenze|floor)$/;
/** The margin terms teams use: Marge, DB (Deckungsbeitrag), Rohertrag, GM, GP, contribution margin. */
const MARGIN_TERM =
  /^(?:brutto)?(?:marge|db|dbi|dbquote|deckungsbeitrag\w*|rohertrag\w*|margin|grossmargin|gm|gp|grossprofit|contributionmargin|cm)/;

/**
 * A minimum margin written with the team's own margin term: "Mindest-DB je Kunde", "Min. DB I",
 * "Mindestrohertrag", "DB-Untergrenze", "minimum GM per account", "contribution margin floor".
 */
function isMinimumMargin(key: string): boolean {
  const m = MINIMUM.exec(key);
  if (!m) return false;
  const term = (m[1] ?? m[2] ?? "").replace(/^(?:gross|brutto)(?=margin|marge)/, "");
  return MARGIN_TERM.test(term) || MARGIN_TERM.test(`gross${term}`);
}

function marketingLabel(value: GridCell["value"]): LabelMatch | null {
  if (typeof value !== "string" || value.trim().length > 60) return null;
  const key = normaliseHeader(value);
  if (key === "") return null;
  const exact = EXACT.get(key);
  if (exact) return exact;
  const set = LABELS.find((s) => s.stems.some((stem) => key.includes(stem)));
  if (set) return { key: set.key, language: null };
  return isMinimumMargin(key) ? { key: "minGrossMargin", language: null } : null;
}

/**
 * A cell's marketing label: the cell is the label ("Mindest-DB je Kunde"), or holds the label and its
 * value ("Mindest-DB je Kunde: 28 %", "Positionierung – Qualitätsführer"), as profiles do. The split
 * comes first: "Positionierung: Qualitätsführer …" would otherwise read as a label by its stem.
 */
type CellLabel = LabelMatch & { text: string; value: string | null };

function cellLabel(value: GridCell["value"]): CellLabel | null {
  if (typeof value !== "string") return null;
  const split = splitLabelCell(value);
  const inCell = split && marketingLabel(split.label);
  if (split && inCell) return { ...inCell, text: split.label, value: split.value };
  const label = marketingLabel(value);
  return label && { ...label, text: value, value: null };
}

const SHEET_NAMES: ReadonlySet<string> = new Set([
  "marketing",
  "marketingpositionierung",
  "positionierung",
  "positioning",
  "marketingpositioning",
]);

function sheetNameKey(name: string): string {
  return foldText(name).replace(/[\s\-_.]+/g, "");
}

/** Marketing sheets are short: content detection looks at their first rows only. */
const DETECTION_ROWS = 50;

/** Rows (1-based) near the top whose first filled cell is a marketing label. */
function labelRows(grid: SheetGrid): number[] {
  const rows: number[] = [];
  const bottom = Math.min(lastRow(grid), grid.firstRow + DETECTION_ROWS - 1);
  for (const [row] of contentRows(grid, grid.firstRow, bottom)) {
    const first = firstFilled(grid, row, grid.firstColumn);
    if (first !== null && cellLabel(cellAt(grid, row, first).value)) rows.push(row);
  }
  return rows;
}

function firstFilled(grid: SheetGrid, row: number, from: number): number | null {
  for (const [column, cell] of rowCells(grid, row)) {
    if (column >= from && !isBlank(cell)) return column;
  }
  return null;
}

/** The columns of a row that hold values, from `from` on, ascending. */
function filledColumns(grid: SheetGrid, row: number, from: number): number[] {
  const columns: number[] = [];
  for (const [column] of rowCells(grid, row)) if (column >= from) columns.push(column);
  return columns;
}

/**
 * The sheet named Marketing / Marketing-Positionierung / Positionierung / Positioning (any case,
 * spaces or hyphens), else the first sheet with marketing labels in two or more rows.
 */
export function findMarketingSheet(grids: readonly SheetGrid[]): SheetGrid | undefined {
  return (
    grids.find((g) => SHEET_NAMES.has(sheetNameKey(g.name))) ??
    grids.find((g) => validGrid(g) && new Set(labelRows(g)).size >= 2)
  );
}

function validGrid(grid: SheetGrid): boolean {
  return (
    Number.isInteger(grid.firstRow) &&
    Number.isInteger(grid.firstColumn) &&
    grid.firstRow >= 1 &&
    grid.firstColumn >= 1
  );
}

function addItems(target: string[], text: string): void {
  for (const item of splitListText(text)) {
    if (!target.some((t) => t.toLowerCase() === item.toLowerCase())) target.push(item);
  }
}

export function readPositioning(grid: SheetGrid): { positioning: Positioning; findings: Finding[] } {
  let statement: string | null = null;
  let minGrossMargin: number | null = null;
  const lists: Record<ListKey, string[]> = { focusSegments: [], excludedSegments: [] };
  const findings: Finding[] = [];
  const result = () => ({ positioning: { positioning: statement, minGrossMargin, ...lists }, findings });
  if (!validGrid(grid)) return result();

  type Pending = { row: number; column: number; cell: GridCell; label: string };
  const margins: Pending[] = [];
  const languages: (HeaderLanguage | null)[] = [];
  let openList: { key: ListKey; column: number } | null = null;
  const right = lastColumn(grid);

  let previousRow = grid.firstRow - 1;
  // Only rows that hold values; a gap of empty rows ends an open list, as an empty row does.
  for (const [row] of contentRows(grid, grid.firstRow, lastRow(grid))) {
    if (row > previousRow + 1) openList = null;
    previousRow = row;
    const first = firstFilled(grid, row, grid.firstColumn);
    if (first === null) {
      openList = null;
      continue;
    }
    const columns = filledColumns(grid, row, first).filter((c) => c <= right);
    if (openList && first > openList.column && isBlank(cellAt(grid, row, openList.column))) {
      for (const c of columns) addItems(lists[openList.key], readText(cellAt(grid, row, c)) ?? "");
      continue;
    }
    openList = null;
    let i = 0;
    while (i < columns.length) {
      const column = columns[i] ?? right + 1;
      const labelCell = cellAt(grid, row, column);
      const label = cellLabel(labelCell.value);
      if (!label) {
        i++;
        continue;
      }
      languages.push(label.language);
      // Values run to the next label on the row; a label with its value in one cell holds it.
      let next = i + 1;
      while (next < columns.length && !cellLabel(cellAt(grid, row, columns[next] ?? 0).value)) next++;
      const values: { column: number; cell: GridCell }[] =
        label.value !== null
          ? [{ column, cell: { ...labelCell, value: label.value } }]
          : columns
              .slice(i + 1, next)
              .map((c) => ({ column: c, cell: cellAt(grid, row, c) }))
              .filter((v) => !isBlank(v.cell));
      if (label.key === "positioning") {
        const value = values[0];
        if (value !== undefined) statement ??= readText(value.cell);
      } else if (label.key === "minGrossMargin") {
        const value = values[0];
        if (value !== undefined)
          margins.push({ row, column: value.column, cell: value.cell, label: label.text });
      } else {
        for (const v of values) addItems(lists[label.key], readText(v.cell) ?? "");
        openList = { key: label.key, column };
      }
      i = next;
    }
  }

  const texts = margins.flatMap((m) => (typeof m.cell.value === "string" ? [m.cell.value] : []));
  const locale = sheetLocale(languages, texts);
  for (const margin of margins) {
    const read = readFraction(
      margin.cell,
      columnContext("grossMargin", margin.label, [margin.cell], locale),
      locale,
    );
    if (!read.ok) findings.push(unreadableCell(grid.name, margin, "minGrossMargin", read.expected));
    else minGrossMargin ??= read.value;
  }
  return result();
}
