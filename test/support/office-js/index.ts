// Excel on the web for tests: Microsoft's own Office.js (@microsoft/office-js, booted as a task pane
// page, see boot.ts) between the add-in and the engine's workbook model (test/support/fake-excel),
// speaking the RichApi protocol (rich-api.ts). The add-in gets the real `Excel`, `Office` and
// `OfficeExtension`, so load-before-read, ApiNotFound, request serialisation and chunking are
// Office.js's own; the model only sees what reaches Excel.
//
//   const excel = await createWireExcel({ sheets: [accountSheet("Kunden", 200)] });
//   const host = createOfficeHost(excel.Excel, excel.Office);
//   await host.readSheet("Kunden");
//   excel.stats.requests;            // real request and response bytes per sync
//   excel.control.failSync(2);       // the 2nd request from now fails
//
// Two clients can open one workbook (`openWireExcel(excel.state)`), and `control.remoteEdit` lands
// a co-author's change between two syncs.

import type { SheetGrid } from "../../../src/sheet";
import { createWorkbook, type FakeSheetInit, type FakeWorkbookModel } from "../fake-excel";
import type { FakeErrorCode } from "../fake-excel/errors";
import { DEFAULT_PAYLOAD_LIMIT } from "../fake-excel/payload";
import { bootOffice, type OfficePage } from "./boot";
import { hostServices, type HostServiceLog } from "./host-services";
import {
  dispatchChanges,
  newWireStats,
  RichApiServer,
  type ExcelState,
  type RemoteEdit,
  type WireStats,
} from "./rich-api";

export type { RequestRecord, WireStats } from "./rich-api";
export type { HostServiceLog, InvocationResult } from "./host-services";

/** What Excel on the web reports besides ExcelApi (overridable through `supportedSets`). */
const WEB_SETS: Readonly<Record<string, string>> = {
  ExcelApi: "1.17",
  ExcelApiOnline: "1.1",
  DelayForCellEdit: "1.1",
  CustomFunctions: "1.9",
  CustomFunctionsRuntime: "1.4",
  SharedRuntime: "1.1",
};

export type WireExcelOptions = {
  sheets?: readonly (FakeSheetInit | SheetGrid)[];
  activeSheet?: string;
  settings?: Readonly<Record<string, unknown>>;
  /** e.g. { ExcelApi: "1.9" }; merged over Excel on the web's sets (ExcelApi 1.17). */
  supportedSets?: Readonly<Record<string, string>>;
  /** Office's UI language; default "en-US". */
  displayLanguage?: string;
  /** Request and response limit per sync; default 5 MB (Excel on the web). */
  payloadLimitBytes?: number;
  /** Start the custom-functions runtime (shared runtime) and run these page scripts after office.js. */
  customFunctions?: { pageScripts: readonly string[] };
};

export type FakeControl = {
  /**
   * The n-th request from now (1-based) fails with `code` (default GeneralException). By default
   * nothing of it is applied; with { partial: true } the first half of its actions is applied first,
   * like a request that fails halfway.
   */
  failSync(n: number, code?: FakeErrorCode, options?: { partial?: boolean }): void;
  /** The user is editing a cell: the next `count` requests fail with InvalidOperationInCellEditMode. */
  cellEditMode(count: number): void;
  /** Marks the workbook as shared (Workbook.getIsActiveCollabSession; rows.add counted separately). */
  coauthoring(on: boolean): void;
  /** A co-author's edit, applied to the model right before each later request (until removed). */
  remoteEdit(edit: RemoteEdit): () => void;
  /**
   * A co-author's edit applied now, between this client's requests: every client that registered
   * for the sheet's changes hears of it (Worksheet.onChanged, source "Remote").
   */
  coauthorEdit(edit: (workbook: FakeWorkbookModel) => void): void;
  resetStats(): void;
};

export type WireExcel = {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: typeof OfficeExtension;
  /** The booted page (window, onReady info, host calls, custom-function messages). */
  page: OfficePage;
  workbook: FakeWorkbookModel;
  stats: WireStats;
  control: FakeControl;
  /** The workbook and its Excel, for a second client (openWireExcel). */
  state: ExcelState & { readonly workbook: FakeWorkbookModel };
  /** What Office.js told the host besides workbook requests (start-up notice, custom-function results). */
  services: HostServiceLog;
  /** Resolves once `done(services)` holds (checked after each host-service request). */
  whenServices(done: (log: HostServiceLog) => boolean, timeoutMs?: number): Promise<void>;
  /** Objects Office.js asked this client's Excel to keep and has not released (leak checks). */
  keptObjects(): number;
};

/** A new workbook in Excel on the web, with one client (task pane) connected. */
export function createWireExcel(options: WireExcelOptions = {}): Promise<WireExcel> {
  const workbook = createWorkbook({
    ...(options.sheets ? { sheets: options.sheets } : {}),
    ...(options.activeSheet === undefined ? {} : { activeSheet: options.activeSheet }),
    ...(options.settings ? { settings: options.settings } : {}),
    displayLanguage: options.displayLanguage ?? "en-US",
  });
  const state: WireExcel["state"] = {
    workbook,
    stats: newWireStats(),
    failures: new Map(),
    cellEdit: 0,
    coauthoring: false,
    payloadLimitBytes: options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT,
    remoteEdits: [],
    requirementSets: { ...WEB_SETS, ...options.supportedSets },
    clients: [],
  };
  return openWireExcel(state, options);
}

/** Another client (its own Office.js page) on the same workbook and Excel state. */
export async function openWireExcel(
  state: WireExcel["state"],
  options: Pick<WireExcelOptions, "displayLanguage" | "customFunctions"> = {},
): Promise<WireExcel> {
  const services = hostServices();
  const server = new RichApiServer(state, services);
  const waiting = new Set<() => void>();
  services.onChange = () => {
    for (const check of [...waiting]) check();
  };
  const whenServices = (done: (log: HostServiceLog) => boolean, timeoutMs = 5000): Promise<void> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(check);
        reject(new Error("the emulated Excel host did not hear from Office.js in time"));
      }, timeoutMs);
      const check = () => {
        if (!done(services.log)) return;
        clearTimeout(timer);
        waiting.delete(check);
        resolve();
      };
      waiting.add(check);
      check();
    });
  const page = await bootOffice({
    displayLanguage: options.displayLanguage ?? "en-US",
    requirementSets: state.requirementSets,
    customFunctions: options.customFunctions !== undefined,
    ...(options.customFunctions ? { pageScripts: options.customFunctions.pageScripts } : {}),
    richApi: (safeArray, callback) => {
      const result = server.execute(safeArray);
      // Excel answers asynchronously.
      queueMicrotask(() => {
        callback(result);
      });
    },
  });
  // Change events reach this page as Excel sends them: a richApiMessage (ignored until the add-in
  // registered for richApiMessage, as Office.js does on the first onChanged.add).
  server.client.deliver = (entries) => {
    try {
      page.sendRichApiMessage(entries);
    } catch {
      // No richApiMessage handler yet: the page listens to no events.
    }
  };
  // Every task pane on Excel on the web tells the host it can take ribbon actions; with custom
  // functions the runtime also reports ready. Tests start after that, as a user would.
  await whenServices(
    (log) => log.actionHandlerReady && (!options.customFunctions || log.customFunctionsReady),
  );
  const control: FakeControl = {
    failSync(n, code = "GeneralException", opts = {}) {
      if (!Number.isInteger(n) || n < 1) throw new Error("failSync: n counts syncs from now, starting at 1");
      state.failures.set(state.stats.syncs + n, { code, partial: opts.partial === true });
    },
    cellEditMode(count) {
      state.cellEdit = count;
    },
    coauthoring(on) {
      state.coauthoring = on;
    },
    coauthorEdit(edit) {
      const changes: Parameters<typeof dispatchChanges>[1][number][] = [];
      state.workbook.onContentChanged = (sheet, rect) => changes.push({ sheet, rect });
      try {
        edit(state.workbook);
      } finally {
        state.workbook.onContentChanged = null;
      }
      setTimeout(() => {
        dispatchChanges(state.clients, changes, null);
      }, 0);
    },
    remoteEdit(edit) {
      state.remoteEdits.push(edit);
      return () => {
        const at = state.remoteEdits.indexOf(edit);
        if (at >= 0) state.remoteEdits.splice(at, 1);
      };
    },
    resetStats() {
      Object.assign(state.stats, newWireStats());
      state.failures.clear();
    },
  };
  // The one boundary cast: these are Office.js's own objects from the page's realm.
  return {
    Excel: page.Excel as typeof Excel,
    Office: page.Office as typeof Office,
    OfficeExtension: page.OfficeExtension as typeof OfficeExtension,
    page,
    workbook: state.workbook,
    stats: state.stats,
    control,
    state,
    services: services.log,
    whenServices,
    keptObjects: () => server.keptObjects,
  };
}
