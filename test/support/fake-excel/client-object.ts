// The proxy base class. Like office.js:
// - reading a property that was not loaded and synced throws PropertyNotLoaded;
// - setting a property stores the value locally (readable at once, as office.js setters do) and queues
//   the write; loaded values are snapshots, stale after later writes until loaded again;
// - load("a, b"), load(["a"]), load({ select, expand }), load({ a: true, format: { font: { name: true } } }),
//   load("format/font/name"), collections: load("items/name") or load("name");
// - objects created by methods (getItem, getRange, add …) queue an instantiation, so getItem on a
//   missing item fails at that sync with ItemNotFound; *OrNullObject variants set isNullObject instead
//   ("*OrNullObject methods and properties": isNullObject is loaded by sync, no explicit load needed);
// - operations on a null object are skipped (the documented "getItemOrNullObject(x).delete()" idiom);
// - every proxy rejects members the fake does not model (NotModelledError) instead of ignoring them.

import { FakeOfficeError, NotModelledError, officeError } from "./errors";
import type { Engine, Exec, FakeRequestContext } from "./context";

export type LoadTree = {
  all: boolean;
  scalars: Set<string>;
  navs: Map<string, LoadTree>;
  top?: number;
  skip?: number;
};

function emptyTree(): LoadTree {
  return { all: false, scalars: new Set(), navs: new Map() };
}

function addPath(tree: LoadTree, path: string): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  let node = tree;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) node.scalars.add(part);
    else {
      let next = node.navs.get(part);
      if (!next) {
        next = emptyTree();
        node.navs.set(part, next);
      }
      node = next;
    }
  });
}

function addObject(tree: LoadTree, spec: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(spec)) {
    if (key === "$top" && typeof value === "number") tree.top = value;
    else if (key === "$skip" && typeof value === "number") tree.skip = value;
    else if (key === "$all" && value === true) tree.all = true;
    else if (value === true) tree.scalars.add(key);
    else if (typeof value === "object" && value !== null) {
      const sub = tree.navs.get(key) ?? emptyTree();
      addObject(sub, value as Record<string, unknown>);
      tree.navs.set(key, sub);
    }
  }
}

/** Parses every form load() accepts. */
export function parseLoadSpec(spec: unknown): LoadTree {
  const tree = emptyTree();
  if (spec === undefined || spec === null || spec === "") {
    tree.all = true;
    return tree;
  }
  if (typeof spec === "string") {
    for (const path of spec.split(",")) addPath(tree, path);
    return tree;
  }
  if (Array.isArray(spec)) {
    for (const path of spec) if (typeof path === "string") for (const p of path.split(",")) addPath(tree, p);
    return tree;
  }
  if (typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      if (typeof o.select === "string") for (const p of o.select.split(",")) addPath(tree, p);
      if (typeof o.expand === "string") {
        for (const nav of o.expand.split(",")) {
          const name = nav.trim();
          if (name !== "" && !tree.navs.has(name)) tree.navs.set(name, { ...emptyTree(), all: true });
        }
      }
      if (typeof o.top === "number") tree.top = o.top;
      if (typeof o.skip === "number") tree.skip = o.skip;
      return tree;
    }
    addObject(tree, o);
    if (tree.scalars.size === 0 && tree.navs.size === 0) tree.all = true;
    return tree;
  }
  throw officeError(
    "InvalidArgument",
    "load() takes a string, an array of strings or an options object",
    "load",
  );
}

/** Loaded values travel as JSON, so they are snapshots (and undefined becomes null). */
export function jsonClone(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

function isUnscoped(tree: LoadTree): boolean {
  return tree.all && tree.scalars.size === 0 && tree.navs.size === 0;
}

/** What a property write gets at sync time besides the value. */
export type WriteEnv = {
  engine: Engine;
  location: string;
  /** The proxy a `{ _ref }` placeholder in the arguments stands for. */
  deref: (value: unknown) => FakeObject<unknown> | undefined;
};

// Method syntax on purpose: it keeps FakeObject<RangeTarget> assignable to FakeObject<unknown>.
export type ScalarSpec<T> = {
  read(target: T, engine: Engine): unknown;
  write?(target: T, value: unknown, env: WriteEnv): void;
  /** Not part of a parameterless load() (e.g. large values of a whole sheet). */
  explicitOnly?: boolean;
};
export type ScalarSpecs<T> = Readonly<Record<string, ScalarSpec<T>>>;

/** Members callers may probe without tripping the "not modelled" guard (promises, Jest, JSON, inspection). */
const PASS_THROUGH = new Set([
  "then",
  "toJSON",
  "constructor",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "toString",
  "valueOf",
  "inspect",
  "hasAttribute",
  "length",
]);

export abstract class FakeObject<T> {
  /** The proxy's number in the request (office.js object paths); not Excel's `id` property. */
  readonly objectId: number;
  /** The wrapped proxy handed to callers; `this` inside methods is the proxy too. */
  self: this = this;
  protected readonly fields = new Map<string, unknown>();
  protected nullState: boolean | undefined = undefined;
  private pinned: { value: T | null } | undefined;
  private readonly children = new Map<string, FakeObject<unknown>>();

  abstract readonly typeName: string;

  constructor(
    readonly context: FakeRequestContext,
    readonly path: string,
    private readonly resolver: () => T | null,
  ) {
    this.objectId = context.newObjectId();
  }

  protected get engine(): Engine {
    return this.context.engine;
  }

  /** Scalar properties of this class (getters and setters are defined from the same table). */
  protected abstract scalars(): ScalarSpecs<T>;

  /** Navigation properties by name, for load paths ("format/font/name"). */
  protected navigation(_name: string): FakeObject<unknown> | undefined {
    return undefined;
  }

  /** Whether a pinned target still exists (deleted sheets, tables …). */
  protected isAlive(_target: T): boolean {
    return true;
  }

  // ---- resolution ---------------------------------------------------------------------------------

  /** The model entity behind the proxy (resolved at sync time), or null for a null object. */
  target(): T | null {
    if (this.pinned) {
      const v = this.pinned.value;
      if (v !== null && !this.isAlive(v))
        throw officeError("ItemNotFound", `${this.typeName} no longer exists`);
      return v;
    }
    return this.resolver();
  }

  /** Resolves now and keeps the result (method-created objects, collection items). */
  pin(): T | null {
    const v = this.resolver();
    this.pinned = { value: v };
    return v;
  }

  pinTo(value: T): void {
    this.pinned = { value };
    this.nullState = false;
  }

  setNullState(isNull: boolean): void {
    this.nullState = isNull;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw officeError("PropertyNotLoaded", "isNullObject");
    return this.nullState;
  }

  // ---- queueing -----------------------------------------------------------------------------------

  protected location(member: string): string {
    return `${this.typeName}.${member}`;
  }

  /** Replaces proxies anywhere in the arguments by `{ _ref: id }` (office.js sends object path ids). */
  protected serializeArgs(args: readonly unknown[]): unknown[] {
    const replace = (v: unknown, depth: number): unknown => {
      if (v instanceof FakeObject) {
        if (v.context !== this.context) throw officeError("InvalidRequestContext", undefined, this.typeName);
        this.context.remember(v);
        return { _ref: v.objectId };
      }
      if (depth > 3 || typeof v !== "object" || v === null) return v;
      if (Array.isArray(v)) {
        return v.some((x) => typeof x === "object" && x !== null && !Array.isArray(x) && !(x === null))
          ? v.map((x) => replace(x, depth + 1))
          : v;
      }
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replace(x, depth + 1)]));
    };
    return args.map((a) => replace(a, 0));
  }

  protected writeEnv(location: string): WriteEnv {
    return {
      engine: this.engine,
      location,
      deref: (value) => {
        if (value instanceof FakeObject) return value;
        if (typeof value !== "object" || value === null || !("_ref" in value)) return undefined;
        const id = value._ref;
        const obj = typeof id === "number" ? this.context.recall(id) : undefined;
        return obj instanceof FakeObject ? obj : undefined;
      },
    };
  }

  /** Queues an operation on this object; skipped when the object turns out to be a null object. */
  protected enqueue(
    member: string,
    args: readonly unknown[],
    run: (target: T, args: unknown[], exec: Exec, location: string) => void,
  ): void {
    const location = this.location(member);
    this.context.enqueue({
      location,
      statement: `${this.path}.${member}`,
      request: { o: this.objectId, m: member, a: this.serializeArgs(args) },
      run: (parsed, exec) => {
        const t = this.target();
        if (t === null) return;
        run(t, parsed, exec, location);
      },
    });
  }

  /** Queues the instantiation of an object created by a method (pins it; sets isNullObject after sync). */
  protected instantiate<C extends FakeObject<unknown>>(
    child: C,
    member: string,
    args: readonly unknown[],
  ): C {
    this.context.enqueue({
      location: this.location(member),
      statement: `${this.path}.${member}`,
      request: { o: child.objectId, p: this.objectId, m: member, a: this.serializeArgs(args) },
      run: (_parsed, exec) => {
        const v = child.pin();
        exec.commits.push(() => {
          child.setNullState(v === null);
        });
      },
    });
    return child;
  }

  /** A method returning a primitive (getCount …): a ClientResult resolved by the sync. */
  protected result<V>(
    member: string,
    args: readonly unknown[],
    compute: (target: T, location: string) => V,
  ): FakeClientResult<V> {
    this.checkApi(member);
    const result = new FakeClientResult<V>();
    this.enqueue(member, args, (t, _args, exec, location) => {
      const v = compute(t, location);
      exec.response.push(v);
      exec.commits.push(() => {
        result.resolve(v);
      });
    });
    return result;
  }

  protected checkApi(member: string, write = false): void {
    this.engine.checkApi(this.location(member), write);
  }

  /** A navigation child, created once per parent (office.js caches them too). */
  protected child<C extends FakeObject<unknown>>(name: string, make: () => C): C {
    let c = this.children.get(name);
    if (!c) {
      c = make();
      this.children.set(name, c);
    }
    return c as C;
  }

  // ---- properties ---------------------------------------------------------------------------------

  readField(name: string): unknown {
    this.checkApi(name);
    if (!this.fields.has(name)) throw officeError("PropertyNotLoaded", name);
    return this.fields.get(name);
  }

  writeField(name: string, value: unknown): void {
    this.checkApi(name, true);
    const spec = this.scalars()[name];
    if (!spec?.write) throw new TypeError(`Cannot set read-only property ${this.typeName}.${name}`);
    this.fields.set(name, value);
    this.enqueue(name, [value], (target, args, _exec, location) => {
      spec.write?.(target, args[0], this.writeEnv(location));
    });
  }

  // ---- loading ------------------------------------------------------------------------------------

  load(spec?: unknown): this {
    const tree = parseLoadSpec(spec);
    if (isUnscoped(tree)) this.engine.stats.unscopedLoads++;
    this.context.enqueue({
      location: this.location("load"),
      statement: `${this.path}.load`,
      request: { o: this.objectId, m: "load", a: [spec ?? null] },
      run: (_args, exec) => {
        this.collect(tree, exec);
      },
    });
    return this.self;
  }

  /** Runs at sync: snapshots the requested properties and schedules their commit. */
  collect(tree: LoadTree, exec: Exec): void {
    const target = this.target();
    const specs = this.scalars();
    const names = new Set<string>();
    if (tree.all) {
      // A parameterless load returns what the host supports; naming an unsupported property fails.
      for (const [n, s] of Object.entries(specs)) {
        if (!s.explicitOnly && this.engine.supports(this.location(n))) names.add(n);
      }
    }
    const navs = new Map(tree.navs);
    for (const n of tree.scalars) {
      if (n === "isNullObject") continue;
      if (n in specs) names.add(n);
      else if (this.navigation(n)) {
        this.engine.stats.unscopedLoads++;
        navs.set(n, { ...emptyTree(), all: true });
      } else throw officeError("InvalidArgument", `'${n}' is not a property of ${this.typeName}`);
    }
    const snapshot: Record<string, unknown> = {};
    for (const n of names) {
      this.engine.checkApi(this.location(n));
      const spec = specs[n];
      snapshot[n] = target === null || !spec ? null : jsonClone(spec.read(target, this.engine));
    }
    exec.response.push(snapshot);
    exec.commits.push(() => {
      for (const [k, v] of Object.entries(snapshot)) this.fields.set(k, v);
      this.nullState = target === null;
    });
    for (const [name, sub] of navs) {
      const nav = this.navigation(name);
      if (!nav) throw officeError("InvalidArgument", `'${name}' is not a property of ${this.typeName}`);
      nav.collect(sub, exec);
    }
  }

  // ---- misc ---------------------------------------------------------------------------------------

  /** object.set({ ... }): assigns scalar properties and recurses into navigation properties. */
  set(properties: unknown): void {
    if (typeof properties !== "object" || properties === null) {
      throw officeError("InvalidArgument", "set() takes an object", this.location("set"));
    }
    for (const [key, value] of Object.entries(properties as Record<string, unknown>)) {
      const nav = this.navigation(key);
      if (nav && !(key in this.scalars())) nav.self.set(value);
      else if (key in this.scalars()) (this.self as unknown as Record<string, unknown>)[key] = value;
      else throw new NotModelledError(`${this.typeName}.${key} is not modelled by the fake Excel`);
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.fields);
  }

  track(): this {
    return this.self;
  }

  untrack(): this {
    return this.self;
  }
}

/** Collections: `items` after load; load("name") on a collection loads that property of every item. */
export abstract class FakeCollection<T, E> extends FakeObject<T> {
  protected abstract entities(target: T): E[];
  protected abstract itemProxy(entity: E): FakeObject<E>;

  get items(): unknown[] {
    if (!this.fields.has("items")) throw officeError("PropertyNotLoaded", "items");
    return this.fields.get("items") as unknown[];
  }

  override collect(tree: LoadTree, exec: Exec): void {
    const target = this.target();
    const own = this.scalars();
    const snapshot: Record<string, unknown> = {};
    for (const n of tree.scalars) {
      const spec = own[n];
      if (spec) snapshot[n] = target === null ? null : jsonClone(spec.read(target, this.engine));
    }
    const itemTree: LoadTree = tree.navs.get("items") ?? {
      all: tree.all,
      scalars: new Set([...tree.scalars].filter((n) => !(n in own) && n !== "items")),
      navs: new Map([...tree.navs].filter(([k]) => k !== "items")),
    };
    if (tree.scalars.has("items")) itemTree.all = true;
    let list = target === null ? [] : this.entities(target);
    if (tree.skip !== undefined) list = list.slice(tree.skip);
    if (tree.top !== undefined) list = list.slice(0, tree.top);
    const items = list.map((e) => this.itemProxy(e));
    for (const item of items) item.collect(itemTree, exec);
    exec.response.push(snapshot);
    exec.commits.push(() => {
      for (const [k, v] of Object.entries(snapshot)) this.fields.set(k, v);
      this.fields.set(
        "items",
        items.map((i) => i.self),
      );
      this.nullState = target === null;
    });
  }
}

/**
 * Resolver of an object created by an action (add …): the action runs once, at its sync. Resolving it
 * again (the sync failed before reaching it) is a stale object path, as in office.js.
 */
export function once<V>(create: () => V, location: string): () => V {
  let done = false;
  return () => {
    if (done) throw officeError("InvalidObjectPath", undefined, location);
    done = true;
    return create();
  };
}

/** OfficeExtension.ClientResult: `value` throws ValueNotLoaded until the sync that computes it. */
export class FakeClientResult<V> {
  private loaded = false;
  private result: V | undefined;

  get value(): V {
    if (!this.loaded) throw officeError("ValueNotLoaded");
    return this.result as V;
  }

  resolve(value: V): void {
    this.loaded = true;
    this.result = value;
  }
}

/** Defines a getter (and a setter where the spec can write) for every scalar on the prototype. */
export function defineScalars<T>(prototype: FakeObject<T>, specs: ScalarSpecs<T>): void {
  for (const [name, spec] of Object.entries(specs)) {
    Object.defineProperty(prototype, name, {
      configurable: true,
      enumerable: false,
      get(this: FakeObject<T>) {
        return this.readField(name);
      },
      ...(spec.write
        ? {
            set(this: FakeObject<T>, value: unknown) {
              this.writeField(name, value);
            },
          }
        : {}),
    });
  }
}

/** Wraps a proxy so that unknown members throw NotModelledError instead of silently doing nothing. */
export function expose<C extends FakeObject<unknown>>(obj: C): C {
  const guarded = new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === "symbol" || prop in target) return Reflect.get(target, prop, receiver) as unknown;
      if (PASS_THROUGH.has(prop) || prop.startsWith("_") || prop.startsWith("@@") || prop.startsWith("$$")) {
        return undefined;
      }
      throw new NotModelledError(`${target.typeName}.${prop} is not modelled by the fake Excel`);
    },
    set(target, prop, value, receiver) {
      if (typeof prop === "symbol" || prop in target) return Reflect.set(target, prop, value, receiver);
      throw new NotModelledError(`${target.typeName}.${prop} is not modelled by the fake Excel`);
    },
  });
  obj.self = guarded;
  return guarded;
}

export function isOfficeError(e: unknown): e is FakeOfficeError {
  return e instanceof FakeOfficeError;
}
