// The styles part (xl/styles.xml). Reading: each cell style's number format (and, for the
// workbench preview, its font, fill and alignment). Writing: the add-in's cell styles are appended
// to the fonts, fills, borders, number formats and cellXfs lists; nothing that is there is ever
// renumbered or changed, so every user cell keeps its look. A style equal to one already in the
// part (our own, from an earlier write) is reused, so writing twice does not grow the part.

import { attr, escapeAttr, findElement, findElements, setAttr, type ElementSpan } from "./xml";

/** Excel's built-in number formats (ECMA-376 §18.8.30), as exceljs and Excel report them. */
export const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

const BUILTIN_IDS = new Map(Object.entries(BUILTIN_FORMATS).map(([id, code]) => [code, Number(id)]));

/** What the preview shows of a cell style. */
export type CellLook = {
  bold: boolean;
  italic: boolean;
  /** "#RRGGBB" or null (theme and indexed colours are not resolved). */
  color: string | null;
  fill: string | null;
  horizontal: string | null;
  /** "top", "center" or "bottom" (Excel's default when the style says nothing). */
  vertical: "top" | "center" | "bottom";
  wrap: boolean;
};

export type StyleTable = {
  /** Number format code per cellXfs index. */
  formats: readonly string[];
  looks: readonly CellLook[];
};

function rgbOf(tag: string | undefined): string | null {
  if (tag === undefined) return null;
  const rgb = attr(tag, "rgb");
  return rgb !== null && /^[0-9A-Fa-f]{6,8}$/.test(rgb) ? `#${rgb.slice(-6).toUpperCase()}` : null;
}

function customFormats(xml: string): Map<number, string> {
  const formats = new Map<number, string>();
  const list = findElement(xml, "numFmts");
  if (!list) return formats;
  for (const { tag } of findElements(xml, "numFmt", list.contentStart, list.contentEnd)) {
    const id = Number(attr(tag, "numFmtId"));
    const code = attr(tag, "formatCode");
    if (Number.isInteger(id) && code !== null) formats.set(id, code);
  }
  return formats;
}

function children(xml: string, list: string, item: string): ElementSpan[] {
  const span = findElement(xml, list);
  return span ? findElements(xml, item, span.contentStart, span.contentEnd) : [];
}

/** The vertical alignment a cell shows; "justify" and "distributed" read as top, as Excel draws them. */
function verticalOf(value: string | null): CellLook["vertical"] {
  if (value === "center") return "center";
  if (value === "top" || value === "justify" || value === "distributed") return "top";
  return "bottom";
}

export function readStyles(xml: string | null): StyleTable {
  if (xml === null) return { formats: [], looks: [] };
  const custom = customFormats(xml);
  const fonts = children(xml, "fonts", "font").map((span) => {
    const inner = xml.slice(span.contentStart, span.contentEnd);
    const on = (name: string) => {
      const el = findElement(inner, name);
      return el !== null && attr(el.tag, "val") !== "0" && attr(el.tag, "val") !== "false";
    };
    return { bold: on("b"), italic: on("i"), color: rgbOf(findElement(inner, "color")?.tag) };
  });
  const fills = children(xml, "fills", "fill").map((span) => {
    const inner = xml.slice(span.contentStart, span.contentEnd);
    const pattern = findElement(inner, "patternFill");
    if (!pattern || attr(pattern.tag, "patternType") !== "solid") return null;
    return rgbOf(findElement(inner, "fgColor", pattern.contentStart, pattern.contentEnd)?.tag);
  });
  const formats: string[] = [];
  const looks: CellLook[] = [];
  for (const span of children(xml, "cellXfs", "xf")) {
    const id = Number(attr(span.tag, "numFmtId") ?? 0);
    formats.push(custom.get(id) ?? BUILTIN_FORMATS[id] ?? "General");
    const font = fonts[Number(attr(span.tag, "fontId") ?? 0)];
    const alignment = findElement(xml, "alignment", span.contentStart, span.contentEnd);
    const wrap = alignment ? attr(alignment.tag, "wrapText") : null;
    looks.push({
      bold: font?.bold ?? false,
      italic: font?.italic ?? false,
      color: font?.color ?? null,
      fill: fills[Number(attr(span.tag, "fillId") ?? 0)] ?? null,
      horizontal: alignment ? attr(alignment.tag, "horizontal") : null,
      vertical: verticalOf(alignment ? attr(alignment.tag, "vertical") : null),
      wrap: wrap === "1" || wrap === "true",
    });
  }
  return { formats, looks };
}

/** A minimal styles part for a new workbook: Excel requires the two default fills. */
export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

type ListName = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";

/** Where each list goes in CT_Stylesheet, for parts that lack one. */
const ORDER: readonly string[] = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

const ITEM: Readonly<Record<ListName, string>> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
  dxfs: "dxf",
};

/** Collects styles to append; `patch` returns the styles part with them. */
export class StyleAppender {
  private readonly existing = new Map<ListName, Map<string, number>>();
  private readonly counts = new Map<ListName, number>();
  private readonly appended = new Map<ListName, string[]>();
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = 164;
  readonly hasCellStyleXfs: boolean;

  constructor(private readonly xml: string) {
    for (const list of Object.keys(ITEM) as ListName[]) {
      const items = children(xml, list, ITEM[list]);
      const seen = new Map<string, number>();
      items.forEach((span, i) => {
        const raw = xml.slice(span.start, span.end);
        if (!seen.has(raw)) seen.set(raw, i);
      });
      this.existing.set(list, seen);
      this.counts.set(list, items.length);
      this.appended.set(list, []);
    }
    for (const [id, code] of customFormats(xml)) {
      if (!this.formatIds.has(code)) this.formatIds.set(code, id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
    this.hasCellStyleXfs = children(xml, "cellStyleXfs", "xf").length > 0;
  }

  /** The index of an element in `list`: an equal one already there, else a new one at the end. */
  add(list: ListName, element: string): number {
    const seen = this.existing.get(list) ?? new Map<string, number>();
    const index = seen.get(element);
    if (index !== undefined) return index;
    const count = this.counts.get(list) ?? 0;
    seen.set(element, count);
    this.existing.set(list, seen);
    this.counts.set(list, count + 1);
    this.appended.get(list)?.push(element);
    return count;
  }

  /** The id of a number format: built-in, one the part has, or a new custom one. */
  numberFormat(code: string): number {
    const builtin = BUILTIN_IDS.get(code);
    if (builtin !== undefined) return builtin;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.add("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  get changed(): boolean {
    return [...this.appended.values()].some((items) => items.length > 0);
  }

  /** The styles part with everything appended; the part as it was when nothing was. */
  patch(): string {
    let xml = this.xml;
    // Later lists first, so that earlier offsets stay valid while splicing.
    for (const list of [...(Object.keys(ITEM) as ListName[])].sort(
      (a, b) => ORDER.indexOf(b) - ORDER.indexOf(a),
    )) {
      const items = this.appended.get(list) ?? [];
      if (items.length === 0) continue;
      const count = String(this.counts.get(list) ?? items.length);
      const span = findElement(xml, list);
      if (span) {
        const open = span.tag.endsWith("/>") ? `${span.tag.slice(0, -2)}>` : span.tag;
        const head = setAttr(open, "count", count);
        const body = span.tag.endsWith("/>") ? "" : xml.slice(span.contentStart, span.contentEnd);
        const prefix = span.tag.startsWith("<x:") ? "x:" : "";
        const close = span.tag.endsWith("/>") ? `</${prefix}${list}>` : xml.slice(span.contentEnd, span.end);
        xml = `${xml.slice(0, span.start)}${head}${body}${items.join("")}${close}${xml.slice(span.end)}`;
        continue;
      }
      xml = insertList(xml, list, `<${list} count="${count}">${items.join("")}</${list}>`);
    }
    return xml;
  }
}

/** Inserts a list the part lacks before the first list that follows it in schema order. */
function insertList(xml: string, list: ListName, element: string): string {
  const after = ORDER.slice(ORDER.indexOf(list) + 1);
  for (const name of after) {
    const span = findElement(xml, name);
    if (span) return xml.slice(0, span.start) + element + xml.slice(span.start);
  }
  const root = findElement(xml, "styleSheet");
  if (!root) throw new Error("styles part without styleSheet");
  return xml.slice(0, root.contentEnd) + element + xml.slice(root.contentEnd);
}
