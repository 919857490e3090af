// The WorkbookPort contract for the Office host, run through Microsoft's own Office.js against the
// wire host's Excel (test/support/office-js): the host's requests are the ones Excel would receive.

import { createOfficeHost } from "../../../src/hosts/office";
import type { FakeCellInit, FakeSheetInit } from "../../support/fake-excel";
import { createWireExcel } from "../../support/office-js";
import { parseRange } from "../../../src/sheet";
import {
  describeWorkbookPortContract,
  type ContractSheet,
  type ContractWorkbook,
} from "./workbook-port.contract";

const instant = () => Promise.resolve();

function fakeSheet(sheet: ContractSheet): FakeSheetInit {
  return {
    name: sheet.name,
    visible: sheet.visible ?? true,
    firstRow: sheet.firstRow ?? 1,
    firstColumn: sheet.firstColumn ?? 1,
    cells: sheet.rows.map((row) => row.map((cell): FakeCellInit => cell)),
    hiddenRows: sheet.hiddenRows ?? [],
    tables: (sheet.tables ?? []).map(({ name, range }) => {
      const area = parseRange(range);
      if (!area) throw new Error(`bad table range ${range}`);
      return { name, ...area, hasHeader: true };
    }),
    names: sheet.names ?? [],
  };
}

export function wireWorkbook(initial: ContractWorkbook) {
  return createWireExcel({ sheets: initial.sheets.map(fakeSheet) });
}

describeWorkbookPortContract("Office host through Office.js", async (initial) => {
  const excel = await wireWorkbook(initial);
  const port = createOfficeHost(excel.Excel, excel.Office, { delay: instant });
  // Excel is the store: reading back is reading the same workbook through a fresh host.
  return { port, readBack: () => Promise.resolve(createOfficeHost(excel.Excel, excel.Office)) };
});
