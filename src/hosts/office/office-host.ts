// The WorkbookPort over the Excel JavaScript API. `Excel` and `Office` are injected: the task pane
// passes the globals of the Office.js it loaded, tests those of Microsoft's Office.js booted over a
// model of Excel (test/support/office-js).

import {
  PortError,
  type Collaboration,
  type NamedRange,
  type PortErrorParams,
  type SheetChange,
  type SheetGrid,
  type SheetInfo,
  type SheetSpec,
  type SheetWrite,
  type WorkbookPort,
  type WriteOutcome,
} from "../../sheet";
import { capabilitiesOf, EXCEL_API, excelApiName, type Capabilities } from "./capabilities";
import { excelErrorCode, isPayloadError, toPortError } from "./errors";
import { listNamesIn, listSheetsIn } from "./list-workbook";
import { DEFAULT_BUDGET_BYTES, type BatchStats } from "./payload";
import { readSheetIn, type ReadStats } from "./read-sheet";
import { DEFAULT_RETRY, retryInCellEditMode, type Delay, type RetryPolicy } from "./retry";
import { rollbackIn, writeSheetIn, type WriteState } from "./write-sheet";
import { collaborationIn } from "./collaboration";
import { rollbackSheetsIn, writeSheetsIn, type SheetsWriteState } from "./write-sheets";

export type OfficeHostOptions = {
  /** Pause used between cell-edit-mode retries (tests pass an instant one). */
  delay?: Delay;
  /** Retries while Excel is in cell-edit mode (default 4: 0.25 s, 0.5 s, 1 s, 2 s). */
  cellEditRetries?: number;
  firstRetryDelayMs?: number;
  /** Request bytes one sync may carry, as Office.js serialises it (default 4,000,000; Excel on the web allows 5 MB). */
  budgetBytes?: number;
  /** Target JSON size of one chunk of values + number formats (default 256 KB). */
  chunkBytes?: number;
  /** Suffix generator for temporary sheet and table names. */
  uniqueSuffix?: () => string;
  /**
   * Apply each format to many rectangles at once through RangeAreas (ExcelApi 1.9; default on).
   * Multi-area addresses are kept under 2,000 characters because longer ones fail unpredictably
   * with InvalidArgument (OfficeDev/office-js#5198); if a write still fails with InvalidArgument,
   * it is rolled back and done once more with one Range per rectangle.
   */
  rangeAreas?: boolean;
  /** Called after each read or write with the host's own payload figures (diagnostics, benchmarks). */
  onStats?: (stats: HostStats) => void;
};

/** The host's view of one operation: syncs it made and the payload it sent or received. */
export type HostStats = {
  operation: "readSheet" | "writeSheet" | "writeSheets";
  sheet: string;
  syncs: number;
  /** Request bytes of the writing syncs, measured as Office.js serialises them (see payload.ts). */
  requestBytes: number;
  largestRequestBytes: number;
  /** Measured JSON bytes of loaded cell data (reads). */
  responseBytes: number;
  largestResponseBytes: number;
};

const DEFAULT_CHUNK_BYTES = 256 * 1024;

type WriteSizes = { budgetBytes: number; chunkBytes: number; rangeAreas: boolean };

const randomSuffix = () => Math.random().toString(36).slice(2, 10);

export function createOfficeHost(
  excel: typeof Excel,
  office: typeof Office,
  options: OfficeHostOptions = {},
): WorkbookPort & { readonly capabilities: Capabilities } {
  const retry: RetryPolicy = {
    retries: options.cellEditRetries ?? DEFAULT_RETRY.retries,
    firstDelayMs: options.firstRetryDelayMs ?? DEFAULT_RETRY.firstDelayMs,
    delay: options.delay ?? DEFAULT_RETRY.delay,
  };
  const budgetBytes = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const uniqueSuffix = options.uniqueSuffix ?? randomSuffix;
  const rangeAreas = options.rangeAreas ?? true;
  const report = options.onStats ?? (() => undefined);
  /** A write's figures: what it sent (a write reads no cells back). */
  const reportWrite = (
    operation: HostStats["operation"],
    sheet: string,
    syncs: number,
    stats: BatchStats,
  ) => {
    report({
      operation,
      sheet,
      syncs,
      requestBytes: stats.totalRequestBytes,
      largestRequestBytes: stats.largestRequestBytes,
      responseBytes: 0,
      largestResponseBytes: 0,
    });
  };

  let capabilities: Capabilities | null = null;
  const requireCapabilities = (params: PortErrorParams): Capabilities => {
    capabilities ??= capabilitiesOf(office);
    if (!capabilities.excelApi(EXCEL_API.nullObjects)) {
      throw new PortError("hostTooOld", { ...params, requirement: excelApiName(EXCEL_API.nullObjects) });
    }
    return capabilities;
  };

  /** One Excel.run, retried in cell-edit mode, with Excel's errors turned into PortErrors. */
  async function run<T>(
    params: PortErrorParams,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    requireCapabilities(params);
    try {
      return await retryInCellEditMode(() => excel.run(batch), retry, params);
    } catch (error) {
      throw toPortError(error, params);
    }
  }

  /** False only when Excel says the sheet does not exist; true when it exists or Excel cannot tell. */
  async function sheetMayExist(name: string): Promise<boolean> {
    try {
      return await excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        sheet.load("name");
        await context.sync();
        return !sheet.isNullObject;
      });
    } catch {
      return true;
    }
  }

  async function writeOnce(
    spec: SheetSpec,
    replace: boolean,
    caps: Capabilities,
    sizes: WriteSizes,
  ): Promise<WriteOutcome> {
    const state: WriteState = {
      finalName: spec.name,
      tempName: null,
      backupName: null,
      tempTableName: null,
      tableName: null,
    };
    try {
      const { skipped, stats } = await excel.run((context) =>
        writeSheetIn(context, spec, replace, caps, { ...sizes, uniqueSuffix }, state),
      );
      // + the preflight sync
      reportWrite("writeSheet", spec.name, stats.syncs + 1, stats);
      return { skipped };
    } catch (error) {
      // Nothing was created before the temporary name was chosen.
      if (state.tempName !== null) {
        try {
          await retryInCellEditMode(() => excel.run((context) => rollbackIn(context, state)), retry, {
            operation: "write",
            sheet: spec.name,
          });
        } catch (cleanupError) {
          // Only a temporary sheet that is really there is worth the user's attention.
          if (!(await sheetMayExist(state.tempName))) throw error;
          throw new PortError(
            "cleanupFailed",
            { operation: "write", sheet: spec.name, other: state.tempName, detail: String(cleanupError) },
            { cause: error },
          );
        }
      }
      throw error;
    }
  }

  async function writeSheetsOnce(
    writes: readonly SheetWrite[],
    caps: Capabilities,
    sizes: WriteSizes,
  ): Promise<WriteOutcome> {
    const state: SheetsWriteState = { creates: [], updates: [] };
    const names = writes.map((w) => w.spec.name).join(", ");
    try {
      const { skipped, stats } = await excel.run((context) =>
        writeSheetsIn(context, writes, caps, { ...sizes, uniqueSuffix }, state),
      );
      reportWrite("writeSheets", names, stats.syncs, stats);
      return { skipped };
    } catch (error) {
      const touched = state.updates.some((j) => j.applied) || state.creates.some((c) => c.tempName !== null);
      if (!touched) throw error;
      try {
        await retryInCellEditMode(
          () => excel.run((context) => rollbackSheetsIn(context, state, sizes.budgetBytes)),
          retry,
          { operation: "write" },
        );
      } catch (cleanupError) {
        const left = state.creates.find((c) => c.tempName !== null)?.tempName;
        const other = left !== undefined && left !== null && (await sheetMayExist(left)) ? left : undefined;
        const updated = state.updates.find((j) => j.applied)?.sheet;
        throw new PortError(
          "cleanupFailed",
          {
            operation: "write",
            sheet: names,
            other: other ?? updated ?? names,
            detail: String(cleanupError),
          },
          { cause: error },
        );
      }
      throw error;
    }
  }

  /**
   * A write with its retries: in cell-edit mode (retry policy), then — each attempt rolled back
   * fully before the next starts — once more with half-size batches when this Excel's payload
   * limit is lower than ours (or this Office.js could not be measured), and once more with plain
   * ranges when Excel would not take multi-area addresses.
   */
  async function writeWithRetries(
    params: PortErrorParams,
    once: (caps: Capabilities, sizes: WriteSizes) => Promise<WriteOutcome>,
  ): Promise<WriteOutcome> {
    const caps = requireCapabilities(params);
    const attempt = (sizes: WriteSizes) => retryInCellEditMode(() => once(caps, sizes), retry, params);
    const first = { budgetBytes, chunkBytes, rangeAreas: rangeAreas && caps.excelApi(EXCEL_API.rangeAreas) };
    try {
      try {
        return await attempt(first);
      } catch (error) {
        if (isPayloadError(error)) {
          return await attempt({
            ...first,
            budgetBytes: Math.floor(budgetBytes / 2),
            chunkBytes: Math.floor(chunkBytes / 2),
          });
        }
        if (first.rangeAreas && excelErrorCode(error) === "InvalidArgument") {
          return await attempt({ ...first, rangeAreas: false });
        }
        throw error;
      }
    } catch (error) {
      throw toPortError(error, params);
    }
  }

  return {
    get capabilities() {
      return capabilitiesOf(office);
    },

    listSheets(): Promise<readonly SheetInfo[]> {
      return run({ operation: "read" }, (context) => listSheetsIn(context));
    },

    async readSheet(name: string): Promise<SheetGrid> {
      const stats: ReadStats = { syncs: 0, largestResponseBytes: 0, totalResponseBytes: 0 };
      const params: PortErrorParams = { operation: "read", sheet: name };
      const merges = requireCapabilities(params).excelApi(EXCEL_API.mergedAreas);
      const grid = await run(params, (context) => readSheetIn(context, name, { budgetBytes, merges }, stats));
      report({
        operation: "readSheet",
        sheet: name,
        syncs: stats.syncs,
        requestBytes: 0,
        largestRequestBytes: 0,
        responseBytes: stats.totalResponseBytes,
        largestResponseBytes: stats.largestResponseBytes,
      });
      return grid;
    },

    listNames(): Promise<readonly NamedRange[]> {
      const params: PortErrorParams = { operation: "read" };
      return run(params, (context) => listNamesIn(context, requireCapabilities(params)));
    },

    writeSheet(spec: SheetSpec, { replace }: { replace: boolean }): Promise<WriteOutcome> {
      return writeWithRetries({ operation: "write", sheet: spec.name }, (caps, sizes) =>
        writeOnce(spec, replace, caps, sizes),
      );
    },

    writeSheets(writes: readonly SheetWrite[]): Promise<WriteOutcome> {
      const params: PortErrorParams = {
        operation: "write",
        sheet: writes.map((w) => w.spec.name).join(", "),
      };
      return writeWithRetries(params, (caps, sizes) => writeSheetsOnce(writes, caps, sizes));
    },

    async collaboration(): Promise<Collaboration> {
      const params: PortErrorParams = { operation: "read" };
      const caps = requireCapabilities(params);
      try {
        return await run(params, (context) => collaborationIn(context, caps));
      } catch {
        // Excel could not say: that is the answer ("unknown" is treated as others editing).
        return "unknown";
      }
    },

    async watch(
      sheets: readonly string[],
      onChange: (change: SheetChange) => void,
    ): Promise<() => Promise<void>> {
      const params: PortErrorParams = { operation: "read" };
      // Without Worksheet.onChanged (ExcelApi 1.7) the pane simply gets no live notices.
      if (!requireCapabilities(params).excelApi(EXCEL_API.changeEvents) || sheets.length === 0)
        return () => Promise.resolve();
      const handlers = await run(params, async (context) => {
        const all = context.workbook.worksheets;
        all.load("items/name,items/id");
        await context.sync();
        const results: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
        for (const worksheet of all.items) {
          if (!sheets.some((s) => s.toLowerCase() === worksheet.name.toLowerCase())) continue;
          const name = worksheet.name;
          results.push(
            worksheet.onChanged.add((event) => {
              onChange({
                sheet: name,
                address: event.address,
                source: event.source === "Remote" ? "remote" : "local",
              });
              return Promise.resolve();
            }),
          );
        }
        await context.sync();
        return results;
      });
      const [first] = handlers;
      return async () => {
        if (!first) return;
        await excel.run(first.context, async (context) => {
          for (const handler of handlers) handler.remove();
          await context.sync();
        });
      };
    },

    activate(sheet: string, address?: string): Promise<void> {
      return run({ operation: "activate", sheet }, async (context) => {
        const target = context.workbook.worksheets.getItemOrNullObject(sheet);
        target.load("name");
        await context.sync();
        if (target.isNullObject) throw new PortError("sheetNotFound", { operation: "activate", sheet });
        target.activate();
        if (address !== undefined) target.getRange(address).select();
        await context.sync();
      });
    },
  };
}
