// Range.format and its fill, font and borders. A property over several cells reads as the common
// value or null when cells differ ("Blank and null values": "If multiple font colors are present within
// the range, range.format.font.color is null"); writing null is invalid, "" resets.
// Column widths and row heights are in points (RangeFormat docs); Excel caps row height at 409 pt.

import { MAX_COLUMNS, MAX_ROWS, type Rect } from "../address";
import { restyle, uniform } from "../cells";
import { normalizeColor } from "../colors";
import { officeError } from "../errors";
import {
  DEFAULT_COLUMN_WIDTH,
  type BorderModel,
  type CellStyle,
  type EdgeName,
  type SheetModel,
} from "../model";
import { formatText } from "../text-format";
import type { RangeTarget } from "./range";
import { does, nav, object, type ScalarDefs, type TypeDef } from "./type-def";

const HORIZONTAL = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const UNDERLINE = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];
const BORDER_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
];
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];
export const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;
export type BorderIndex = (typeof BORDER_INDEXES)[number];

function oneOf(values: readonly string[], v: unknown, location: string): string {
  if (typeof v !== "string" || !values.includes(v))
    throw officeError("InvalidArgument", `'${String(v)}'`, location);
  return v;
}

function bool(v: unknown, location: string): boolean {
  if (typeof v !== "boolean") throw officeError("InvalidArgument", "expected true or false", location);
  return v;
}

function color(v: unknown, location: string): string {
  const c = normalizeColor(v);
  if (c === null) throw officeError("InvalidArgument", `colour '${String(v)}'`, location);
  return c;
}

/** One target per area: a Range has one, a RangeAreas (Worksheet.getRanges) several. */
function each(t: RangeTarget): RangeTarget[] {
  return (t.areas ?? [t.rect]).map((rect) => ({ sheet: t.sheet, rect }));
}

/** A property over all areas: the common value, or null when areas (or cells) differ. */
function across<V>(t: RangeTarget, read: (area: RangeTarget) => V | null): V | null {
  const values = each(t).map(read);
  const first = values[0];
  if (first === undefined || first === null) return null;
  const json = JSON.stringify(first);
  return values.every((v) => v !== null && JSON.stringify(v) === json) ? first : null;
}

function style(t: RangeTarget, location: string, change: (s: CellStyle) => CellStyle): void {
  for (const a of each(t)) restyle(a.sheet, a.rect, change, location);
}

function uniformNumber(values: Iterable<number>): number | null {
  let first: number | undefined;
  for (const v of values) {
    if (first === undefined) first = v;
    else if (v !== first) return null;
  }
  return first ?? null;
}

function* columnsOf(sheet: SheetModel, rect: Rect): Iterable<number> {
  for (let c = rect.left; c <= rect.right; c++) yield sheet.columnWidthAt(c);
}
function* rowsOf(sheet: SheetModel, rect: Rect): Iterable<number> {
  const last = Math.min(rect.bottom, rect.top + 100_000);
  for (let r = rect.top; r <= last; r++) yield sheet.rowHeightAt(r);
}

/** Points for `chars` characters of Calibri 11, as autofit would roughly size them. */
function widthForText(chars: number): number {
  return Math.max(DEFAULT_COLUMN_WIDTH, Math.round((chars * 7 + 10) * 0.75 * 100) / 100);
}

const FORMAT_SCALARS: ScalarDefs<RangeTarget> = {
  columnWidth: {
    read: (t) => across(t, (a) => uniformNumber(columnsOf(a.sheet, a.rect))),
    write: (t, v, env) => {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 1800) {
        throw officeError("InvalidArgument", `column width ${String(v)}`, env.location);
      }
      for (const a of each(t)) {
        for (let c = a.rect.left; c <= Math.min(a.rect.right, MAX_COLUMNS); c++)
          a.sheet.columnWidths.set(c, v);
      }
    },
  },
  rowHeight: {
    read: (t) => across(t, (a) => uniformNumber(rowsOf(a.sheet, a.rect))),
    write: (t, v, env) => {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 409) {
        throw officeError("InvalidArgument", `row height ${String(v)} (0–409 points)`, env.location);
      }
      for (const a of each(t)) {
        for (let r = a.rect.top; r <= Math.min(a.rect.bottom, MAX_ROWS); r++) a.sheet.rowHeights.set(r, v);
      }
    },
  },
  horizontalAlignment: {
    read: (t) => across(t, (a) => uniform(a.sheet, a.rect, (c) => c.style.horizontalAlignment)),
    write: (t, v, env) => {
      const a = oneOf(HORIZONTAL, v, env.location);
      style(t, env.location, (s) => ({ ...s, horizontalAlignment: a }));
    },
  },
  verticalAlignment: {
    read: (t) => across(t, (a) => uniform(a.sheet, a.rect, (c) => c.style.verticalAlignment)),
    write: (t, v, env) => {
      const a = oneOf(VERTICAL, v, env.location);
      style(t, env.location, (s) => ({ ...s, verticalAlignment: a }));
    },
  },
  wrapText: {
    read: (t) => across(t, (a) => uniform(a.sheet, a.rect, (c) => c.style.wrapText)),
    write: (t, v, env) => {
      const w = bool(v, env.location);
      style(t, env.location, (s) => ({ ...s, wrapText: w }));
    },
  },
};

const FILL_SCALARS: ScalarDefs<RangeTarget> = {
  color: {
    read: (t) => across(t, (a) => uniform(a.sheet, a.rect, (c) => c.style.fill ?? "#FFFFFF")),
    write: (t, v, env) => {
      const fill = v === "" ? null : color(v, env.location);
      style(t, env.location, (s) => ({ ...s, fill }));
    },
  },
};

function fontProp<K extends keyof CellStyle["font"]>(
  key: K,
  check: (v: unknown, location: string) => CellStyle["font"][K],
): ScalarDefs<RangeTarget>[string] {
  return {
    read: (t) => across(t, (a) => uniform(a.sheet, a.rect, (c) => c.style.font[key])),
    write: (t, v, env) => {
      const value = check(v, env.location);
      style(t, env.location, (s) => ({ ...s, font: { ...s.font, [key]: value } }));
    },
  };
}

const FONT_SCALARS: ScalarDefs<RangeTarget> = {
  bold: fontProp("bold", bool),
  italic: fontProp("italic", bool),
  strikethrough: fontProp("strikethrough", bool),
  color: fontProp("color", color),
  size: fontProp("size", (v, location) => {
    if (typeof v !== "number" || !(v >= 1 && v <= 409))
      throw officeError("InvalidArgument", `font size ${String(v)}`, location);
    return v;
  }),
  name: fontProp("name", (v, location) => {
    if (typeof v !== "string" || v.trim() === "") throw officeError("InvalidArgument", "font name", location);
    return v;
  }),
  underline: fontProp("underline", (v, location) => oneOf(UNDERLINE, v, location)),
};

export type BorderTarget = RangeTarget & { index: BorderIndex };

/** The cell edges one border index stands for. */
function edgesOf(t: BorderTarget): { rect: Rect; edge: EdgeName; twin?: { rect: Rect; edge: EdgeName } }[] {
  const r = t.rect;
  switch (t.index) {
    case "EdgeTop":
      return [{ rect: { ...r, bottom: r.top }, edge: "top" }];
    case "EdgeBottom":
      return [{ rect: { ...r, top: r.bottom }, edge: "bottom" }];
    case "EdgeLeft":
      return [{ rect: { ...r, right: r.left }, edge: "left" }];
    case "EdgeRight":
      return [{ rect: { ...r, left: r.right }, edge: "right" }];
    case "InsideHorizontal":
      return r.bottom > r.top
        ? [
            {
              rect: { ...r, bottom: r.bottom - 1 },
              edge: "bottom",
              twin: { rect: { ...r, top: r.top + 1 }, edge: "top" },
            },
          ]
        : [];
    case "InsideVertical":
      return r.right > r.left
        ? [
            {
              rect: { ...r, right: r.right - 1 },
              edge: "right",
              twin: { rect: { ...r, left: r.left + 1 }, edge: "left" },
            },
          ]
        : [];
    case "DiagonalDown":
      return [{ rect: r, edge: "diagonalDown" }];
    case "DiagonalUp":
      return [{ rect: r, edge: "diagonalUp" }];
  }
}

function readBorder<V>(t: BorderTarget, pick: (b: BorderModel | undefined) => V, fallback: V): V | null {
  return across(t, (area) => {
    const first = edgesOf({ ...area, index: t.index })[0];
    if (!first) return fallback;
    return uniform(area.sheet, first.rect, (c) => pick(c.style.borders[first.edge]));
  });
}

function writeBorder(
  t: BorderTarget,
  location: string,
  change: (b: BorderModel | undefined) => BorderModel | null,
): void {
  for (const part of each(t).flatMap((area) => edgesOf({ ...area, index: t.index }))) {
    for (const p of part.twin ? [part, part.twin] : [part]) {
      restyle(
        t.sheet,
        p.rect,
        (s) => {
          const next = change(s.borders[p.edge]);
          const borders = Object.fromEntries(Object.entries(s.borders).filter(([edge]) => edge !== p.edge));
          return { ...s, borders: next === null ? borders : { ...borders, [p.edge]: next } };
        },
        location,
      );
    }
  }
}

const BORDER_SCALARS: ScalarDefs<BorderTarget> = {
  sideIndex: { read: (t) => t.index },
  style: {
    read: (t) => readBorder(t, (b) => b?.style ?? "None", "None"),
    write: (t, v, env) => {
      const s = oneOf(BORDER_STYLES, v, env.location);
      writeBorder(t, env.location, (b) =>
        s === "None" ? null : { style: s, color: b?.color ?? "#000000", weight: b?.weight ?? "Thin" },
      );
    },
  },
  color: {
    read: (t) => readBorder(t, (b) => b?.color ?? "#000000", "#000000"),
    write: (t, v, env) => {
      const c = color(v, env.location);
      writeBorder(t, env.location, (b) => ({
        style: b?.style ?? "Continuous",
        color: c,
        weight: b?.weight ?? "Thin",
      }));
    },
  },
  weight: {
    read: (t) => readBorder(t, (b) => b?.weight ?? "Thin", "Thin"),
    write: (t, v, env) => {
      const w = oneOf(BORDER_WEIGHTS, v, env.location);
      writeBorder(t, env.location, (b) => ({
        style: b?.style ?? "Continuous",
        color: b?.color ?? "#000000",
        weight: w,
      }));
    },
  },
};

export const RANGE_FORMAT: TypeDef<RangeTarget> = {
  name: "RangeFormat",
  scalars: FORMAT_SCALARS,
  navigation: {
    fill: nav<RangeTarget>("RangeFill", (t) => t),
    font: nav<RangeTarget>("RangeFont", (t) => t),
    borders: nav<RangeTarget>("RangeBorderCollection", (t) => t),
  },
  methods: {
    /** Widens each column to its longest displayed text (an approximation of Excel's autofit). */
    autofitColumns: does((target, _args, env) => {
      for (const t of each(target)) {
        const longest = new Map<number, number>();
        t.sheet.forEachStored(t.rect, (cell, _r, c) => {
          if (cell.style.wrapText) return;
          const text = formatText(cell.value, cell.numberFormat, env.separators);
          longest.set(c, Math.max(longest.get(c) ?? 0, text.length));
        });
        const last = Math.min(t.rect.right, t.rect.left + 16_383);
        for (let c = t.rect.left; c <= last; c++) {
          t.sheet.columnWidths.set(c, widthForText(longest.get(c) ?? 0));
          t.sheet.autofitted.add(c);
        }
      }
    }),
    /** Sets each row to one line per line of wrapped text (approximation). */
    autofitRows: does((target) => {
      for (const t of each(target)) {
        const lines = new Map<number, number>();
        t.sheet.forEachStored(t.rect, (cell, r, c) => {
          const text = String(cell.value);
          const perLine = Math.max(1, Math.floor(t.sheet.columnWidthAt(c) / 5.25));
          const n = cell.style.wrapText ? Math.max(1, Math.ceil(text.length / perLine)) : 1;
          lines.set(r, Math.max(lines.get(r) ?? 1, n));
        });
        for (const [r, n] of lines) t.sheet.rowHeights.set(r, Math.min(409, 15 * n));
      }
    }),
  },
};

export const RANGE_FILL: TypeDef<RangeTarget> = {
  name: "RangeFill",
  scalars: FILL_SCALARS,
  methods: {
    clear: does((t, _args, env) => {
      style(t, env.location, (s) => ({ ...s, fill: null }));
    }),
  },
};

export const RANGE_FONT: TypeDef<RangeTarget> = { name: "RangeFont", scalars: FONT_SCALARS };

export const RANGE_BORDER: TypeDef<BorderTarget> = { name: "RangeBorder", scalars: BORDER_SCALARS };

export const RANGE_BORDER_COLLECTION: TypeDef<RangeTarget> = {
  name: "RangeBorderCollection",
  scalars: { count: { read: () => BORDER_INDEXES.length } },
  collection: {
    items: (t) => BORDER_INDEXES.map((index) => object("RangeBorder", { ...t, index })),
    indexer: (t, index, env) =>
      object("RangeBorder", { ...t, index: oneOf(BORDER_INDEXES, index, env.location) as BorderIndex }),
  },
};
