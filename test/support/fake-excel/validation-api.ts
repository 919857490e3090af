// Range.dataValidation (ExcelApi 1.8) and Range.conditionalFormats (ExcelApi 1.6, minimal).
// Data validation facts: "No more than one of these properties may be present in any DataValidationRule
// object" ("Add data validation to Excel ranges"); clear() removes validation from the overlapping cells
// only. Lengths from [MS-XLS] 2.5.37 DValStrings: error title ≤ 32, error message ≤ 225, prompt title
// ≤ 32, prompt ≤ 255 characters. Chosen: a typed list source ("a,b,c") is limited to 255 characters,
// as in Excel's Data Validation dialog.

import { cellCount, intersect, qualified, type Rect } from "./address";
import {
  defineScalars,
  expose,
  FakeCollection,
  FakeObject,
  once,
  type FakeClientResult,
  type ScalarSpecs,
  type WriteEnv,
} from "./client-object";
import type { FakeRequestContext } from "./context";
import { NotModelledError, officeError } from "./errors";
import { NO_VALIDATION, SheetModel, type ConditionalFormatModel, type ValidationModel } from "./model";
import type { RangeTarget } from "./range-api";

const RULE_TYPES: Readonly<Record<string, string>> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];
const ALERT_STYLES = ["Stop", "Warning", "Information"];
const MAX_CELLS = 2_000_000;

function validationsIn(t: RangeTarget): { list: ValidationModel[]; missing: boolean } {
  const list: ValidationModel[] = [];
  for (const [key, v] of t.sheet.validations) {
    const [r = 0, c = 0] = key.split(",").map(Number);
    if (r >= t.rect.top && r <= t.rect.bottom && c >= t.rect.left && c <= t.rect.right) list.push(v);
  }
  return { list, missing: list.length < cellCount(t.rect) };
}

function uniformOf<V>(t: RangeTarget, pick: (v: ValidationModel) => V): V | null {
  const { list, missing } = validationsIn(t);
  const all = missing ? [...list, NO_VALIDATION] : list;
  const first = all[0];
  if (!first) return pick(NO_VALIDATION);
  const json = JSON.stringify(pick(first));
  return all.every((v) => JSON.stringify(pick(v)) === json) ? pick(first) : null;
}

function applyToCells(
  t: RangeTarget,
  location: string,
  change: (v: ValidationModel) => ValidationModel,
): void {
  if (cellCount(t.rect) > MAX_CELLS) throw new NotModelledError(`${location} on ${cellCount(t.rect)} cells`);
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    for (let c = t.rect.left; c <= t.rect.right; c++) {
      const key = SheetModel.key(r, c);
      t.sheet.validations.set(key, change(t.sheet.validations.get(key) ?? NO_VALIDATION));
    }
  }
}

function record(v: unknown, location: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    throw officeError("InvalidArgument", "expected an object", location);
  return v as Record<string, unknown>;
}

function text(v: unknown, max: number, what: string, location: string): string {
  if (typeof v !== "string") throw officeError("InvalidArgument", `${what} must be text`, location);
  if (v.length > max)
    throw officeError("InvalidArgument", `${what} is longer than ${max} characters`, location);
  return v;
}

function checkRule(value: unknown, env: WriteEnv): { rule: Record<string, unknown>; type: string } {
  const location = env.location;
  const o = record(value, location);
  const keys = Object.keys(o).filter((k) => o[k] !== undefined && o[k] !== null);
  const key = keys[0];
  if (keys.length !== 1 || key === undefined || !(key in RULE_TYPES)) {
    throw officeError(
      "InvalidArgument",
      "a rule needs exactly one of " + Object.keys(RULE_TYPES).join(", "),
      location,
    );
  }
  const type = RULE_TYPES[key] ?? "None";
  const body = record(o[key], location);
  if (key === "list") {
    const src = body.source;
    const proxy = env.deref(src);
    let source: string;
    if (proxy) {
      const t = proxy.target() as RangeTarget | null;
      if (!t) throw officeError("InvalidArgument", "list source range does not exist", location);
      source = `=${qualified(t.sheet.name, t.rect, true)}`;
    } else {
      if (typeof src !== "string" || src.trim() === "")
        throw officeError("InvalidArgument", "list source is empty", location);
      if (!src.startsWith("=") && src.length > 255) {
        throw officeError("InvalidArgument", "a typed list source is limited to 255 characters", location);
      }
      source = src;
    }
    const dropDown = body.inCellDropDown ?? true;
    if (typeof dropDown !== "boolean") throw officeError("InvalidArgument", "inCellDropDown", location);
    return { rule: { list: { inCellDropDown: dropDown, source } }, type };
  }
  if (key === "custom") {
    const formula = body.formula;
    if (typeof formula !== "string" || formula === "")
      throw officeError("InvalidArgument", "custom formula", location);
    return { rule: { custom: { formula } }, type };
  }
  const operator = body.operator;
  if (typeof operator !== "string" || !OPERATORS.includes(operator)) {
    throw officeError("InvalidArgument", `operator '${String(operator)}'`, location);
  }
  if (body.formula1 === undefined || body.formula1 === null)
    throw officeError("InvalidArgument", "formula1", location);
  if (
    (operator === "Between" || operator === "NotBetween") &&
    (body.formula2 === undefined || body.formula2 === null)
  ) {
    throw officeError("InvalidArgument", "formula2 is required for Between / NotBetween", location);
  }
  return { rule: { [key]: { ...body } }, type };
}

const DV_SCALARS: ScalarSpecs<RangeTarget> = {
  type: {
    read: (t) => {
      const { list, missing } = validationsIn(t);
      const all = missing ? [...list, NO_VALIDATION] : list;
      const types = new Set(all.map((v) => v.type));
      if (types.size > 1) return "Inconsistent";
      const rules = new Set(all.map((v) => JSON.stringify(v.rule)));
      return rules.size > 1 ? "MixedCriteria" : ([...types][0] ?? "None");
    },
  },
  rule: {
    read: (t) => {
      const rule = uniformOf(t, (v) => v.rule ?? {});
      return rule;
    },
    write: (t, v, env) => {
      const { rule, type } = checkRule(v, env);
      applyToCells(t, env.location, (cur) => ({ ...cur, rule, type }));
    },
  },
  errorAlert: {
    read: (t) => uniformOf(t, (v) => v.errorAlert),
    write: (t, v, env) => {
      const o = record(v, env.location);
      const patch: Partial<ValidationModel["errorAlert"]> = {};
      if (o.showAlert !== undefined) {
        if (typeof o.showAlert !== "boolean") throw officeError("InvalidArgument", "showAlert", env.location);
        patch.showAlert = o.showAlert;
      }
      if (o.style !== undefined) {
        if (typeof o.style !== "string" || !ALERT_STYLES.includes(o.style)) {
          throw officeError("InvalidArgument", `alert style ${JSON.stringify(o.style)}`, env.location);
        }
        patch.style = o.style;
      }
      if (o.title !== undefined) patch.title = text(o.title, 32, "error alert title", env.location);
      if (o.message !== undefined) patch.message = text(o.message, 225, "error alert message", env.location);
      applyToCells(t, env.location, (cur) => ({ ...cur, errorAlert: { ...cur.errorAlert, ...patch } }));
    },
  },
  prompt: {
    read: (t) => uniformOf(t, (v) => v.prompt),
    write: (t, v, env) => {
      const o = record(v, env.location);
      const patch: Partial<ValidationModel["prompt"]> = {};
      if (o.showPrompt !== undefined) {
        if (typeof o.showPrompt !== "boolean")
          throw officeError("InvalidArgument", "showPrompt", env.location);
        patch.showPrompt = o.showPrompt;
      }
      if (o.title !== undefined) patch.title = text(o.title, 32, "prompt title", env.location);
      if (o.message !== undefined) patch.message = text(o.message, 255, "prompt message", env.location);
      applyToCells(t, env.location, (cur) => ({ ...cur, prompt: { ...cur.prompt, ...patch } }));
    },
  },
  ignoreBlanks: {
    read: (t) => uniformOf(t, (v) => v.ignoreBlanks),
    write: (t, v, env) => {
      if (typeof v !== "boolean") throw officeError("InvalidArgument", "ignoreBlanks", env.location);
      applyToCells(t, env.location, (cur) => ({ ...cur, ignoreBlanks: v }));
    },
  },
};

export class FakeDataValidation extends FakeObject<RangeTarget> {
  readonly typeName = "DataValidation";

  static create(
    context: FakeRequestContext,
    path: string,
    resolver: () => RangeTarget | null,
  ): FakeDataValidation {
    return expose(new FakeDataValidation(context, path, resolver));
  }

  protected scalars(): ScalarSpecs<RangeTarget> {
    return DV_SCALARS;
  }

  clear(): void {
    this.checkApi("clear");
    this.enqueue("clear", [], (t) => {
      for (const key of [...t.sheet.validations.keys()]) {
        const [r = 0, c = 0] = key.split(",").map(Number);
        if (r >= t.rect.top && r <= t.rect.bottom && c >= t.rect.left && c <= t.rect.right) {
          t.sheet.validations.delete(key);
        }
      }
    });
  }
}
defineScalars(FakeDataValidation.prototype, DV_SCALARS);

// ---- conditional formats (minimal) ---------------------------------------------------------------

const CF_TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

type CfTarget = { cf: ConditionalFormatModel; sheet: SheetModel };
type CfPartTarget = CfTarget & { prefix: string };

function setting(
  name: string,
  check?: (v: unknown, location: string) => unknown,
): ScalarSpecs<CfPartTarget>[string] {
  return {
    read: (t) => t.cf.settings.get(`${t.prefix}.${name}`) ?? null,
    write: (t, v, env) => {
      t.cf.settings.set(`${t.prefix}.${name}`, check ? check(v, env.location) : v);
    },
  };
}

abstract class CfPart extends FakeObject<CfPartTarget> {
  protected sub<C extends FakeObject<unknown>>(
    name: string,
    make: (ctx: FakeRequestContext, path: string, resolver: () => CfPartTarget | null) => C,
  ): C {
    return this.child(name, () =>
      make(this.context, `${this.path}.${name}`, () => {
        const t = this.target();
        return t === null ? null : { ...t, prefix: `${t.prefix}.${name}` };
      }),
    );
  }
}

const CF_FILL_SCALARS: ScalarSpecs<CfPartTarget> = { color: setting("color") };
class FakeCfFill extends CfPart {
  readonly typeName = "ConditionalRangeFill";
  protected scalars(): ScalarSpecs<CfPartTarget> {
    return CF_FILL_SCALARS;
  }
}
defineScalars(FakeCfFill.prototype, CF_FILL_SCALARS);

const CF_FONT_SCALARS: ScalarSpecs<CfPartTarget> = {
  color: setting("color"),
  bold: setting("bold"),
  italic: setting("italic"),
};
class FakeCfFont extends CfPart {
  readonly typeName = "ConditionalRangeFont";
  protected scalars(): ScalarSpecs<CfPartTarget> {
    return CF_FONT_SCALARS;
  }
}
defineScalars(FakeCfFont.prototype, CF_FONT_SCALARS);

const CF_FORMAT_SCALARS: ScalarSpecs<CfPartTarget> = { numberFormat: setting("numberFormat") };
class FakeCfFormat extends CfPart {
  readonly typeName = "ConditionalRangeFormat";
  protected scalars(): ScalarSpecs<CfPartTarget> {
    return CF_FORMAT_SCALARS;
  }
  protected override navigation(name: string): FakeObject<unknown> | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }
  get fill(): FakeCfFill {
    return this.sub("fill", (c, p, r) => expose(new FakeCfFill(c, p, r)));
  }
  get font(): FakeCfFont {
    return this.sub("font", (c, p, r) => expose(new FakeCfFont(c, p, r)));
  }
}
defineScalars(FakeCfFormat.prototype, CF_FORMAT_SCALARS);

const CF_FORMULA_SCALARS: ScalarSpecs<CfPartTarget> = { formula: setting("formula") };
class FakeCfFormulaRule extends CfPart {
  readonly typeName = "ConditionalFormatRule";
  protected scalars(): ScalarSpecs<CfPartTarget> {
    return CF_FORMULA_SCALARS;
  }
}
defineScalars(FakeCfFormulaRule.prototype, CF_FORMULA_SCALARS);

/** custom: rule.formula + format; cellValue / textComparison: rule (one object) + format. */
const CF_RULE_SCALARS: ScalarSpecs<CfPartTarget> = { rule: setting("rule", (v, l) => record(v, l)) };
const NO_SCALARS: ScalarSpecs<CfPartTarget> = {};

class FakeCfCustom extends CfPart {
  readonly typeName = "CustomConditionalFormat";
  protected scalars(): ScalarSpecs<CfPartTarget> {
    return NO_SCALARS;
  }
  protected override navigation(name: string): FakeObject<unknown> | undefined {
    if (name === "rule") return this.rule;
    if (name === "format") return this.format;
    return undefined;
  }
  get rule(): FakeCfFormulaRule {
    return this.sub("rule", (c, p, r) => expose(new FakeCfFormulaRule(c, p, r)));
  }
  get format(): FakeCfFormat {
    return this.sub("format", (c, p, r) => expose(new FakeCfFormat(c, p, r)));
  }
}

class FakeCfWithRule extends CfPart {
  readonly typeName: string = "CellValueConditionalFormat";
  protected scalars(): ScalarSpecs<CfPartTarget> {
    return CF_RULE_SCALARS;
  }
  protected override navigation(name: string): FakeObject<unknown> | undefined {
    return name === "format" ? this.format : undefined;
  }
  get format(): FakeCfFormat {
    return this.sub("format", (c, p, r) => expose(new FakeCfFormat(c, p, r)));
  }
}
defineScalars(FakeCfWithRule.prototype, CF_RULE_SCALARS);

const CF_SCALARS: ScalarSpecs<CfTarget> = {
  id: { read: (t) => t.cf.id },
  type: { read: (t) => t.cf.type },
  priority: {
    read: (t) => t.cf.priority,
    write: (t, v, env) => {
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0)
        throw officeError("InvalidArgument", "priority", env.location);
      t.cf.priority = v;
    },
  },
  stopIfTrue: {
    read: (t) => t.cf.stopIfTrue,
    write: (t, v, env) => {
      if (typeof v !== "boolean") throw officeError("InvalidArgument", "stopIfTrue", env.location);
      t.cf.stopIfTrue = v;
    },
  },
};

export class FakeConditionalFormat extends FakeObject<CfTarget> {
  readonly typeName = "ConditionalFormat";

  protected scalars(): ScalarSpecs<CfTarget> {
    return CF_SCALARS;
  }

  protected override isAlive(t: CfTarget): boolean {
    return t.sheet.conditionalFormats.includes(t.cf);
  }

  private part<C extends FakeObject<unknown>>(
    name: string,
    make: (c: FakeRequestContext, p: string, r: () => CfPartTarget | null) => C,
  ): C {
    return this.child(name, () =>
      make(this.context, `${this.path}.${name}`, () => {
        const t = this.target();
        return t === null ? null : { ...t, prefix: name };
      }),
    );
  }

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    if (name === "custom") return this.custom;
    if (name === "cellValue") return this.cellValue;
    if (name === "textComparison") return this.textComparison;
    return undefined;
  }

  get custom(): FakeCfCustom {
    return this.part("custom", (c, p, r) => expose(new FakeCfCustom(c, p, r)));
  }
  get cellValue(): FakeCfWithRule {
    return this.part("cellValue", (c, p, r) => expose(new FakeCfWithRule(c, p, r)));
  }
  get textComparison(): FakeCfWithRule {
    return this.part("textComparison", (c, p, r) => expose(new FakeCfWithRule(c, p, r)));
  }

  delete(): void {
    this.enqueue("delete", [], (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((x) => x !== t.cf);
    });
  }
}
defineScalars(FakeConditionalFormat.prototype, CF_SCALARS);

const NO_RANGE_SCALARS: ScalarSpecs<RangeTarget> = {};

export class FakeConditionalFormatCollection extends FakeCollection<RangeTarget, CfTarget> {
  readonly typeName = "ConditionalFormatCollection";

  static create(
    context: FakeRequestContext,
    path: string,
    resolver: () => RangeTarget | null,
  ): FakeConditionalFormatCollection {
    return expose(new FakeConditionalFormatCollection(context, path, resolver));
  }

  protected scalars(): ScalarSpecs<RangeTarget> {
    return NO_RANGE_SCALARS;
  }

  protected entities(t: RangeTarget): CfTarget[] {
    return t.sheet.conditionalFormats
      .filter((cf) => intersect(cf.rect, t.rect) !== null)
      .map((cf) => ({ cf, sheet: t.sheet }));
  }

  protected itemProxy(entity: CfTarget): FakeObject<CfTarget> {
    const item = expose(
      new FakeConditionalFormat(this.context, `${this.path}.items[${entity.cf.id}]`, () => entity),
    );
    item.pinTo(entity);
    return item;
  }

  add(type: string): FakeConditionalFormat {
    this.checkApi("add");
    const location = this.location("add");
    const child = expose(
      new FakeConditionalFormat(
        this.context,
        `${this.path}.add(${type})`,
        once(() => {
          const t = this.target();
          if (t === null) return null;
          if (!CF_TYPES.includes(type))
            throw officeError("InvalidArgument", `conditional format type '${type}'`, location);
          for (const cf of t.sheet.conditionalFormats) cf.priority++;
          const rect: Rect = { ...t.rect };
          const cf: ConditionalFormatModel = {
            id: t.sheet.workbook.nextConditionalFormatId(),
            type,
            rect,
            priority: 0,
            stopIfTrue: false,
            settings: new Map(),
          };
          t.sheet.conditionalFormats.push(cf);
          return { cf, sheet: t.sheet };
        }, location),
      ),
    );
    return this.instantiate(child, "add", [type]);
  }

  clearAll(): void {
    this.checkApi("clearAll");
    this.enqueue("clearAll", [], (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
        (cf) => intersect(cf.rect, t.rect) === null,
      );
    });
  }

  getCount(): FakeClientResult<number> {
    return this.result("getCount", [], (t) => this.entities(t).length);
  }
}
