// Defined names (workbook.names, worksheet.names) and workbook.settings.
// NamedItem.value "for a named range, it will return the range address"; formula "always start[s] with
// an equal sign" (NamedItem docs). Names share the workbook namespace with table names.

import { jsonClone } from "../clone";
import { officeError } from "../errors";
import type { NameModel, NameRef, SheetModel, WorkbookModel } from "../model";
import { addName, nameTypeAndValue, parseNameReference } from "../sheets";
import type { RangeTarget } from "./range";
import { does, object, returns, type CallEnv, type ScalarDefs, type TypeDef } from "./type-def";

export type NamesTarget = { workbook: WorkbookModel; scope: SheetModel | null };

const NAME_SCALARS: ScalarDefs<NameModel> = {
  name: { read: (n) => n.name },
  type: { read: (n) => nameTypeAndValue(n).type },
  value: { read: (n) => nameTypeAndValue(n).value },
  scope: { read: (n) => (n.scopeSheet ? "Worksheet" : "Workbook") },
  visible: {
    read: (n) => n.visible,
    write: (n, v, env) => {
      if (typeof v !== "boolean") throw officeError("InvalidArgument", "visible", env.location);
      n.visible = v;
    },
  },
  comment: {
    read: (n) => n.comment,
    write: (n, v, env) => {
      if (typeof v !== "string") throw officeError("InvalidArgument", "comment", env.location);
      n.comment = v;
    },
  },
  formula: {
    // A constant or formula name has a formula whatever its scope (it starts with "=").
    read: (n) =>
      n.ref.kind === "formula"
        ? n.ref.formula
        : ((n.scopeSheet ?? firstSheet(n))?.workbook.nameFormula(n) ?? null),
    write: (n, v, env) => {
      if (typeof v !== "string" || v === "") throw officeError("InvalidArgument", "formula", env.location);
      const base = n.scopeSheet ?? firstSheet(n);
      n.ref = parseNameReference(v, n.scopeSheet, base?.workbook.activeSheet ?? null);
    },
  },
};

function firstSheet(n: NameModel): SheetModel | null {
  return n.ref.kind === "range" ? n.ref.sheet : n.scopeSheet;
}

const nameRange = (orNull: boolean) =>
  returns<NameModel>("Range", (n, _args, env) => {
    if (n.ref.kind === "range" && !n.ref.sheet.deleted) return { sheet: n.ref.sheet, rect: n.ref.rect };
    if (orNull) return null;
    throw officeError("InvalidOperation", `the name '${n.name}' does not refer to a range`, env.location);
  });

export const NAMED_ITEM: TypeDef<NameModel> = {
  name: "NamedItem",
  scalars: NAME_SCALARS,
  isAlive: (n) => !n.deleted,
  objects: {
    getRange: nameRange(false),
    getRangeOrNullObject: nameRange(true),
  },
  methods: {
    delete: does((n) => {
      n.deleted = true;
    }),
  },
};

function listOf(t: NamesTarget): NameModel[] {
  return (t.scope ? t.scope.names : t.workbook.names).filter((n) => !n.deleted);
}

function findName(t: NamesTarget, name: unknown): NameModel | undefined {
  return listOf(t).find((x) => x.name.toLowerCase() === String(name).toLowerCase());
}

function addNamed(t: NamesTarget, [name, reference, comment]: readonly unknown[], env: CallEnv): NameModel {
  let ref: NameRef;
  const given = env.objectOf(reference);
  if (given) {
    const r = given.target as RangeTarget | null;
    if (!r) throw officeError("InvalidArgument", "the range does not exist", env.location);
    ref = { kind: "range", sheet: r.sheet, rect: r.rect };
  } else if (typeof reference === "string" && reference !== "") {
    ref = parseNameReference(reference, t.scope, t.workbook.activeSheet);
  } else throw officeError("InvalidArgument", "reference must be a Range or a formula", env.location);
  const list = t.scope ? t.scope.names : t.workbook.names;
  const taken = (n: string): boolean =>
    t.scope ? t.workbook.findName(n, t.scope) !== undefined : t.workbook.isNameTaken(n);
  return addName(list, t.scope, name, ref, comment ?? undefined, taken, env.location);
}

export const NAMED_ITEM_COLLECTION: TypeDef<NamesTarget> = {
  name: "NamedItemCollection",
  scalars: {},
  collection: {
    items: (t) => listOf(t).map((n) => object("NamedItem", n)),
    indexer: (t, name, env) => {
      const n = findName(t, name);
      if (!n) throw officeError("ItemNotFound", `no name '${String(name)}'`, env.location);
      return object("NamedItem", n);
    },
  },
  objects: {
    add: returns<NamesTarget>("NamedItem", addNamed),
    getItemOrNullObject: returns<NamesTarget>("NamedItem", (t, [name]) => findName(t, name) ?? null),
  },
  methods: {
    getCount: does((t) => listOf(t).length),
  },
};

// ---- settings ------------------------------------------------------------------------------------------

type SettingTarget = { workbook: WorkbookModel; key: string };

const SETTING_SCALARS: ScalarDefs<SettingTarget> = {
  key: { read: (s) => s.key },
  value: {
    read: (s) => s.workbook.settings.get(s.key) ?? null,
    write: (s, v) => {
      s.workbook.settings.set(s.key, jsonClone(v));
    },
  },
};

export const SETTING: TypeDef<SettingTarget> = {
  name: "Setting",
  scalars: SETTING_SCALARS,
  isAlive: (s) => s.workbook.settings.has(s.key),
  methods: {
    delete: does((s) => {
      s.workbook.settings.delete(s.key);
    }),
  },
};

const settingOf = (wb: WorkbookModel, key: unknown): SettingTarget | null =>
  typeof key === "string" && wb.settings.has(key) ? { workbook: wb, key } : null;

export const SETTING_COLLECTION: TypeDef<WorkbookModel> = {
  name: "SettingCollection",
  scalars: {},
  collection: {
    items: (wb) => [...wb.settings.keys()].map((key) => object("Setting", { workbook: wb, key })),
    indexer: (wb, key, env) => {
      const s = settingOf(wb, key);
      if (!s) throw officeError("ItemNotFound", `no setting '${String(key)}'`, env.location);
      return object("Setting", s);
    },
  },
  objects: {
    /** Sets or adds (SettingCollection.add docs). */
    add: returns<WorkbookModel>("Setting", (wb, [key, value], env) => {
      if (typeof key !== "string" || key === "")
        throw officeError("InvalidArgument", "setting key", env.location);
      wb.settings.set(key, jsonClone(value));
      return { workbook: wb, key };
    }),
    getItemOrNullObject: returns<WorkbookModel>("Setting", (wb, [key]) => settingOf(wb, key)),
  },
  methods: {
    getCount: does((wb) => wb.settings.size),
  },
};
