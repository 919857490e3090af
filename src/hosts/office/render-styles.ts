// Queues the resolved style layers (all but number formats, which travel with the values) as range
// format operations: one operation per property value and group of rectangles. With ExcelApi 1.9 a
// group is a RangeAreas (`worksheet.getRanges("A1:B2,D5")`); address lists are cut at
// MAX_AREAS_CHARS because long multi-area addresses fail with InvalidArgument (OfficeDev/office-js
// #5198 reports failures from about 8,200 characters). Without 1.9, one Range per rectangle.

import { rangeAddress, type Border, type RangeRef } from "../../sheet";
import { utf8Length, type BudgetedBatch } from "./payload";
import { paintPlan, type StyleLayers, type StyleProperty } from "./style-layers";

const MAX_AREAS_CHARS = 2_000;

type Setter = { apply(format: Excel.RangeFormat): void };

const WEIGHT = { thin: "Thin", medium: "Medium", thick: "Thick" } as const;
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function borderSetter(edges: readonly Edge[], border: Border): Setter {
  return {
    apply(format) {
      for (const edge of edges) {
        const item = format.borders.getItem(edge);
        item.style = "Continuous";
        item.weight = WEIGHT[border.style];
        item.color = border.color;
      }
    },
  };
}

/** How one property value is set on a range's format; `multi` says a group spans several rows/columns. */
function setterFor(
  property: StyleProperty,
  value: unknown,
  multi: { rows: boolean; columns: boolean },
): Setter | null {
  // A sub-object path (font, fill) and one property set.
  const one = (apply: (format: Excel.RangeFormat) => void): Setter => ({ apply });
  switch (property) {
    case "numberFormat":
      return null;
    case "bold":
      return one((f) => (f.font.bold = value as boolean));
    case "italic":
      return one((f) => (f.font.italic = value as boolean));
    case "fontSize":
      return one((f) => (f.font.size = value as number));
    case "fontColor":
      return one((f) => (f.font.color = value as string));
    case "fill":
      return one((f) => (f.fill.color = value as string));
    case "horizontal":
      return one((f) => (f.horizontalAlignment = HORIZONTAL[value as keyof typeof HORIZONTAL]));
    case "vertical":
      return one((f) => (f.verticalAlignment = VERTICAL[value as keyof typeof VERTICAL]));
    case "wrap":
      return one((f) => (f.wrapText = value as boolean));
    // Every cell of the area has the edge: the outer edge plus the lines between its cells.
    case "borderTop":
      return borderSetter(multi.rows ? ["EdgeTop", "InsideHorizontal"] : ["EdgeTop"], value as Border);
    case "borderBottom":
      return borderSetter(multi.rows ? ["EdgeBottom", "InsideHorizontal"] : ["EdgeBottom"], value as Border);
    case "borderLeft":
      return borderSetter(multi.columns ? ["EdgeLeft", "InsideVertical"] : ["EdgeLeft"], value as Border);
    case "borderRight":
      return borderSetter(multi.columns ? ["EdgeRight", "InsideVertical"] : ["EdgeRight"], value as Border);
  }
}

/** Comma-separated address lists of at most MAX_AREAS_CHARS characters. */
export function addressGroups(rects: readonly RangeRef[]): string[] {
  const groups: string[] = [];
  let current = "";
  for (const rect of rects) {
    const address = rangeAddress(rect);
    if (current !== "" && current.length + 1 + address.length > MAX_AREAS_CHARS) {
      groups.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") groups.push(current);
  return groups;
}

type Entry = { setters: Setter[]; bytes: number };

/**
 * Queues every style layer except number formats, in two passes: each property's base value (see
 * paintPlan) first, then the other values over it. Within a pass, properties that cover exactly
 * the same rectangles (a highlight's fill, font colour and bold) share one range proxy.
 */
export async function queueStyles(
  batch: BudgetedBatch,
  sheet: Excel.Worksheet,
  styles: StyleLayers,
  useRangeAreas: boolean,
): Promise<void> {
  const passes = [new Map<string, Entry>(), new Map<string, Entry>()] as const;
  const addTargets = (
    pass: Map<string, Entry>,
    property: StyleProperty,
    value: unknown,
    rects: RangeRef[],
  ) => {
    const multi = { rows: rects.some((r) => r.bottom > r.top), columns: rects.some((r) => r.right > r.left) };
    const setter = setterFor(property, value, multi);
    if (!setter) return;
    const valueBytes = utf8Length(JSON.stringify(value));
    for (const address of useRangeAreas ? addressGroups(rects) : rects.map((r) => rangeAddress(r))) {
      // The JSON the arguments carry; the batch measures the rest of the request itself.
      const entry = pass.get(address) ?? { setters: [], bytes: utf8Length(address) };
      entry.setters.push(setter);
      entry.bytes += valueBytes;
      pass.set(address, entry);
    }
  };
  for (const [property, layer] of styles.layers) {
    if (property === "numberFormat") continue;
    const { base, others } = paintPlan(layer, styles.rows, styles.columns);
    if (base) addTargets(passes[0], property, layer.values[base.id - 1], base.rects);
    for (const [id, rects] of others) addTargets(passes[1], property, layer.values[id - 1], rects);
  }
  for (const pass of passes) {
    for (const [address, { setters, bytes }] of pass) {
      await batch.add(bytes, () => {
        const format = (useRangeAreas ? sheet.getRanges(address) : sheet.getRange(address)).format;
        for (const setter of setters) setter.apply(format);
      });
    }
  }
}
