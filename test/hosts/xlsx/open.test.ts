import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { openXlsx } from "../../../src/hosts/xlsx";
import { portErrorMessage } from "../../../src/i18n/port-errors";
import { PortError, type UnreadableReason } from "../../../src/sheet";
import { zipOf } from "../../support/xlsx-fixtures";

const SAMPLE = path.join(__dirname, "../../../assets/samples/Beispiel-Kundenportfolio.xlsx");

async function failure(bytes: Uint8Array | ArrayBuffer): Promise<PortError> {
  try {
    await openXlsx(bytes);
  } catch (error) {
    if (error instanceof PortError) return error;
    throw new Error(`expected a PortError, got ${String(error)}`);
  }
  throw new Error("expected the file to be rejected");
}

/** The port's coded error, and one line a user can act on in either language. */
function expectOneLine(error: PortError, reason: UnreadableReason, message: string | RegExp): void {
  expect(error.code).toBe("unreadableFile");
  expect(error.params.reason).toBe(reason);
  const en = portErrorMessage(error, "en");
  expect(en).toMatch(message);
  for (const text of [en, portErrorMessage(error, "de")]) {
    expect(text).not.toMatch(/\n|\s+at\s|\{\w+\}/);
    expect(text.length).toBeLessThan(300);
  }
}

/** An OLE2 compound file header, optionally with an EncryptedPackage stream name in it. */
function compoundFile(encrypted: boolean): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = encrypted ? "EncryptedPackage" : "Workbook";
  Array.from(name).forEach((ch, i) => {
    bytes[1024 + 2 * i] = ch.charCodeAt(0);
  });
  return bytes;
}

describe("openXlsx: input that is not a readable .xlsx gives the port's unreadableFile error", () => {
  const sample = new Uint8Array(readFileSync(SAMPLE));

  test("an empty file", async () => {
    expectOneLine(await failure(new Uint8Array(0)), "empty", /the file is empty\.$/);
  });

  test("a text file", async () => {
    const csv = new TextEncoder().encode("Kunden-ID;Kunde;Umsatz\nD-01;Kessler;1.850.000\n");
    expectOneLine(await failure(csv), "textFile", /it is a text file\.$/);
  });

  test("random bytes", async () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    expectOneLine(await failure(noise), "notZip", /it is not a zip archive\.$/);
  });

  test("a zip archive that is not a workbook", async () => {
    const zip = await zipOf({ "readme.txt": "hello", "word/document.xml": "<w:document/>" });
    expectOneLine(await failure(zip), "noWorkbook", /a zip archive without a workbook/);
  });

  test("an OpenDocument spreadsheet (.ods), as LibreOffice saves it", async () => {
    const ods = await zipOf({
      mimetype: "application/vnd.oasis.opendocument.spreadsheet",
      "content.xml": "<office:document-content/>",
      "META-INF/manifest.xml": "<manifest:manifest/>",
    });
    expectOneLine(
      await failure(ods),
      "openDocument",
      /OpenDocument spreadsheet \(\.ods\); save it as an Excel workbook/,
    );
  });

  test("an Excel binary workbook (.xlsb)", async () => {
    const xlsb = await zipOf({
      "[Content_Types].xml":
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
      "_rels/.rels":
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      "xl/workbook.bin": "\u0083\u0001\u0000",
    });
    expectOneLine(await failure(xlsb), "binaryXlsb", /Excel binary workbook \(\.xlsb\); save it as \.xlsx/);
  });

  test("a zip archive with a broken workbook part", async () => {
    const zip = await zipOf({ "[Content_Types].xml": "<Types", "xl/workbook.xml": "<workbook><sheets" });
    expectOneLine(await failure(zip), "damaged", /the file is damaged; open it in Excel/);
  });

  test("a truncated .xlsx", async () => {
    expectOneLine(await failure(sample.subarray(0, sample.length / 2)), "damaged", /the file is damaged/);
  });

  test("an .xlsx with bytes overwritten in the middle", async () => {
    const corrupt = Uint8Array.from(sample);
    corrupt.fill(0, 200, 1200);
    expectOneLine(await failure(corrupt), "damaged", /the file is damaged/);
  });

  test("an Excel 97-2003 .xls workbook", async () => {
    expectOneLine(await failure(compoundFile(false)), "legacyXls", /Excel 97-2003 \.xls workbook/);
  });

  test("a password-protected workbook", async () => {
    expectOneLine(await failure(compoundFile(true)), "encrypted", /password-protected/);
  });

  test("arbitrary bytes, with or without a zip signature, never escape as another error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.boolean(), async (tail, zipLike) => {
        const bytes = zipLike ? Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...tail]) : tail;
        const error = await failure(bytes);
        expect(error.code).toBe("unreadableFile");
        expect(portErrorMessage(error, "de")).not.toMatch(/\n/);
      }),
      { numRuns: 60 },
    );
  });

  test("a real workbook opens from a Uint8Array, a Buffer or an ArrayBuffer", async () => {
    const buffer = readFileSync(SAMPLE);
    const arrayBuffer = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    for (const bytes of [sample, buffer, arrayBuffer]) {
      const host = await openXlsx(bytes);
      expect((await host.listSheets()).map((s) => s.name)).toEqual(["Kundenportfolio", "Marketing"]);
    }
  });
});
