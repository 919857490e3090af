// The workbench preview shows a sheet as Excel would: the review and goal rows, styled to the top,
// keep their figures on the first line next to a wrapped name; a plain sheet stays at Excel's
// default, the bottom of the cell.
import { readFileSync } from "node:fs";
import path from "node:path";
import { openXlsx } from "../../src/hosts/xlsx";
import { openWorkbook, writePlan } from "../../src/planner";
import { previewOf, type PreviewSheet } from "../../src/workbench/preview-model";
import { AS_OF, PLAN } from "../workbook/write-fixtures";

const SAMPLE = path.join(__dirname, "../../assets/samples/Beispiel-Kundenportfolio.xlsx");

function cellWith(sheet: PreviewSheet | undefined, text: string) {
  for (const row of sheet?.cells ?? []) for (const cell of row) if (cell.text === text) return cell;
  throw new Error(`no cell "${text}" on ${sheet?.name ?? "?"}`);
}

test("the review sheet's rows are aligned to the top; the user's sheet keeps Excel's default", async () => {
  const book = await openXlsx(readFileSync(SAMPLE));
  const result = await writePlan(book, await openWorkbook(book), PLAN, { language: "de", asOf: AS_OF });
  expect(result.status).toBe("written");
  const preview = await previewOf(book, "de");
  const review = preview.sheets.find((s) => s.name === "KAM-Review");
  const accounts = preview.sheets.find((s) => s.name === "Kundenportfolio");
  // A wrapped name and the figures beside it start on the same line.
  expect(cellWith(review, "Kessler Verpackungen GmbH").vertical).toBe("top");
  expect(cellWith(review, "D-01").vertical).toBe("top");
  expect(cellWith(review, "Strategiekunde").vertical).toBe("top");
  expect(cellWith(accounts, "Kessler Verpackungen GmbH").vertical).toBe("bottom");
});
