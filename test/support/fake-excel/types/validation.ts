// Range.dataValidation (ExcelApi 1.8) and Range.conditionalFormats (ExcelApi 1.6, minimal).
// Data validation facts: "No more than one of these properties may be present in any DataValidationRule
// object" ("Add data validation to Excel ranges"); clear() removes validation from the overlapping cells
// only. Lengths from [MS-XLS] 2.5.37 DValStrings: error title ≤ 32, error message ≤ 225, prompt title
// ≤ 32, prompt ≤ 255 characters. Chosen: a typed list source ("a,b,c") is limited to 255 characters,
// as in Excel's Data Validation dialog.

import { cellCount, intersect, qualified, type Rect } from "../address";
import { NotModelledError, officeError } from "../errors";
import { NO_VALIDATION, SheetModel, type ConditionalFormatModel, type ValidationModel } from "../model";
import type { RangeTarget } from "./range";
import { does, nav, object, returns, type CallEnv, type ScalarDefs, type TypeDef } from "./type-def";

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

function checkRule(value: unknown, env: CallEnv): { rule: Record<string, unknown>; type: string } {
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
    const given = env.objectOf(src);
    let source: string;
    if (given) {
      const t = given.target as RangeTarget | null;
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

const DV_SCALARS: ScalarDefs<RangeTarget> = {
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

export const DATA_VALIDATION: TypeDef<RangeTarget> = {
  name: "DataValidation",
  scalars: DV_SCALARS,
  methods: {
    clear: does((t) => {
      for (const key of [...t.sheet.validations.keys()]) {
        const [r = 0, c = 0] = key.split(",").map(Number);
        if (r >= t.rect.top && r <= t.rect.bottom && c >= t.rect.left && c <= t.rect.right) {
          t.sheet.validations.delete(key);
        }
      }
    }),
  },
};

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
): ScalarDefs<CfPartTarget>[string] {
  return {
    read: (t) => t.cf.settings.get(`${t.prefix}.${name}`) ?? null,
    write: (t, v, env) => {
      t.cf.settings.set(`${t.prefix}.${name}`, check ? check(v, env.location) : v);
    },
  };
}

/** A sub-object of a conditional format: its settings live under `prefix.name`. */
const part = (type: string, name: string) =>
  nav<CfPartTarget>(type, (t) => ({ ...t, prefix: `${t.prefix}.${name}` }));

const CF_FILL: TypeDef<CfPartTarget> = { name: "ConditionalRangeFill", scalars: { color: setting("color") } };
const CF_FONT: TypeDef<CfPartTarget> = {
  name: "ConditionalRangeFont",
  scalars: { color: setting("color"), bold: setting("bold"), italic: setting("italic") },
};
const CF_FORMAT: TypeDef<CfPartTarget> = {
  name: "ConditionalRangeFormat",
  scalars: { numberFormat: setting("numberFormat") },
  navigation: { fill: part("ConditionalRangeFill", "fill"), font: part("ConditionalRangeFont", "font") },
};
const CF_FORMULA_RULE: TypeDef<CfPartTarget> = {
  name: "ConditionalFormatRule",
  scalars: { formula: setting("formula") },
};
/** custom: rule.formula + format. */
const CF_CUSTOM: TypeDef<CfPartTarget> = {
  name: "CustomConditionalFormat",
  scalars: {},
  navigation: {
    rule: part("ConditionalFormatRule", "rule"),
    format: part("ConditionalRangeFormat", "format"),
  },
};
/** cellValue / textComparison: rule (one object) + format. */
const CF_WITH_RULE: TypeDef<CfPartTarget> = {
  name: "CellValueConditionalFormat",
  scalars: { rule: setting("rule", (v, l) => record(v, l)) },
  navigation: { format: part("ConditionalRangeFormat", "format") },
};

const CF_SCALARS: ScalarDefs<CfTarget> = {
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

const topPart = (type: string, name: string) => nav<CfTarget>(type, (t) => ({ ...t, prefix: name }));

const CONDITIONAL_FORMAT: TypeDef<CfTarget> = {
  name: "ConditionalFormat",
  scalars: CF_SCALARS,
  isAlive: (t) => t.sheet.conditionalFormats.includes(t.cf),
  navigation: {
    custom: topPart("CustomConditionalFormat", "custom"),
    cellValue: topPart("CellValueConditionalFormat", "cellValue"),
    textComparison: topPart("CellValueConditionalFormat", "textComparison"),
  },
  objects: {
    // The cells the format applies to (getRange, getRangeOrNullObject: ExcelApi 1.6; getRanges:
    // ExcelApi 1.9). The engine keeps one rectangle per format, so all three give it.
    getRange: returns<CfTarget>("Range", (t) => ({ sheet: t.sheet, rect: { ...t.cf.rect } })),
    getRangeOrNullObject: returns<CfTarget>("Range", (t) => ({ sheet: t.sheet, rect: { ...t.cf.rect } })),
    getRanges: returns<CfTarget>("RangeAreas", (t) => ({
      sheet: t.sheet,
      rect: { ...t.cf.rect },
      areas: [{ ...t.cf.rect }],
    })),
  },
  methods: {
    delete: does((t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((x) => x !== t.cf);
    }),
  },
};

function formatsIn(t: RangeTarget): CfTarget[] {
  return t.sheet.conditionalFormats
    .filter((cf) => intersect(cf.rect, t.rect) !== null)
    .map((cf) => ({ cf, sheet: t.sheet }));
}

const CONDITIONAL_FORMAT_COLLECTION: TypeDef<RangeTarget> = {
  name: "ConditionalFormatCollection",
  scalars: {},
  collection: {
    items: (t) => formatsIn(t).map((cf) => object("ConditionalFormat", cf)),
    indexer: (t, id, env) => {
      const found = formatsIn(t).find((x) => x.cf.id === id);
      if (!found) throw officeError("ItemNotFound", `no conditional format ${String(id)}`, env.location);
      return object("ConditionalFormat", found);
    },
  },
  objects: {
    /** By id (ExcelApi 1.6): one of the formats on the range's cells. */
    getItem: returns<RangeTarget>("ConditionalFormat", (t, [id], env) => {
      const found = formatsIn(t).find((x) => x.cf.id === id);
      if (!found) throw officeError("ItemNotFound", `no conditional format ${String(id)}`, env.location);
      return found;
    }),
    add: returns<RangeTarget>("ConditionalFormat", (t, [type], env) => {
      if (typeof type !== "string" || !CF_TYPES.includes(type))
        throw officeError("InvalidArgument", `conditional format type '${String(type)}'`, env.location);
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
    }),
  },
  methods: {
    clearAll: does((t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
        (cf) => intersect(cf.rect, t.rect) === null,
      );
    }),
    getCount: does((t) => formatsIn(t).length),
  },
};

export const CONDITIONAL_FORMAT_TYPES = [
  CONDITIONAL_FORMAT_COLLECTION,
  CONDITIONAL_FORMAT,
  CF_CUSTOM,
  CF_WITH_RULE,
  CF_FORMULA_RULE,
  CF_FORMAT,
  CF_FILL,
  CF_FONT,
] as const;
