// Sheets and defined names of the workbook, each in as few syncs as the requirement sets allow.

import type { NamedRange, SheetInfo } from "../../sheet";
import { EXCEL_API, type Capabilities } from "./capabilities";

/** Sheets in tab order with visibility and table names: one sync. */
export async function listSheetsIn(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  await context.sync();
  const bySheet = new Map<string, string[]>();
  for (const table of tables.items) {
    const list = bySheet.get(table.worksheet.name) ?? [];
    list.push(table.name);
    bySheet.set(table.worksheet.name, list);
  }
  return sheets.items.map((sheet) => ({
    name: sheet.name,
    visible: sheet.visibility === "Visible",
    tables: bySheet.get(sheet.name) ?? [],
  }));
}

/** `=Sheet!A1`, `='My Sheet'!$A$1:$B$2`, `=Sheet!$A:$B`, `=Sheet!$1:$3`: one sheet, one area. */
const SINGLE_RANGE =
  /^=?(?:'((?:[^']|'')+)'|([^'!:,()\s"]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d+:\$?\d+)$/i;

/** Sheet and `$`-free address of a single-range reference; null for unions, errors and formulas. */
export function singleRangeReference(reference: string): { sheet: string; address: string } | null {
  const m = SINGLE_RANGE.exec(reference.trim());
  if (!m?.[3]) return null;
  const sheet = m[1] === undefined ? m[2] : m[1].replace(/''/g, "'");
  return sheet === undefined ? null : { sheet, address: m[3].replace(/\$/g, "").toUpperCase() };
}

/** Built-in names (_xlnm.Print_Titles, _xlnm._FilterDatabase …) are Excel's, not the user's. */
function isUserName(name: string, visible: boolean): boolean {
  return visible && !name.toLowerCase().startsWith("_xlnm.");
}

/**
 * Workbook-scoped names that refer to one range. NamedItem.formula needs ExcelApi 1.7; before
 * that each range name's range is loaded (getRangeOrNullObject, 1.4) and its address read.
 */
export async function listNamesIn(
  context: Excel.RequestContext,
  capabilities: Capabilities,
): Promise<NamedRange[]> {
  const names = context.workbook.names;
  const withFormula = capabilities.excelApi(EXCEL_API.nameFormula);
  names.load(
    withFormula ? "items/name,items/type,items/visible,items/formula" : "items/name,items/type,items/visible",
  );
  await context.sync();
  const candidates = names.items.filter(
    (item) => item.type === "Range" && isUserName(item.name, item.visible),
  );
  if (withFormula) {
    const found: NamedRange[] = [];
    for (const item of candidates) {
      const formula: unknown = item.formula;
      const reference = typeof formula === "string" ? singleRangeReference(formula) : null;
      if (reference) found.push({ name: item.name, ...reference });
    }
    return found;
  }
  // By name: a loaded item would be addressed by its position, which a co-author's new name shifts.
  const ranges = candidates.map((item) => {
    const range = names.getItem(item.name).getRangeOrNullObject();
    range.load("address");
    return { name: item.name, range };
  });
  await context.sync();
  const found: NamedRange[] = [];
  for (const { name, range } of ranges) {
    if (range.isNullObject) continue;
    const reference = singleRangeReference(range.address);
    if (reference) found.push({ name, ...reference });
  }
  return found;
}
