// Worksheet and defined-name operations on the model: rename, delete, visibility, position, names.

import { parseRect, qualified } from "./address";
import { officeError } from "./errors";
import type { EngineCounters } from "./types/type-def";
import {
  validateDefinedName,
  validateSheetName,
  type NameModel,
  type NameRef,
  type SheetModel,
  type Visibility,
} from "./model";

const VISIBILITIES: readonly string[] = ["Visible", "Hidden", "VeryHidden"];

export function renameSheet(sheet: SheetModel, name: unknown, location: string): void {
  const valid = validateSheetName(name, location);
  const other = sheet.workbook.findSheet(valid);
  if (other && other !== sheet) {
    throw officeError("ItemAlreadyExists", `a sheet named '${valid}' already exists`, location);
  }
  sheet.name = valid;
}

function visibleSheets(sheet: SheetModel): SheetModel[] {
  return sheet.workbook.sheets.filter((s) => s.visibility === "Visible");
}

export function setVisibility(sheet: SheetModel, visibility: unknown, location: string): void {
  if (typeof visibility !== "string" || !VISIBILITIES.includes(visibility)) {
    throw officeError("InvalidArgument", `visibility '${String(visibility)}'`, location);
  }
  if (visibility !== "Visible" && sheet.visibility === "Visible" && visibleSheets(sheet).length === 1) {
    throw officeError("InvalidOperation", "a workbook must keep at least one visible sheet", location);
  }
  sheet.visibility = visibility as Visibility;
  const wb = sheet.workbook;
  if (visibility !== "Visible" && wb.activeSheet === sheet) wb.activeSheet = visibleSheets(sheet)[0] ?? null;
}

export function setPosition(sheet: SheetModel, position: unknown, location: string): void {
  const list = sheet.workbook.sheets;
  if (
    typeof position !== "number" ||
    !Number.isInteger(position) ||
    position < 0 ||
    position >= list.length
  ) {
    throw officeError("InvalidArgument", `position ${String(position)}`, location);
  }
  list.splice(list.indexOf(sheet), 1);
  list.splice(position, 0, sheet);
}

/**
 * Worksheet.delete: fails on a very hidden sheet (Worksheet.delete docs) and on the last visible sheet.
 * Tables on the sheet go with it; names that pointed into it become #REF!.
 */
export function deleteSheet(
  sheet: SheetModel,
  location: string,
  counters?: EngineCounters,
  coauthoring = false,
): void {
  if (sheet.visibility === "VeryHidden") {
    throw officeError("InvalidOperation", "a very hidden sheet cannot be deleted", location);
  }
  const wb = sheet.workbook;
  if (sheet.visibility === "Visible" && visibleSheets(sheet).length === 1) {
    throw officeError("InvalidOperation", "a workbook must keep at least one visible sheet", location);
  }
  wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
  sheet.deleted = true;
  if (counters) {
    counters.sheetDeletions++;
    if (coauthoring) counters.sheetDeletionsWhileCoauthoring++;
  }
  for (const t of sheet.tables()) t.deleted = true;
  wb.tables.splice(0, wb.tables.length, ...wb.tables.filter((t) => !t.deleted));
  for (const n of [...wb.names, ...wb.sheets.flatMap((s) => s.names)]) {
    if (n.ref.kind === "range" && n.ref.sheet === sheet) n.ref = { kind: "error" };
  }
  if (wb.activeSheet === sheet) wb.activeSheet = wb.sheets.find((s) => s.visibility === "Visible") ?? null;
}

export function activateSheet(sheet: SheetModel, location: string): void {
  if (sheet.visibility !== "Visible")
    throw officeError("InvalidOperation", "a hidden sheet cannot be activated", location);
  sheet.workbook.activeSheet = sheet;
}

/** Parses the reference of NamedItemCollection.add ("=Sheet1!$A$1:$B$2", "=0.25", a Range). */
export function parseNameReference(
  reference: string,
  scope: SheetModel | null,
  active: SheetModel | null,
): NameRef {
  const formula = reference.startsWith("=") ? reference : `=${reference}`;
  const body = formula.slice(1);
  const bang = body.lastIndexOf("!");
  const sheetPart =
    bang < 0
      ? null
      : body
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
  const rect = parseRect(bang < 0 ? body : body.slice(bang + 1));
  if (rect) {
    const base = scope ?? active;
    const sheet = sheetPart === null ? base : (base ?? active)?.workbook.findSheet(sheetPart);
    if (sheet) return { kind: "range", sheet, rect };
  }
  return { kind: "formula", formula };
}

export function addName(
  list: NameModel[],
  scopeSheet: SheetModel | null,
  name: unknown,
  ref: NameRef,
  comment: unknown,
  isTaken: (name: string) => boolean,
  location: string,
): NameModel {
  const valid = validateDefinedName(name, location);
  if (isTaken(valid)) throw officeError("ItemAlreadyExists", `the name '${valid}' already exists`, location);
  if (comment !== undefined && comment !== null && typeof comment !== "string") {
    throw officeError("InvalidArgument", "comment must be a string", location);
  }
  const model: NameModel = {
    name: valid,
    scopeSheet,
    ref,
    comment: typeof comment === "string" ? comment : "",
    visible: true,
    deleted: false,
  };
  list.push(model);
  return model;
}

/** NamedItem.type and .value as Excel reports them. */
export function nameTypeAndValue(name: NameModel): { type: string; value: unknown } {
  const ref = name.ref;
  if (ref.kind === "range") return { type: "Range", value: qualified(ref.sheet.name, ref.rect, true) };
  if (ref.kind === "error") return { type: "Error", value: "#REF!" };
  const body = ref.formula.slice(1);
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) {
    const n = Number(body);
    return { type: Number.isInteger(n) ? "Integer" : "Double", value: n };
  }
  if (/^(TRUE|FALSE)$/i.test(body)) return { type: "Boolean", value: body.toUpperCase() === "TRUE" };
  if (/^".*"$/.test(body)) return { type: "String", value: body.slice(1, -1).replace(/""/g, '"') };
  return { type: "String", value: body };
}
