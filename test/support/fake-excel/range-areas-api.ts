// Excel.RangeAreas (Worksheet.getRanges, ExcelApi 1.9): several rectangles on one sheet handled as one
// object. Modelled: address, areaCount, cellCount, format (every format write applies to each area;
// reads are the common value or null) and clear().

import { boundingRect, cellCount, type Rect } from "./address";
import { clearRange, type ClearApplyTo } from "./cells";
import { defineScalars, expose, FakeObject, type ScalarSpecs } from "./client-object";
import type { FakeRequestContext } from "./context";
import { officeError } from "./errors";
import { FakeRangeFormat } from "./format-api";
import type { SheetModel } from "./model";
import { resolveAddress, type RangeTarget } from "./range-api";

const areasOf = (t: RangeTarget): readonly Rect[] => t.areas ?? [t.rect];

const SCALARS: ScalarSpecs<RangeTarget> = {
  address: {
    read: (t) =>
      areasOf(t)
        .map((r) => t.sheet.address(r))
        .join(","),
  },
  addressLocal: {
    read: (t) =>
      areasOf(t)
        .map((r) => t.sheet.address(r))
        .join(","),
  },
  areaCount: { read: (t) => areasOf(t).length },
  cellCount: { read: (t) => areasOf(t).reduce((n, r) => n + cellCount(r), 0) },
};

/** "A1:B2, D5; F1:F3" → areas on `sheet` (addresses or defined names; the 8192-character limit applies). */
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

export class FakeRangeAreas extends FakeObject<RangeTarget> {
  readonly typeName = "RangeAreas";

  static create(
    context: FakeRequestContext,
    path: string,
    resolver: () => RangeTarget | null,
  ): FakeRangeAreas {
    return expose(new FakeRangeAreas(context, path, resolver));
  }

  protected scalars(): ScalarSpecs<RangeTarget> {
    return SCALARS;
  }

  protected override isAlive(t: RangeTarget): boolean {
    return !t.sheet.deleted;
  }

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    return name === "format" ? this.format : undefined;
  }

  get format(): FakeRangeFormat {
    return this.child("format", () =>
      FakeRangeFormat.create(this.context, `${this.path}.format`, () => this.target()),
    );
  }

  clear(applyTo: unknown = "All"): void {
    this.enqueue("clear", [applyTo], (t, _a, _e, location) => {
      const allowed: readonly unknown[] = [
        "All",
        "Formats",
        "Contents",
        "Hyperlinks",
        "RemoveHyperlinks",
        "ResetContents",
      ];
      if (!allowed.includes(applyTo))
        throw officeError("InvalidArgument", `applyTo ${JSON.stringify(applyTo)}`, location);
      for (const rect of areasOf(t)) clearRange(t.sheet, rect, applyTo as ClearApplyTo);
    });
  }
}
defineScalars(FakeRangeAreas.prototype, SCALARS);
