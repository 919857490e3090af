// The surgical writer at the zip level: after writing the goal and review sheets, every part of the
// user's workbook is in the written file byte for byte (uncompressed and compressed), and the parts
// the writer patches keep every element of the user's. Checked with JSZip, an independent reader.

import JSZip from "jszip";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { fflateCodec, newXlsx, openXlsx, zlibCodec, type Codec } from "../../../src/hosts/xlsx";
import { readZip } from "../../../src/hosts/xlsx/zip";
import { cellAt, text, type SheetSpec } from "../../../src/sheet";
import { richWorkbook, USER_NAMES, USER_WORKBOOK_ELEMENTS } from "../../support/rich-workbook";
import { fromBytes, fullSpec } from "../../support/xlsx-fixtures";

const SAMPLE = path.resolve(__dirname, "../../../assets/samples/Beispiel-Kundenportfolio.xlsx");

/** Parts the writer generates or patches; everything else is the user's. */
const PATCHED = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];

const reviewSpec = (): SheetSpec => ({
  ...fullSpec("KAM-Review"),
  values: [[text("Review")]],
  styles: [{ range: "A1", style: { bold: true, fill: "#DDEBF7" } }],
  merges: [],
  table: null,
  validations: [],
  names: [{ name: "KAM_ReviewSheet", range: "A1" }],
  print: { landscape: false, fitToWidth: false, repeatRows: null },
});

async function written(input: Uint8Array, codec: Codec): Promise<Uint8Array> {
  const host = await openXlsx(input, { codec });
  await host.writeSheet(fullSpec(), { replace: false });
  await host.writeSheet(reviewSpec(), { replace: false });
  return host.save();
}

const CODECS: [string, Codec][] = [
  ["zlib", zlibCodec(zlib)],
  ["fflate", fflateCodec],
];

describe.each(CODECS)("surgical write (%s)", (_name, codec) => {
  describe.each([
    ["an .xlsx", false],
    ["an .xlsm with macros", true],
  ])("%s with charts, shapes, a pivot table, connections, custom XML and properties", (_label, macros) => {
    let input: Uint8Array;
    let output: Uint8Array;
    beforeAll(async () => {
      input = await richWorkbook(new Uint8Array(readFileSync(SAMPLE)), { macros });
      output = await written(input, codec);
    });

    test("every part of the user's is byte-identical, uncompressed and compressed", async () => {
      const before = await JSZip.loadAsync(input);
      const after = await JSZip.loadAsync(output);
      const userParts = Object.keys(before.files).filter(
        (n) => !n.endsWith("/") && !PATCHED.includes(n) && n !== "xl/calcChain.xml",
      );
      expect(userParts).toEqual(
        expect.arrayContaining([
          "xl/charts/chart1.xml",
          "xl/drawings/drawing1.xml",
          "xl/pivotTables/pivotTable1.xml",
          "xl/pivotCache/pivotCacheDefinition1.xml",
          "xl/pivotCache/pivotCacheRecords1.xml",
          "xl/connections.xml",
          "xl/externalLinks/externalLink1.xml",
          "customXml/item1.xml",
          "customXml/itemProps1.xml",
          "docProps/custom.xml",
          "docProps/app.xml",
          "xl/sharedStrings.xml",
          "xl/worksheets/sheet2.xml",
          ...(macros ? ["xl/vbaProject.bin"] : []),
        ]),
      );
      for (const name of userParts) {
        const a = await before.file(name)?.async("uint8array");
        const b = await after.file(name)?.async("uint8array");
        expect([name, b && Buffer.from(b).equals(Buffer.from(a ?? []))]).toEqual([name, true]);
      }
      const raw = new Map(readZip(output).map((e) => [e.name, e]));
      for (const entry of readZip(input)) {
        if (!userParts.includes(entry.name)) continue;
        const kept = raw.get(entry.name);
        expect({ name: entry.name, crc: kept?.crc32, method: kept?.method }).toEqual({
          name: entry.name,
          crc: entry.crc32,
          method: entry.method,
        });
        expect(Buffer.from(kept?.data ?? []).equals(Buffer.from(entry.data))).toBe(true);
      }
    });

    test("the patched parts keep every element of the user's; only the calculation chain is dropped", async () => {
      const after = await JSZip.loadAsync(output);
      const workbook = (await after.file("xl/workbook.xml")?.async("string")) ?? "";
      for (const element of [...USER_NAMES, ...USER_WORKBOOK_ELEMENTS]) expect(workbook).toContain(element);
      expect(workbook).toMatch(/<sheet name="KAM-Ziele" sheetId="4" r:id="rId\d+"\/>/);
      expect(after.file("xl/calcChain.xml")).toBeNull();
      const rels = (await after.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
      expect(rels).not.toContain("calcChain");
      for (const target of [
        "pivotCache/pivotCacheDefinition1.xml",
        "connections.xml",
        "../customXml/item1.xml",
      ]) {
        expect(rels).toContain(`Target="${target}"`);
      }
      const types = (await after.file("[Content_Types].xml")?.async("string")) ?? "";
      expect(types).not.toContain("calcChain");
      expect(types).toContain('PartName="/xl/charts/chart1.xml"');
      if (macros) expect(types).toContain("macroEnabled.main+xml");
      // Styles are appended: the user's cell styles keep their numbers.
      const stylesBefore =
        (await (await JSZip.loadAsync(input)).file("xl/styles.xml")?.async("string")) ?? "";
      const xfsBefore = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesBefore)?.[1] ?? "";
      const styles = (await after.file("xl/styles.xml")?.async("string")) ?? "";
      expect(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1]?.startsWith(xfsBefore)).toBe(true);
    });

    test("the written workbook reads back: the user's sheets as before, ours as written", async () => {
      const before = await openXlsx(input, { codec });
      const after = await openXlsx(output, { codec });
      for (const sheet of ["Kundenportfolio", "Marketing", "Pivot"]) {
        expect(await after.readSheet(sheet)).toEqual(await before.readSheet(sheet));
      }
      expect(cellAt(await after.readSheet("KAM-Ziele"), 1, 1).value).toBe("KAM-Ziele 2027");
      expect((await after.listSheets()).map((s) => s.name)).toEqual([
        "Kundenportfolio",
        "Marketing",
        "Pivot",
        "KAM-Ziele",
        "KAM-Review",
      ]);
      const names = (await after.listNames()).map((n) => n.name).sort();
      expect(names).toEqual([
        "KAM_GoalRows",
        "KAM_GoalSheet",
        "KAM_ReviewSheet",
        "KAM_Vision",
        "Kundenliste",
      ]);
    });

    test("exceljs opens the written file (an independent reader)", async () => {
      const workbook = await fromBytes(output);
      expect(workbook.getWorksheet("KAM-Ziele")?.getCell("A1").value).toBe("KAM-Ziele 2027");
    });
  });

  test("writing the same sheets again replaces them in place and keeps the user's parts", async () => {
    const input = await richWorkbook(new Uint8Array(readFileSync(SAMPLE)));
    const once = await written(input, codec);
    const host = await openXlsx(once, { codec });
    await host.writeSheet(fullSpec(), { replace: true });
    await host.writeSheet(reviewSpec(), { replace: true });
    const twice = await host.save();
    const a = await JSZip.loadAsync(once);
    const b = await JSZip.loadAsync(twice);
    expect(Object.keys(b.files).sort()).toEqual(Object.keys(a.files).sort());
    for (const name of Object.keys(a.files)) {
      if (name.endsWith("/")) continue;
      // Writing twice changes nothing: the same parts with the same content (styles reused).
      expect([name, await b.file(name)?.async("string")]).toEqual([
        name,
        await a.file(name)?.async("string"),
      ]);
    }
  });

  test("a new workbook written from nothing opens in exceljs", async () => {
    const host = newXlsx({ codec });
    await host.writeSheet(fullSpec(), { replace: false });
    const workbook = await fromBytes(await host.save());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["KAM-Ziele"]);
  });
});
