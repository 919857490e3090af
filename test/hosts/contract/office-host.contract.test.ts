// The WorkbookPort contract for the Office host, run over the strict Excel fake.

import { createOfficeHost } from "../../../src/hosts/office";
import { createFakeExcel, type FakeCellInit, type FakeSheetInit } from "../../support/fake-excel";
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

export function fakeWorkbook(initial: ContractWorkbook) {
  return createFakeExcel({ sheets: initial.sheets.map(fakeSheet) });
}

describeWorkbookPortContract("Office host over the Excel fake", (initial) => {
  const fake = fakeWorkbook(initial);
  const port = createOfficeHost(fake.Excel, fake.Office, { delay: instant });
  // Excel is the store: reading back is reading the same workbook through a fresh host.
  return Promise.resolve({
    port,
    readBack: () => Promise.resolve(createOfficeHost(fake.Excel, fake.Office)),
  });
});
