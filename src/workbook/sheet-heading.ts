// The heading both layouts share: the title across the sheet, then the as-of date with its label
// and a note beside it.

import { EMPTY, text } from "../sheet";
import type { Language } from "../domain/plan";
import { dateFormat, NOTE_STYLE, TITLE_STYLE } from "./sheet-styles";
import type { SheetBuilder } from "./spec-builder";

export const HEADING_ROWS = { title: 1, asOf: 2 } as const;
const TITLE_HEIGHT = 26;

export function writeHeading(
  b: SheetBuilder,
  heading: {
    title: string;
    /** The sheet's last column: the title spans the sheet. */
    lastColumn: number;
    asOfLabel: string;
    asOf: string | null;
    note: string;
    /** Columns the as-of label spans (1 … labelRight); the date stands right of it, the note after. */
    labelRight: number;
    language: Language;
  },
): { asOfCell: { row: number; column: number } } {
  const { title, asOf } = HEADING_ROWS;
  b.set(title, 1, text(heading.title));
  b.merge(title, 1, title, heading.lastColumn);
  b.styleCell(title, 1, TITLE_STYLE);
  b.height(title, TITLE_HEIGHT);
  b.set(asOf, 1, text(heading.asOfLabel));
  if (heading.labelRight > 1) b.merge(asOf, 1, asOf, heading.labelRight);
  b.styleCell(asOf, 1, { bold: true });
  const column = heading.labelRight + 1;
  b.set(asOf, column, heading.asOf === null ? EMPTY : { kind: "date", iso: heading.asOf });
  b.styleCell(asOf, column, { numberFormat: dateFormat(heading.language), horizontal: "left", bold: true });
  b.set(asOf, column + 1, text(heading.note));
  b.styleCell(asOf, column + 1, NOTE_STYLE);
  return { asOfCell: { row: asOf, column } };
}
