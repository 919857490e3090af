// Excel on the web limits each request and each response to 5 MB ("Resource limits and performance
// optimization for Office Add-ins" → Excel add-ins; RequestPayloadSizeLimitExceeded /
// ResponsePayloadSizeLimitExceeded). The host estimates what it queues and syncs before a batch
// would pass a budget well under that limit. Estimates are UTF-8 bytes of the JSON Office.js sends
// plus a fixed allowance per queued operation for the object paths and action records around it.

/** What one sync may carry by our estimate: leaves room for estimation error under the limit. */
export const DEFAULT_BUDGET_BYTES = 4_000_000;
/**
 * Allowance per record office.js puts in a request: every object path (a getRange call, a `format`
 * or `fill` navigation) and every action (set a property, call a method, load). Office.js requests
 * are JSON lists of such records (`{"Id":7,"ObjectPathType":3,"Name":"GetRange","ParentObjectPathId":5,
 * "ArgumentInfo":{…}}`), some 60–100 characters each before their arguments; 110 keeps a margin.
 */
export const RECORD_BYTES = 110;

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

export type BatchStats = { syncs: number; largestRequestBytes: number; totalRequestBytes: number };

/**
 * Queues operations and syncs whenever the next one would push the batch past the budget, so a
 * loop over chunks costs one sync per ≤ budget of payload, never one per row.
 */
export class BudgetedBatch {
  private queuedBytes = 0;
  readonly stats: BatchStats = { syncs: 0, largestRequestBytes: 0, totalRequestBytes: 0 };

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budgetBytes: number,
    /** Runs at the start of every batch (e.g. suspendApiCalculationUntilNextSync, valid until the next sync). */
    private readonly onBatchStart: () => number = () => 0,
  ) {}

  /** Makes room for `bytes` of operations the caller queues right after (syncing first if needed). */
  async reserve(bytes: number): Promise<void> {
    if (this.queuedBytes > 0 && this.queuedBytes + bytes > this.budgetBytes) await this.flush();
    if (this.queuedBytes === 0) this.queuedBytes += this.onBatchStart();
    this.queuedBytes += bytes;
  }

  /** Queues `enqueue` (estimated at `bytes`), syncing first if the batch would overflow. */
  async add(bytes: number, enqueue: () => void): Promise<void> {
    await this.reserve(bytes);
    enqueue();
  }

  /** Sends what is queued (no-op when nothing is). */
  async flush(): Promise<void> {
    if (this.queuedBytes === 0) return;
    const bytes = this.queuedBytes;
    this.queuedBytes = 0;
    await this.context.sync();
    this.stats.syncs++;
    this.stats.totalRequestBytes += bytes;
    this.stats.largestRequestBytes = Math.max(this.stats.largestRequestBytes, bytes);
  }
}
