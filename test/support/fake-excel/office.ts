// The `Office` and `OfficeExtension` globals (the parts add-in code touches) and the string enums of
// the `Excel` namespace, so host code may write Excel.SheetVisibility.hidden as well as "Hidden".

import { isSetSupported, type RequirementSets } from "./api-sets";
import { FakeOfficeError } from "./errors";

export const ExcelEnums = {
  ErrorCodes: {
    accessDenied: "AccessDenied",
    apiNotFound: "ApiNotFound",
    conflict: "Conflict",
    generalException: "GeneralException",
    insertDeleteConflict: "InsertDeleteConflict",
    invalidArgument: "InvalidArgument",
    invalidBinding: "InvalidBinding",
    invalidOperation: "InvalidOperation",
    invalidReference: "InvalidReference",
    invalidSelection: "InvalidSelection",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    mergedRangeConflict: "MergedRangeConflict",
    nonBlankCellOffSheet: "NonBlankCellOffSheet",
    notImplemented: "NotImplemented",
    rangeExceedsLimit: "RangeExceedsLimit",
    requestAborted: "RequestAborted",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    unsupportedOperation: "UnsupportedOperation",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  ClearApplyTo: {
    all: "All",
    formats: "Formats",
    contents: "Contents",
    hyperlinks: "Hyperlinks",
    removeHyperlinks: "RemoveHyperlinks",
    resetContents: "ResetContents",
  },
  HorizontalAlignment: {
    general: "General",
    left: "Left",
    center: "Center",
    right: "Right",
    fill: "Fill",
    justify: "Justify",
    centerAcrossSelection: "CenterAcrossSelection",
    distributed: "Distributed",
  },
  VerticalAlignment: {
    top: "Top",
    center: "Center",
    bottom: "Bottom",
    justify: "Justify",
    distributed: "Distributed",
  },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
    diagonalDown: "DiagonalDown",
    diagonalUp: "DiagonalUp",
  },
  BorderLineStyle: {
    none: "None",
    continuous: "Continuous",
    dash: "Dash",
    dashDot: "DashDot",
    dashDotDot: "DashDotDot",
    dot: "Dot",
    double: "Double",
    slantDashDot: "SlantDashDot",
  },
  BorderWeight: { hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" },
  DataValidationType: {
    none: "None",
    wholeNumber: "WholeNumber",
    decimal: "Decimal",
    list: "List",
    date: "Date",
    time: "Time",
    textLength: "TextLength",
    custom: "Custom",
    inconsistent: "Inconsistent",
    mixedCriteria: "MixedCriteria",
  },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  DataValidationOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    lessThanOrEqualTo: "LessThanOrEqualTo",
  },
  ConditionalFormatType: {
    custom: "Custom",
    dataBar: "DataBar",
    colorScale: "ColorScale",
    iconSet: "IconSet",
    topBottom: "TopBottom",
    presetCriteria: "PresetCriteria",
    containsText: "ContainsText",
    cellValue: "CellValue",
  },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  RangeValueType: {
    unknown: "Unknown",
    empty: "Empty",
    string: "String",
    integer: "Integer",
    double: "Double",
    boolean: "Boolean",
    error: "Error",
    richValue: "RichValue",
  },
  NamedItemType: {
    string: "String",
    integer: "Integer",
    double: "Double",
    boolean: "Boolean",
    range: "Range",
    error: "Error",
    array: "Array",
  },
  NamedItemScope: { worksheet: "Worksheet", workbook: "Workbook" },
  CalculationMode: {
    automatic: "Automatic",
    automaticExceptTables: "AutomaticExceptTables",
    manual: "Manual",
  },
  CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
  RangeUnderlineStyle: {
    none: "None",
    single: "Single",
    double: "Double",
    singleAccountant: "SingleAccountant",
    doubleAccountant: "DoubleAccountant",
  },
} as const;

export type FakeOfficeGlobal = {
  context: {
    requirements: { isSetSupported: (name: string, minVersion?: string | number) => boolean };
    displayLanguage: string;
    contentLanguage: string;
    host: string;
    platform: string;
    diagnostics: { host: string; platform: string; version: string };
  };
  onReady: (
    callback?: (info: { host: string; platform: string }) => void,
  ) => Promise<{ host: string; platform: string }>;
  HostType: Readonly<Record<string, string>>;
  PlatformType: Readonly<Record<string, string>>;
};

export function makeOffice(
  sets: RequirementSets,
  displayLanguage: string,
  platform: string,
): FakeOfficeGlobal {
  const info = { host: "Excel", platform };
  return {
    context: {
      requirements: { isSetSupported: (name, minVersion) => isSetSupported(sets, name, minVersion) },
      displayLanguage,
      contentLanguage: displayLanguage,
      host: "Excel",
      platform,
      diagnostics: { host: "Excel", platform, version: "16.0.0.0" },
    },
    onReady: (callback) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android" },
  };
}

export const OfficeExtensionGlobal = {
  Error: FakeOfficeError,
  ErrorCodes: {
    accessDenied: "AccessDenied",
    apiNotFound: "ApiNotFound",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    invalidObjectPath: "InvalidObjectPath",
    invalidRequestContext: "InvalidRequestContext",
    propertyNotLoaded: "PropertyNotLoaded",
    runMustReturnPromise: "RunMustReturnPromise",
    valueNotLoaded: "ValueNotLoaded",
  },
} as const;
