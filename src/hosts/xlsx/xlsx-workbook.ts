// The workbook port over an .xlsx file held in memory by exceljs. Bytes in, bytes out: no file
// system, so the same code runs in the `kam` CLI and in the browser workbench.

import { Workbook, type Worksheet } from "exceljs";
import {
  cellAddress,
  parseRange,
  PortError,
  type SheetInfo,
  type SheetSpec,
  type SheetWrite,
  type WorkbookPort,
  type WriteOutcome,
  withKeptCells,
} from "../../sheet";
import {
  DEFAULT_WORKBOOK_VIEW,
  hasSheetViews,
  loadBytes,
  orderNumber,
  saveBytes,
  setOrderNumber,
  setTabSelected,
  tableModels,
  workbookViews,
} from "./exceljs-adapter";
import { namedRanges } from "./defined-names";
import { checkXlsxSignature, damaged, noWorkbook } from "./open-error";
import { readGrid } from "./read-grid";
import { renderSpec } from "./render-spec";
import { foldValidations, repairLoadedWorkbook } from "./repair-loaded";
import { checkSpec } from "./spec-checks";
import { findUnkeptParts, type UnkeptPart } from "./unkept-parts";

export type XlsxWorkbook = WorkbookPort & {
  /** The workbook as .xlsx bytes, with every change made through the port. */
  save(): Promise<Uint8Array>;
  /**
   * Parts of the opened file that saving would drop (charts, pivot tables, …). While this is
   * non-empty, writeSheet refuses with "wouldLoseParts": saving would lose the user's work.
   */
  unkeptParts: readonly UnkeptPart[];
};

/** Runs synchronous exceljs work as a promise, so a throw becomes a rejection like in Office.js. */
function later<T>(work: () => T): Promise<T> {
  return new Promise<T>((resolve) => {
    resolve(work());
  });
}

/** Excel compares sheet names case-insensitively. */
function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  const lower = name.toLowerCase();
  return workbook.worksheets.find((ws) => ws.name.toLowerCase() === lower);
}

function sheetNamed(workbook: Workbook, name: string): Worksheet {
  const worksheet = findSheet(workbook, name);
  if (!worksheet) throw new PortError("sheetNotFound", { sheet: name });
  return worksheet;
}

function sheetInfo(worksheet: Worksheet): SheetInfo {
  return {
    name: worksheet.name,
    visible: worksheet.state === "visible",
    tables: tableModels(worksheet).map((t) => t.name),
  };
}

/** exceljs renders every SheetSpec feature, so nothing is ever skipped. */
function writeSheet(
  workbook: Workbook,
  spec: SheetSpec,
  replace: boolean,
  unkeptParts: readonly UnkeptPart[],
): WriteOutcome {
  if (unkeptParts.length > 0) {
    throw new PortError("wouldLoseParts", { operation: "write", sheet: spec.name, parts: unkeptParts });
  }
  const existing = findSheet(workbook, spec.name);
  if (existing && !replace) {
    throw new PortError("sheetExists", { operation: "write", sheet: existing.name });
  }
  checkSpec(spec, workbook, existing);
  // Replacing = a fresh sheet at the same place in the tab order (and under the same sheet id),
  // so nothing of the old content, formats, validations or tables survives.
  const order = existing ? orderNumber(existing) : null;
  if (existing) workbook.removeWorksheet(existing.id);
  const worksheet = workbook.addWorksheet(spec.name);
  if (order !== null) setOrderNumber(worksheet, order);
  renderSpec(workbook, worksheet, spec);
  return { skipped: [] };
}

/**
 * Several sheets as one write: every sheet is checked before any is touched, then each is rendered
 * in full. A file has no co-authors, so an update re-renders the whole sheet from its spec (which
 * carries users' cells); only the Office host writes changed cells alone.
 */
function writeSheets(
  workbook: Workbook,
  writes: readonly SheetWrite[],
  unkeptParts: readonly UnkeptPart[],
): WriteOutcome {
  for (const write of writes) {
    const { spec } = write;
    if (unkeptParts.length > 0)
      throw new PortError("wouldLoseParts", { operation: "write", sheet: spec.name, parts: unkeptParts });
    const existing = findSheet(workbook, spec.name);
    if (existing && write.mode === "create")
      throw new PortError("sheetExists", { operation: "write", sheet: existing.name });
    checkSpec(spec, workbook, existing);
  }
  for (const write of writes) {
    const existing = write.mode === "update" ? findSheet(workbook, write.spec.name) : undefined;
    // Users' cells stay as the sheet holds them (the sheet is rendered in full).
    const spec =
      write.mode === "update" && existing
        ? withKeptCells(write.spec, readGrid(existing), write.keep)
        : write.spec;
    writeSheet(workbook, spec, write.mode !== "create", unkeptParts);
  }
  return { skipped: [] };
}

function activate(workbook: Workbook, name: string, address: string | undefined): void {
  const worksheet = sheetNamed(workbook, name);
  if (worksheet.state !== "visible") {
    throw new PortError("sheetHidden", { operation: "activate", sheet: worksheet.name });
  }
  const area = address === undefined ? null : parseRange(address);
  if (address !== undefined && !area) throw new Error(`not an A1 address: "${address}"`);

  const index = workbook.worksheets.indexOf(worksheet);
  const [current = DEFAULT_WORKBOOK_VIEW, ...others] = workbookViews(workbook);
  workbook.views = [
    { ...current, activeTab: index, firstSheet: Math.min(current.firstSheet, index) },
    ...others,
  ];
  // Only the active sheet may be selected: several selected tabs form a group in Excel, and an
  // edit would then change every sheet of the group.
  for (const other of workbook.worksheets) {
    if (hasSheetViews(other)) for (const view of other.views) setTabSelected(view, false);
  }
  if (!hasSheetViews(worksheet)) worksheet.views = [{ state: "normal" }];
  const view = worksheet.views[0];
  if (!view) return;
  setTabSelected(view, true);
  // exceljs writes the selection as the active cell only; a range selects its top-left cell.
  if (area) view.activeCell = cellAddress(area.top, area.left);
}

function portOver(workbook: Workbook, unkeptParts: readonly UnkeptPart[]): XlsxWorkbook {
  return {
    unkeptParts,
    listSheets: () => later(() => workbook.worksheets.map(sheetInfo)),
    readSheet: (name) => later(() => readGrid(sheetNamed(workbook, name))),
    listNames: () => later(() => namedRanges(workbook)),
    writeSheet: (spec, options) => later(() => writeSheet(workbook, spec, options.replace, unkeptParts)),
    writeSheets: (writes) => later(() => writeSheets(workbook, writes, unkeptParts)),
    // A file: nobody else is editing it, and it never changes under the port.
    collaboration: () => Promise.resolve("inactive"),
    watch: () => Promise.resolve(() => Promise.resolve()),
    activate: (sheet, address) =>
      later(() => {
        activate(workbook, sheet, address);
      }),
    save: () =>
      later(() => {
        for (const worksheet of workbook.worksheets) foldValidations(worksheet);
      }).then(() => saveBytes(workbook)),
  };
}

/**
 * Opens .xlsx bytes. Throws the port's "unreadableFile" error, with the reason, for anything that
 * is not a readable .xlsx workbook (empty, another format, encrypted, damaged).
 */
export async function openXlsx(bytes: Uint8Array | ArrayBuffer): Promise<XlsxWorkbook> {
  const data = ArrayBuffer.isView(bytes)
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
  checkXlsxSignature(data);
  let workbook: Workbook;
  try {
    workbook = await loadBytes(data);
  } catch (error) {
    throw damaged(error);
  }
  if (workbook.worksheets.length === 0) throw noWorkbook();
  repairLoadedWorkbook(workbook);
  return portOver(workbook, await findUnkeptParts(data));
}

/** An empty workbook (no sheets yet). */
export function newXlsx(): XlsxWorkbook {
  return portOver(new Workbook(), []);
}
