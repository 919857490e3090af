// Requirement sets of the modelled members, from the `[Api set: ExcelApi x.y]` remarks of the Excel
// JavaScript API reference (mirrored in @types/office-js). Office.js 1.1.110 means to check them on the
// client, but its check never runs: excel-web-16.00.js sets `Utility._doApiNotSupportedCheck = true`
// on the subclass while `throwIfApiNotSupported` reads the flag of the base class (CommonUtility),
// which stays false. So a call of a newer member reaches Excel, and the engine refuses it there with
// ApiNotFound ("The method or property {0} is part of the {1} requirement set, which is not available
// in your version of {2}.").
// A key "Type.member" gates every use; "Type.member=" gates only writes (e.g. visibility: read 1.1, set 1.2).

import { ExcelError } from "./errors";

export type RequirementSets = Readonly<Record<string, string>>;

export const EXCEL_API_SINCE: Readonly<Record<string, string>> = {
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "Application.suspendScreenUpdatingUntilNextSync": "1.9",
  "Application.calculationMode=": "1.8",
  "Workbook.name": "1.7",
  "Workbook.settings": "1.4",
  "Workbook.getActiveCell": "1.7",
  "Workbook.getIsActiveCollabSession": "1.9",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "WorksheetCollection.getCount": "1.4",
  "WorksheetCollection.getFirst": "1.5",
  "WorksheetCollection.getLast": "1.5",
  "Worksheet.visibility=": "1.2",
  "Worksheet.tabColor": "1.7",
  "Worksheet.standardWidth": "1.7",
  "Worksheet.standardHeight": "1.7",
  "Worksheet.showGridlines": "1.8",
  "Worksheet.names": "1.4",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.pageLayout": "1.9",
  "Worksheet.customProperties": "1.12",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.getRanges": "1.9",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "WorksheetFreezePanes.freezeAt": "1.7",
  "WorksheetFreezePanes.freezeRows": "1.7",
  "WorksheetFreezePanes.freezeColumns": "1.7",
  "WorksheetFreezePanes.unfreeze": "1.7",
  "WorksheetFreezePanes.getLocation": "1.7",
  "WorksheetFreezePanes.getLocationOrNullObject": "1.7",
  "PageLayout.orientation": "1.9",
  "PageLayout.zoom": "1.9",
  "PageLayout.printGridlines": "1.9",
  "PageLayout.centerHorizontally": "1.9",
  "PageLayout.setPrintTitleRows": "1.9",
  "PageLayout.getPrintTitleRowsOrNullObject": "1.9",
  "PageLayout.setPrintArea": "1.9",
  "PageLayout.getPrintAreaOrNullObject": "1.9",
  "Range.rowHidden": "1.2",
  "Range.columnHidden": "1.2",
  "Range.hidden": "1.2",
  "Range.isEntireRow": "1.7",
  "Range.isEntireColumn": "1.7",
  "Range.formulasLocal": "1.1",
  "Range.numberFormatLocal": "1.7",
  "Range.dataValidation": "1.8",
  "Range.conditionalFormats": "1.6",
  "Range.merge": "1.2",
  "Range.unmerge": "1.2",
  "Range.getResizedRange": "1.2",
  "Range.getIntersectionOrNullObject": "1.4",
  "Range.getUsedRangeOrNullObject": "1.4",
  "Range.getRowsAbove": "1.2",
  "Range.getRowsBelow": "1.2",
  "Range.getColumnsBefore": "1.2",
  "Range.getColumnsAfter": "1.2",
  "Range.getMergedAreasOrNullObject": "1.13",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.rowHeight": "1.2",
  "RangeFormat.autofitColumns": "1.2",
  "RangeFormat.autofitRows": "1.2",
  "RangeFont.strikethrough": "1.9",
  "DataValidation.rule": "1.8",
  "DataValidation.errorAlert": "1.8",
  "DataValidation.prompt": "1.8",
  "DataValidation.ignoreBlanks": "1.8",
  "DataValidation.type": "1.8",
  "DataValidation.valid": "1.8",
  "DataValidation.clear": "1.8",
  "ConditionalFormatCollection.add": "1.6",
  "ConditionalFormatCollection.clearAll": "1.6",
  "ConditionalFormatCollection.getCount": "1.6",
  "ChartCollection.getCount": "1.4",
  "ChartSeriesCollection.add": "1.7",
  "ChartSeriesCollection.getCount": "1.4",
  "ChartSeries.setXAxisValues": "1.7",
  "ChartSeries.setValues": "1.7",
  "ChartSeries.setBubbleSizes": "1.7",
  "ChartSeries.hasDataLabels": "1.7",
  "ChartSeries.delete": "1.7",
  "ChartLineFormat.lineStyle": "1.7",
  "ChartPoint.hasDataLabel": "1.7",
  "ChartPoint.dataLabel": "1.7",
  "ChartDataLabel.position": "1.7",
  "ChartDataLabel.text": "1.8",
  "ChartPointsCollection.getCount": "1.4",
  "TableCollection.getItemOrNullObject": "1.4",
  "TableCollection.getCount": "1.4",
  "Table.showBandedRows": "1.3",
  "Table.showBandedColumns": "1.3",
  "Table.showFilterButton": "1.3",
  "Table.highlightFirstColumn": "1.3",
  "Table.highlightLastColumn": "1.3",
  "Table.legacyId": "1.8",
  "Table.worksheet": "1.2",
  "Table.resize": "1.13",
  "Table.convertToRange": "1.2",
  "TableColumn.name=": "1.4",
  "TableColumnCollection.getItemOrNullObject": "1.4",
  "TableColumnCollection.getCount": "1.4",
  "TableRowCollection.getCount": "1.4",
  "NamedItemCollection.add": "1.4",
  "NamedItemCollection.getItemOrNullObject": "1.4",
  "NamedItemCollection.getCount": "1.4",
  "NamedItem.comment": "1.4",
  "NamedItem.scope": "1.4",
  "NamedItem.formula": "1.7",
  "NamedItem.delete": "1.4",
  "NamedItem.getRangeOrNullObject": "1.4",
  "SettingCollection.add": "1.4",
  "SettingCollection.getItem": "1.4",
  "SettingCollection.getItemOrNullObject": "1.4",
  "SettingCollection.getCount": "1.4",
  "Setting.key": "1.4",
  "Setting.value": "1.4",
  "Setting.delete": "1.4",
  "WorksheetCustomPropertyCollection.add": "1.12",
  "WorksheetCustomPropertyCollection.getItem": "1.12",
  "WorksheetCustomPropertyCollection.getItemOrNullObject": "1.12",
  "WorksheetCustomPropertyCollection.getCount": "1.12",
  "WorksheetCustomProperty.key": "1.12",
  "WorksheetCustomProperty.value": "1.12",
  "WorksheetCustomProperty.delete": "1.12",
};

/** Compares dotted versions numerically: "1.10" > "1.9". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function isSetSupported(sets: RequirementSets, name: string, minVersion?: string | number): boolean {
  const have = Object.entries(sets).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  if (have === undefined) return false;
  if (minVersion === undefined) return true;
  const want = typeof minVersion === "number" ? String(minVersion) : minVersion;
  return compareVersions(have, want) >= 0;
}

export function apiNotFound(member: string, version: string): ExcelError {
  return new ExcelError(
    "ApiNotFound",
    `The method or property ${member} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
    member,
  );
}

/** Throws ApiNotFound when `member` ("Range.merge") needs a newer ExcelApi than the host supports. */
export function checkApi(sets: RequirementSets, member: string, write = false): void {
  const since = EXCEL_API_SINCE[member];
  if (since !== undefined && !isSetSupported(sets, "ExcelApi", since)) throw apiNotFound(member, since);
  const writeSince = write ? EXCEL_API_SINCE[`${member}=`] : undefined;
  if (writeSince !== undefined && !isSetSupported(sets, "ExcelApi", writeSince)) {
    throw apiNotFound(member, writeSince);
  }
}

/** Throws ApiNotFound for an explicit version (argument-level gates such as multi-row TableRowCollection.add). */
export function checkApiVersion(sets: RequirementSets, member: string, version: string): void {
  if (!isSetSupported(sets, "ExcelApi", version)) throw apiNotFound(member, version);
}
