// The workbench preview's number formats: what Excel would show, closely enough to read.
import { dateFromSerial, formatCellValue } from "../../src/workbench/format-cell";

const nbsp = (s: string) => s.replace(/\u00a0|\u202f/g, " ");

test.each([
  [1_850_000, "#,##0 €", "de", "1.850.000 €"],
  [1_850_000, '"€"#,##0', "en", "€1,850,000"],
  [0.355, "0.0%", "de", "35,5%"],
  [0.355, "0.0%", "en", "35.5%"],
  [46_752, "dd.mm.yyyy", "de", "31.12.2027"],
  [46_752, "yyyy-mm-dd", "en", "2027-12-31"],
  [46_752, "d mmm yyyy", "en", "31 Dec 2027"],
  [-1234.5, "#,##0.00;[Red]-#,##0.00", "de", "-1.234,50"],
  [-5, "#,##0_);(#,##0)", "en", "(5)"],
  [5, "#,##0_);(#,##0)", "en", "5 "],
  [2_300_000, "[$€-407] #,##0", "de", "€ 2.300.000"],
  [1_234_567, '#,##0,"k"', "en", "1,235k"],
  [12, "General", "de", "12"],
  [0.1 + 0.2, "General", "en", "0.3"],
] as const)("happy path: %d as %s (%s) shows %s", (value, format, language, shown) => {
  expect(nbsp(formatCellValue(value, format, language))).toBe(shown);
});

test("text, booleans and empty cells", () => {
  expect(formatCellValue("Kessler", "@", "de")).toBe("Kessler");
  expect(formatCellValue(true, "General", "de")).toBe("WAHR");
  expect(formatCellValue(false, "General", "en")).toBe("FALSE");
  expect(formatCellValue(null, "0.0%", "en")).toBe("");
});

test("dates exceljs hands over as Date objects use the format's tokens", () => {
  expect(formatCellValue(dateFromSerial(46_752), "dd.mm.yyyy", "de")).toBe("31.12.2027");
  expect(formatCellValue(new Date(Date.UTC(2023, 2, 15, 12, 30)), "dd.mm.yyyy hh:mm", "de")).toBe(
    "15.03.2023 12:30",
  );
});
