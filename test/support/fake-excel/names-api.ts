// Defined names (workbook.names, worksheet.names) and workbook.settings.
// NamedItem.value "for a named range, it will return the range address"; formula "always start[s] with
// an equal sign" (NamedItem docs). Names share the workbook namespace with table names.

import {
  defineScalars,
  expose,
  FakeCollection,
  FakeObject,
  jsonClone,
  once,
  type FakeClientResult,
  type ScalarSpecs,
} from "./client-object";
import type { FakeRequestContext } from "./context";
import { officeError } from "./errors";
import type { NameModel, NameRef, SheetModel, WorkbookModel } from "./model";
import { FakeRange, type RangeTarget } from "./range-api";
import { addName, nameTypeAndValue, parseNameReference } from "./sheets";

export type NamesTarget = { workbook: WorkbookModel; scope: SheetModel | null };

const NAME_SCALARS: ScalarSpecs<NameModel> = {
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
    read: (n) => (n.scopeSheet ?? firstSheet(n))?.workbook.nameFormula(n) ?? null,
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

export class FakeNamedItem extends FakeObject<NameModel> {
  readonly typeName = "NamedItem";

  protected scalars(): ScalarSpecs<NameModel> {
    return NAME_SCALARS;
  }

  protected override isAlive(n: NameModel): boolean {
    return !n.deleted;
  }

  private range(member: string, orNull: boolean): FakeRange {
    this.checkApi(member);
    const location = this.location(member);
    const child = FakeRange.create(this.context, `${this.path}.${member}()`, () => {
      const n = this.target();
      if (n === null) return null;
      if (n.ref.kind === "range" && !n.ref.sheet.deleted) return { sheet: n.ref.sheet, rect: n.ref.rect };
      if (orNull) return null;
      throw officeError("InvalidOperation", `the name '${n.name}' does not refer to a range`, location);
    });
    return this.instantiate(child, member, []);
  }

  getRange(): FakeRange {
    return this.range("getRange", false);
  }

  getRangeOrNullObject(): FakeRange {
    return this.range("getRangeOrNullObject", true);
  }

  delete(): void {
    this.checkApi("delete");
    this.enqueue("delete", [], (n) => {
      n.deleted = true;
    });
  }
}
defineScalars(FakeNamedItem.prototype, NAME_SCALARS);

const NO_SCALARS: ScalarSpecs<NamesTarget> = {};

function listOf(t: NamesTarget): NameModel[] {
  return (t.scope ? t.scope.names : t.workbook.names).filter((n) => !n.deleted);
}

export class FakeNamedItemCollection extends FakeCollection<NamesTarget, NameModel> {
  readonly typeName = "NamedItemCollection";

  static create(
    context: FakeRequestContext,
    path: string,
    resolver: () => NamesTarget | null,
  ): FakeNamedItemCollection {
    return expose(new FakeNamedItemCollection(context, path, resolver));
  }

  protected scalars(): ScalarSpecs<NamesTarget> {
    return NO_SCALARS;
  }

  protected entities(t: NamesTarget): NameModel[] {
    return listOf(t);
  }

  protected itemProxy(name: NameModel): FakeObject<NameModel> {
    const item = expose(
      new FakeNamedItem(this.context, `${this.path}.getItem(${JSON.stringify(name.name)})`, () => name),
    );
    item.pinTo(name);
    return item;
  }

  private item(
    member: string,
    args: readonly unknown[],
    resolve: (t: NamesTarget, location: string) => NameModel | null,
    isOnce = false,
  ): FakeNamedItem {
    this.checkApi(member);
    const location = this.location(member);
    const compute = (): NameModel | null => {
      const t = this.target();
      return t === null ? null : resolve(t, location);
    };
    const child = expose(
      new FakeNamedItem(this.context, `${this.path}.${member}()`, isOnce ? once(compute, location) : compute),
    );
    return this.instantiate(child, member, args);
  }

  add(name: string, reference: unknown, comment?: string): FakeNamedItem {
    return this.item(
      "add",
      comment === undefined ? [name, reference] : [name, reference, comment],
      (t, location) => {
        let ref: NameRef;
        const proxy = this.writeEnv(location).deref(reference);
        if (proxy) {
          const r = proxy.target() as RangeTarget | null;
          if (!r) throw officeError("InvalidArgument", "the range does not exist", location);
          ref = { kind: "range", sheet: r.sheet, rect: r.rect };
        } else if (typeof reference === "string" && reference !== "") {
          ref = parseNameReference(reference, t.scope, t.workbook.activeSheet);
        } else throw officeError("InvalidArgument", "reference must be a Range or a formula", location);
        const list = t.scope ? t.scope.names : t.workbook.names;
        const taken = (n: string): boolean =>
          t.scope ? t.workbook.findName(n, t.scope) !== undefined : t.workbook.isNameTaken(n);
        return addName(list, t.scope, name, ref, comment, taken, location);
      },
      true,
    );
  }

  getItem(name: unknown): FakeNamedItem {
    return this.item("getItem", [name], (t, location) => {
      const n = listOf(t).find((x) => x.name.toLowerCase() === String(name).toLowerCase());
      if (!n) throw officeError("ItemNotFound", `no name '${String(name)}'`, location);
      return n;
    });
  }

  getItemOrNullObject(name: unknown): FakeNamedItem {
    return this.item(
      "getItemOrNullObject",
      [name],
      (t) => listOf(t).find((x) => x.name.toLowerCase() === String(name).toLowerCase()) ?? null,
    );
  }

  getCount(): FakeClientResult<number> {
    return this.result("getCount", [], (t) => listOf(t).length);
  }
}

// ---- settings ------------------------------------------------------------------------------------------

type SettingTarget = { workbook: WorkbookModel; key: string };

const SETTING_SCALARS: ScalarSpecs<SettingTarget> = {
  key: { read: (s) => s.key },
  value: {
    read: (s) => s.workbook.settings.get(s.key) ?? null,
    write: (s, v) => {
      s.workbook.settings.set(s.key, jsonClone(v));
    },
  },
};

export class FakeSetting extends FakeObject<SettingTarget> {
  readonly typeName = "Setting";

  protected scalars(): ScalarSpecs<SettingTarget> {
    return SETTING_SCALARS;
  }

  protected override isAlive(s: SettingTarget): boolean {
    return s.workbook.settings.has(s.key);
  }

  delete(): void {
    this.checkApi("delete");
    this.enqueue("delete", [], (s) => {
      s.workbook.settings.delete(s.key);
    });
  }
}
defineScalars(FakeSetting.prototype, SETTING_SCALARS);

const NO_WB_SCALARS: ScalarSpecs<WorkbookModel> = {};

export class FakeSettingCollection extends FakeCollection<WorkbookModel, SettingTarget> {
  readonly typeName = "SettingCollection";

  protected scalars(): ScalarSpecs<WorkbookModel> {
    return NO_WB_SCALARS;
  }

  protected entities(wb: WorkbookModel): SettingTarget[] {
    return [...wb.settings.keys()].map((key) => ({ workbook: wb, key }));
  }

  protected itemProxy(entity: SettingTarget): FakeObject<SettingTarget> {
    const item = expose(
      new FakeSetting(this.context, `${this.path}.getItem(${JSON.stringify(entity.key)})`, () => entity),
    );
    item.pinTo(entity);
    return item;
  }

  private setting(
    member: string,
    args: readonly unknown[],
    resolve: (wb: WorkbookModel, location: string) => SettingTarget | null,
    isOnce = false,
  ): FakeSetting {
    this.checkApi(member);
    const location = this.location(member);
    const compute = (): SettingTarget | null => {
      const wb = this.target();
      return wb === null ? null : resolve(wb, location);
    };
    const child = expose(
      new FakeSetting(this.context, `${this.path}.${member}()`, isOnce ? once(compute, location) : compute),
    );
    return this.instantiate(child, member, args);
  }

  /** Sets or adds (SettingCollection.add docs). */
  add(key: string, value: unknown): FakeSetting {
    return this.setting(
      "add",
      [key, value],
      (wb, location) => {
        if (typeof key !== "string" || key === "")
          throw officeError("InvalidArgument", "setting key", location);
        wb.settings.set(key, jsonClone(value));
        return { workbook: wb, key };
      },
      true,
    );
  }

  getItem(key: string): FakeSetting {
    return this.setting("getItem", [key], (wb, location) => {
      if (!wb.settings.has(key)) throw officeError("ItemNotFound", `no setting '${key}'`, location);
      return { workbook: wb, key };
    });
  }

  getItemOrNullObject(key: string): FakeSetting {
    return this.setting("getItemOrNullObject", [key], (wb) =>
      wb.settings.has(key) ? { workbook: wb, key } : null,
    );
  }

  getCount(): FakeClientResult<number> {
    return this.result("getCount", [], (wb) => wb.settings.size);
  }
}
