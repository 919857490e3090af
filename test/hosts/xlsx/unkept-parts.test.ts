// exceljs drops charts, pivot tables, chart sheets …; the host must name them before anyone saves.

import { Workbook } from "exceljs";
import JSZip from "jszip";
import { openXlsx } from "../../../src/hosts/xlsx";
import { findUnkeptParts } from "../../../src/hosts/xlsx/unkept-parts";
import { describeLostParts } from "../../../src/i18n/port-errors";
import { REL, withChart } from "../../support/unkept-fixtures";
import { fullSpec } from "../../support/xlsx-fixtures";

async function baseWorkbook(): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.addWorksheet("Kunden").addRow(["Kunden-ID", "Kundenname", "Umsatz"]);
  wb.addWorksheet("Auswertung").addRow(["Summe", 1]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function withPivotAndMacros(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>`,
  );
  zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
  zip.file("xl/vbaProject.bin", "macro bytes");
  return zip.generateAsync({ type: "uint8array" });
}

describe("findUnkeptParts", () => {
  it("happy path: a plain workbook has nothing exceljs would drop", async () => {
    expect(await findUnkeptParts(await baseWorkbook())).toEqual([]);
    expect((await openXlsx(await baseWorkbook())).unkeptParts).toEqual([]);
  });

  it("finds a chart and names its sheet", async () => {
    const bytes = await withChart(await baseWorkbook());
    expect(await findUnkeptParts(bytes)).toEqual([{ kind: "chart", sheet: "Auswertung" }]);
    const workbook = await openXlsx(bytes);
    expect(workbook.unkeptParts).toEqual([{ kind: "chart", sheet: "Auswertung" }]);
    expect(describeLostParts(workbook.unkeptParts, "de")).toBe("Diagramme (Blatt „Auswertung“)");
  });

  it("finds pivot tables and macros", async () => {
    const parts = await findUnkeptParts(await withPivotAndMacros(await baseWorkbook()));
    expect(parts).toEqual([
      { kind: "pivotTable", sheet: "Kunden" },
      { kind: "macros", sheet: null },
    ]);
    expect(describeLostParts(parts, "en")).toBe("pivot tables (sheet 'Kunden') and macros");
  });

  it("writing into such a workbook is refused with the port's wouldLoseParts error, nothing changed", async () => {
    const workbook = await openXlsx(await withChart(await baseWorkbook()));
    await expect(workbook.writeSheet(fullSpec("KAM-Ziele"), { replace: false })).rejects.toMatchObject({
      code: "wouldLoseParts",
      params: { parts: [{ kind: "chart", sheet: "Auswertung" }] },
    });
    expect((await workbook.listSheets()).map((s) => s.name)).toEqual(["Kunden", "Auswertung"]);
  });

  it("wrong input: bytes that are not a zip give no parts (opening reports the problem)", async () => {
    expect(await findUnkeptParts(new Uint8Array([1, 2, 3]))).toEqual([]);
  });
});
