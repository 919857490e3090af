// Excel on the web limits each request and each response to 5 MB ("Resource limits and performance
// optimization for Office Add-ins" → Excel add-ins; RequestPayloadSizeLimitExceeded /
// ResponsePayloadSizeLimitExceeded). The host syncs before a batch would pass a budget under that limit,
// and measures the request as Office.js will send it: Office.js serialises its pending request as
// `{"AutoKeepReference":…,"Actions":[…],"ObjectPaths":{"id":{…},…}}`, and RequestMeter counts the
// JSON of every action and object path queued since the last sync. That needs Office.js's pending
// request (`context._pendingRequest`, not part of the documented API; checked against
// @microsoft/office-js 1.1.110 in test/hosts/office). Where an Office.js lacks it, the meter counts the
// arguments' own JSON only, and a request Excel still refuses is retried at half size (office-host.ts).

/** Documented limit of Excel on the web, per request and per response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** What one sync may carry: the largest single operation still fits under the limit on top of it. */
export const DEFAULT_BUDGET_BYTES = 4_000_000;

/** UTF-8 length of a string, without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one 4-byte character.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value as JSON (what Office.js puts on the wire for arrays and scalars). */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 4 : utf8Length(JSON.stringify(value));
}

// ---- Office.js's pending request, as far as the meter reads it ----------------------------------------

type PathInfo = { Id: number; ObjectPathType: number };
type PendingPath = {
  objectPathInfo: PathInfo;
  parentObjectPath?: PendingPath | null;
  argumentObjectPaths?: readonly (PendingPath | null)[] | null;
};
type PendingAction = {
  actionInfo: { Id: number; ObjectPathId?: number; ArgumentInfo?: { ReferencedObjectPathIds?: unknown } };
  referencedArgumentObjectPaths?: readonly (PendingPath | null)[] | null;
};
type PendingRequest = {
  _actions: readonly PendingAction[];
  _objectPaths: Readonly<Record<string, PendingPath>>;
};

/** `{"AutoKeepReference":false,"Actions":[],"ObjectPaths":{}}` */
const ENVELOPE_BYTES = 56;
/** Office.js adds `,"L":[…]` to actions at send time: the ids of paths last used there (early dispose). */
const LAST_USED_BYTES_PER_ACTION = 7;

function pendingRequestOf(context: object): PendingRequest | null {
  // Not in Office.js's typings: read defensively, give up (null) on anything unexpected.
  const pending: unknown = Reflect.get(context, "_pendingRequest");
  if (typeof pending !== "object" || pending === null) return null;
  const actions: unknown = Reflect.get(pending, "_actions");
  const paths: unknown = Reflect.get(pending, "_objectPaths");
  if (!Array.isArray(actions) || typeof paths !== "object" || paths === null) return null;
  return pending as PendingRequest;
}

function isPendingPath(value: unknown): value is PendingPath {
  if (typeof value !== "object" || value === null) return false;
  const info: unknown = Reflect.get(value, "objectPathInfo");
  return typeof info === "object" && info !== null && typeof Reflect.get(info, "Id") === "number";
}

/**
 * The serialised size of what a request context has queued, counted as it grows: each action and
 * object path once, when first seen (the work is proportional to what is queued, not to the square
 * of it).
 */
export class RequestMeter {
  private request: PendingRequest | null = null;
  private readonly actions = new Set<number>();
  private readonly paths = new Set<number>();
  private bytes = 0;
  /** False once the context turned out not to expose Office.js's pending request. */
  readonly exact: boolean;

  constructor(private readonly context: object) {
    this.exact = pendingRequestOf(context) !== null;
  }

  /** Bytes of the request the next sync would send; null when this Office.js cannot be measured. */
  measure(): number | null {
    if (!this.exact) return null;
    const request = pendingRequestOf(this.context);
    if (!request) return null;
    if (request !== this.request) {
      // A sync went out: a new request starts.
      this.request = request;
      this.actions.clear();
      this.paths.clear();
      this.bytes = ENVELOPE_BYTES;
    }
    const list = request._actions;
    // New actions are appended; walk back to the first one already counted.
    let first = list.length;
    while (first > 0 && !this.actions.has(list[first - 1]?.actionInfo.Id ?? -1)) first--;
    for (let i = first; i < list.length; i++) {
      const action = list[i];
      if (action) this.countAction(action, request);
    }
    return this.bytes;
  }

  private countAction(action: PendingAction, request: PendingRequest): void {
    const info = action.actionInfo;
    this.actions.add(info.Id);
    this.bytes += utf8Length(JSON.stringify(info)) + 1 + LAST_USED_BYTES_PER_ACTION;
    if (info.ObjectPathId !== undefined)
      this.countPath(request._objectPaths[String(info.ObjectPathId)], request);
    for (const path of action.referencedArgumentObjectPaths ?? []) this.countPath(path, request);
    this.countReferencedIds(info.ArgumentInfo?.ReferencedObjectPathIds, request);
  }

  private countReferencedIds(ids: unknown, request: PendingRequest): void {
    if (typeof ids === "number" && ids !== 0) this.countPath(request._objectPaths[String(ids)], request);
    else if (Array.isArray(ids)) for (const id of ids) this.countReferencedIds(id, request);
  }

  /** The path, its parents and (for method paths) its object arguments, as Office.js adds them. */
  private countPath(path: unknown, request: PendingRequest): void {
    let current: unknown = path;
    while (isPendingPath(current) && !this.paths.has(current.objectPathInfo.Id)) {
      const info = current.objectPathInfo;
      this.paths.add(info.Id);
      // `"id":{…},` plus the id again in some action's "L" list.
      const id = String(info.Id);
      this.bytes += utf8Length(JSON.stringify(info)) + id.length + 4 + id.length + 1;
      if (info.ObjectPathType === 3)
        for (const arg of current.argumentObjectPaths ?? []) this.countPath(arg, request);
      current = current.parentObjectPath;
    }
  }
}

export type BatchStats = { syncs: number; largestRequestBytes: number; totalRequestBytes: number };

/**
 * Queues operations and syncs whenever the next one would push the request past the budget, so a
 * loop over chunks costs one sync per ≤ budget of payload, never one per row.
 */
export class BudgetedBatch {
  private readonly meter: RequestMeter;
  /** Measured request size; without a meter, the arguments' JSON declared so far. */
  private queuedBytes = 0;
  readonly stats: BatchStats = { syncs: 0, largestRequestBytes: 0, totalRequestBytes: 0 };

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budgetBytes: number,
    /** Runs at the start of every batch (e.g. suspendApiCalculationUntilNextSync, valid until the next sync). */
    private readonly onBatchStart: () => void = () => undefined,
  ) {
    this.meter = new RequestMeter(context);
  }

  /** True when the request size is measured from Office.js's pending request. */
  get measured(): boolean {
    return this.meter.exact;
  }

  /**
   * Makes room for an operation whose arguments are `argumentBytes` of JSON (syncing first when they
   * would not fit), so that the caller can queue it right after.
   */
  async reserve(argumentBytes: number): Promise<void> {
    if (this.queuedBytes > 0 && this.queuedBytes + argumentBytes > this.budgetBytes) await this.flush();
    if (this.queuedBytes === 0) {
      this.onBatchStart();
      this.queuedBytes = this.meter.measure() ?? 1;
    }
  }

  /** Queues `enqueue`, whose arguments are `argumentBytes` of JSON, syncing first if needed. */
  async add(argumentBytes: number, enqueue: () => void): Promise<void> {
    await this.reserve(argumentBytes);
    enqueue();
    this.queuedBytes = this.meter.measure() ?? this.queuedBytes + argumentBytes;
  }

  /** Sends what is queued (no-op when nothing is). */
  async flush(): Promise<void> {
    if (this.queuedBytes === 0) return;
    const bytes = this.meter.measure() ?? this.queuedBytes;
    this.queuedBytes = 0;
    await this.context.sync();
    this.stats.syncs++;
    this.stats.totalRequestBytes += bytes;
    this.stats.largestRequestBytes = Math.max(this.stats.largestRequestBytes, bytes);
  }
}
