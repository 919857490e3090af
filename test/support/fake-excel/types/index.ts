// Every type of the Excel object model the engine knows, by name. A member or type not listed here
// is not modelled: the wire host fails the request with NotModelledError (a gap in the test double,
// never an Excel error).

import { CHART_TYPES_MODELLED } from "./chart";
import { RANGE } from "./range";
import { RANGE_AREAS } from "./range-areas";
import { RANGE_BORDER, RANGE_BORDER_COLLECTION, RANGE_FILL, RANGE_FONT, RANGE_FORMAT } from "./format";
import { NAMED_ITEM, NAMED_ITEM_COLLECTION, SETTING, SETTING_COLLECTION } from "./names";
import {
  TABLE,
  TABLE_COLLECTION,
  TABLE_COLUMN,
  TABLE_COLUMN_COLLECTION,
  TABLE_ROW,
  TABLE_ROW_COLLECTION,
} from "./table";
import type { TypeDef } from "./type-def";
import { CONDITIONAL_FORMAT_TYPES, DATA_VALIDATION } from "./validation";
import { APPLICATION, WORKBOOK } from "./workbook";
import {
  CUSTOM_PROPERTY,
  CUSTOM_PROPERTY_COLLECTION,
  FREEZE_PANES,
  PAGE_LAYOUT,
  WORKSHEET,
  WORKSHEET_COLLECTION,
} from "./worksheet";

export type { CallEnv, EngineCounters, ExcelObject, TypeDef } from "./type-def";
export { does, nav, NULL_OBJECT, newCounters, object, returns } from "./type-def";
export type { RangeTarget } from "./range";

const ALL: readonly TypeDef<never>[] = [
  WORKBOOK,
  APPLICATION,
  WORKSHEET,
  WORKSHEET_COLLECTION,
  FREEZE_PANES,
  PAGE_LAYOUT,
  CUSTOM_PROPERTY,
  CUSTOM_PROPERTY_COLLECTION,
  RANGE,
  RANGE_AREAS,
  RANGE_FORMAT,
  RANGE_FILL,
  RANGE_FONT,
  RANGE_BORDER,
  RANGE_BORDER_COLLECTION,
  TABLE,
  TABLE_COLLECTION,
  TABLE_COLUMN,
  TABLE_COLUMN_COLLECTION,
  TABLE_ROW,
  TABLE_ROW_COLLECTION,
  NAMED_ITEM,
  NAMED_ITEM_COLLECTION,
  SETTING,
  SETTING_COLLECTION,
  DATA_VALIDATION,
  ...CONDITIONAL_FORMAT_TYPES,
  ...CHART_TYPES_MODELLED,
];

export const EXCEL_TYPES: ReadonlyMap<string, TypeDef<unknown>> = new Map(
  ALL.map((type) => [type.name, type as TypeDef<unknown>]),
);
