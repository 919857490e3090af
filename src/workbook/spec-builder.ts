// A small mutable helper the layouts use to assemble a SheetSpec cell by cell, plus the estimate of
// how many lines wrapped text needs (Excel never auto-fits merged cells, and rows written by a file
// host keep the height they are given, so the layout sets heights itself).

import {
  cellAddress,
  EMPTY,
  rangeAddress,
  type CellStyle,
  type SheetSpec,
  type SpecValue,
  type StyledRange,
} from "../sheet";

/** Height of one line of 11 pt Calibri in points, and the padding Excel adds to a wrapped row. */
export const LINE_HEIGHT = 15;
const ROW_PADDING = 3;
/** Excel's largest row height; a taller row is refused (the cell then scrolls inside the row). */
const MAX_ROW_HEIGHT = 409;

/**
 * Lines a text needs in a column `width` characters wide (greedy word wrap). Errs on the side of
 * more lines: a little white space is fine, a cut-off finding is not.
 */
export function wrappedLines(text: string, width: number): number {
  // Proportional text fits slightly more characters than digits ("0"), which set the column width.
  const capacity = Math.max(1, Math.floor(width * 1.15) - 1);
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed <= capacity) {
        line = needed;
        continue;
      }
      if (line > 0) lines++;
      // A word longer than the line breaks across lines.
      lines += Math.floor(Math.max(0, word.length - 1) / capacity);
      line = word.length % capacity || capacity;
    }
  }
  return Math.max(1, lines);
}

export function heightForLines(lines: number): number {
  return lines <= 1 ? LINE_HEIGHT : Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + ROW_PADDING);
}

export class SheetBuilder {
  private readonly rows: SpecValue[][] = [];
  private readonly styleList: StyledRange[] = [];
  private readonly mergeList: string[] = [];
  private readonly heights = new Map<number, number>();

  /** Writes a value at a 1-based row and column. */
  set(row: number, column: number, value: SpecValue): void {
    // Rows above a new last row exist (empty) so `values` stays dense.
    while (this.rows.length < row) this.rows.push([]);
    const line = this.rows[row - 1] ?? [];
    while (line.length < column) line.push(EMPTY);
    line[column - 1] = value;
  }

  style(top: number, left: number, bottom: number, right: number, style: CellStyle): void {
    if (bottom < top || right < left) return;
    this.styleList.push({ range: rangeAddress({ top, left, bottom, right }), style });
  }

  styleCell(row: number, column: number, style: CellStyle): void {
    this.styleList.push({ range: cellAddress(row, column), style });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.mergeList.push(rangeAddress({ top, left, bottom, right }));
  }

  /** Asks for at least `height` points on a row; the tallest request wins. */
  height(row: number, height: number): void {
    this.heights.set(row, Math.max(height, this.heights.get(row) ?? 0));
  }

  /** The values, rectangular over `width` columns. */
  private values(width: number): SpecValue[][] {
    return Array.from({ length: this.rows.length }, (_, r) =>
      Array.from({ length: width }, (_, c) => this.rows[r]?.[c] ?? EMPTY),
    );
  }

  build(
    parts: Omit<SheetSpec, "values" | "styles" | "merges" | "rowHeights"> & { width: number },
  ): SheetSpec {
    const { width, ...rest } = parts;
    return {
      ...rest,
      values: this.values(width),
      styles: this.styleList,
      merges: this.mergeList,
      rowHeights: [...this.heights.entries()]
        .filter(([, height]) => height !== LINE_HEIGHT)
        .sort(([a], [b]) => a - b)
        .map(([row, height]) => ({ row, height })),
    };
  }
}
