// A SheetSpec's styles resolved cell by cell, property by property ("later ranges override earlier
// ones"), then regrouped into as few rectangles per distinct value as possible. The host then sets
// each property once per group of rectangles instead of once per StyledRange, which keeps the
// request small when layouts highlight thousands of single cells.

import { parseRange, type CellStyle, type RangeRef, type SheetSpec } from "../../sheet";

export type StyleProperty = keyof CellStyle;

export const STYLE_PROPERTIES: readonly StyleProperty[] = [
  "numberFormat",
  "bold",
  "italic",
  "fontSize",
  "fontColor",
  "fill",
  "horizontal",
  "vertical",
  "wrap",
  "borderTop",
  "borderBottom",
  "borderLeft",
  "borderRight",
];

/** One property over the sheet: a value id per cell (0 = not set) and the values by id. */
export type Layer<P extends StyleProperty = StyleProperty> = {
  property: P;
  ids: Int32Array;
  /** values[id - 1] */
  values: NonNullable<CellStyle[P]>[];
};

export type StyleLayers = {
  rows: number;
  columns: number;
  layers: Map<StyleProperty, Layer>;
};

export function styleRange(spec: SheetSpec, address: string): RangeRef {
  const range = parseRange(address);
  if (!range) throw new Error(`SheetSpec "${spec.name}": not an A1 range: "${address}"`);
  return range;
}

/** Paints every style onto per-property layers covering `rows` × `columns` (1-based extents). */
export function resolveStyles(spec: SheetSpec, rows: number, columns: number): StyleLayers {
  const layers = new Map<StyleProperty, Layer>();
  const keys = new Map<StyleProperty, Map<string, number>>();
  for (const { range: address, style } of spec.styles) {
    const area = styleRange(spec, address);
    for (const property of STYLE_PROPERTIES) {
      const value = style[property];
      if (value === undefined) continue;
      let layer = layers.get(property);
      let byKey = keys.get(property);
      if (!layer || !byKey) {
        layer = { property, ids: new Int32Array(rows * columns), values: [] };
        byKey = new Map();
        layers.set(property, layer);
        keys.set(property, byKey);
      }
      const key = JSON.stringify(value);
      let id = byKey.get(key);
      if (id === undefined) {
        (layer.values as unknown[]).push(value);
        id = layer.values.length;
        byKey.set(key, id);
      }
      const bottom = Math.min(area.bottom, rows);
      const right = Math.min(area.right, columns);
      for (let r = area.top; r <= bottom; r++) {
        const offset = (r - 1) * columns;
        layer.ids.fill(id, offset + area.left - 1, offset + right);
      }
    }
  }
  return { rows, columns, layers };
}

/**
 * Rectangles of equal id (`idOf` maps a cell's value id; 0 = none): runs along each row, stacked
 * while the run below has the same columns and id. Returns rectangles grouped by id.
 */
export function rectangles(
  ids: Int32Array,
  rows: number,
  columns: number,
  idOf: (id: number) => number = (id) => id,
): Map<number, RangeRef[]> {
  const groups = new Map<number, RangeRef[]>();
  let open = new Map<string, RangeRef & { id: number }>();
  const close = (rect: RangeRef & { id: number }) => {
    const list = groups.get(rect.id) ?? [];
    list.push({ top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right });
    groups.set(rect.id, list);
  };
  for (let r = 1; r <= rows; r++) {
    const next = new Map<string, RangeRef & { id: number }>();
    const offset = (r - 1) * columns;
    for (let c = 1; c <= columns;) {
      const id = idOf(ids[offset + c - 1] ?? 0);
      let end = c;
      while (end < columns && idOf(ids[offset + end] ?? 0) === id) end++;
      if (id !== 0) {
        const key = `${c}:${end}:${id}`;
        const above = open.get(key);
        if (above) {
          above.bottom = r;
          open.delete(key);
          next.set(key, above);
        } else next.set(key, { top: r, bottom: r, left: c, right: end, id });
      }
      c = end + 1;
    }
    for (const rect of open.values()) close(rect);
    open = next;
  }
  for (const rect of open.values()) close(rect);
  return groups;
}

export function rectanglesByValue(layer: Layer, rows: number, columns: number): Map<number, RangeRef[]> {
  return rectangles(layer.ids, rows, columns);
}

/**
 * How to paint one property with few operations: the most frequent value ("base") first over every
 * cell that has the property at all (usually a handful of large rectangles, e.g. a whole column),
 * then the other values on top. A status column that is green on 90 % of its rows becomes one
 * green rectangle plus the red and amber cells, instead of one rectangle per run of green rows.
 */
export function paintPlan(
  layer: Layer,
  rows: number,
  columns: number,
): { base: { id: number; rects: RangeRef[] } | null; others: Map<number, RangeRef[]> } {
  const counts = new Map<number, number>();
  for (const id of layer.ids) if (id !== 0) counts.set(id, (counts.get(id) ?? 0) + 1);
  let baseId = 0;
  let most = 0;
  for (const [id, count] of counts) {
    if (count > most) {
      baseId = id;
      most = count;
    }
  }
  if (baseId === 0) return { base: null, others: new Map() };
  if (counts.size === 1) return { base: null, others: rectanglesByValue(layer, rows, columns) };
  const byValue = rectanglesByValue(layer, rows, columns);
  // Only the parts of the property's area where the base value occurs at all.
  const covered = (rectangles(layer.ids, rows, columns, (id) => (id === 0 ? 0 : 1)).get(1) ?? []).filter(
    (rect) => containsId(layer.ids, columns, rect, baseId),
  );
  const exact = byValue.get(baseId) ?? [];
  // Painting the base under everything only pays when it saves rectangles.
  if (exact.length <= covered.length) return { base: null, others: byValue };
  const others = new Map([...byValue].filter(([id]) => id !== baseId));
  return { base: { id: baseId, rects: covered }, others };
}

function containsId(ids: Int32Array, columns: number, rect: RangeRef, id: number): boolean {
  for (let r = rect.top; r <= rect.bottom; r++) {
    const offset = (r - 1) * columns;
    for (let c = rect.left; c <= rect.right; c++) if (ids[offset + c - 1] === id) return true;
  }
  return false;
}

/** Extents the cell writes must cover: the values and every range that sets a number format. */
export function cellExtent(spec: SheetSpec): { rows: number; columns: number } {
  let rows = spec.values.length;
  let columns = spec.values.reduce((w, row) => Math.max(w, row.length), 0);
  for (const { range, style } of spec.styles) {
    const area = styleRange(spec, range);
    if (style.numberFormat !== undefined) {
      rows = Math.max(rows, area.bottom);
      columns = Math.max(columns, area.right);
    }
  }
  return { rows, columns };
}

/** Extents of everything styled (formats other than number formats may lie beyond the values). */
export function styleExtent(spec: SheetSpec): { rows: number; columns: number } {
  let { rows, columns } = cellExtent(spec);
  for (const { range } of spec.styles) {
    const area = styleRange(spec, range);
    rows = Math.max(rows, area.bottom);
    columns = Math.max(columns, area.right);
  }
  return { rows, columns };
}
