// The lean reader on sheet XML that other writers produce: cells and rows without `r`, shared and
// inline rich text with phonetic runs, Excel's _xHHHH_ escapes, 1904 dates, ISO date cells,
// formulas without a cached value, merged-away values; and bounded decompression.

import JSZip from "jszip";
import * as zlib from "node:zlib";
import { openXlsx, zlibCodec } from "../../../src/hosts/xlsx";
import { cellAt, PortError } from "../../../src/sheet";
import { denseCells } from "../../support/dense-grid";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

type Book = { sheet: string; strings?: string; styles?: string; workbookPr?: string };

async function workbook(book: Book, compression: "DEFLATE" | "STORE" = "DEFLATE"): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${book.workbookPr ?? ""}<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<worksheet xmlns="${MAIN}"><sheetData>${book.sheet}</sheetData></worksheet>`,
  );
  zip.file("xl/sharedStrings.xml", `<sst xmlns="${MAIN}">${book.strings ?? ""}</sst>`);
  zip.file(
    "xl/styles.xml",
    book.styles ??
      `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs></styleSheet>`,
  );
  return zip.generateAsync({ type: "uint8array", compression });
}

const read = async (book: Book) => (await openXlsx(await workbook(book))).readSheet("S");

describe("the lean reader", () => {
  test("cells and rows without r take the next position, as Excel reads them", async () => {
    const grid = await read({
      sheet:
        '<row><c><v>1</v></c><c t="inlineStr"><is><t>b</t></is></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>',
    });
    expect(denseCells(grid).map((row) => row.map((c) => c.value))).toEqual([
      [1, "b", null, null],
      [null, null, 3, 4],
    ]);
  });

  test("shared and inline rich text without phonetic runs; Excel's escapes undone", async () => {
    const grid = await read({
      strings:
        '<si><r><t>Kessler </t></r><r><rPr><b/></rPr><t>GmbH</t></r><rPh sb="0" eb="1"><t>ケ</t></rPh></si><si><t>a_x000D_b _x005F_x0041_</t></si><si/>',
      sheet:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><r><t xml:space="preserve">x &amp; </t></r><r><t>y</t></r></is></c></row>',
    });
    expect(denseCells(grid)[0]?.map((c) => c.value)).toEqual(["Kessler GmbH", "a\rb _x0041_", null, "x & y"]);
  });

  test("dates of a 1904 workbook become 1900-system serials; ISO date cells too", async () => {
    const grid = await read({
      workbookPr: '<workbookPr date1904="1"/>',
      sheet:
        '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1" t="d" s="1"><v>2027-12-31T00:00:00</v></c></row>',
    });
    expect(cellAt(grid, 1, 1)).toEqual({ value: 1462, format: "dd.mm.yyyy" });
    expect(cellAt(grid, 1, 2)).toEqual({ value: 0.5, format: "0.00%" });
    expect(cellAt(grid, 1, 3)).toEqual({ value: 46752, format: "dd.mm.yyyy" });
  });

  test("formulas read as their cached value; without one they say so (empty, with the formula); errors and booleans", async () => {
    const grid = await read({
      sheet:
        '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>NOW()</f></c><c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>',
    });
    expect(denseCells(grid)[0]).toEqual([
      { value: 2, format: "General" },
      { value: "", format: "General", formula: "=NOW()" },
      { value: "#DIV/0!", format: "General", error: true },
      { value: false, format: "General" },
      { value: "ab", format: "General" },
    ]);
  });

  test("a value under a merged area (not its top-left cell) is not shown", async () => {
    const zip = await JSZip.loadAsync(await workbook({ sheet: "" }));
    zip.file(
      "xl/worksheets/sheet1.xml",
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Titel</t></is></c><c r="B1"><v>9</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>`,
    );
    const host = await openXlsx(await zip.generateAsync({ type: "uint8array" }));
    const grid = await host.readSheet("S");
    expect(denseCells(grid)).toEqual([[{ value: "Titel", format: "General" }]]);
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
  });

  test("one stray value in XFD1048576 widens the used range, not the cost", async () => {
    const grid = await read({
      sheet: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>',
    });
    expect([grid.lastRow, grid.lastColumn, grid.rows.size]).toEqual([1_048_576, 16_384, 2]);
  });
});

describe("bounded decompression", () => {
  // A few KB of zip that would unpack to 64 MB: one long run of the same string.
  const bomb = () =>
    workbook({
      sheet: `<row r="1"><c r="A1" t="inlineStr"><is><t>${"A".repeat(64 * 1024 * 1024)}</t></is></c></row>`,
    });

  test.each([
    ["fflate", undefined],
    ["zlib", zlibCodec(zlib)],
  ])(
    "a part larger than the bound is refused as oversized, before it is unpacked (%s)",
    async (_name, codec) => {
      const bytes = await bomb();
      expect(bytes.length).toBeLessThan(1024 * 1024);
      const error = await openXlsx(bytes, {
        ...(codec ? { codec } : {}),
        limits: { partBytes: 4 * 1024 * 1024, totalBytes: 16 * 1024 * 1024 },
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PortError);
      expect(error).toMatchObject({ code: "unreadableFile", params: { reason: "oversized" } });
    },
  );

  test.each([
    ["fflate", undefined],
    ["zlib", zlibCodec(zlib)],
  ])(
    "a part that unpacks to over 100 times its size above 32 MB is refused at the default bounds (%s)",
    async (_name, codec) => {
      const bytes = await workbook({
        sheet: `<row r="1"><c r="A1" t="inlineStr"><is><t>${"A".repeat(40 * 1024 * 1024)}</t></is></c></row>`,
      });
      const error = await openXlsx(bytes, codec ? { codec } : {}).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: "unreadableFile",
        params: { reason: "oversized", detail: "xl/worksheets/sheet1.xml: 40 MB" },
      });
    },
  );

  test("a part that lies about its size cannot unpack to more than it declares", async () => {
    const bytes = await bomb();
    // Claim 1 KB for the 20 MB sheet in the central directory (offset 24: uncompressed size).
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = bytes.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      if (name === "xl/worksheets/sheet1.xml") view.setUint32(at + 24, 1024, true);
    }
    const zlibError = await openXlsx(bytes, { codec: zlibCodec(zlib) }).catch((e: unknown) => e);
    expect(zlibError).toMatchObject({ code: "unreadableFile", params: { reason: "damaged" } });
    // fflate stops at the declared size: the sheet is cut short, never 20 MB in memory.
    const cut = await openXlsx(bytes).then(
      (host) => host.readSheet("S"),
      (e: unknown) => e,
    );
    expect(cut instanceof PortError || (typeof cut === "object" && cut !== null && "rows" in cut)).toBe(true);
  });
});
