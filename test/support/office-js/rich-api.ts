// The Excel side of Office.js's RichApi protocol, over the engine in test/support/fake-excel.
//
// Office.js hands every context.sync() to `OSF.DDA.RichApi.executeRichApiRequestAsync(safeArray,
// callback)`; safeArray[4] is the request body (JSON: `Actions` in order and the `ObjectPaths` they
// use), safeArray[6] the request flags. This module resolves the object paths against the model,
// runs the actions in order and answers as Excel does: `{ Results: [{ ActionId, Value }], Error? }`
// with PascalCase property names, collections as `{ _Items: [...] }`, a null Instantiate value for a
// null object, `_ReferenceId` for objects Office.js asked to keep (`_KeepReference`) and `Id` for
// worksheets and tables, and `Error: { Code, Message, Location, ActionIndex }` when an action fails
// (the actions before it stay applied). Requests or responses over the payload limit fail as the
// host fails them: `{ status: "failed", error: { code: 5103 | 5104 } }`.

import { checkApi, checkApiVersion, EXCEL_API_SINCE, isSetSupported } from "../fake-excel/api-sets";
import { utf8Length } from "../fake-excel/payload";
import type { HostServices } from "./host-services";
import { ExcelError, NotModelledError, officeError, type FakeErrorCode } from "../fake-excel/errors";
import { boundingRect, formatRect, type Rect } from "../fake-excel/address";
import type { SheetModel, WorkbookModel } from "../fake-excel/model";
import { separatorsFor } from "../fake-excel/text-format";
import {
  EXCEL_TYPES,
  NULL_OBJECT,
  newCounters,
  object,
  type CallEnv,
  type EngineCounters,
  type ExcelObject,
  type TypeDef,
} from "../fake-excel/types";

/** What Office.js sends for one object path. ObjectPathType: 1 global, 2 new object, 3 method, 4 property, 5 indexer, 6 reference, 7 null. */
type ObjectPathInfo = {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
};
type ArgumentInfo = { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
type QueryInfo = { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
/** ActionType: 1 instantiate, 2 query, 3 method, 4 set property, 5 trace. */
type ActionInfo = {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
};
export type RequestBody = {
  AutoKeepReference?: boolean;
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
};

/** The callback value Office.js expects from executeRichApiRequestAsync. */
export type AsyncResult =
  | { status: "succeeded"; value: { data: [number, string[], string] } }
  | { status: "failed"; error: { code: number; message: string } };

/** Office's error codes for the whole request (RichApiMessageUtility in Office.js). */
export const HOST_ERROR = { requestTooLarge: 5103, responseTooLarge: 5104 } as const;

/** Error codes Excel reports for the whole request (Office.js maps them back to these names). */
const HOST_REFUSALS: Partial<Record<FakeErrorCode, number>> = {
  RequestPayloadSizeLimitExceeded: HOST_ERROR.requestTooLarge,
  ResponsePayloadSizeLimitExceeded: HOST_ERROR.responseTooLarge,
};

/** Excel.run({ delayForCellEdit: true }) sets this request flag (Office.js onBeforeExcelRun). */
const DELAY_FOR_CELL_EDIT = 64;

export type RequestRecord = {
  /**
   * Office.js's own clean-up at the end of Excel.run: it releases the objects it kept
   * (`_RemoveReference`), without waiting for the answer. Not one of the add-in's syncs.
   */
  release: boolean;
  /** UTF-8 bytes of the request body, as Office.js serialised it. */
  bytes: number;
  /** UTF-8 bytes of the response body (0 when the request failed before running). */
  responseBytes: number;
  actions: number;
  objectPaths: number;
  failed: boolean;
};

export type WireStats = EngineCounters & {
  /** The add-in's requests: one per context.sync() that had something to send. */
  syncs: number;
  /** Office.js's release requests after Excel.run (in `requests` too, with release: true). */
  releases: number;
  failedSyncs: number;
  requests: RequestRecord[];
  largestRequestBytes: number;
  largestResponseBytes: number;
  cellEditRejections: number;
};

export function newWireStats(): WireStats {
  return {
    syncs: 0,
    releases: 0,
    failedSyncs: 0,
    requests: [],
    largestRequestBytes: 0,
    largestResponseBytes: 0,
    cellEditRejections: 0,
    ...newCounters(),
  };
}

export type PlannedFailure = { code: FakeErrorCode; partial: boolean };

/** Another client's change to the shared model, landing before request number `sync` runs. */
export type RemoteEdit = (workbook: WorkbookModel, sync: number) => void;

/**
 * One client (task pane) of the workbook: the sheets it registered change events for
 * (Worksheet.onChanged → _RegisterDataChangedEvent) and how events reach its Office.js.
 */
export type WireClient = {
  readonly registrations: Map<string, number>;
  deliver: (entries: unknown[][]) => void;
};

type ContentChange = { sheet: SheetModel; rect: Rect };

/** Office.js's event message category and the Worksheet.onChanged event type (GenericEventHandlers). */
const EVENT_CATEGORY = 65536;
const WORKSHEET_CHANGED = 10;
let eventIds = 0;

/**
 * Worksheet change events for what changed: one per sheet and batch, the bounding area of the
 * changes (Excel reports an edit's range; a request of many writes raises several, coalesced here).
 * The client whose request made the change hears source "Local" (triggerSource "ThisLocalAddin"),
 * every other client "Remote"; a co-author's edit is "Remote" for everyone.
 */
export function dispatchChanges(
  clients: readonly WireClient[],
  changes: readonly ContentChange[],
  origin: WireClient | null,
): void {
  const bySheet = new Map<SheetModel, Rect>();
  for (const { sheet, rect } of changes) {
    if (sheet.deleted) continue;
    const seen = bySheet.get(sheet);
    bySheet.set(sheet, seen ? boundingRect(seen, rect) : rect);
  }
  for (const client of clients) {
    const entries: unknown[][] = [];
    for (const [sheet, rect] of bySheet) {
      if ((client.registrations.get(sheet.id) ?? 0) === 0) continue;
      const local = client === origin;
      const message = {
        changeType: "RangeEdited",
        source: local ? "Local" : "Remote",
        address: formatRect(rect),
        triggerSource: local ? "ThisLocalAddin" : "Unknown",
        shiftDirection: "None",
      };
      entries.push([
        EVENT_CATEGORY,
        WORKSHEET_CHANGED,
        sheet.id,
        JSON.stringify(message),
        `e${++eventIds}`,
        false,
      ]);
    }
    if (entries.length > 0) client.deliver(entries);
  }
}

/** State shared by every client of one workbook (and changed by tests through FakeControl). */
export type ExcelState = {
  readonly workbook: WorkbookModel;
  readonly stats: WireStats;
  /** Request number (counted in stats.syncs) → failure to inject. */
  readonly failures: Map<number, PlannedFailure>;
  cellEdit: number;
  coauthoring: boolean;
  payloadLimitBytes: number;
  /** Runs before each request is applied: where a co-author's edit lands between two syncs. */
  readonly remoteEdits: RemoteEdit[];
  /** The requirement sets this Excel supports ({ ExcelApi: "1.17", … }). */
  readonly requirementSets: Readonly<Record<string, string>>;
  /** Every client connected to the workbook (change events go to each). */
  readonly clients: WireClient[];
};

/** An argument Office.js sent as an object (a Range given to freezeAt, tables.add …). */
class ObjectArgument {
  constructor(readonly object: ExcelObject) {}
}

const pascal = (name: string) => (name.startsWith("_") ? name : name.charAt(0).toUpperCase() + name.slice(1));
const camel = (name: string) => (name.startsWith("_") ? name : name.charAt(0).toLowerCase() + name.slice(1));

function excelType(obj: ExcelObject, services: HostServices): TypeDef<unknown> {
  const type = EXCEL_TYPES.get(obj.type) ?? services.types.get(obj.type);
  if (!type) throw new NotModelledError(`the Excel type ${obj.type} is not modelled`);
  return type;
}

/** Only `_RemoveReference` calls (and the root they are called on): Office.js's clean-up after Excel.run. */
function isRelease(body: RequestBody): boolean {
  return (
    body.Actions.some((a) => a.Name === "_RemoveReference") &&
    body.Actions.every((a) => a.ActionType === 1 || (a.ActionType === 3 && a.Name === "_RemoveReference"))
  );
}

/** Objects Office.js may use again in later requests, by reference id; one table per client. */
export class References {
  private next = 1;
  private readonly byId = new Map<string, ExcelObject>();

  keep(obj: ExcelObject): string {
    // Shaped like Excel's ids, so response sizes are realistic.
    const id = `{${String(this.next++).padStart(8, "0")}-0000-0000-0000-000000000000}`;
    this.byId.set(id, obj);
    return id;
  }

  get(id: string): ExcelObject | undefined {
    return this.byId.get(id);
  }

  remove(id: string): void {
    this.byId.delete(id);
  }

  get size(): number {
    return this.byId.size;
  }
}

/** One request: resolves its object paths (once each) and runs its actions. */
class RequestRun {
  private readonly resolved = new Map<number, ExcelObject>();
  /** Object path id → reference id, for paths kept in this request. */
  private readonly kept = new Map<number, string>();

  constructor(
    private readonly body: RequestBody,
    private readonly state: ExcelState,
    private readonly references: References,
    private readonly services: HostServices,
    private readonly client: WireClient | null = null,
  ) {}

  private typeOf(obj: ExcelObject): TypeDef<unknown> {
    return excelType(obj, this.services);
  }

  private env(location: string): CallEnv {
    return {
      workbook: this.state.workbook,
      location,
      separators: separatorsFor(this.state.workbook.language),
      counters: this.state.stats,
      coauthoring: this.state.coauthoring,
      objectOf: (value) => (value instanceof ObjectArgument ? value.object : undefined),
      requireExcelApi: (version) => {
        checkApiVersion(this.state.requirementSets, location, version);
      },
      events: {
        register: (sheetId) => {
          const n = this.client?.registrations.get(sheetId) ?? 0;
          this.client?.registrations.set(sheetId, n + 1);
        },
        unregister: (sheetId) => {
          const n = this.client?.registrations.get(sheetId) ?? 0;
          if (n <= 1) this.client?.registrations.delete(sheetId);
          else this.client?.registrations.set(sheetId, n - 1);
        },
      },
    };
  }

  /** Excel refuses members newer than its ExcelApi version (Office.js 1.1.110 does not check them). */
  private checkApi(member: string, write = false): void {
    checkApi(this.state.requirementSets, member, write);
  }

  private supports(member: string): boolean {
    const since = EXCEL_API_SINCE[member];
    return since === undefined || isSetSupported(this.state.requirementSets, "ExcelApi", since);
  }

  /** Arguments with object path ids (ReferencedObjectPathIds, `{ _ObjectPathId }`) turned into objects. */
  private decode(info: ArgumentInfo | undefined): unknown[] {
    const args = info?.Arguments ?? [];
    const marks = info?.ReferencedObjectPathIds;
    const decodeList = (list: unknown[], ids: unknown[] | undefined): unknown[] =>
      list.map((value, i) => {
        const mark = ids?.[i];
        if (typeof mark === "number" && mark !== 0 && typeof value === "number")
          return new ObjectArgument(this.resolve(value));
        if (Array.isArray(mark) && Array.isArray(value)) return decodeList(value, mark);
        return this.decodeObjects(value);
      });
    return decodeList(args, marks);
  }

  private decodeObjects(value: unknown): unknown {
    if (typeof value !== "object" || value === null) return value;
    if (Array.isArray(value)) return value.map((v) => this.decodeObjects(v));
    const record = value as Record<string, unknown>;
    const id = record._ObjectPathId;
    if (typeof id === "number" && Object.keys(record).length === 1)
      return new ObjectArgument(this.resolve(id));
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, this.decodeObjects(v)]));
  }

  resolve(id: number): ExcelObject {
    const cached = this.resolved.get(id);
    if (cached) return cached;
    const info = this.body.ObjectPaths[String(id)];
    if (!info) throw new NotModelledError(`object path ${id} is not in the request`);
    const obj = this.resolveInfo(info);
    this.resolved.set(id, obj);
    return obj;
  }

  private parentOf(info: ObjectPathInfo): ExcelObject {
    if (info.ParentObjectPathId === undefined)
      throw new NotModelledError(`object path ${info.Id} has no parent`);
    return this.resolve(info.ParentObjectPathId);
  }

  private resolveInfo(info: ObjectPathInfo): ExcelObject {
    switch (info.ObjectPathType) {
      case 1:
        return object("Workbook", this.state.workbook);
      case 2: {
        const service = this.services.create(info.Name);
        if (!service) throw new NotModelledError(`the host service ${info.Name} is not modelled`);
        return service;
      }
      case 3: {
        const parent = this.parentOf(info);
        if (parent.target === null) return NULL_OBJECT;
        const type = this.typeOf(parent);
        const name = camel(info.Name);
        const location = `${type.name}.${name}`;
        this.checkApi(location);
        const args = this.decode(info.ArgumentInfo);
        const member = type.objects?.[name];
        if (member) return member.call(parent.target, args, this.env(location));
        if (name === "getItemAt" && type.collection) {
          const item = type.collection.items(parent.target, this.env(location))[Number(args[0])];
          if (!item) throw officeError("ItemNotFound", `no item at ${String(args[0])}`, location);
          return item;
        }
        throw new NotModelledError(`${location}() is not modelled by the fake Excel`);
      }
      case 4: {
        const parent = this.parentOf(info);
        if (parent.target === null) return NULL_OBJECT;
        const type = this.typeOf(parent);
        this.checkApi(`${type.name}.${camel(info.Name)}`);
        const property = type.navigation?.[camel(info.Name)];
        if (!property)
          throw new NotModelledError(`${type.name}.${camel(info.Name)} is not modelled by the fake Excel`);
        return property.get(parent.target);
      }
      case 5: {
        const parent = this.parentOf(info);
        if (parent.target === null) return NULL_OBJECT;
        const type = this.typeOf(parent);
        const location = `${type.name}.getItem`;
        const collection = type.collection;
        if (!collection?.indexer) throw new NotModelledError(`${location} is not modelled by the fake Excel`);
        return collection.indexer(parent.target, this.decode(info.ArgumentInfo)[0], this.env(location));
      }
      case 6: {
        const kept = this.references.get(info.Name);
        if (!kept) throw officeError("InvalidObjectPath", undefined, info.Name);
        const alive = kept.target === null || (this.typeOf(kept).isAlive?.(kept.target) ?? true);
        if (!alive) throw officeError("ItemNotFound", `${kept.type} no longer exists`, kept.type);
        return kept;
      }
      case 7:
        return NULL_OBJECT;
      default:
        throw new NotModelledError(`object path type ${info.ObjectPathType} (${info.Name}) is not modelled`);
    }
  }

  /** Runs one action; its result value (JSON-able) or undefined. */
  run(action: ActionInfo): unknown {
    switch (action.ActionType) {
      case 1: {
        const obj = this.resolve(action.ObjectPathId);
        if (obj.target === null) return null;
        const reference = this.kept.get(action.ObjectPathId);
        return {
          ...(this.typeOf(obj).identity?.(obj.target) ?? {}),
          ...(reference === undefined ? {} : { _ReferenceId: reference }),
        };
      }
      case 2: {
        const obj = this.resolve(action.ObjectPathId);
        const value = this.query(obj, action.QueryInfo ?? {}, `${obj.type}.load`, true);
        const reference = this.kept.get(action.ObjectPathId);
        return reference !== undefined && value !== null && typeof value === "object"
          ? { ...value, _ReferenceId: reference }
          : value;
      }
      case 3:
        return this.call(action);
      case 4: {
        const obj = this.resolve(action.ObjectPathId);
        if (obj.target === null) return null;
        const type = this.typeOf(obj);
        const name = camel(action.Name);
        const scalar = type.scalars[name];
        if (!scalar?.write)
          throw new NotModelledError(`setting ${type.name}.${name} is not modelled by the fake Excel`);
        this.checkApi(`${type.name}.${name}`, true);
        scalar.write(obj.target, this.decode(action.ArgumentInfo)[0], this.env(`${type.name}.${name}`));
        return null;
      }
      case 5:
        return null;
      default:
        throw new NotModelledError(`action type ${action.ActionType} (${action.Name}) is not modelled`);
    }
  }

  private call(action: ActionInfo): unknown {
    const obj = this.resolve(action.ObjectPathId);
    const args = this.decode(action.ArgumentInfo);
    if (action.Name === "_KeepReference") {
      if (obj.target !== null) this.kept.set(action.ObjectPathId, this.references.keep(obj));
      return null;
    }
    if (action.Name === "_RemoveReference") {
      if (typeof args[0] === "string") this.references.remove(args[0]);
      return null;
    }
    if (obj.target === null) return null;
    const type = this.typeOf(obj);
    const name = camel(action.Name);
    const method = type.methods?.[name];
    if (!method) throw new NotModelledError(`${type.name}.${name}() is not modelled by the fake Excel`);
    this.checkApi(`${type.name}.${name}`);
    const value = method.call(obj.target, args, this.env(`${type.name}.${name}`));
    return value === undefined ? null : value;
  }

  /** A Query result: the selected properties, PascalCase; `_Items` for collections. */
  private query(obj: ExcelObject, info: QueryInfo, location: string, topLevel: boolean): unknown {
    if (obj.target === null) return null;
    const type = this.typeOf(obj);
    const select = info.Select ?? [];
    if (type.collection) {
      const own: Record<string, unknown> = {};
      const itemSelect: string[] = [];
      for (const path of select) {
        const scalar = path.includes("/") ? undefined : type.scalars[path];
        if (scalar) own[pascal(path)] = scalar.read(obj.target, this.env(location));
        else if (path !== "items") itemSelect.push(path.replace(/^items\//, ""));
      }
      let items = type.collection.items(obj.target, this.env(location));
      if (info.Skip !== undefined) items = items.slice(info.Skip);
      if (info.Top !== undefined) items = items.slice(0, info.Top);
      const itemQuery: QueryInfo = { Select: itemSelect, ...(info.Expand ? { Expand: info.Expand } : {}) };
      own._Items = items.map((item) => this.query(item, itemQuery, location, false));
      return own;
    }
    if (select.length === 0 && (info.Expand ?? []).length === 0 && topLevel) this.state.stats.unscopedLoads++;
    const result: Record<string, unknown> = {};
    const navSelects = new Map<string, string[] | null>();
    if (select.length === 0) {
      // A load without names returns what this Excel supports; naming an unsupported property fails.
      for (const [name, scalar] of Object.entries(type.scalars)) {
        if (!scalar.explicitOnly && this.supports(`${type.name}.${name}`))
          result[pascal(name)] = scalar.read(obj.target, this.env(`${type.name}.${name}`));
      }
    }
    for (const path of select) {
      const [name = "", ...rest] = path.split("/");
      if (name === "isNullObject") continue;
      const scalar = type.scalars[name];
      if (scalar || type.navigation?.[name]) this.checkApi(`${type.name}.${name}`);
      if (scalar && rest.length === 0) {
        result[pascal(name)] = scalar.read(obj.target, this.env(`${type.name}.${name}`));
      } else if (type.navigation?.[name]) {
        // A navigation property named as a whole loads all of its scalars.
        if (rest.length === 0) {
          this.state.stats.unscopedLoads++;
          navSelects.set(name, null);
        } else {
          const list = navSelects.get(name);
          if (list !== null) navSelects.set(name, [...(list ?? []), rest.join("/")]);
        }
      } else {
        throw officeError("InvalidArgument", `'${name}' is not a property of ${type.name}`, location);
      }
    }
    for (const name of info.Expand ?? []) {
      if (!type.navigation?.[name])
        throw officeError("InvalidArgument", `'${name}' cannot be expanded`, location);
      navSelects.set(name, null);
    }
    for (const [name, sub] of navSelects) {
      const child = type.navigation?.[name]?.get(obj.target) ?? NULL_OBJECT;
      result[pascal(name)] = this.query(child, sub === null ? {} : { Select: sub }, location, false);
    }
    return result;
  }
}

/** Excel's answer to one request. */
export class RichApiServer {
  private readonly references = new References();
  /** This client as the workbook's clients know it (events). */
  readonly client: WireClient = { registrations: new Map(), deliver: () => undefined };

  constructor(
    private readonly state: ExcelState,
    private readonly services: HostServices,
  ) {
    state.clients.push(this.client);
  }

  /** How many objects this client keeps by reference (for leak checks). */
  get keptObjects(): number {
    return this.references.size;
  }

  /**
   * Runs a request synchronously (a NotModelledError or a bug in the fake then rejects the sync that
   * sent it) and answers through `respond`, which the caller calls back asynchronously like a host.
   */
  execute(safeArray: readonly unknown[]): AsyncResult {
    const { state } = this;
    const stats = state.stats;
    const text = safeArray[4];
    const flags = typeof safeArray[6] === "number" ? safeArray[6] : 0;
    if (typeof text !== "string") throw new NotModelledError("a RichApi request without a JSON body");
    const body = JSON.parse(text) as RequestBody;
    // Office.js's own requests to host services (start-up notice, custom-function results) are not
    // the add-in's syncs: answered, not counted, never failed on purpose.
    if (Object.values(body.ObjectPaths).some((path) => path.ObjectPathType === 2)) return this.service(body);
    if (isRelease(body)) return this.release(body, text);
    stats.syncs++;
    const sync = stats.syncs;
    const record: RequestRecord = {
      release: false,
      bytes: utf8Length(text),
      responseBytes: 0,
      actions: body.Actions.length,
      objectPaths: Object.keys(body.ObjectPaths).length,
      failed: false,
    };
    stats.requests.push(record);
    stats.largestRequestBytes = Math.max(stats.largestRequestBytes, record.bytes);
    const fail = (): void => {
      record.failed = true;
      stats.failedSyncs++;
    };

    const remote: ContentChange[] = [];
    const local: ContentChange[] = [];
    state.workbook.onContentChanged = (sheet, rect) => remote.push({ sheet, rect });
    try {
      for (const edit of state.remoteEdits) edit(state.workbook, sync);
    } finally {
      state.workbook.onContentChanged = null;
    }
    // Excel tells every client about changes after it answered (asynchronously).
    if (remote.length > 0)
      setTimeout(() => {
        dispatchChanges(state.clients, remote, null);
      }, 0);
    const announce = () => {
      if (local.length > 0)
        setTimeout(() => {
          dispatchChanges(state.clients, local, this.client);
        }, 0);
    };

    if (record.bytes > state.payloadLimitBytes) {
      fail();
      return {
        status: "failed",
        error: { code: HOST_ERROR.requestTooLarge, message: `request of ${record.bytes} bytes` },
      };
    }
    const planned = state.failures.get(sync);
    state.failures.delete(sync);
    // Excel refuses an oversized request as a whole, through the host's error codes.
    const hostRefusal = planned && !planned.partial ? HOST_REFUSALS[planned.code] : undefined;
    if (hostRefusal !== undefined) {
      fail();
      return {
        status: "failed",
        error: { code: hostRefusal, message: "failure injected by control.failSync" },
      };
    }
    let failure: { error: ExcelError; index: number } | null = null;
    if (state.cellEdit > 0 && (flags & DELAY_FOR_CELL_EDIT) === 0) {
      state.cellEdit--;
      stats.cellEditRejections++;
      failure = {
        error: officeError("InvalidOperationInCellEditMode", undefined, "RequestContext.sync"),
        index: -1,
      };
    } else if (planned && !planned.partial) {
      failure = { error: officeError(planned.code, "failure injected by control.failSync"), index: -1 };
    }

    const results: string[] = [];
    if (!failure) {
      const run = new RequestRun(body, state, this.references, this.services, this.client);
      state.workbook.onContentChanged = (sheet, rect) => local.push({ sheet, rect });
      const stop = planned?.partial ? Math.floor(body.Actions.length / 2) : body.Actions.length;
      try {
        for (let i = 0; i < stop; i++) {
          const action = body.Actions[i];
          if (!action) continue;
          try {
            const value = run.run(action);
            // Serialised now: a later action in the same request must not change what was loaded.
            results.push(`{"ActionId":${action.Id},"Value":${JSON.stringify(value ?? null)}}`);
          } catch (error) {
            if (!(error instanceof ExcelError)) throw error;
            failure = { error, index: i };
            break;
          }
        }
      } finally {
        state.workbook.onContentChanged = null;
      }
      if (!failure && planned) {
        failure = {
          error: officeError(planned.code, "failure injected by control.failSync (partial batch)"),
          index: stop,
        };
      }
    }
    announce();

    let response = `{"Results":[${results.join(",")}]`;
    if (failure) {
      fail();
      const error = {
        Code: failure.error.code,
        Message: failure.error.message,
        Location: failure.error.location ?? "",
        ActionIndex: failure.index,
      };
      response += `,"Error":${JSON.stringify(error)}`;
    }
    response += "}";
    record.responseBytes = utf8Length(response);
    stats.largestResponseBytes = Math.max(stats.largestResponseBytes, record.responseBytes);
    if (record.responseBytes > state.payloadLimitBytes) {
      // The writes of the request stay applied; only what it loaded is lost.
      if (!record.failed) fail();
      return {
        status: "failed",
        error: { code: HOST_ERROR.responseTooLarge, message: `response of ${record.responseBytes} bytes` },
      };
    }
    return { status: "succeeded", value: { data: [200, [], response] } };
  }

  /** Office.js releasing kept objects after Excel.run: applied and recorded, never failed on purpose. */
  private release(body: RequestBody, text: string): AsyncResult {
    const { stats } = this.state;
    stats.releases++;
    const run = new RequestRun(body, this.state, this.references, this.services);
    const results = body.Actions.map((action) => ({ ActionId: action.Id, Value: run.run(action) ?? null }));
    const response = JSON.stringify({ Results: results });
    stats.requests.push({
      release: true,
      bytes: utf8Length(text),
      responseBytes: utf8Length(response),
      actions: body.Actions.length,
      objectPaths: Object.keys(body.ObjectPaths).length,
      failed: false,
    });
    return { status: "succeeded", value: { data: [200, [], response] } };
  }

  private service(body: RequestBody): AsyncResult {
    const run = new RequestRun(body, this.state, this.references, this.services);
    const results = body.Actions.map((action) => ({ ActionId: action.Id, Value: run.run(action) ?? null }));
    this.services.onChange?.();
    return { status: "succeeded", value: { data: [200, [], JSON.stringify({ Results: results })] } };
  }
}
