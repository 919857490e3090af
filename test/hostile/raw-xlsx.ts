// A raw .xlsx builder for the hostile corpus: every part is written as text by hand (JSZip only
// zips), so a case can put anything where Excel, LibreOffice or a generator might — cells without
// `r`, formulas without cached values, Strict OOXML, namespace prefixes, a value in XFD1048576,
// defined names of any kind, user parts the writer has to keep. Nothing here uses the code under test.

import JSZip from "jszip";

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const NS_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A cell: a plain value, or one written exactly as described. */
export type RawCell =
  | string
  | number
  | boolean
  | null
  | {
      /** Shared string (default for text), inline string, or a formula's text result. */
      text?: string;
      inline?: boolean;
      number?: number;
      /** An error value such as "#VALUE!". */
      error?: string;
      /** A formula; with no value given it has no cached result (as openpyxl writes them). */
      formula?: string;
      /** Style index: 0 General, 1 percent "0%", 2 date "dd.mm.yyyy", 3 text "@", 4 "0.0%". */
      style?: number;
    };

export type RawTable = { name: string; ref: string; columns: readonly string[] };

export type RawSheet = {
  name: string;
  state?: "hidden" | "veryHidden";
  /** Rows from row 1 (or `firstRow`), cells from column A. */
  rows?: readonly (readonly RawCell[])[];
  firstRow?: number;
  /** Extra cells at explicit places, e.g. { XFD1048576: "x" }. */
  cells?: Readonly<Record<string, RawCell>>;
  tables?: readonly RawTable[];
  /** XML right after sheetData (protection, merges, validations …), in schema order. */
  after?: string;
  /** Relationships of the sheet part besides its tables: [id, type, target]. */
  rels?: readonly (readonly [string, string, string])[];
  /** The relationship id of a drawing (shapes, charts) on the sheet. */
  drawing?: string;
  /** The extension list, last in the sheet part. */
  extLst?: string;
  /** Write cells (and rows) without the `r` attribute. */
  noRefs?: boolean;
};

export type RawName = { name: string; formula: string; localSheetId?: number; hidden?: boolean };

export type RawWorkbook = {
  sheets: readonly RawSheet[];
  names?: readonly RawName[];
  /** Elements of workbook.xml between <workbookPr> and <bookViews> (fileSharing, workbookProtection). */
  workbookHead?: string;
  /** Elements of workbook.xml after <definedNames> (calcPr, pivotCaches, extLst). */
  workbookTail?: string;
  /** Extra parts: path → content, with their content type and a relationship from the workbook or the package. */
  parts?: readonly {
    path: string;
    content: string | Uint8Array;
    contentType?: string;
    /** A relationship to the part; `target` as written in the source's relationships (default: its path). */
    rel?: { from: "workbook" | "package"; type: string; target?: string };
  }[];
  strict?: boolean;
  /** Give SpreadsheetML this namespace prefix in workbook and sheet parts. */
  prefix?: string;
  /** Legacy: mark as a macro workbook. */
  date1904?: boolean;
};

const STYLES = `${XML}<styleSheet xmlns="${NS_MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;",
  );
}

/** Cell text as Excel writes it: controls other than tab and LF as _xHHHH_ (ST_Xstring). */
export function xstring(text: string): string {
  let out = "";
  for (const ch of text.replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`)) {
    const code = ch.codePointAt(0) ?? 0;
    out +=
      code < 32 && code !== 9 && code !== 10 ? `_x${code.toString(16).toUpperCase().padStart(4, "0")}_` : ch;
  }
  return escapeXml(out);
}

export function columnName(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

function parseRef(ref: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m?.[1] || !m[2]) throw new Error(`bad ref ${ref}`);
  let column = 0;
  for (const ch of m[1]) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), column };
}

class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  add(text: string): number {
    const known = this.index.get(text);
    if (known !== undefined) return known;
    this.list.push(text);
    this.index.set(text, this.list.length - 1);
    return this.list.length - 1;
  }
}

function cellXml(ref: string | null, cell: RawCell, strings: Strings): string {
  if (cell === null) return "";
  const r = ref === null ? "" : ` r="${ref}"`;
  if (typeof cell === "string") return `<c${r} t="s"><v>${strings.add(cell)}</v></c>`;
  if (typeof cell === "number") return `<c${r}><v>${cell}</v></c>`;
  if (typeof cell === "boolean") return `<c${r} t="b"><v>${cell ? 1 : 0}</v></c>`;
  const s = cell.style ? ` s="${cell.style}"` : "";
  const f = cell.formula === undefined ? "" : `<f>${escapeXml(cell.formula)}</f>`;
  if (cell.error !== undefined) return `<c${r}${s} t="e">${f}<v>${escapeXml(cell.error)}</v></c>`;
  if (cell.number !== undefined) return `<c${r}${s}>${f}<v>${cell.number}</v></c>`;
  if (cell.text !== undefined) {
    if (cell.formula !== undefined) return `<c${r}${s} t="str">${f}<v>${xstring(cell.text)}</v></c>`;
    if (cell.inline)
      return `<c${r}${s} t="inlineStr"><is><t xml:space="preserve">${xstring(cell.text)}</t></is></c>`;
    return `<c${r}${s} t="s"><v>${strings.add(cell.text)}</v></c>`;
  }
  return `<c${r}${s}>${f}</c>`;
}

function sheetXml(sheet: RawSheet, strings: Strings, tableRels: readonly string[]): string {
  const byRow = new Map<number, Map<number, RawCell>>();
  const first = sheet.firstRow ?? 1;
  (sheet.rows ?? []).forEach((row, i) => {
    row.forEach((cell, j) => {
      if (cell === null) return;
      const line = byRow.get(first + i) ?? new Map<number, RawCell>();
      line.set(j + 1, cell);
      byRow.set(first + i, line);
    });
  });
  for (const [ref, cell] of Object.entries(sheet.cells ?? {})) {
    const { row, column } = parseRef(ref);
    const line = byRow.get(row) ?? new Map<number, RawCell>();
    line.set(column, cell);
    byRow.set(row, line);
  }
  const rows = [...byRow.entries()].sort((a, b) => a[0] - b[0]);
  let data = "";
  let previous = 0;
  for (const [row, line] of rows) {
    const cells = [...line.entries()].sort((a, b) => a[0] - b[0]);
    if (sheet.noRefs) {
      // Without `r`, rows and cells take the next position: fill gaps with empty elements.
      for (let r = previous + 1; r < row; r++) data += "<row/>";
      let column = 0;
      let inner = "";
      for (const [c, cell] of cells) {
        for (column++; column < c; column++) inner += "<c/>";
        inner += cellXml(null, cell, strings);
      }
      data += `<row>${inner}</row>`;
    } else {
      data += `<row r="${row}">${cells.map(([c, cell]) => cellXml(`${columnName(c)}${row}`, cell, strings)).join("")}</row>`;
    }
    previous = row;
  }
  const drawing = sheet.drawing === undefined ? "" : `<drawing r:id="${sheet.drawing}"/>`;
  const tableParts =
    tableRels.length === 0
      ? ""
      : `<tableParts count="${tableRels.length}">${tableRels.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
  return `${XML}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${data}</sheetData>${sheet.after ?? ""}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${drawing}${tableParts}${sheet.extLst ?? ""}</worksheet>`;
}

function tableXml(id: number, table: RawTable): string {
  const columns = table.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(c)}"/>`).join("");
  return `${XML}<table xmlns="${NS_MAIN}" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${table.ref}" totalsRowShown="0"><autoFilter ref="${table.ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
}

const rels = (items: readonly (readonly [string, string, string])[]) =>
  `${XML}<Relationships xmlns="${NS_PKG}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join("")}</Relationships>`;

/** Gives every element of the SpreadsheetML namespace the prefix (the default namespace becomes x:). */
function prefixed(xml: string, prefix: string): string {
  return xml
    .replace(`xmlns="${NS_MAIN}"`, `xmlns:${prefix}="${NS_MAIN}"`)
    .replace(
      /<(\/?)([A-Za-z][\w]*)(?=[\s/>])/g,
      (_m, slash: string, name: string) => `<${slash}${prefix}:${name}`,
    );
}

/** The workbook as .xlsx bytes. */
export async function buildXlsx(book: RawWorkbook): Promise<Uint8Array> {
  const zip = new JSZip();
  const strings = new Strings();
  const types: string[] = [];
  const workbookRels: [string, string, string][] = [];
  const packageRels: [string, string, string][] = [
    ["rId1", `${NS_REL}/officeDocument`, "xl/workbook.xml"],
    [
      "rId2",
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
      "docProps/core.xml",
    ],
  ];
  let tableId = 0;
  const sheetEntries: string[] = [];
  book.sheets.forEach((sheet, i) => {
    const n = i + 1;
    const sheetRels: [string, string, string][] = [];
    for (const table of sheet.tables ?? []) {
      tableId++;
      zip.file(`xl/tables/table${tableId}.xml`, tableXml(tableId, table));
      types.push(
        `<Override PartName="/xl/tables/table${tableId}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
      );
      sheetRels.push([`rIdT${sheetRels.length + 1}`, `${NS_REL}/table`, `../tables/table${tableId}.xml`]);
    }
    let xml = sheetXml(
      sheet,
      strings,
      sheetRels.map(([id]) => id),
    );
    if (book.prefix) xml = prefixed(xml, book.prefix);
    zip.file(`xl/worksheets/sheet${n}.xml`, xml);
    const allRels = [...sheetRels, ...(sheet.rels ?? [])];
    if (allRels.length > 0) zip.file(`xl/worksheets/_rels/sheet${n}.xml.rels`, rels(allRels));
    types.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    workbookRels.push([`rId${n}`, `${NS_REL}/worksheet`, `worksheets/sheet${n}.xml`]);
    const state = sheet.state ? ` state="${sheet.state}"` : "";
    sheetEntries.push(`<sheet name="${escapeXml(sheet.name)}" sheetId="${n}"${state} r:id="rId${n}"/>`);
  });
  const base = book.sheets.length;
  workbookRels.push([`rId${base + 1}`, `${NS_REL}/styles`, "styles.xml"]);
  workbookRels.push([`rId${base + 2}`, `${NS_REL}/sharedStrings`, "sharedStrings.xml"]);
  for (const part of book.parts ?? []) {
    zip.file(part.path, part.content);
    if (part.contentType)
      types.push(`<Override PartName="/${part.path}" ContentType="${part.contentType}"/>`);
    if (part.rel?.from === "workbook")
      workbookRels.push([
        `rId${workbookRels.length + 1}`,
        part.rel.type,
        part.rel.target ?? part.path.replace(/^xl\//, ""),
      ]);
    if (part.rel?.from === "package")
      packageRels.push([`rId${packageRels.length + 1}`, part.rel.type, part.rel.target ?? part.path]);
  }
  const names =
    (book.names ?? []).length === 0
      ? ""
      : `<definedNames>${(book.names ?? [])
          .map(
            (n) =>
              `<definedName name="${escapeXml(n.name)}"${n.localSheetId === undefined ? "" : ` localSheetId="${n.localSheetId}"`}${n.hidden ? ' hidden="1"' : ""}>${escapeXml(n.formula)}</definedName>`,
          )
          .join("")}</definedNames>`;
  const pr = book.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr defaultThemeVersion="166925"/>';
  let workbook = `${XML}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${pr}${book.workbookHead ?? ""}<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>${sheetEntries.join("")}</sheets>${names}<calcPr calcId="191029"/>${book.workbookTail ?? ""}</workbook>`;
  if (book.prefix) workbook = prefixed(workbook, book.prefix);
  zip.file("xl/workbook.xml", workbook);
  zip.file("xl/_rels/workbook.xml.rels", rels(workbookRels));
  zip.file("_rels/.rels", rels(packageRels));
  zip.file("xl/styles.xml", STYLES);
  zip.file(
    "xl/sharedStrings.xml",
    `${XML}<sst xmlns="${NS_MAIN}" count="${strings.list.length}" uniqueCount="${strings.list.length}">${strings.list.map((s) => `<si><t xml:space="preserve">${xstring(s)}</t></si>`).join("")}</sst>`,
  );
  zip.file(
    "docProps/core.xml",
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>KAM-Team</dc:creator></cp:coreProperties>`,
  );
  const main = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  zip.file(
    "[Content_Types].xml",
    `${XML}<Types xmlns="${NS_TYPES}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${main}"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>${types.join("")}</Types>`,
  );
  if (book.strict) {
    // Strict OOXML: the same parts under the purl.oclc.org namespaces (as Excel's "Strict Open XML").
    for (const name of Object.keys(zip.files)) {
      const file = zip.file(name);
      if (!file || (!name.endsWith(".xml") && !name.endsWith(".rels"))) continue;
      const text = await file.async("string");
      zip.file(
        name,
        text
          .replaceAll(NS_MAIN, STRICT_MAIN)
          .replaceAll(`${NS_REL}/`, `${STRICT_REL}/`)
          .replaceAll(`"${NS_REL}"`, `"${STRICT_REL}"`),
      );
    }
  }
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

/** The team's account list every case starts from (German headers, like the shared sample). */
export const ACCOUNT_HEADER = [
  "Kunden-ID",
  "Kundenname",
  "Branche",
  "Umsatz Vorjahr",
  "Umsatzpotenzial",
  "Bruttomarge (%)",
  "Beziehung (1-5)",
  "Abwanderungsrisiko",
  "KAM",
] as const;

export const ACCOUNT_ROWS: readonly (readonly RawCell[])[] = [
  [
    "D-01",
    "Kessler Verpackungen GmbH",
    "Verpackung",
    1_850_000,
    5_200_000,
    { number: 0.29, style: 1 },
    4,
    "niedrig",
    "Anna Berg",
  ],
  [
    "D-02",
    "Lindner Bau AG",
    "Bau",
    2_400_000,
    2_900_000,
    { number: 0.195, style: 1 },
    2,
    "hoch",
    "Tom Krause",
  ],
  [
    "D-04",
    "Voss Medical GmbH",
    "Medizintechnik",
    3_100_000,
    4_100_000,
    { number: 0.355, style: 1 },
    5,
    "niedrig",
    "Lea Schmid",
  ],
];

export function accountSheet(name = "Kundenportfolio", extra: Partial<RawSheet> = {}): RawSheet {
  return { name, rows: [["Key Accounts – Region DACH"], [], [...ACCOUNT_HEADER], ...ACCOUNT_ROWS], ...extra };
}
