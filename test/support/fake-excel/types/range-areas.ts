// Excel.RangeAreas (Worksheet.getRanges, ExcelApi 1.9): several rectangles on one sheet, formatted or
// cleared together. Addresses are comma- or semicolon-separated; the 8,192-character limit applies.

import { boundingRect, cellCount, type Rect } from "../address";
import { clearRange } from "../cells";
import { officeError } from "../errors";
import type { SheetModel } from "../model";
import { clearApplyTo, resolveAddress, type RangeTarget } from "./range";
import { does, nav, type ScalarDefs, type TypeDef } from "./type-def";

const areasOf = (t: RangeTarget): readonly Rect[] => t.areas ?? [t.rect];

const addresses = (t: RangeTarget): string =>
  areasOf(t)
    .map((r) => t.sheet.address(r))
    .join(",");

const SCALARS: ScalarDefs<RangeTarget> = {
  address: { read: addresses },
  addressLocal: { read: addresses },
  areaCount: { read: (t) => areasOf(t).length },
  cellCount: { read: (t) => areasOf(t).reduce((n, r) => n + cellCount(r), 0) },
};

/** "A1:B2, D5; F1:F3" → areas on `sheet` (addresses or defined names). */
export function resolveAreas(sheet: SheetModel, address: string, location: string): RangeTarget {
  if (address.length > 8192)
    throw officeError("InvalidArgument", "address longer than 8192 characters", location);
  const areas = address
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => resolveAddress(sheet, part, location));
  const first = areas[0];
  if (!first) throw officeError("InvalidArgument", "no address given", location);
  if (areas.some((a) => a.sheet !== sheet))
    throw officeError("InvalidArgument", "areas must be on this sheet", location);
  const rects = areas.map((a) => a.rect);
  return { sheet, rect: rects.reduce(boundingRect, first.rect), areas: rects };
}

export const RANGE_AREAS: TypeDef<RangeTarget> = {
  name: "RangeAreas",
  scalars: SCALARS,
  isAlive: (t) => !t.sheet.deleted,
  navigation: { format: nav<RangeTarget>("RangeFormat", (t) => t) },
  methods: {
    clear: does((t, [applyTo], env) => {
      const what = clearApplyTo(applyTo, env.location);
      for (const rect of areasOf(t)) clearRange(t.sheet, rect, what);
    }),
  },
};
