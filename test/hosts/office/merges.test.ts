// Merged areas in a read grid: loaded with the first chunk where ExcelApi 1.13 is supported
// (Range.getMergedAreasOrNullObject), else none — never an extra sync.

import { createOfficeHost } from "../../../src/hosts/office";
import { createWireExcel } from "../../support/office-js";

const sheet = {
  name: "Kunden",
  cells: [
    ["Kundenportfolio 2026", null, null],
    ["ID", "Name", "Umsatz"],
    ["K-1", "Acme", 100],
  ],
  merges: ["A1:C1"],
};

describe("readSheet: merged areas", () => {
  test("with ExcelApi 1.13 the grid has the sheet's merged areas, in the same syncs", async () => {
    const fake = await createWireExcel({ sheets: [sheet] });
    const grid = await createOfficeHost(fake.Excel, fake.Office).readSheet("Kunden");
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
  });

  test("without ExcelApi 1.13 the grid has none, and the read still works", async () => {
    const fake = await createWireExcel({ sheets: [sheet], supportedSets: { ExcelApi: "1.12" } });
    const grid = await createOfficeHost(fake.Excel, fake.Office).readSheet("Kunden");
    expect(grid.merges).toEqual([]);
    expect(grid.rows.get(3)?.get(2)?.value).toBe("Acme");
  });
});
