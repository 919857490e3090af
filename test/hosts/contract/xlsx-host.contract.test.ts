// The WorkbookPort contract for the xlsx host: the contract workbook is built as a real .xlsx with
// exceljs, and reading back means saving and re-opening the bytes.

import { Workbook, type CellValue as ExcelJsValue } from "exceljs";
import { openXlsx } from "../../../src/hosts/xlsx";
import { cellAddress, parseRange, quoteSheet, type GridCell } from "../../../src/sheet";
import {
  describeWorkbookPortContract,
  type ContractCell,
  type ContractWorkbook,
} from "./workbook-port.contract";

function isGridCell(cell: ContractCell): cell is GridCell {
  return typeof cell === "object" && cell !== null;
}

function excelJsValue(cell: ContractCell): ExcelJsValue {
  if (!isGridCell(cell)) return cell;
  if (cell.error === true) return { error: cell.value } as ExcelJsValue;
  return cell.value;
}

async function xlsxBytes(initial: ContractWorkbook): Promise<Uint8Array> {
  const workbook = new Workbook();
  for (const sheet of initial.sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: sheet.visible === false ? "hidden" : "visible" });
    const top = sheet.firstRow ?? 1;
    const left = sheet.firstColumn ?? 1;
    sheet.rows.forEach((row, i) => {
      row.forEach((cell, j) => {
        if (cell === null) return;
        const target = ws.getCell(top + i, left + j);
        target.value = excelJsValue(cell);
        if (isGridCell(cell) && cell.format !== "General") target.numFmt = cell.format;
      });
    });
    for (const r of sheet.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const { name, range } of sheet.tables ?? []) {
      const area = parseRange(range);
      if (!area) throw new Error(`bad table range ${range}`);
      const header: string[] = [];
      for (let c = area.left; c <= area.right; c++) header.push(ws.getCell(area.top, c).text);
      const rows: ExcelJsValue[][] = [];
      for (let r = area.top + 1; r <= area.bottom; r++) {
        const line: ExcelJsValue[] = [];
        for (let c = area.left; c <= area.right; c++) line.push(ws.getCell(r, c).value);
        rows.push(line);
      }
      ws.addTable({
        name,
        ref: cellAddress(area.top, area.left),
        headerRow: true,
        columns: header.map((h) => ({ name: h })),
        rows,
      });
    }
    for (const { name, range } of sheet.names ?? []) {
      const area = parseRange(range);
      if (!area) throw new Error(`bad name range ${range}`);
      const abs = `$${cellAddress(area.top, area.left).replace(/(\d+)$/, "$$$1")}:$${cellAddress(area.bottom, area.right).replace(/(\d+)$/, "$$$1")}`;
      workbook.definedNames.add(`${quoteSheet(sheet.name)}!${abs}`, name);
    }
  }
  const out: unknown = await workbook.xlsx.writeBuffer();
  if (out instanceof Uint8Array) return out;
  return new Uint8Array(out as ArrayBuffer);
}

describeWorkbookPortContract("xlsx host (saved and re-opened)", async (initial) => {
  const port = await openXlsx(await xlsxBytes(initial));
  return { port, readBack: async () => openXlsx(await port.save()) };
});
