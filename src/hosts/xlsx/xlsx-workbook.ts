// The workbook port over an .xlsx file held in memory. Bytes in, bytes out: no file system, so the
// same code runs in the `kam` CLI and in the browser workbench (only the codec differs).
//
// Reading goes straight to the sheet XML (sheet-reader.ts). Writing is surgical: the add-in's own
// sheets (with their table part, validations and names) are generated; workbook.xml, its
// relationships, [Content_Types].xml and the styles part (appended, never renumbered) are patched;
// calcChain.xml is dropped (Excel rebuilds it). Every other part — users' sheets, drawings, charts,
// pivot tables, connections, custom XML, properties, VBA … — is copied with its compressed bytes.

import {
  parseRange,
  PortError,
  quoteSheet,
  splitSheetReference,
  type NamedRange,
  type SheetGrid,
  type SheetInfo,
  type SheetSpec,
  type SheetWrite,
  type TableRef,
  type WorkbookPort,
  type WriteOutcome,
  withKeptCells,
} from "../../sheet";
import { fflateCodec, type Codec } from "./codec";
import {
  CHART_CONTENT_TYPE,
  CHART_REL_TYPE,
  chartXml,
  DRAWING_CONTENT_TYPE,
  DRAWING_REL_TYPE,
  drawingXml,
} from "./chart-writer";
import { checkXlsxSignature, damaged, noWorkbook } from "./open-error";
import {
  CONTENT_TYPE,
  DEFAULT_LIMITS,
  freeRelId,
  isRelType,
  NS,
  patchContentTypes,
  patchRels,
  REL,
  REL_TYPE,
  relativeTarget,
  relsPartOf,
  XlsxPackage,
  type PackageLimits,
  type Relationship,
} from "./package";
import { readColumnWidths, readSharedStrings, readSheetXml, refRange } from "./sheet-reader";
import { printTitleRows, writeSheet as writeSheetXml } from "./sheet-writer";
import { checkSpec } from "./spec-checks";
import { EMPTY_STYLES, readStyles, StyleAppender, type CellLook, type StyleTable } from "./styles-part";
import {
  attr,
  decodeXml,
  escapeAttr,
  escapeText,
  findElement,
  findElements,
  prefixFor,
  removeAttr,
  rootPrefix,
  setAttr,
  textOf,
} from "./xml";
import { ZipError } from "./zip";

export type XlsxWorkbook = WorkbookPort & {
  /**
   * The file extension Excel opens this workbook under, from its content type: ".xlsx", ".xlsm"
   * (macros), ".xltx" or ".xltm" (templates). Excel refuses a file whose extension does not match.
   */
  readonly extension: WorkbookExtension;
  /** The workbook as .xlsx bytes, with every change made through the port. */
  save(): Promise<Uint8Array>;
  /** What the workbench shows of the workbook as it stands (the bytes `save` would write). */
  look(limits: { rows: number; columns: number }): Promise<WorkbookLook>;
};

/** A sheet as the preview shows it: values and formats, cell looks, widths, merges, tables. */
export type SheetLook = {
  grid: SheetGrid;
  /** Looks of styled cells within the limits, by row and column. */
  looks: ReadonlyMap<number, ReadonlyMap<number, CellLook>>;
  /** Widths in characters of the columns that have one, within the limits. */
  columnWidths: ReadonlyMap<number, number>;
};

export type WorkbookLook = { sheets: readonly SheetLook[]; activeSheet: string | null };

export type OpenOptions = {
  /** Inflate/deflate: fflate by default; the CLI passes Node's zlib (zlibCodec). */
  codec?: Codec;
  limits?: PackageLimits;
};

type SheetEntry = {
  name: string;
  sheetId: number;
  relId: string;
  /** The part, or null for a sheet whose relationship is missing. */
  part: string | null;
  state: "visible" | "hidden" | "veryHidden";
  worksheet: boolean;
};

type NameEntry = { name: string; localSheetId: number | null; formula: string; start: number; end: number };

const WORKBOOK_CONTENT_TYPES =
  /spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml/;

export type WorkbookExtension = ".xlsx" | ".xlsm" | ".xltx" | ".xltm";

function extensionOf(contentType: string): WorkbookExtension {
  const template = /\.template\./.test(contentType);
  if (/macroEnabled/i.test(contentType)) return template ? ".xltm" : ".xlsm";
  return template ? ".xltx" : ".xlsx";
}

const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";

/** Runs synchronous work as a promise, so a throw becomes a rejection like in Office.js. */
function later<T>(work: () => T): Promise<T> {
  return new Promise<T>((resolve) => {
    resolve(work());
  });
}

class Book {
  private workbookXml: string;
  private workbookRels: Relationship[];
  private sharedStrings: string[] | null = null;
  private styleTable: StyleTable | null = null;
  private appender: StyleAppender | null = null;
  private stylesPart: string | null;
  private tableIds: Set<number> | null = null;
  /** Sheet XML inflated while opening (to find damage early), handed to the first read. */
  private readonly opened = new Map<string, string>();
  readonly date1904: boolean;

  constructor(
    readonly pkg: XlsxPackage,
    readonly workbookPart: string,
  ) {
    const xml = pkg.text(workbookPart);
    if (xml === null) throw noWorkbook();
    if (!findElement(xml, "workbook")) throw damaged(new Error("the workbook part is not SpreadsheetML"));
    this.workbookXml = xml;
    this.workbookRels = pkg.rels(workbookPart);
    const pr = findElement(xml, "workbookPr");
    const date1904 = pr ? attr(pr.tag, "date1904") : null;
    this.date1904 = date1904 === "1" || date1904 === "true";
    this.stylesPart = this.workbookRels.find((r) => isRelType(r, REL.styles))?.target ?? null;
  }

  /**
   * The writer patches workbook.xml, its relationships, the content types and the styles part as
   * transitional, unprefixed SpreadsheetML: a Strict workbook, or one whose patched parts use a
   * namespace prefix, is refused before anything changes (Excel could reject what it would get).
   */
  checkWritable(operation: "write" | "activate"): void {
    const refuse = (format: "strictOoxml" | "prefixedXml") =>
      new PortError("unsupportedFormat", { operation, format });
    if (this.workbookXml.includes(STRICT_MAIN)) throw refuse("strictOoxml");
    const roots: [string | null, string][] = [
      [this.workbookXml, "workbook"],
      [this.stylesPart === null ? null : this.pkg.text(this.stylesPart), "styleSheet"],
      [this.pkg.text("[Content_Types].xml"), "Types"],
      [this.pkg.text(relsPartOf(this.workbookPart)), "Relationships"],
    ];
    for (const [xml, root] of roots)
      if (xml !== null && rootPrefix(xml, root) !== "") throw refuse("prefixedXml");
  }

  /**
   * Inflates every worksheet, the shared strings and the styles once, so that a damaged or oversized
   * part fails the open, not a later read.
   */
  inflateSheets(): void {
    for (const sheet of this.worksheets())
      if (sheet.part) this.opened.set(sheet.part, this.pkg.text(sheet.part) ?? "");
    this.strings();
    this.styles();
  }

  sheets(): SheetEntry[] {
    const xml = this.workbookXml;
    const list = findElement(xml, "sheets");
    if (!list) return [];
    const byId = new Map(this.workbookRels.map((r) => [r.id, r]));
    return findElements(xml, "sheet", list.contentStart, list.contentEnd).map(({ tag }) => {
      const relId = attr(tag, "id") ?? "";
      const rel = byId.get(relId);
      const state = attr(tag, "state");
      return {
        name: attr(tag, "name") ?? "",
        sheetId: Number(attr(tag, "sheetId") ?? 0),
        relId,
        part: rel && !rel.external ? rel.target : null,
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
        worksheet: rel !== undefined && isRelType(rel, REL.worksheet),
      };
    });
  }

  worksheets(): SheetEntry[] {
    return this.sheets().filter((s) => s.worksheet && s.part !== null && this.pkg.has(s.part));
  }

  /** Excel compares sheet names case-insensitively. */
  find(name: string): SheetEntry | undefined {
    const lower = name.toLowerCase();
    return this.sheets().find((s) => s.name.toLowerCase() === lower);
  }

  worksheet(name: string, operation: "read" | "activate"): SheetEntry & { part: string } {
    const sheet = this.find(name);
    if (!sheet || !sheet.worksheet || sheet.part === null || !this.pkg.has(sheet.part)) {
      throw new PortError("sheetNotFound", { operation, sheet: name });
    }
    return { ...sheet, part: sheet.part };
  }

  definedNames(): NameEntry[] {
    const xml = this.workbookXml;
    const list = findElement(xml, "definedNames");
    if (!list) return [];
    return findElements(xml, "definedName", list.contentStart, list.contentEnd).map((span) => {
      const local = attr(span.tag, "localSheetId");
      return {
        name: attr(span.tag, "name") ?? "",
        localSheetId: local === null ? null : Number(local),
        formula: textOf(xml, span),
        start: span.start,
        end: span.end,
      };
    });
  }

  private styles(): StyleTable {
    if (this.styleTable) return this.styleTable;
    this.styleTable = readStyles(this.stylesPart === null ? null : this.pkg.text(this.stylesPart));
    return this.styleTable;
  }

  private strings(): string[] {
    if (this.sharedStrings) return this.sharedStrings;
    const rel = this.workbookRels.find((r) => isRelType(r, REL.sharedStrings));
    this.sharedStrings = readSharedStrings(rel ? this.pkg.text(rel.target) : null);
    return this.sharedStrings;
  }

  tableParts(sheetPart: string): string[] {
    return this.pkg
      .rels(sheetPart)
      .filter((r) => isRelType(r, REL.table) && !r.external && this.pkg.has(r.target))
      .map((r) => r.target);
  }

  tables(sheetPart: string): TableRef[] {
    return this.tableParts(sheetPart).flatMap((part) => {
      const xml = this.pkg.text(part) ?? "";
      const root = findElement(xml, "table");
      const area = root ? refRange(attr(root.tag, "ref") ?? "") : null;
      if (!root || !area) return [];
      const name = attr(root.tag, "displayName") ?? attr(root.tag, "name") ?? "";
      const header = attr(root.tag, "headerRowCount");
      return [{ name, ...area, hasHeader: header === null || Number(header) > 0 }];
    });
  }

  listSheets(): SheetInfo[] {
    return this.worksheets().map((s) => ({
      name: s.name,
      visible: s.state === "visible",
      tables: this.tables(s.part ?? "").map((t) => t.name),
    }));
  }

  readSheet(name: string): SheetGrid {
    const sheet = this.worksheet(name, "read");
    const early = this.opened.get(sheet.part);
    this.opened.delete(sheet.part);
    const xml = early ?? this.pkg.text(sheet.part) ?? "";
    return readSheetXml(xml, {
      name: sheet.name,
      visible: sheet.state === "visible",
      sharedStrings: this.strings(),
      formats: this.styles().formats,
      date1904: this.date1904,
      tables: this.tables(sheet.part),
    });
  }

  look(limits: { rows: number; columns: number }): WorkbookLook {
    const styles = this.styles();
    // Very hidden sheets (the add-in's settings) do not show in Excel, so not in the preview either.
    const shown = this.worksheets().filter((sheet) => sheet.state !== "veryHidden");
    const sheets = shown.map((sheet): SheetLook => {
      const xml = this.pkg.text(sheet.part ?? "") ?? "";
      const looks = new Map<number, Map<number, CellLook>>();
      const grid = readSheetXml(xml, {
        name: sheet.name,
        visible: sheet.state === "visible",
        sharedStrings: this.strings(),
        formats: styles.formats,
        date1904: this.date1904,
        tables: this.tables(sheet.part ?? ""),
        onStyle: (row, column, style) => {
          const look = styles.looks[style];
          if (!look || row > limits.rows || column > limits.columns) return;
          const line = looks.get(row) ?? new Map<number, CellLook>();
          line.set(column, look);
          looks.set(row, line);
        },
      });
      return { grid, looks, columnWidths: readColumnWidths(xml, limits.columns) };
    });
    const view = findElement(this.workbookXml, "workbookView");
    const active = this.sheets()[Number(view ? (attr(view.tag, "activeTab") ?? 0) : 0)];
    return { sheets, activeSheet: active?.worksheet ? active.name : null };
  }

  /** Workbook-scoped names that refer to one rectangular range on one sheet. */
  listNames(): NamedRange[] {
    return this.definedNames().flatMap((n) => {
      if (n.localSheetId !== null || n.name.toLowerCase().startsWith("_xlnm.")) return [];
      const reference = splitSheetReference(n.formula.trim());
      // One range on one sheet of this workbook ("[1]Plan!A1" is in another workbook).
      if (!reference || reference.sheet.startsWith("[") || reference.address.includes(",")) return [];
      if (!parseRange(reference.address)) return [];
      return [{ name: n.name, ...reference }];
    });
  }

  private allTableIds(): Set<number> {
    if (this.tableIds) return this.tableIds;
    const ids = new Set<number>();
    for (const sheet of this.sheets()) {
      if (sheet.part === null) continue;
      for (const part of this.tableParts(sheet.part)) {
        const root = findElement(this.pkg.text(part) ?? "", "table");
        const id = root ? Number(attr(root.tag, "id")) : NaN;
        if (Number.isInteger(id)) ids.add(id);
      }
    }
    this.tableIds = ids;
    return ids;
  }

  private freePart(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.pkg.has(pattern(n))) return pattern(n);
  }

  private setWorkbookXml(xml: string): void {
    this.workbookXml = xml;
    this.pkg.set(this.workbookPart, xml);
  }

  private setWorkbookRels(
    add: { id: string; type: string; target: string }[],
    remove: ReadonlySet<string>,
  ): void {
    const relsPart = relsPartOf(this.workbookPart);
    const xml = patchRels(this.pkg.text(relsPart), add, remove);
    this.pkg.set(relsPart, xml);
    this.workbookRels = this.pkg.rels(this.workbookPart);
  }

  private patchContentTypes(add: { part: string; type: string }[], remove: string[]): void {
    const xml = this.pkg.text("[Content_Types].xml");
    if (xml === null) throw new ZipError("no [Content_Types].xml");
    this.pkg.set("[Content_Types].xml", patchContentTypes(xml, add, remove));
  }

  private styleAppender(): StyleAppender {
    if (this.appender) return this.appender;
    if (this.stylesPart === null) {
      // A package without a styles part (some generators omit it): give it one.
      const part = `${this.workbookPart.slice(0, this.workbookPart.lastIndexOf("/") + 1)}styles.xml`;
      this.pkg.set(part, EMPTY_STYLES);
      this.setWorkbookRels(
        [
          {
            id: freeRelId(this.workbookRels),
            type: `${NS.relationships}/styles`,
            target: relativeTarget(this.workbookPart, part),
          },
        ],
        new Set(),
      );
      this.patchContentTypes(
        [{ part, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" }],
        [],
      );
      this.stylesPart = part;
    }
    this.appender = new StyleAppender(this.pkg.text(this.stylesPart) ?? EMPTY_STYLES);
    return this.appender;
  }

  /** Excel rebuilds the calculation chain; one that names cells of a replaced sheet would be "repaired". */
  private dropCalcChain(): void {
    const calc = this.workbookRels.filter((r) => isRelType(r, REL.calcChain));
    if (calc.length === 0) return;
    this.setWorkbookRels([], new Set(calc.map((r) => r.id)));
    for (const rel of calc) this.pkg.remove(rel.target);
    this.patchContentTypes(
      [],
      calc.map((r) => r.target),
    );
  }

  /** Parts reachable only from `candidates` (not from anything else in the package) are removed. */
  private dropUnreferenced(candidates: readonly string[], leaving: string): string[] {
    // Who refers to whom, among the package's own parts (external targets are not parts).
    const referrers = new Map<string, Set<string>>();
    for (const name of this.pkg.names()) {
      if (!name.endsWith(".rels") || name === relsPartOf(leaving)) continue;
      const source = name.replace(/_rels\/([^/]*)\.rels$/, "$1");
      for (const rel of this.pkg.rels(source)) {
        if (rel.external) continue;
        const target = rel.target.toLowerCase();
        const set = referrers.get(target) ?? new Set<string>();
        set.add(source.toLowerCase());
        referrers.set(target, set);
      }
    }
    const removed: string[] = [];
    const gone = new Set<string>();
    // A part goes when nothing that stays refers to it: a chart referred to only by a drawing that
    // goes, goes too.
    const visit = (part: string) => {
      const key = part.toLowerCase();
      if (gone.has(key) || !this.pkg.has(part)) return;
      if ([...(referrers.get(key) ?? [])].some((source) => !gone.has(source))) return;
      const below = this.pkg
        .rels(part)
        .filter((r) => !r.external)
        .map((r) => r.target);
      gone.add(key);
      this.pkg.remove(part);
      this.pkg.remove(relsPartOf(part));
      removed.push(part);
      for (const next of below) visit(next);
    };
    for (const part of candidates) visit(part);
    return removed;
  }

  /**
   * Several sheets as one write: every sheet is checked before any is touched, then each is rendered
   * in full. A file has no co-authors, so an update re-renders the whole sheet from its spec with
   * users' cells as the sheet holds them; only the Office host writes changed cells alone.
   */
  writeSheets(writes: readonly SheetWrite[]): WriteOutcome {
    this.checkWritable("write");
    for (const write of writes) this.checkWrite(write.spec, write.mode !== "create");
    for (const write of writes) {
      const spec =
        write.mode === "update" && this.find(write.spec.name)
          ? withKeptCells(write.spec, this.readSheet(write.spec.name), write.keep)
          : write.spec;
      this.writeSheet(spec, write.mode !== "create");
    }
    return { skipped: [] };
  }

  /** Refuses a write before anything changes: a sheet of that name, a table or name taken elsewhere. */
  private checkWrite(spec: SheetSpec, replace: boolean): void {
    const existing = this.find(spec.name);
    if (existing && (!replace || !existing.worksheet || existing.part === null)) {
      throw new PortError("sheetExists", { operation: "write", sheet: existing.name });
    }
    const sheets = this.sheets();
    // Excel keeps tables and names in one namespace across the workbook.
    const tables = new Map<string, string>();
    for (const s of sheets) {
      if (s === existing || s.part === null || (existing && s.relId === existing.relId)) continue;
      for (const t of this.tables(s.part)) tables.set(t.name.toLowerCase(), s.name);
    }
    const declared = new Set(spec.names.map((n) => n.name.toLowerCase()));
    const names = new Set(
      this.definedNames()
        .filter((n) => n.localSheetId === null && !declared.has(n.name.toLowerCase()))
        .map((n) => n.name.toLowerCase()),
    );
    checkSpec(spec, { tables, names });
    this.checkNamesFree(spec, existing, sheets);
  }

  writeSheet(spec: SheetSpec, replace: boolean): WriteOutcome {
    this.checkWritable("write");
    this.checkWrite(spec, replace);
    this.opened.clear();
    const existing = this.find(spec.name);
    const sheets = this.sheets();
    const index = existing ? sheets.findIndex((s) => s.relId === existing.relId) : sheets.length;

    const sheetPart = existing?.part ?? this.freePart((n) => `xl/worksheets/sheet${n}.xml`);
    const oldTables = existing?.part ? this.tableParts(existing.part) : [];
    const oldTargets = existing?.part
      ? this.pkg
          .rels(existing.part)
          .filter((r) => !r.external)
          .map((r) => r.target)
      : [];
    const ids = this.allTableIds();
    for (const part of oldTables) {
      const root = findElement(this.pkg.text(part) ?? "", "table");
      ids.delete(Number(root ? attr(root.tag, "id") : NaN));
    }
    let removed: string[] = [];
    if (existing?.part) {
      this.pkg.remove(relsPartOf(existing.part));
      removed = this.dropUnreferenced(oldTargets, existing.part);
    }
    const tableId = Math.max(0, ...ids) + 1;
    const tablePart = spec.table ? this.freePart((n) => `xl/tables/table${n}.xml`) : null;
    const charts = spec.charts ?? [];
    const drawingPart = charts.length > 0 ? this.freePart((n) => `xl/drawings/drawing${n}.xml`) : null;
    const sheetRels: { id: string; type: string; target: string }[] = [];
    if (tablePart)
      sheetRels.push({ id: "rId1", type: REL_TYPE.table, target: relativeTarget(sheetPart, tablePart) });
    if (drawingPart)
      sheetRels.push({ id: "rId2", type: DRAWING_REL_TYPE, target: relativeTarget(sheetPart, drawingPart) });
    const styles = this.styleAppender();
    const written = writeSheetXml(spec, styles, {
      tableId,
      tableRelId: "rId1",
      drawingRelId: drawingPart ? "rId2" : null,
    });
    this.pkg.set(sheetPart, written.sheetXml);
    if (tablePart && written.tableXml !== null) {
      ids.add(tableId);
      this.pkg.set(tablePart, written.tableXml);
    }
    const added: { part: string; type: string }[] = [];
    if (drawingPart) {
      // One chart part per chart, each found by the drawing through its own relationship.
      const placed = charts.map((chart, i) => {
        const part = this.freePart((n) => `xl/charts/chart${n}.xml`);
        this.pkg.set(part, chartXml(spec, chart));
        added.push({ part, type: CHART_CONTENT_TYPE });
        return { chart, relId: `rId${i + 1}`, part };
      });
      this.pkg.set(drawingPart, drawingXml(spec, placed));
      this.pkg.set(
        relsPartOf(drawingPart),
        patchRels(
          null,
          placed.map((p) => ({
            id: p.relId,
            type: CHART_REL_TYPE,
            target: relativeTarget(drawingPart, p.part),
          })),
          new Set(),
        ),
      );
      added.push({ part: drawingPart, type: DRAWING_CONTENT_TYPE });
    }
    if (sheetRels.length > 0) this.pkg.set(relsPartOf(sheetPart), patchRels(null, sheetRels, new Set()));
    if (this.stylesPart !== null) this.pkg.set(this.stylesPart, styles.patch());
    this.styleTable = null;
    this.patchContentTypes(
      [
        ...(existing ? [] : [{ part: sheetPart, type: CONTENT_TYPE.worksheet }]),
        ...(tablePart ? [{ part: tablePart, type: CONTENT_TYPE.table }] : []),
        ...added,
      ],
      removed,
    );

    let sheetName = spec.name;
    if (!existing) {
      const relId = freeRelId(this.workbookRels);
      this.setWorkbookRels(
        [{ id: relId, type: REL_TYPE.worksheet, target: relativeTarget(this.workbookPart, sheetPart) }],
        new Set(),
      );
      const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
      this.addSheetElement(spec.name, sheetId, relId);
    } else sheetName = existing.name === spec.name ? existing.name : this.renameSheet(existing, spec.name);
    this.setSheetState(spec.name, spec.visibility ?? "visible");
    this.replaceNames(spec, sheetName, index);
    this.dropCalcChain();
    return { skipped: [] };
  }

  /**
   * A workbook name the spec declares is replaced only when it is the add-in's: on the sheet being
   * replaced, or left over from a sheet that is gone. A user's constant, formula or range elsewhere
   * of that name is never dropped: the write is refused before anything changes.
   */
  private checkNamesFree(
    spec: SheetSpec,
    existing: SheetEntry | undefined,
    sheets: readonly SheetEntry[],
  ): void {
    const declared = new Set(spec.names.map((n) => n.name.toLowerCase()));
    const sheetNames = new Set(sheets.map((s) => s.name.toLowerCase()));
    for (const n of this.definedNames()) {
      if (n.localSheetId !== null || !declared.has(n.name.toLowerCase())) continue;
      const formula = n.formula.trim();
      const ref = splitSheetReference(formula);
      const onThisSheet = ref !== null && existing !== undefined && sameSheet(ref.sheet, existing.name);
      const gone =
        /^=?#REF!/i.test(formula) ||
        (ref !== null && (!sheetNames.has(ref.sheet.toLowerCase()) || /#REF!/i.test(ref.address)));
      if (onThisSheet || gone) continue;
      throw new PortError("nameTaken", {
        operation: "write",
        sheet: spec.name,
        name: n.name,
        ...(ref === null ? {} : { other: ref.sheet }),
      });
    }
  }

  private renameSheet(sheet: SheetEntry, name: string): string {
    const xml = this.workbookXml;
    const list = findElement(xml, "sheets");
    const span = list
      ? findElements(xml, "sheet", list.contentStart, list.contentEnd).find(
          (s) => attr(s.tag, "id") === sheet.relId,
        )
      : undefined;
    if (span)
      this.setWorkbookXml(
        xml.slice(0, span.start) + setAttr(span.tag, "name", name) + xml.slice(span.start + span.tag.length),
      );
    return name;
  }

  /** The sheet's visibility in workbook.xml: no state attribute means visible. */
  private setSheetState(name: string, state: "visible" | "hidden" | "veryHidden"): void {
    const sheet = this.find(name);
    const xml = this.workbookXml;
    const list = findElement(xml, "sheets");
    const span =
      sheet && list
        ? findElements(xml, "sheet", list.contentStart, list.contentEnd).find(
            (s) => attr(s.tag, "id") === sheet.relId,
          )
        : undefined;
    if (!span) return;
    const tag = state === "visible" ? removeAttr(span.tag, "state") : setAttr(span.tag, "state", state);
    if (tag !== span.tag)
      this.setWorkbookXml(xml.slice(0, span.start) + tag + xml.slice(span.start + span.tag.length));
  }

  private addSheetElement(name: string, sheetId: number, relId: string): void {
    const xml = this.workbookXml;
    const root = findElement(xml, "workbook");
    const list = findElement(xml, "sheets");
    if (!root || !list) throw new ZipError("workbook.xml without sheets");
    const r = prefixFor(root.tag, NS.relationships);
    const idAttr = r === null ? `r:id="${relId}" xmlns:r="${NS.relationships}"` : `${r}:id="${relId}"`;
    const prefix = list.tag.startsWith("<") && /^<([\w.-]+):/.exec(list.tag)?.[1];
    const el = `<${prefix ? `${prefix}:` : ""}sheet name="${escapeAttr(name)}" sheetId="${sheetId}" ${idAttr}/>`;
    if (list.tag.endsWith("/>")) {
      const open = list.tag.slice(0, -2) + ">";
      const close = `</${prefix ? `${prefix}:` : ""}sheets>`;
      this.setWorkbookXml(xml.slice(0, list.start) + open + el + close + xml.slice(list.end));
    } else this.setWorkbookXml(xml.slice(0, list.contentEnd) + el + xml.slice(list.contentEnd));
  }

  /** The spec's names replace names of the same name; the sheet's print titles are the spec's. */
  private replaceNames(spec: SheetSpec, sheetName: string, index: number): void {
    const declared = new Set(spec.names.map((n) => n.name.toLowerCase()));
    let xml = this.workbookXml;
    const remove = this.definedNames().filter(
      (n) =>
        (n.localSheetId === null && declared.has(n.name.toLowerCase())) ||
        (n.localSheetId === index && n.name.toLowerCase().startsWith("_xlnm.")),
    );
    for (const n of [...remove].sort((a, b) => b.start - a.start))
      xml = xml.slice(0, n.start) + xml.slice(n.end);
    const sheetRef = quoteSheet(sheetName);
    const added = spec.names.map(({ name, range: address }) => {
      const area = parseRange(address);
      if (!area) throw new Error(`SheetSpec "${spec.name}": not an A1 range: "${address}"`);
      const tl = `$${colLetters(area.left)}$${area.top}`;
      const br = `$${colLetters(area.right)}$${area.bottom}`;
      return `<definedName name="${escapeAttr(name)}">${escapeText(`${sheetRef}!${tl === br ? tl : `${tl}:${br}`}`)}</definedName>`;
    });
    if (spec.print.repeatRows !== null) {
      added.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeText(`${sheetRef}!${printTitleRows(spec.print.repeatRows)}`)}</definedName>`,
      );
    }
    const list = findElement(xml, "definedNames");
    if (list) {
      const inner = xml.slice(list.contentStart, list.contentEnd) + added.join("");
      const empty = findElements(inner, "definedName").length === 0;
      xml = empty
        ? xml.slice(0, list.start) + xml.slice(list.end)
        : xml.slice(0, list.tag.endsWith("/>") ? list.start : list.contentStart) +
          (list.tag.endsWith("/>") ? `${list.tag.slice(0, -2)}>` : "") +
          inner +
          (list.tag.endsWith("/>") ? "</definedNames>" : "") +
          xml.slice(list.tag.endsWith("/>") ? list.end : list.contentEnd);
    } else if (added.length > 0) {
      // After sheets, functionGroups and externalReferences (CT_Workbook order).
      const anchor =
        findElement(xml, "externalReferences") ??
        findElement(xml, "functionGroups") ??
        findElement(xml, "sheets");
      if (!anchor) throw new ZipError("workbook.xml without sheets");
      xml = `${xml.slice(0, anchor.end)}<definedNames>${added.join("")}</definedNames>${xml.slice(anchor.end)}`;
    }
    this.setWorkbookXml(xml);
  }

  activate(name: string, address: string | undefined): void {
    this.checkWritable("activate");
    this.opened.clear();
    const sheet = this.worksheet(name, "activate");
    if (sheet.state !== "visible")
      throw new PortError("sheetHidden", { operation: "activate", sheet: sheet.name });
    const area = address === undefined ? null : parseRange(address);
    if (address !== undefined && !area) throw new Error(`not an A1 address: "${address}"`);
    const index = this.sheets().findIndex((s) => s.relId === sheet.relId);
    let xml = this.workbookXml;
    const view = findElement(xml, "workbookView");
    if (view) {
      const first = Number(attr(view.tag, "firstSheet") ?? 0);
      let tag = setAttr(view.tag, "activeTab", String(index));
      if (first > index) tag = setAttr(tag, "firstSheet", String(index));
      xml = xml.slice(0, view.start) + tag + xml.slice(view.start + view.tag.length);
    } else {
      const sheets = findElement(xml, "sheets");
      if (!sheets) throw new ZipError("workbook.xml without sheets");
      xml = `${xml.slice(0, sheets.start)}<bookViews><workbookView activeTab="${index}"/></bookViews>${xml.slice(sheets.start)}`;
    }
    this.setWorkbookXml(xml);
    // Only the active sheet may be selected: several selected tabs form a group in Excel, and an
    // edit would then change every sheet of the group. This is the one change to users' sheets.
    for (const other of this.worksheets()) {
      if (other.relId === sheet.relId || other.part === null) continue;
      const text = this.pkg.text(other.part);
      const sv = text === null ? null : findElement(text, "sheetView");
      if (text === null || !sv || !/tabSelected\s*=\s*["'](1|true)["']/.test(sv.tag)) continue;
      this.pkg.set(
        other.part,
        text.slice(0, sv.start) + removeAttr(sv.tag, "tabSelected") + text.slice(sv.start + sv.tag.length),
      );
    }
    this.selectIn(sheet.part, area ? colLetters(area.left) + String(area.top) : null);
  }

  private selectIn(part: string, cell: string | null): void {
    let text = this.pkg.text(part) ?? "";
    let sv = findElement(text, "sheetView");
    if (!sv) {
      const views = findElement(text, "sheetViews");
      const anchor = views ?? findElement(text, "dimension") ?? findElement(text, "sheetPr");
      const el = '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
      if (views) text = text.slice(0, views.start) + el + text.slice(views.end);
      else if (anchor) text = text.slice(0, anchor.end) + el + text.slice(anchor.end);
      else {
        const data = findElement(text, "sheetData");
        if (!data) return;
        text = text.slice(0, data.start) + el + text.slice(data.start);
      }
      sv = findElement(text, "sheetView");
      if (!sv) return;
    }
    const tag = setAttr(sv.tag, "tabSelected", "1");
    const open = tag.endsWith("/>") ? `${tag.slice(0, -2)}>` : tag;
    let inner = sv.tag.endsWith("/>") ? "" : text.slice(sv.contentStart, sv.contentEnd);
    if (cell !== null) {
      const pane = findElement(inner, "pane");
      const paneName = pane ? (attr(pane.tag, "activePane") ?? "bottomRight") : null;
      const selection = `<selection${paneName === null ? "" : ` pane="${paneName}"`} activeCell="${cell}" sqref="${cell}"/>`;
      const existing = findElements(inner, "selection");
      inner =
        existing.length > 0
          ? inner.slice(0, existing[0]?.start ?? 0) + selection + inner.slice(existing.at(-1)?.end ?? 0)
          : inner + selection;
    }
    const close = sv.tag.endsWith("/>") ? "</sheetView>" : text.slice(sv.contentEnd, sv.end);
    this.pkg.set(part, text.slice(0, sv.start) + open + inner + close + text.slice(sv.end));
  }
}

function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function colLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Parts read after the open (tables, relationships) can still be damaged: the port's error, not a crash. */
function reading<T>(work: () => T): Promise<T> {
  return later(() => {
    try {
      return work();
    } catch (error) {
      throw error instanceof PortError ? error : damaged(error);
    }
  });
}

function portOver(book: Book, extension: WorkbookExtension): XlsxWorkbook {
  return {
    extension,
    listSheets: () => reading(() => book.listSheets()),
    readSheet: (name) => reading(() => book.readSheet(name)),
    listNames: () => reading(() => book.listNames()),
    writeSheet: (spec, options) => later(() => book.writeSheet(spec, options.replace)),
    writeSheets: (writes) => later(() => book.writeSheets(writes)),
    // A file: nobody else is editing it, and it never changes under the port.
    collaboration: () => Promise.resolve("inactive"),
    watch: () => Promise.resolve(() => Promise.resolve()),
    activate: (sheet, address) =>
      later(() => {
        book.activate(sheet, address);
      }),
    save: () => later(() => book.pkg.save()),
    look: (limits) => later(() => book.look(limits)),
  };
}

function isWorkbookPackage(pkg: XlsxPackage): { part: string; extension: WorkbookExtension } {
  const types = pkg.text("[Content_Types].xml");
  if (types !== null && !/<([\w.-]+:)?Types[\s>][\s\S]*<\/([\w.-]+:)?Types>\s*$/.test(types)) {
    throw damaged(new Error("[Content_Types].xml is not XML"));
  }
  let part: string;
  try {
    part = pkg.workbookPart();
  } catch {
    // An OpenDocument package names its format in its first part, "mimetype".
    throw noWorkbook(
      /^application\/vnd\.oasis\.opendocument\.spreadsheet/.test(pkg.text("mimetype") ?? "")
        ? "openDocument"
        : null,
    );
  }
  const declared = findElements(types ?? "", "Override").find(
    (o) => decodeXml(attr(o.tag, "PartName") ?? "").toLowerCase() === `/${part}`.toLowerCase(),
  );
  const type = declared ? (attr(declared.tag, "ContentType") ?? "") : "";
  if (declared && !WORKBOOK_CONTENT_TYPES.test(type))
    throw noWorkbook(/\.sheet\.binary\./i.test(type) ? "binaryXlsb" : null);
  return { part, extension: extensionOf(type) };
}

/**
 * Opens .xlsx (or .xlsm) bytes. Throws the port's "unreadableFile" error, with the reason, for
 * anything that is not a readable workbook (empty, another format, encrypted, damaged).
 */
export async function openXlsx(
  bytes: Uint8Array | ArrayBuffer,
  options: OpenOptions = {},
): Promise<XlsxWorkbook> {
  const data = ArrayBuffer.isView(bytes)
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : new Uint8Array(bytes);
  checkXlsxSignature(data);
  return later(() => {
    let book: Book;
    let extension: WorkbookExtension;
    try {
      const pkg = XlsxPackage.open(data, options.codec ?? fflateCodec, options.limits ?? DEFAULT_LIMITS);
      const found = isWorkbookPackage(pkg);
      extension = found.extension;
      book = new Book(pkg, found.part);
      if (book.worksheets().length === 0) throw noWorkbook();
      // Every sheet must be readable before anything is reported (a damaged part fails here, once).
      book.inflateSheets();
    } catch (error) {
      if (error instanceof PortError) throw error;
      throw damaged(error);
    }
    return portOver(book, extension);
  });
}

const NEW_WORKBOOK = {
  "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRels}"><Relationship Id="rId1" Type="${NS.relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS.main}" xmlns:r="${NS.relationships}"><bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>`,
  "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRels}"><Relationship Id="rId1" Type="${NS.relationships}/styles" Target="styles.xml"/></Relationships>`,
  "xl/styles.xml": EMPTY_STYLES,
};

/** An empty workbook (no sheets yet). */
export function newXlsx(options: OpenOptions = {}): XlsxWorkbook {
  const pkg = XlsxPackage.empty(options.codec ?? fflateCodec);
  for (const [name, content] of Object.entries(NEW_WORKBOOK)) pkg.set(name, content);
  return portOver(new Book(pkg, "xl/workbook.xml"), ".xlsx");
}
