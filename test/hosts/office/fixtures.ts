// Workbooks and specs for the Office host tests: realistic account lists and goal-like specs of any size.

import type { FakeSheetInit } from "../../support/fake-excel";
import {
  columnLetter,
  date,
  num,
  text,
  type GridCell,
  type SheetSpec,
  type SpecValue,
  type StyledRange,
} from "../../../src/sheet";

const REGIONS = ["Nord", "Süd", "West", "Ost", "DACH", "Benelux"];
const INDUSTRIES = ["Maschinenbau", "Chemie", "Handel", "Logistik", "Software", "Pharma"];

/** An account list sheet: a title row, a header row and `rows` accounts × 12 columns. */
export function accountSheet(name: string, rows: number, hiddenEvery = 0): FakeSheetInit {
  const header = [
    "ID",
    "Name",
    "Branche",
    "Region",
    "Umsatz 2025 (€)",
    "Potenzial (€)",
    "Marge",
    "Ergebnis",
    "Beziehung",
    "Risiko",
    "Kunde seit",
    "KAM",
  ];
  const cells: (string | number | null | GridCell)[][] = [["Kundenportfolio"], header];
  const hiddenRows: number[] = [];
  for (let i = 0; i < rows; i++) {
    cells.push([
      `K-${10000 + i}`,
      `Kunde ${i} GmbH & Co. KG`,
      INDUSTRIES[i % INDUSTRIES.length] ?? "",
      REGIONS[i % REGIONS.length] ?? "",
      { value: 250000 + ((i * 7919) % 5000000), format: "#,##0 €" },
      { value: 1000000 + ((i * 104729) % 9000000), format: "#,##0 €" },
      { value: ((i * 37) % 60) / 100, format: "0.0%" },
      { value: ((i * 13) % 20) / 100, format: "0.0%" },
      (i % 5) + 1,
      ["niedrig", "mittel", "hoch"][i % 3] ?? "",
      { value: 40000 + (i % 6000), format: "dd.mm.yyyy" },
      `KAM ${i % 40}`,
    ]);
    if (hiddenEvery > 0 && i % hiddenEvery === hiddenEvery - 1) hiddenRows.push(i + 3);
  }
  return { name, cells, hiddenRows };
}

export const GOAL_COLUMNS = 15;

/**
 * A goal-sheet-shaped spec: a title block, a header row at row 3 and `rows` goals × 15 columns
 * (text, numbers, dates, per-row number formats), a table, borders, and highlights on every tenth row.
 */
export function goalLikeSpec(name: string, rows: number): SheetSpec {
  const header: SpecValue[] = Array.from({ length: GOAL_COLUMNS }, (_, c) => text(`Spalte ${c + 1}`));
  const values: SpecValue[][] = [[text("KAM-Ziele 2027")], [text("Stand: 01.12.2026")], header];
  const styles: StyledRange[] = [
    { range: "A1", style: { bold: true, fontSize: 16 } },
    {
      range: `A3:${columnLetter(GOAL_COLUMNS)}3`,
      style: { bold: true, fill: "#1F4E78", fontColor: "#FFFFFF", wrap: true },
    },
  ];
  for (let i = 0; i < rows; i++) {
    const r = i + 4;
    const money = i % 3 === 0;
    values.push([
      text(`G${i + 1}`),
      text(`K-${10000 + (i % 20000)}`),
      text(i % 2 === 0 ? "economic" : "strategic"),
      text(["revenue", "grossMargin", "retention", "relationship"][i % 4] ?? "other"),
      text(`Mit Kunde ${i} gemeinsam wachsen und die Beziehung langfristig vertiefen (${i})`),
      num(money ? 1000000 + i : 0.25 + (i % 10) / 100),
      num(money ? 1200000 + i : 0.3 + (i % 10) / 100),
      text(money ? "EUR" : "%"),
      date(`20${27 + (i % 3)}-12-31`),
      text(`KAM ${i % 40}`),
      text(["open", "on track", "at risk", "done"][i % 4] ?? "open"),
      num(i % 7),
      text(i % 10 === 0 ? "Ziel liegt über dem Potenzial des Kunden" : ""),
      text(i % 5 === 0 ? '=HYPERLINK("x")' : "-"),
      date(`2026-${String((i % 12) + 1).padStart(2, "0")}-15`),
    ]);
    styles.push({ range: `F${r}:G${r}`, style: { numberFormat: money ? '#,##0 "€"' : "0.0%" } });
    if (i % 10 === 0) styles.push({ range: `G${r}`, style: { fill: "#FFC7CE", fontColor: "#9C0006" } });
  }
  const last = rows + 3;
  styles.push(
    { range: `I4:I${last}`, style: { numberFormat: "dd.mm.yyyy" } },
    { range: `O4:O${last}`, style: { numberFormat: "dd.mm.yyyy" } },
    {
      range: `A3:${columnLetter(GOAL_COLUMNS)}${last}`,
      style: {
        borderBottom: { style: "thin", color: "#BFBFBF" },
        borderRight: { style: "thin", color: "#BFBFBF" },
      },
    },
  );
  return {
    name,
    values,
    styles,
    columnWidths: [6, 10, 10, 12, 50, 14, 14, 6, 12, 10, 10, 6, 40, 20, 12],
    rowHeights: [{ row: 1, height: 24 }],
    merges: ["A1:E1"],
    freeze: { rows: 3, columns: 1 },
    table: {
      name: "KAM_Goals",
      range: `A3:${columnLetter(GOAL_COLUMNS)}${last}`,
      style: "TableStyleMedium2",
      showBandedRows: true,
    },
    validations: [
      {
        range: `C4:C${last}`,
        values: ["economic", "strategic"],
        errorTitle: "Art",
        errorMessage: "economic oder strategic",
      },
    ],
    names: [{ name: "KAM_Vision", range: "A2" }],
    print: { landscape: true, fitToWidth: true, repeatRows: "3:3" },
    tabColor: "#2E75B6",
  };
}
