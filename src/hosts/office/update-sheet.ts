// Updating one of the add-in's sheets in place, for workbooks others may be editing: no sheet is
// deleted, no table row added with TableRowCollection.add, and only what changed is written.
//
//   1. load: the cells the spec covers (formulas — a constant's formula is its value — and number
//      formats) in row chunks under the response budget, the table, the defined names and the
//      merged areas;
//   2. compare: a cell is written only when its value or number format differs from the spec; a cell
//      to be written whose value differs from what the caller read (`expected`) was changed by
//      someone meanwhile → changedMeanwhile, before anything is touched. Cells in `keep` (users'
//      columns) are never compared nor written;
//   3. journal: the formats of the rows about to change (getCellProperties, ExcelApi 1.9) and their
//      heights, so a failure can put everything back — and, in the same syncs, the values of the
//      formula cells about to be overwritten, compared with `expected` as in step 2;
//   4. apply: unmerge what the spec no longer merges; per changed row the add-in's cells lose their
//      formats and get the spec's (number formats, styles, height), and the changed cells their
//      values; the table is resized (Table.resize, ExcelApi 1.13), merges, dropdowns for appended
//      rows and defined names follow the spec; then the add-in's conditional formats (update-formats.ts)
//      and charts (update-chart.ts) follow the spec too, where the requirement sets allow — loaded in
//      the same syncs as the cells and the journal.
// rollbackUpdateIn puts the journal back (rollbackUpdateExtrasIn the formats and charts, after it). Column widths, freeze panes, print setup and tab colour
// stay as users left them.

import {
  PortError,
  parseRange,
  rangeAddress,
  splitSheetReference,
  type GridCell,
  type RangeRef,
  type SheetWrite,
} from "../../sheet";
import { cellAt } from "../../sheet";
import { EXCEL_API, excelApiName, type Capabilities } from "./capabilities";
import { singleRangeReference } from "./list-workbook";
import { jsonBytes, utf8Length, type BudgetedBatch } from "./payload";
import { mergeRefs } from "./read-sheet";
import { cellFormat, excelValue, type ExcelCellValue } from "./render-cells";
import { queueStyles } from "./render-styles";
import { checkSpec } from "./spec-checks";
import {
  commitCharts,
  planCharts,
  queueChartList,
  queueNewCharts,
  rollbackChartsIn,
  type ChartJournal,
} from "./update-chart";
import {
  formatsInLine,
  queueDeleteFormats,
  queueFormatDetails,
  customCount,
  queueFormatList,
  recognise,
  rollbackFormatsIn,
  specRules,
  type FormatsJournal,
} from "./update-formats";
import { queueConditionalFormats } from "./render-conditional-formats";
import { cellExtent, resolveStyles, styleExtent, type Layer, type StyleLayers } from "./style-layers";

export type UpdateWrite = Extract<SheetWrite, { mode: "update" }>;

/** What the rollback needs; filled before anything is applied. */
export type UpdateJournal = {
  sheet: string;
  /** Set once the first change was queued. */
  applied: boolean;
  /** Per changed row segment: its old formats (as getCellProperties gave them) and number formats. */
  segments: { address: string; properties: unknown; numberFormats: string[][] }[];
  /** Runs of cells whose values were written: their old formulas/values. */
  values: { address: string; formulas: unknown[][] }[];
  rowHeights: { row: number; height: number }[];
  /** Merges removed (restored on rollback) and added (removed on rollback). */
  mergesRemoved: string[];
  mergesAdded: string[];
  /** The table before: its range, or null when the update created it. */
  table: { name: string; before: string | null } | null;
  /** Dropdowns added to rows the table grew by (cleared on rollback). */
  validations: string[];
  /** Defined names re-pointed: their old reference, or null when new. */
  names: { name: string; before: string | null }[];
  /** The add-in's conditional formats, when the update replaces them; null when left as they are. */
  formats: FormatsJournal | null;
  /** The add-in's charts made new by the update. */
  charts: ChartJournal[];
};

export type PreparedUpdate = {
  write: UpdateWrite;
  journal: UpdateJournal;
  /** Rows with something to write, their segments (add-in's columns) and changed cells. */
  rows: DirtyRow[];
  styles: StyleLayers;
  formats: (row: number, column: number) => string;
  values: (row: number, column: number) => ExcelCellValue;
  standardHeight: number;
  table: { name: string; style: string; resizeTo: string | null; create: string | null };
  validations: { address: string; values: readonly string[]; errorTitle: string; errorMessage: string }[];
  merges: { remove: string[]; add: string[] };
  names: { name: string; address: string; existing: string | null }[];
  /** Ours to delete (by id) before the spec's are added; null: the formats stay as they are. */
  conditional: { columns: string[]; ours: { id: string; areas: RangeRef[] }[] } | null;
};

type DirtyRow = { row: number; segments: [number, number][]; cells: Set<number> };

/** Formats whose loss the rollback must undo (getCellProperties load options). */
const PROPERTIES_LOAD = {
  format: {
    fill: { color: true, pattern: true },
    font: {
      bold: true,
      italic: true,
      color: true,
      size: true,
      name: true,
      underline: true,
      strikethrough: true,
    },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
    borders: { style: true, color: true, weight: true },
  },
} as const;
/** Guess of a loaded cell's JSON (value, formula, format) and of its properties, for sizing loads. */
const CELL_BYTES = 160;
const PROPERTIES_BYTES = 700;

/** Columns users own, per row range (from the A1 ranges of `keep`). */
function keptCells(keep: readonly string[]): (row: number, column: number) => boolean {
  const areas = keep.flatMap((address) => parseRange(address) ?? []);
  return (row, column) =>
    areas.some((a) => row >= a.top && row <= a.bottom && column >= a.left && column <= a.right);
}

function same(have: unknown, want: ExcelCellValue): boolean {
  if (typeof want === "number") return typeof have === "number" && have === want;
  return have === want;
}

/** The value Excel holds (Range.values) in the port's terms: "" is no value. */
function heldValue(value: unknown): GridCell["value"] {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return JSON.stringify(value);
}

function sameHeld(a: GridCell["value"], b: GridCell["value"]): boolean {
  return a === b || (typeof a === "string" && typeof b === "string" && a.trim() === "" && b.trim() === "");
}

const areaKey = (area: RangeRef) => rangeAddress(area);

/** Loads, compares and journals (steps 1–3 of the file comment); nothing is changed. */
export async function prepareUpdateIn(
  context: Excel.RequestContext,
  write: UpdateWrite,
  capabilities: Capabilities,
  budgetBytes: number,
): Promise<PreparedUpdate> {
  const { spec } = write;
  checkSpec(spec);
  // Table.resize and merged areas (1.13), cell properties for the rollback (1.9).
  if (!capabilities.excelApi(EXCEL_API.tableResize)) {
    throw new PortError("hostTooOld", {
      operation: "write",
      sheet: spec.name,
      requirement: excelApiName(EXCEL_API.tableResize),
    });
  }
  const extent = styleExtent(spec);
  const cells = cellExtent(spec);
  const rows = Math.max(extent.rows, cells.rows, 1);
  const columns = Math.max(extent.columns, cells.columns, 1);
  const whole = rangeAddress({ top: 1, left: 1, bottom: rows, right: columns });

  // 1. One sync for the sheet, its table's range, the names, the merged areas and the first rows;
  // then the remaining rows in chunks sized from what the first one measured (as readSheet does).
  const sheet = context.workbook.worksheets.getItemOrNullObject(spec.name);
  sheet.load("name,standardHeight");
  const tableSpec = spec.table;
  const table = tableSpec
    ? context.workbook.worksheets.getItemOrNullObject(spec.name).tables.getItemOrNullObject(tableSpec.name)
    : null;
  const tableRange = table ? table.getRange() : null;
  tableRange?.load("address");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  const merged = sheet.getRange(whole).getMergedAreasOrNullObject();
  merged.load("address");
  // The add-in's conditional formats and charts: what exists, in the first sync too.
  const formatList = capabilities.excelApi(EXCEL_API.conditionalFormats)
    ? queueFormatList(sheet, spec.conditionalFormats ?? [])
    : null;
  const chartList =
    capabilities.excelApi(EXCEL_API.charts) && (spec.charts ?? []).length > 0 ? queueChartList(sheet) : null;

  // Formulas and number formats only: for a constant, `formulas` is its value; the values of the
  // few formula cells an update would overwrite are loaded afterwards (see `verify`).
  const formulas: unknown[][] = [];
  const numberFormats: string[][] = [];
  let perChunk = Math.max(1, Math.floor(budgetBytes / 4 / (columns * CELL_BYTES)));
  for (let top = 1; top <= rows;) {
    const bottom = Math.min(rows, top + perChunk - 1);
    const range = sheet.getRange(rangeAddress({ top, left: 1, bottom, right: columns })).untrack();
    range.load("formulas,numberFormat");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ≤ budget chunk
    await context.sync();
    if (sheet.isNullObject) throw new PortError("sheetNotFound", { operation: "write", sheet: spec.name });
    formulas.push(...(range.formulas as unknown[][]));
    numberFormats.push(...(range.numberFormat as string[][]));
    const bytes = jsonBytes(range.formulas) + jsonBytes(range.numberFormat);
    const perRow = Math.max(1, bytes / (bottom - top + 1));
    // The budget is 80 % of Excel's 5 MB limit already; a chunk of unusually long rows that passes
    // the limit fails the whole attempt, which the host repeats with half-size chunks.
    perChunk = Math.max(1, Math.floor(budgetBytes / (perRow * 1.05)));
    top = bottom + 1;
  }

  // 2. Compare.
  const styles = resolveStyles(spec, rows, columns);
  const numberLayer = styles.layers.get("numberFormat") as Layer<"numberFormat"> | undefined;
  const formats = (row: number, column: number): string => {
    const id = numberLayer?.ids[(row - 1) * columns + column - 1] ?? 0;
    const styled = id === 0 ? undefined : numberLayer?.values[id - 1];
    return cellFormat(spec.values[row - 1]?.[column - 1], styled);
  };
  const values = (row: number, column: number): ExcelCellValue => {
    const value = spec.values[row - 1]?.[column - 1];
    return value === undefined ? "" : excelValue(spec, value, row, column);
  };
  const kept = keptCells(write.keep);
  const dirty: DirtyRow[] = [];
  // Cells about to be overwritten that hold a formula, by row: their values are compared with what
  // the caller read in the journal's syncs (step 3), before anything changes.
  const verify = new Map<number, number[]>();
  for (let r = 1; r <= rows; r++) {
    const changed = new Set<number>();
    let restyle = false;
    for (let c = 1; c <= columns; c++) {
      if (kept(r, c)) continue;
      const valueDiffers = !same(formulas[r - 1]?.[c - 1] ?? "", values(r, c));
      const formatDiffers = (numberFormats[r - 1]?.[c - 1] ?? "General") !== formats(r, c);
      if (!valueDiffers && !formatDiffers) continue;
      restyle = true;
      if (!valueDiffers) continue;
      const now = formulas[r - 1]?.[c - 1];
      if (typeof now === "string" && now.startsWith("=")) verify.set(r, [...(verify.get(r) ?? []), c]);
      else if (!sameHeld(heldValue(now), cellAt(write.expected, r, c).value)) {
        throw new PortError("changedMeanwhile", { operation: "write", sheet: spec.name });
      }
      changed.add(c);
    }
    if (!restyle) continue;
    const segments: [number, number][] = [];
    for (let c = 1; c <= columns; c++) {
      if (kept(r, c)) continue;
      const last = segments[segments.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else segments.push([c, c]);
    }
    dirty.push({ row: r, segments, cells: changed });
  }

  // The table, merges, dropdowns for appended rows and names.
  const before =
    tableRange && table && !table.isNullObject
      ? parseRange(splitSheetReference(tableRange.address)?.address ?? "")
      : null;
  const wanted = tableSpec ? parseRange(tableSpec.range) : null;
  const tablePlan = {
    name: tableSpec?.name ?? "",
    style: tableSpec?.style ?? "",
    resizeTo: before && wanted && areaKey(before) !== areaKey(wanted) ? areaKey(wanted) : null,
    create: !before && wanted ? areaKey(wanted) : null,
  };
  // Dropdowns for rows the table grows by, where those rows have none yet (spare rows below the
  // table usually have them already): one cell range per row and dropdown column.
  const oldBottom = before?.bottom ?? 0;
  const candidates =
    wanted && wanted.bottom > oldBottom
      ? spec.validations.flatMap((v) => {
          const area = parseRange(v.range);
          if (!area) return [];
          const rows: {
            address: string;
            values: readonly string[];
            errorTitle: string;
            errorMessage: string;
          }[] = [];
          for (let r = Math.max(area.top, oldBottom + 1); r <= Math.min(area.bottom, wanted.bottom); r++)
            rows.push({
              ...v,
              address: rangeAddress({ top: r, bottom: r, left: area.left, right: area.right }),
            });
          return rows;
        })
      : [];
  const validationTypes = candidates.map((c) => {
    const validation = sheet.getRange(c.address).untrack().dataValidation;
    validation.load("type");
    return validation;
  });
  if (candidates.length > 0) await context.sync();
  const validations = candidates.filter((_, i) => validationTypes[i]?.type === "None");
  const mergesNow = merged.isNullObject ? [] : mergeRefs(merged.address).map(areaKey);
  const mergesWanted = spec.merges.flatMap((m) => {
    const area = parseRange(m);
    return area ? [areaKey(area)] : [];
  });
  const dirtyRows = new Set(dirty.map((d) => d.row));
  const touchesDirty = (address: string) => {
    const area = parseRange(address);
    if (!area) return false;
    for (let r = area.top; r <= area.bottom; r++) if (dirtyRows.has(r)) return true;
    return false;
  };
  // Clearing a changed row's formats unmerges it too: its merges are made again.
  const merges = {
    remove: mergesNow.filter((m) => !mergesWanted.includes(m)),
    add: mergesWanted.filter((m) => !mergesNow.includes(m) || touchesDirty(m)),
  };
  const nameFormulas = new Map(names.items.map((n) => [n.name.toLowerCase(), n]));
  const namePlan = spec.names.flatMap((n) => {
    const area = parseRange(n.range);
    if (!area) return [];
    const current = nameFormulas.get(n.name.toLowerCase());
    const reference = current ? singleRangeReference(current.formula as string) : null;
    const here =
      reference !== null &&
      reference.sheet.toLowerCase() === spec.name.toLowerCase() &&
      areaKey(parseRange(reference.address) ?? area) === areaKey(area);
    return here
      ? []
      : [
          {
            name: current?.name ?? n.name,
            address: areaKey(area),
            existing: (current?.formula as string | undefined) ?? null,
          },
        ];
  });

  // 3. Journal: the formats and heights of the rows about to change.
  const journal: UpdateJournal = {
    sheet: spec.name,
    applied: false,
    segments: [],
    values: [],
    rowHeights: [],
    // Gone after the update: those unmerged, and those a changed row's clearing unmerges.
    mergesRemoved: mergesNow.filter((m) => merges.remove.includes(m) || touchesDirty(m)),
    mergesAdded: merges.add,
    table:
      tablePlan.resizeTo || tablePlan.create
        ? { name: tablePlan.name, before: before ? areaKey(before) : null }
        : null,
    validations: validations.map((v) => v.address),
    names: namePlan.map((n) => ({ name: n.name, before: n.existing })),
    formats: null,
    charts: chartList
      ? planCharts(spec, chartList, dirty.length > 0 || before === null || tablePlan.resizeTo !== null)
      : [],
  };
  // Round 2 of the formats (their rules and ranges) rides on the journal's first sync. A sheet with
  // nothing to write keeps its formats unless some are missing (a sync only then).
  const sheetChanged = dirty.length > 0 || tablePlan.resizeTo !== null || tablePlan.create !== null;
  const formatDetails =
    formatList && (sheetChanged || customCount(formatList) < (spec.conditionalFormats ?? []).length)
      ? queueFormatDetails(formatList)
      : null;
  let extra = formatDetails !== null && formatDetails.length > 0;
  const pending: {
    segment: string;
    numberFormats: string[][];
    result: OfficeExtension.ClientResult<unknown>;
  }[] = [];
  const heights: { row: number; format: Excel.RangeFormat }[] = [];
  const held: { row: number; range: Excel.Range }[] = [];
  let queued = 0;
  const flush = async () => {
    if (pending.length === 0 && heights.length === 0 && !extra) return;
    await context.sync();
    extra = false;
    for (const { row, range } of held) {
      const line = (range.values as unknown[][])[0] ?? [];
      for (const column of verify.get(row) ?? []) {
        if (!sameHeld(heldValue(line[column - 1]), cellAt(write.expected, row, column).value))
          throw new PortError("changedMeanwhile", { operation: "write", sheet: spec.name });
      }
    }
    held.length = 0;
    for (const p of pending)
      journal.segments.push({
        address: p.segment,
        properties: p.result.value,
        numberFormats: p.numberFormats,
      });
    for (const h of heights) journal.rowHeights.push({ row: h.row, height: h.format.rowHeight });
    pending.length = 0;
    heights.length = 0;
    queued = 0;
  };
  for (const { row, segments, cells: changed } of dirty) {
    for (const [left, right] of segments) {
      const address = rangeAddress({ top: row, bottom: row, left, right });
      const range = sheet.getRange(address).untrack();
      pending.push({
        segment: address,
        numberFormats: [(numberFormats[row - 1] ?? []).slice(left - 1, right)],
        result: range.getCellProperties(PROPERTIES_LOAD),
      });
      queued += (right - left + 1) * PROPERTIES_BYTES;
      // Runs of changed cells: their old contents (formulas keep formulas, text stays text).
      for (let c = left; c <= right;) {
        if (!changed.has(c)) {
          c++;
          continue;
        }
        let end = c;
        while (end < right && changed.has(end + 1)) end++;
        journal.values.push({
          address: rangeAddress({ top: row, bottom: row, left: c, right: end }),
          formulas: [(formulas[row - 1] ?? []).slice(c - 1, end)],
        });
        c = end + 1;
      }
    }
    const format = sheet.getRange(`${row}:${row}`).untrack().format;
    format.load("rowHeight");
    heights.push({ row, format });
    if (verify.has(row)) {
      const range = sheet
        .getRange(rangeAddress({ top: row, bottom: row, left: 1, right: columns }))
        .untrack();
      range.load("values");
      held.push({ row, range });
      queued += columns * CELL_BYTES;
    }
    if (queued > budgetBytes / 1.2) await flush();
  }
  await flush();

  let conditional: PreparedUpdate["conditional"] = null;
  if (formatList && formatDetails) {
    const rules = spec.conditionalFormats ?? [];
    // The spec's rules, and the same rules as an earlier write in the other language wrote them.
    const ours = recognise(formatDetails, [...specRules(spec), ...(spec.replacesFormats ?? [])]);
    // Range.clear("Formats") on a changed row takes any format off its cells: those rows need ours again.
    const ruleAreas = rules.flatMap((r) => parseRange(r.range) ?? []);
    const cleared = dirty.some(({ row, segments }) =>
      segments.some(([left, right]) =>
        ruleAreas.some((a) => row >= a.top && row <= a.bottom && left <= a.right && right >= a.left),
      ),
    );
    if (!formatsInLine(ours, rules) || cleared) {
      conditional = { columns: formatList.columns, ours: ours.map((o) => ({ id: o.id, areas: o.areas })) };
      journal.formats = {
        sheet: spec.name,
        columns: formatList.columns,
        rules: specRules(spec),
        before: ours.map((o) => ({
          address: o.address,
          formula: o.formula,
          fill: o.fill,
          fontColor: o.fontColor,
          bold: o.bold,
          priority: o.priority,
        })),
        applied: false,
      };
    }
  }

  return {
    write,
    journal,
    rows: dirty,
    styles,
    formats,
    values,
    standardHeight: sheet.standardHeight,
    table: tablePlan,
    validations,
    merges,
    names: namePlan,
    conditional,
  };
}

/** Queues the changes (step 4); the caller sends the batch. */
export async function applyUpdateIn(
  context: Excel.RequestContext,
  batch: BudgetedBatch,
  update: PreparedUpdate,
  rangeAreas: boolean,
): Promise<void> {
  const { spec } = update.write;
  const target = context.workbook.worksheets.getItem(spec.name);
  update.journal.applied = true;
  // Ours go before the rows are restyled: clearing a row's formats would cut them short first.
  if (update.conditional && update.journal.formats) {
    update.journal.formats.applied = true;
    await queueDeleteFormats(batch, target, update.conditional.columns, update.conditional.ours);
  }
  for (const address of update.merges.remove) {
    await batch.add(utf8Length(address), () => {
      target.getRange(address).unmerge();
    });
  }
  const heights = new Map(spec.rowHeights.map((h) => [h.row, h.height]));
  for (const { row, segments, cells } of update.rows) {
    for (const [left, right] of segments) {
      const address = rangeAddress({ top: row, bottom: row, left, right });
      const numberFormats = [
        Array.from({ length: right - left + 1 }, (_, i) => update.formats(row, left + i)),
      ];
      await batch.add(utf8Length(address) + jsonBytes(numberFormats), () => {
        const range = target.getRange(address);
        range.clear("Formats");
        range.numberFormat = numberFormats;
      });
      for (let c = left; c <= right;) {
        if (!cells.has(c)) {
          c++;
          continue;
        }
        let end = c;
        while (end < right && cells.has(end + 1)) end++;
        const run = rangeAddress({ top: row, bottom: row, left: c, right: end });
        const values = [Array.from({ length: end - c + 1 }, (_, i) => update.values(row, c + i))];
        await batch.add(utf8Length(run) + jsonBytes(values), () => {
          target.getRange(run).values = values;
        });
        c = end + 1;
      }
    }
    const height = heights.get(row) ?? update.standardHeight;
    await batch.add(0, () => {
      target.getRange(`${row}:${row}`).format.rowHeight = height;
    });
  }
  // Styles of the changed rows' add-in cells only.
  const only = new Set<number>();
  const columns = update.styles.columns;
  for (const { row, segments } of update.rows)
    for (const [left, right] of segments)
      for (let c = left; c <= right; c++) only.add((row - 1) * columns + c - 1);
  const masked: StyleLayers = {
    ...update.styles,
    layers: new Map(
      [...update.styles.layers].map(([property, layer]) => {
        const ids = new Int32Array(layer.ids.length);
        for (const i of only) ids[i] = layer.ids[i] ?? 0;
        return [property, { ...layer, ids }];
      }),
    ),
  };
  await queueStyles(batch, target, masked, rangeAreas);

  const { table } = update;
  if (table.resizeTo !== null) {
    const to = table.resizeTo;
    await batch.add(utf8Length(to + table.name), () => {
      target.tables.getItem(table.name).resize(target.getRange(to));
    });
  } else if (table.create !== null) {
    const at = table.create;
    await batch.add(utf8Length(at + table.name + table.style), () => {
      const created = target.tables.add(target.getRange(at), true);
      created.name = table.name;
      created.style = table.style;
    });
  }
  for (const address of update.merges.add) {
    await batch.add(utf8Length(address), () => {
      target.getRange(address).merge(false);
    });
  }
  for (const v of update.validations) {
    const source = v.values.join(",");
    await batch.add(utf8Length(v.address + source + v.errorTitle + v.errorMessage), () => {
      // eslint-disable-next-line office-addins/load-object-before-read -- written, not read
      const dataValidation = target.getRange(v.address).dataValidation;
      dataValidation.rule = { list: { inCellDropDown: true, source } };
      dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: v.errorTitle,
        message: v.errorMessage,
      };
    });
  }
  for (const n of update.names) {
    await batch.add(utf8Length(n.name + n.address), () => {
      if (n.existing !== null) context.workbook.names.getItem(n.name).delete();
      context.workbook.names.add(n.name, target.getRange(n.address));
    });
  }
  if (update.conditional) await queueConditionalFormats(batch, target, spec);
  await queueNewCharts(batch, target, spec, update.journal.charts);
}

/** What the write's last batch does for this update: its new charts take their names. */
export function commitUpdateIn(context: Excel.RequestContext, update: PreparedUpdate): void {
  if (update.journal.charts.length === 0) return;
  commitCharts(context.workbook.worksheets.getItem(update.write.spec.name), update.journal.charts);
}

/** The formats and charts back as they were; after rollbackUpdateIn's batch (its clears cut formats). */
export async function rollbackUpdateExtrasIn(
  context: Excel.RequestContext,
  journal: UpdateJournal,
): Promise<void> {
  if (journal.formats) await rollbackFormatsIn(context, journal.formats);
  await rollbackChartsIn(context, journal.charts);
}

/** Puts a sheet back as the journal recorded it (after a failed write). */
export async function rollbackUpdateIn(
  context: Excel.RequestContext,
  batch: BudgetedBatch,
  journal: UpdateJournal,
): Promise<void> {
  if (!journal.applied) return;
  const target = context.workbook.worksheets.getItem(journal.sheet);
  for (const n of journal.names) {
    const before = n.before;
    await batch.add(utf8Length(n.name + (before ?? "")), () => {
      const item = context.workbook.names.getItemOrNullObject(n.name);
      item.delete();
      if (before !== null) context.workbook.names.add(n.name, before);
    });
  }
  for (const address of journal.validations) {
    await batch.add(utf8Length(address), () => {
      target.getRange(address).dataValidation.clear();
    });
  }
  const table = journal.table;
  if (table) {
    const before = table.before;
    await batch.add(utf8Length(table.name + (before ?? "")), () => {
      const item = target.tables.getItemOrNullObject(table.name);
      if (before === null) item.convertToRange();
      else item.resize(target.getRange(before));
    });
  }
  for (const address of journal.mergesAdded) {
    await batch.add(utf8Length(address), () => {
      target.getRange(address).unmerge();
    });
  }
  for (const s of journal.segments) {
    const properties = s.properties as Excel.SettableCellProperties[][];
    await batch.add(utf8Length(s.address) + jsonBytes(properties) + jsonBytes(s.numberFormats), () => {
      const range = target.getRange(s.address);
      range.clear("Formats");
      range.setCellProperties(withoutEmptyFills(properties));
      range.numberFormat = s.numberFormats;
    });
  }
  for (const v of journal.values) {
    await batch.add(utf8Length(v.address) + jsonBytes(v.formulas), () => {
      target.getRange(v.address).formulas = v.formulas as (string | number | boolean)[][];
    });
  }
  for (const { row, height } of journal.rowHeights) {
    await batch.add(0, () => {
      target.getRange(`${row}:${row}`).format.rowHeight = height;
    });
  }
  for (const address of journal.mergesRemoved) {
    await batch.add(utf8Length(address), () => {
      target.getRange(address).merge(false);
    });
  }
}

/** "No fill" reads as #FFFFFF with pattern None: written back as a colour it would paint white. */
function withoutEmptyFills(rows: Excel.SettableCellProperties[][]): Excel.SettableCellProperties[][] {
  return rows.map((row) =>
    row.map((cell) => {
      const format = cell.format;
      if (format?.fill?.pattern !== "None") return cell;
      const rest: Excel.CellPropertiesFormat = { ...format };
      delete rest.fill;
      return { ...cell, format: rest };
    }),
  );
}
