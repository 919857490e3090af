// Users' cells in an update (SheetWrite "update", `keep`): a host that writes cell by cell never
// touches them; a host that renders the whole sheet again (the xlsx host) renders them as the sheet
// holds them, so both end with the same cells.

import { cellAt, type SheetGrid } from "./grid";
import { cellAddress, parseRange } from "./a1";
import { EMPTY, num, text, type SheetSpec, type SpecValue, type StyledRange } from "./sheet-spec";

/** The spec with every cell inside `keep` taken from `grid` (value and number format). */
export function withKeptCells(spec: SheetSpec, grid: SheetGrid, keep: readonly string[]): SheetSpec {
  if (keep.length === 0) return spec;
  const values = spec.values.map((row) => [...row]);
  const styles: StyledRange[] = [...spec.styles];
  for (const address of keep) {
    const area = parseRange(address);
    if (!area) continue;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const cell = cellAt(grid, r, c);
        let value: SpecValue = EMPTY;
        if (typeof cell.value === "number") value = num(cell.value);
        else if (typeof cell.value === "boolean") value = { kind: "boolean", value: cell.value };
        else if (typeof cell.value === "string") value = text(cell.value);
        while (values.length < r) values.push([]);
        const row = values[r - 1] ?? [];
        while (row.length < c) row.push(EMPTY);
        row[c - 1] = value;
        values[r - 1] = row;
        if (typeof cell.value === "number" && cell.format !== "General")
          styles.push({ range: cellAddress(r, c), style: { numberFormat: cell.format } });
      }
    }
  }
  return { ...spec, values, styles };
}
