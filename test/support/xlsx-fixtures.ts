// .xlsx fixtures for the exceljs host tests: a "user workbook" built with exceljs directly, a pass
// that rewrites exceljs' XML the way Excel writes it, and a structural snapshot of a workbook for
// "nothing changed" comparisons.
//
// JSZip is exceljs' own zip library (a dependency of exceljs); the tests use it to edit parts.

import { Workbook, ValueType, type Worksheet } from "exceljs";
import JSZip from "jszip";
import { loadBytes, tableModels, validationModel } from "./exceljs-adapter";
import {
  date,
  EMPTY,
  num,
  text,
  type CellStyle,
  type SheetSpec,
  type SpecValue,
} from "../../src/sheet/sheet-spec";

export async function toBytes(workbook: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Plain exceljs, without the host's repairs: what another exceljs user would see. */
export const fromBytes = loadBytes;

/** exceljs' typings have no shared-formula master (shareType, ref); the runtime takes it. */
function setRaw(worksheet: Worksheet, address: string, value: object): void {
  Reflect.set(worksheet.getCell(address), "value", value);
}

export const utcDate = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/**
 * A workbook as a key-account team might keep it: a list sheet with a title, an Excel table, a
 * totals row with formulas (shared formulas, a cached 0), errors, dates, merged title cells,
 * hidden rows, defined names, validations (optionally one over a whole column), print setup, frozen panes;
 * a hidden sheet; a profile sheet.
 */
export function userWorkbook(options: { wholeColumnValidation?: boolean } = {}): Workbook {
  const workbook = new Workbook();
  const list = workbook.addWorksheet("Kunden Nord");
  list.getCell("B2").value = "Key Accounts Nord";
  list.getCell("B2").font = { bold: true, size: 14 };
  list.mergeCells("B2:E2");
  const header = ["Kunden-ID", "Kunde", "Umsatz", "Marge", "Kunde seit"];
  header.forEach((h, i) => {
    list.getCell(4, i + 2).value = h;
  });
  const rows: [string, string, number, number, Date][] = [
    ["N-1", "Nordlicht AG", 1_200_000, 0.31, utcDate(2015, 3, 1)],
    ["N-2", "Hafen GmbH", 800_000, 0.18, utcDate(2019, 11, 15)],
    ["N-3", "Deich eG", 0, 0.2, utcDate(2021, 6, 30)],
  ];
  rows.forEach((r, i) => {
    r.forEach((v, j) => (list.getCell(5 + i, j + 2).value = v));
  });
  for (let r = 5; r <= 7; r++) {
    list.getCell(r, 4).numFmt = "#,##0 €";
    list.getCell(r, 5).numFmt = "0.0%";
    list.getCell(r, 6).numFmt = "dd.mm.yyyy";
  }
  list.addTable({
    name: "Kunden",
    ref: "B4",
    headerRow: true,
    columns: header.map((name) => ({ name, filterButton: true })),
    rows: rows.map((r) => [...r]),
    style: { theme: "TableStyleMedium9", showRowStripes: true },
  });
  list.getRow(6).hidden = true;
  // Totals: a formula, a shared formula pair, a cached zero, an error and a text result.
  list.getCell("C9").value = "Summe";
  list.getCell("D9").value = { formula: "SUBTOTAL(109,D5:D7)", result: 2_000_000 };
  setRaw(list, "H5", { formula: "D5*2", result: 2_400_000, shareType: "shared", ref: "H5:H7" });
  list.getCell("H6").value = { sharedFormula: "H5", result: 1_600_000 };
  list.getCell("H7").value = { sharedFormula: "H5", result: 0 };
  list.getCell("I5").value = { formula: "D7", result: 0 };
  list.getCell("I6").value = { formula: "NA()", result: { error: "#N/A" } };
  list.getCell("I7").value = { error: "#DIV/0!" };
  list.getCell("J5").value = { formula: 'C5&"!"', result: "Nordlicht AG!" };
  list.getCell("J6").value = { formula: "D5>0", result: true };
  list.getCell("J7").value = { formula: "TODAY()", result: utcDate(2026, 1, 5) };
  list.getCell("J7").numFmt = "yyyy-mm-dd";
  // An error result in a date-formatted cell (exceljs reads it as an Invalid Date).
  list.getCell("J9").value = { formula: "NA()", result: { error: "#N/A" } };
  list.getCell("J9").numFmt = "dd.mm.yyyy";
  list.getCell("K5").value = { richText: [{ text: "fett ", font: { bold: true } }, { text: "normal" }] };
  list.getCell("K6").value = { text: "Website", hyperlink: "https://example.com" };
  list.getCell("K7").value = false;
  list.getColumn(3).width = 28;
  list.views = [{ state: "frozen", xSplit: 0, ySplit: 4 }];
  list.pageSetup.printArea = "B2:K9";
  list.pageSetup.printTitlesRow = "4:4";
  const validations = validationModel(list);
  validations["L5:L7"] = { type: "list", allowBlank: true, formulae: ['"ja,nein"'] };
  validations["N5:N7"] = { type: "list", allowBlank: true, formulae: ["Parameter!$A$1:$A$2"] };
  validations["O5:O7"] = {
    type: "date",
    operator: "greaterThan",
    allowBlank: true,
    showErrorMessage: true,
    formulae: [utcDate(2020, 1, 1)],
  };
  // Loading a whole-column validation costs exceljs about a second, so only tests that need it.
  const rule = { type: "whole", operator: "between", allowBlank: true, formulae: [1, 5] };
  validations[options.wholeColumnValidation ? "M1:M1048576" : "M5:M7"] = rule;
  workbook.definedNames.add("'Kunden Nord'!$D$5:$D$7", "Umsaetze");
  workbook.definedNames.add("'Kunden Nord'!$B$2", "Titel");

  const hidden = workbook.addWorksheet("Parameter", { state: "hidden" });
  hidden.getCell("A1").value = "Wachstum";
  hidden.getCell("B1").value = 0.05;
  workbook.definedNames.add("Parameter!$B$1", "Wachstum");

  const profile = workbook.addWorksheet("US-7");
  profile.getCell("A1").value = "Account name";
  profile.getCell("B1").value = "Summit Outdoor Inc.";
  profile.getCell("A2").value = "Revenue potential";
  profile.getCell("B2").value = "$4.5M";
  profile.properties.tabColor = { argb: "FF00B050" };
  return workbook;
}

/**
 * Rewrites parts the way Excel writes them, where exceljs mishandles them on a round trip: tables
 * without headerRowCount and filterColumn, a sheet-local _xlnm._FilterDatabase name, and an empty
 * hidden row 8 on the first sheet (exceljs itself never writes a row without cells or height).
 */
export async function likeExcelWrote(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", sheetXml.replace('<row r="9"', '<row r="8" hidden="1"/><row r="9"'));
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    // Excel omits headerRowCount="1" (the default) and writes no filterColumn for plain buttons.
    zip.file(
      path,
      xml
        .replace(/ headerRowCount="1"/, "")
        .replace(/<filterColumn colId="\d+" hiddenButton="0"\/>/g, "")
        .replace(/ totalsRowShown="1"/, ' totalsRowShown="0"'),
    );
  }
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const filterName =
    `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">` +
    `'Kunden Nord'!$B$4:$F$7</definedName>`;
  zip.file(
    "xl/workbook.xml",
    workbookXml.includes("<definedNames>")
      ? workbookXml.replace("<definedNames>", `<definedNames>${filterName}`)
      : workbookXml.replace("</sheets>", `</sheets><definedNames>${filterName}</definedNames>`),
  );
  return zip.generateAsync({ type: "uint8array" });
}

export async function partText(bytes: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}; parts: ${Object.keys(zip.files).join(", ")}`);
  return file.async("string");
}

export async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(files)) zip.file(path, text);
  return zip.generateAsync({ type: "uint8array" });
}

/** JSON with object keys sorted, so equal rules give equal text whatever their key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Validations by rule, each with the cells it covers (exceljs holds them per cell or per range). */
export function validationSummary(
  model: Record<string, unknown>,
): Record<string, { cells: number; box: string }> {
  const summary: Record<string, { cells: number; top: number; left: number; bottom: number; right: number }> =
    {};
  for (const [address, validation] of Object.entries(model)) {
    if (validation === undefined) continue;
    const key = stableJson(validation);
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address)!;
    const col = (l: string) => Array.from(l).reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const [top, left] = [Number(m[2]), col(m[1]!)];
    const [bottom, right] = m[3] ? [Number(m[4]), col(m[3])] : [top, left];
    const cells = (bottom - top + 1) * (right - left + 1);
    const s = summary[key];
    summary[key] = s
      ? {
          cells: s.cells + cells,
          top: Math.min(s.top, top),
          left: Math.min(s.left, left),
          bottom: Math.max(s.bottom, bottom),
          right: Math.max(s.right, right),
        }
      : { cells, top, left, bottom, right };
  }
  return Object.fromEntries(
    Object.entries(summary).map(([k, s]) => [
      k,
      { cells: s.cells, box: `R${s.top}C${s.left}:R${s.bottom}C${s.right}` },
    ]),
  );
}

/** Everything about a sheet a user would notice if it changed. */
export function sheetSnapshot(worksheet: Worksheet): unknown {
  const cells: Record<string, unknown> = {};
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const merged = cell.type === ValueType.Merge;
      const formula = cell.type === ValueType.Formula;
      const result: unknown = formula ? cell.result : undefined;
      // exceljs reads an error or text result in a date-formatted cell as an Invalid Date; the
      // host drops such a result (Excel recalculates it) instead of writing it back as NaN.
      const lost = result instanceof Date && Number.isNaN(result.getTime());
      cells[cell.address] = {
        type: cell.type,
        value: merged
          ? `merged into ${cell.master.address}`
          : formula
            ? { formula: cell.formula }
            : cell.value,
        result: lost ? "no cached result" : result === undefined && formula ? "no cached result" : result,
        numFmt: cell.numFmt,
        font: cell.font,
        fill: cell.fill,
        border: cell.border,
        alignment: cell.alignment,
      };
    });
  });
  const heights: Record<number, number> = {};
  worksheet.eachRow({ includeEmpty: false }, (row, n) => {
    heights[n] = row.height;
  });
  const hiddenRows: number[] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) if (worksheet.findRow(r)?.hidden) hiddenRows.push(r);
  const columns = Array.from({ length: worksheet.columnCount }, (_, i) => worksheet.getColumn(i + 1).width);
  return {
    name: worksheet.name,
    state: worksheet.state,
    cells,
    heights,
    hiddenRows,
    columns,
    merges: worksheet.model.merges,
    tables: tableModels(worksheet).map((t) => ({
      name: t.name,
      tableRef: t.tableRef,
      headerRow: t.headerRow,
      columns: t.columns.map((c) => c.name),
    })),
    validations: validationSummary(validationModel(worksheet)),
    views: worksheet.views,
    printArea: worksheet.pageSetup.printArea,
    printTitlesRow: worksheet.pageSetup.printTitlesRow,
    tabColor: worksheet.properties.tabColor,
  };
}

const thin = { style: "thin", color: "#BFBFBF" } as const;
const HEADER: CellStyle = {
  bold: true,
  fill: "#1F4E78",
  fontColor: "#FFFFFF",
  vertical: "center",
  horizontal: "center",
  wrap: true,
  borderTop: thin,
  borderBottom: { style: "medium", color: "#000000" },
  borderLeft: thin,
  borderRight: thin,
};

const formula = (f: string, result?: number | string | null): SpecValue => ({
  kind: "formula",
  formula: f,
  result,
});
const bool = (value: boolean): SpecValue => ({ kind: "boolean", value });

/** A goal sheet that uses every SheetSpec feature. */
export function fullSpec(name = "KAM-Ziele"): SheetSpec {
  return {
    name,
    values: [
      [text("KAM-Ziele 2027")],
      [text("Vision"), text("Ein geschätzter und unverzichtbarer Partner unserer Key Accounts.")],
      [text("Stand"), date("2026-12-01"), bool(true), bool(false)],
      [],
      [text("ID"), text("Kunde"), text("Umsatz"), text("Marge"), text("Termin"), text("Status")],
      [text("G1"), text("D-01"), num(2_300_000), num(0.25), date("2027-12-31"), text("planned")],
      [
        text("G2"),
        text('=HYPERLINK("http://x","y")'),
        num(0),
        num(-0.1),
        date("2028-03-31"),
        text("inProgress"),
      ],
      [
        text("Summe"),
        EMPTY,
        formula("SUBTOTAL(109,C6:C7)", 2_300_000),
        formula("=C8*0", 0),
        formula("TODAY()"),
      ],
    ],
    styles: [
      { range: "A1", style: { bold: true, fontSize: 16, fontColor: "#1F3864", vertical: "center" } },
      { range: "A2:A3", style: { bold: true, fill: "#DDEBF7", vertical: "top" } },
      { range: "B2", style: { wrap: true, italic: true } },
      { range: "B3", style: { numberFormat: "dd.mm.yyyy", horizontal: "left" } },
      { range: "A5:F5", style: HEADER },
      { range: "C6:C8", style: { numberFormat: '#,##0 "€"' } },
      { range: "D6:D8", style: { numberFormat: "0.0%" } },
      { range: "E6:E7", style: { numberFormat: "dd.mm.yyyy" } },
      // A later style overrides an earlier one; a number format on text cells does not stick.
      { range: "A6:B7", style: { numberFormat: "0.00", fill: "#FFEB9C" } },
      { range: "B7", style: { fill: "#FFC7CE", fontColor: "#9C0006" } },
    ],
    columnWidths: [8, 30, 14, 10, 12, 12],
    rowHeights: [{ row: 2, height: 45 }],
    merges: ["A1:F1", "B2:F2"],
    freeze: { rows: 5, columns: 1 },
    table: { name: "KAM_Goals", range: "A5:F7", style: "TableStyleMedium2", showBandedRows: true },
    validations: [
      {
        range: "F6:F20",
        values: ["planned", "inProgress", "achieved", "dropped"],
        errorTitle: "Ungültiger Wert",
        errorMessage: "Bitte einen Wert aus der Liste wählen.",
      },
    ],
    names: [
      { name: "KAM_GoalSheet", range: "A1" },
      { name: "KAM_Vision", range: "B2" },
      { name: "KAM_GoalRows", range: "A6:F7" },
    ],
    print: { landscape: true, fitToWidth: true, repeatRows: "5:5" },
    tabColor: "#2E75B6",
  };
}
