// The request context and the batch engine. Every API call on a proxy QUEUES an operation; only
// context.sync() runs the queue, in order, against the model ("Using the application-specific API
// model": "the queued commands are dispatched to the Office application and run"). A failing operation
// stops the batch: operations before it stay applied, later ones do not run (OfficeExtension.Error
// docs, traceMessages example). Loaded values become readable only when the whole sync succeeds.

import { checkApi, EXCEL_API_SINCE, isSetSupported, type RequirementSets } from "./api-sets";
import { FakeOfficeError, officeError, type FakeErrorCode } from "./errors";
import type { WorkbookModel } from "./model";
import { jsonBytes, utf8Length } from "./payload";
import { separatorsFor, type Separators } from "./text-format";

export type FakeStats = {
  /** Excel.run calls. */
  runs: number;
  /** context.sync() calls, including the implicit one at the end of Excel.run and failing ones. */
  syncs: number;
  failedSyncs: number;
  /** One entry per sync: JSON size of the queued operations and their count. */
  requests: { bytes: number; operations: number }[];
  largestRequestBytes: number;
  largestResponseBytes: number;
  /** TableRowCollection.add calls (Microsoft advises against them under co-authoring). */
  tableRowsAdd: number;
  tableRowsAddWhileCoauthoring: number;
  /** load() without property names, or loading a navigation property as a whole. */
  unscopedLoads: number;
  cellEditRejections: number;
  calculationSuspensions: number;
};

export function newStats(): FakeStats {
  return {
    runs: 0,
    syncs: 0,
    failedSyncs: 0,
    requests: [],
    largestRequestBytes: 0,
    largestResponseBytes: 0,
    tableRowsAdd: 0,
    tableRowsAddWhileCoauthoring: 0,
    unscopedLoads: 0,
    cellEditRejections: 0,
    calculationSuspensions: 0,
  };
}

export type PlannedFailure = { code: FakeErrorCode; partial: boolean };

/** Work of one sync: response parts (for the payload size) and what to commit when it succeeds. */
export type Exec = { response: unknown[]; commits: (() => void)[] };

export type Op = {
  location: string;
  statement: string;
  request: unknown;
  run: (args: unknown[], exec: Exec) => void;
};

export class Engine {
  readonly stats: FakeStats = newStats();
  readonly failures = new Map<number, PlannedFailure>();
  cellEdit: { remaining: number; at: "run" | "sync" } = { remaining: 0, at: "run" };
  coauthoring = false;
  readonly separators: Separators;
  /** Builds the `workbook` proxy of a new context (set by index.ts; avoids an import cycle). */
  workbookFactory: ((context: FakeRequestContext) => unknown) | null = null;

  constructor(
    readonly model: WorkbookModel,
    readonly sets: RequirementSets,
    readonly payloadLimit: number,
    readonly language: string,
  ) {
    this.separators = separatorsFor(language);
  }

  checkApi(member: string, write = false): void {
    checkApi(this.sets, member, write);
  }

  supports(member: string): boolean {
    const since = EXCEL_API_SINCE[member];
    return since === undefined || isSetSupported(this.sets, "ExcelApi", since);
  }
}

function isRequestShape(value: unknown): value is { a: unknown[] } {
  return typeof value === "object" && value !== null && Array.isArray((value as { a?: unknown }).a);
}

export class FakeRequestContext {
  private queue: Op[] = [];
  private openRuns = 0;
  private nextId = 1;
  private workbookProxy: unknown;
  private readonly referenced = new Map<number, { objectId: number }>();
  delayForCellEdit = false;
  readonly trackedObjects = {
    add: (_objects: unknown): void => undefined,
    remove: (_objects: unknown): void => undefined,
  };

  constructor(readonly engine: Engine) {}

  get workbook(): unknown {
    if (this.workbookProxy === undefined) {
      if (!this.engine.workbookFactory) throw new Error("fake Excel: no workbook factory");
      this.workbookProxy = this.engine.workbookFactory(this);
    }
    return this.workbookProxy;
  }

  get application(): unknown {
    return (this.workbook as { application: unknown }).application;
  }

  newObjectId(): number {
    return this.nextId++;
  }

  /** Keeps proxies passed as arguments, so sync-time code can turn `{ _ref: id }` back into them. */
  remember(obj: { objectId: number }): void {
    this.referenced.set(obj.objectId, obj);
  }

  recall(id: number): unknown {
    return this.referenced.get(id);
  }

  open(): void {
    this.openRuns++;
  }

  close(): void {
    this.openRuns = Math.max(0, this.openRuns - 1);
  }

  get isOpen(): boolean {
    return this.openRuns > 0;
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(op: Op): void {
    if (!this.isOpen) {
      throw officeError("InvalidObjectPath", undefined, op.location);
    }
    this.queue.push(op);
  }

  /** Runs the queue; resolves with `passThroughValue` like office.js's sync. */
  async sync<P>(passThroughValue?: P): Promise<P | undefined> {
    await Promise.resolve();
    const engine = this.engine;
    const stats = engine.stats;
    stats.syncs++;
    const syncNumber = stats.syncs;
    const queue = this.queue;
    this.queue = [];
    const fail = (error: FakeOfficeError): never => {
      stats.failedSyncs++;
      throw error;
    };
    if (engine.cellEdit.remaining > 0 && engine.cellEdit.at === "sync" && !this.delayForCellEdit) {
      engine.cellEdit.remaining--;
      stats.cellEditRejections++;
      stats.requests.push({ bytes: 0, operations: queue.length });
      fail(officeError("InvalidOperationInCellEditMode", undefined, "RequestContext.sync"));
    }
    let json: string;
    try {
      json = JSON.stringify(queue.map((op) => op.request));
    } catch (e) {
      stats.requests.push({ bytes: 0, operations: queue.length });
      return fail(
        officeError("InvalidArgument", `arguments cannot be serialized: ${String(e)}`, "RequestContext.sync"),
      );
    }
    const bytes = utf8Length(json);
    stats.requests.push({ bytes, operations: queue.length });
    stats.largestRequestBytes = Math.max(stats.largestRequestBytes, bytes);
    if (bytes > engine.payloadLimit) {
      fail(officeError("RequestPayloadSizeLimitExceeded", `${bytes} bytes`, "RequestContext.sync"));
    }
    const planned = engine.failures.get(syncNumber);
    engine.failures.delete(syncNumber);
    if (planned && !planned.partial) fail(officeError(planned.code, "failure injected by control.failSync"));
    const parsed = JSON.parse(json) as unknown[];
    const exec: Exec = { response: [], commits: [] };
    const stop = planned?.partial ? Math.floor(queue.length / 2) : queue.length;
    for (let i = 0; i < stop; i++) {
      const op = queue[i];
      if (!op) continue;
      const request = parsed[i];
      try {
        op.run(isRequestShape(request) ? request.a : [], exec);
      } catch (e) {
        if (e instanceof FakeOfficeError) fail(e.locate(op.location, op.statement));
        stats.failedSyncs++;
        throw e;
      }
    }
    if (planned) fail(officeError(planned.code, "failure injected by control.failSync (partial batch)"));
    const responseBytes = jsonBytes(exec.response);
    stats.largestResponseBytes = Math.max(stats.largestResponseBytes, responseBytes);
    if (responseBytes > engine.payloadLimit) {
      fail(officeError("ResponsePayloadSizeLimitExceeded", `${responseBytes} bytes`, "RequestContext.sync"));
    }
    for (const commit of exec.commits) commit();
    return passThroughValue;
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function"
  );
}

function contextOf(value: unknown): FakeRequestContext | undefined {
  if (value instanceof FakeRequestContext) return value;
  if (Array.isArray(value)) return value.map(contextOf).find((c) => c !== undefined);
  if (typeof value === "object" && value !== null && "context" in value) {
    const ctx = value.context;
    return ctx instanceof FakeRequestContext ? ctx : undefined;
  }
  return undefined;
}

/**
 * Excel.run(batch) / Excel.run(object | objects | context | options, batch). The batch must return a
 * promise; whatever is still queued when it resolves is synced. Rejects with
 * InvalidOperationInCellEditMode while control.cellEditMode is active, unless options.delayForCellEdit.
 */
export function makeRun(engine: Engine) {
  return async function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw officeError("InvalidArgument", "Excel.run needs a batch function");
    const first = args.length > 1 ? args[0] : undefined;
    let ctx = contextOf(first);
    let delay = false;
    if (!ctx && typeof first === "object" && first !== null) {
      const options = first as { delayForCellEdit?: unknown; previousObjects?: unknown };
      delay = options.delayForCellEdit === true;
      ctx = contextOf(options.previousObjects);
    }
    engine.stats.runs++;
    if (engine.cellEdit.remaining > 0 && engine.cellEdit.at === "run" && !delay) {
      engine.cellEdit.remaining--;
      engine.stats.cellEditRejections++;
      throw officeError("InvalidOperationInCellEditMode", undefined, "Excel.run");
    }
    ctx ??= new FakeRequestContext(engine);
    ctx.delayForCellEdit = delay;
    ctx.open();
    try {
      const result: unknown = (batch as (c: FakeRequestContext) => unknown)(ctx);
      if (!isThenable(result)) throw officeError("RunMustReturnPromise", undefined, "Excel.run");
      const value = await result;
      if (ctx.pending > 0) await ctx.sync();
      return value;
    } finally {
      ctx.close();
    }
  };
}
