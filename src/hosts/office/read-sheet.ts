// Reading a sheet through the Excel JavaScript API: the used range (values only) in row chunks whose
// responses stay under the payload budget, the hidden rows and the tables.
//
// Chunk size: the first chunk is sized from a conservative guess (CONSERVATIVE_CELL_BYTES per cell);
// its real response size then sizes the rest (with a safety margin), and a chunk that still hits
// ResponsePayloadSizeLimitExceeded is retried at half the rows.
//
// Hidden rows: each chunk also loads `rowHidden` (ExcelApi 1.2): true / false / null when all /
// none / some of its rows are hidden. Only mixed ranges are looked at more closely, by loading
// `rowHidden` of their parts in the *next* chunk's sync (no extra round trip while chunks remain).
// Each round splits the mixed ranges into as many parts as one sync may carry, down to single rows
// when they fit, so a sheet without hidden rows costs nothing and a sheet with hidden rows costs
// about one sync more than its chunks, whatever the pattern. Probes are queued while the request,
// measured as Office.js serialises it (RequestMeter), stays under half the budget.
// `getVisibleView()` (ExcelApi 1.3) was not used: it also drops hidden *columns* (a hidden first
// column would make every row look hidden), and reading its cellAddresses grows with the sheet.

import {
  EMPTY_CELL,
  gridFromCells,
  PortError,
  parseRange,
  rangeAddress,
  splitSheetReference,
  type CellValue,
  type GridCell,
  type PlacedGridCell,
  type RangeRef,
  type SheetGrid,
  type TableRef,
} from "../../sheet";
import { isPayloadError } from "./errors";
import { RequestMeter, jsonBytes } from "./payload";

/** Guess for the first chunk: a cell's value, number format and value type as JSON. */
const CONSERVATIVE_CELL_BYTES = 120;
/** The first chunk aims at this many response bytes, so a wrong guess stays far from the limit. */
const FIRST_CHUNK_BYTES = 1_000_000;
/** Measured sizes are multiplied by this before sizing later chunks (later rows may be longer). */
const SAFETY = 1.2;
/** Excel's documented cap for a get operation is 5,000,000 cells; stay far below. */
const MAX_CELLS_PER_CHUNK = 1_000_000;
/**
 * First guess of a rowHidden probe's request bytes (getRange path, instantiation and the query: about
 * 340 bytes in Office.js 1.1.110); later rounds use the measured size. It only decides
 * how finely spans are cut: how many probes go out is decided by measuring the request.
 */
const PROBE_REQUEST_GUESS = 512;
const PROBE_RESPONSE_BYTES = 40;
/** Without a meter: probes per sync. */
const PROBES_UNMEASURED = 4_000;

export type ReadOptions = {
  budgetBytes: number;
  /** Load the merged areas (Range.getMergedAreasOrNullObject, ExcelApi 1.13); else merges are []. */
  merges?: boolean;
};

export type ReadStats = { syncs: number; largestResponseBytes: number; totalResponseBytes: number };

type Span = { top: number; count: number };

function stringOf(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** One cell as the port defines it; Excel gives "" for empty cells and the error text for errors. */
export function gridCell(value: unknown, format: unknown, type: unknown): GridCell {
  const numberFormat = typeof format === "string" && format !== "" ? format : "General";
  let cellValue: CellValue;
  switch (type) {
    case "Empty":
      return numberFormat === "General" ? EMPTY_CELL : { value: null, format: numberFormat };
    case "Error":
      return { value: stringOf(value), format: numberFormat, error: true };
    default:
      if (typeof value === "number" || typeof value === "boolean") cellValue = value;
      else if (value === null || value === undefined || value === "") cellValue = null;
      else cellValue = stringOf(value);
  }
  return cellValue === null && numberFormat === "General"
    ? EMPTY_CELL
    : { value: cellValue, format: numberFormat };
}

/**
 * The parts whose rowHidden the next sync loads: every row when all mixed rows fit in `capacity`,
 * else each span cut into parts in proportion to its size. Spans that do not fit stay pending.
 */
export function planProbes(pending: readonly Span[], capacity: number): { parts: Span[]; rest: Span[] } {
  const rows = pending.reduce((sum, s) => sum + s.count, 0);
  const parts: Span[] = [];
  const rest: Span[] = [];
  for (const span of pending) {
    const room = capacity - parts.length;
    const wanted = rows <= capacity ? span.count : Math.max(2, Math.floor((capacity * span.count) / rows));
    if (room < Math.min(wanted, 2)) {
      rest.push(span);
      continue;
    }
    const size = Math.ceil(span.count / Math.min(wanted, room));
    for (let top = span.top; top < span.top + span.count; top += size) {
      parts.push({ top, count: Math.min(size, span.top + span.count - top) });
    }
  }
  return { parts, rest };
}

function tableRef(name: string, address: string, showHeaders: boolean): TableRef | null {
  const reference = splitSheetReference(address);
  const area = parseRange(reference?.address ?? address);
  return area ? { name, ...area, hasHeader: showHeaders } : null;
}

type Chunk = { top: number; count: number; range: Excel.Range };
type Probe = { span: Span; range: Excel.Range };

/** Reads `name` inside an Excel.run. */
export async function readSheetIn(
  context: Excel.RequestContext,
  name: string,
  options: ReadOptions,
  stats: ReadStats = { syncs: 0, largestResponseBytes: 0, totalResponseBytes: 0 },
): Promise<SheetGrid> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  const used = sheet.getUsedRangeOrNullObject(true);
  // Its own proxy: the office-addins lint rule treats any read of `sheet` before the sync as unsafe.
  const tables = context.workbook.worksheets.getItemOrNullObject(name).tables;
  sheet.load("name,visibility");
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  // With ids, Office.js addresses the tables as getItem(id) in the next sync, not by position
  // (which a co-author adding a table in between would shift).
  tables.load("items/name,items/showHeaders,items/id");
  await context.sync();
  stats.syncs++;
  if (sheet.isNullObject) throw new PortError("sheetNotFound", { operation: "read", sheet: name });

  // Table ranges ride along with the first chunk; queued again if that sync fails.
  const queueTables = () =>
    tables.items.map((table) => {
      const range = table.getRange();
      range.load("address");
      return { name: table.name, showHeaders: table.showHeaders, range };
    });
  let tableRanges = queueTables();
  const base = { name: sheet.name, visible: sheet.visibility === "Visible" };

  if (used.isNullObject) {
    if (tableRanges.length > 0) {
      await context.sync();
      stats.syncs++;
    }
    const refs = tableRanges.map((t) => tableRef(t.name, t.range.address, t.showHeaders));
    return gridFromCells(base.name, [], { visible: base.visible, tables: refs.filter((t) => t !== null) });
  }

  const area: RangeRef = {
    top: used.rowIndex + 1,
    left: used.columnIndex + 1,
    bottom: used.rowIndex + used.rowCount,
    right: used.columnIndex + used.columnCount,
  };
  const columns = used.columnCount;
  const rowsAddress = (span: Span) =>
    rangeAddress({ top: span.top, bottom: span.top + span.count - 1, left: area.left, right: area.right });
  const meter = new RequestMeter(context);
  const probeBudget = options.budgetBytes / 2;
  let probeBytes = PROBE_REQUEST_GUESS;
  const cells: PlacedGridCell[] = [];
  const hiddenRows: number[] = [];
  // Merged areas ride along with the first chunk (ExcelApi 1.13); queued again if that sync fails.
  const queueMerges = () => {
    if (options.merges !== true) return null;
    const areas = used.getMergedAreasOrNullObject();
    areas.load("address");
    return areas;
  };
  let mergedAreas = queueMerges();
  let mergesLoaded = false;
  let pending: Span[] = [];
  const cap = Math.max(1, Math.floor(MAX_CELLS_PER_CHUNK / columns));
  let rowsPerChunk = Math.min(
    cap,
    Math.max(1, Math.floor(FIRST_CHUNK_BYTES / (columns * CONSERVATIVE_CELL_BYTES))),
  );
  let bytesPerRow = 0;
  let tablesLoaded = tableRanges.length === 0;
  let top = area.top;

  while (top <= area.bottom || pending.length > 0) {
    let chunk: Chunk | null = null;
    if (top <= area.bottom) {
      const count = Math.min(rowsPerChunk, area.bottom - top + 1);
      // Untracked: read in this sync only. Office.js would otherwise keep every range in Excel and
      // release them all in one request after Excel.run (2 MB for 15,000 probes; past 5 MB it fails).
      const range = sheet.getRange(rowsAddress({ top, count })).untrack();
      range.load("values,numberFormat,valueTypes,rowHidden");
      chunk = { top, count, range };
    }
    const capacity = meter.exact ? Math.max(16, Math.floor(probeBudget / probeBytes)) : PROBES_UNMEASURED;
    const { parts, rest } = planProbes(pending, capacity);
    const probes: Probe[] = [];
    const start = meter.measure() ?? 0;
    let unsent: Span[] = [];
    for (const [i, span] of parts.entries()) {
      const queued = meter.measure();
      if (queued !== null && probes.length > 0 && queued - start > probeBudget) {
        unsent = parts.slice(i);
        break;
      }
      const range = sheet.getRange(rowsAddress(span)).untrack();
      range.load("rowHidden");
      probes.push({ span, range });
    }
    const end = meter.measure();
    if (end !== null && probes.length > 0) probeBytes = Math.max(64, (end - start) / probes.length);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ≤4 MB chunk (+ its probes)
      await context.sync();
      stats.syncs++;
    } catch (error) {
      stats.syncs++;
      if (!isPayloadError(error) || chunk === null || chunk.count === 1) throw error;
      // Nothing of the failed batch arrived: try half the rows, probe the same spans again.
      rowsPerChunk = Math.max(1, Math.floor(chunk.count / 2));
      if (!tablesLoaded) tableRanges = queueTables();
      if (!mergesLoaded) mergedAreas = queueMerges();
      continue;
    }
    tablesLoaded = true;
    mergesLoaded = true;
    pending = [...unsent, ...rest];
    for (const { span, range } of probes) {
      // rowHidden: true = all hidden, false = none, null = some (a single row is never mixed).
      const state = range.rowHidden as boolean | null;
      if (state === true) for (let r = span.top; r < span.top + span.count; r++) hiddenRows.push(r);
      else if (state === null && span.count > 1) pending.push(span);
    }
    stats.totalResponseBytes += probes.length * PROBE_RESPONSE_BYTES;
    if (!chunk) continue;

    const values = chunk.range.values as unknown[][];
    const formats = chunk.range.numberFormat as unknown[][];
    const types = chunk.range.valueTypes as unknown[][];
    const responseBytes = jsonBytes(values) + jsonBytes(formats) + jsonBytes(types);
    stats.totalResponseBytes += responseBytes;
    stats.largestResponseBytes = Math.max(stats.largestResponseBytes, responseBytes);
    bytesPerRow = Math.max(bytesPerRow, responseBytes / chunk.count);
    rowsPerChunk = Math.min(cap, Math.max(1, Math.floor(options.budgetBytes / (bytesPerRow * SAFETY))));
    for (let r = 0; r < chunk.count; r++) {
      const rowValues = values[r] ?? [];
      const rowFormats = formats[r] ?? [];
      const rowTypes = types[r] ?? [];
      for (let c = 0; c < columns; c++) {
        const cell = gridCell(rowValues[c], rowFormats[c], rowTypes[c]);
        if (cell.value !== null) cells.push({ row: chunk.top + r, column: area.left + c, cell });
      }
    }
    const state = chunk.range.rowHidden as boolean | null;
    if (state === true) for (let r = chunk.top; r < chunk.top + chunk.count; r++) hiddenRows.push(r);
    else if (state === null) pending.push({ top: chunk.top, count: chunk.count });
    top += chunk.count;
  }

  hiddenRows.sort((a, b) => a - b);
  const refs = tableRanges.map((t) => tableRef(t.name, t.range.address, t.showHeaders));
  const grid = gridFromCells(base.name, cells, {
    visible: base.visible,
    tables: refs.filter((t) => t !== null),
    merges: mergedAreas === null || mergedAreas.isNullObject ? [] : mergeRefs(mergedAreas.address),
  });
  // The used range stays Excel's, even where values alone would give a smaller one.
  const bounds = { firstRow: area.top, firstColumn: area.left, lastRow: area.bottom, lastColumn: area.right };
  return { ...grid, ...bounds, hiddenRows: hiddenRows.filter((r) => r >= area.top && r <= area.bottom) };
}

/** "Sheet1!A1:C1, Sheet1!E5:F6" (RangeAreas.address) → the areas. */
export function mergeRefs(address: string): RangeRef[] {
  return address.split(",").flatMap((part) => {
    const reference = splitSheetReference(part.trim());
    return parseRange(reference?.address ?? part.trim()) ?? [];
  });
}
