// An in-memory workbook over the port for the write-back tests: a written SheetSpec becomes the
// grid a host would read back (values as Excel holds them, number formats from the styles, the
// table and the defined names), without exceljs.

import { excelSerialFromIso } from "../../src/domain/dates";
import {
  parseRange,
  PortError,
  withKeptCells,
  type CellValue,
  type Collaboration,
  type GridCell,
  type NamedRange,
  type SheetGrid,
  type SheetInfo,
  type SheetSpec,
  type SheetWrite,
  type SpecValue,
  type WorkbookPort,
} from "../../src/sheet";
import { gridFromRows } from "../support/grids";

function cellValue(value: SpecValue): CellValue {
  switch (value.kind) {
    case "text":
      return value.text === "" ? null : value.text;
    case "number":
    case "boolean":
      return value.value;
    case "date":
      return excelSerialFromIso(value.iso);
    case "formula":
      return value.result ?? null;
    case "empty":
      return null;
  }
}

/** The grid a host reads back after rendering `spec` (as the xlsx host renders it). */
export function gridFromSpec(spec: SheetSpec): SheetGrid {
  const width = spec.values.reduce((w, row) => Math.max(w, row.length), 0);
  const cells: GridCell[][] = spec.values.map((row) =>
    Array.from({ length: width }, (_, c): GridCell => {
      const value = row[c] ?? { kind: "empty" };
      return { value: cellValue(value), format: value.kind === "date" ? "yyyy-mm-dd" : "General" };
    }),
  );
  for (const { range, style } of spec.styles) {
    if (style.numberFormat === undefined) continue;
    const area = parseRange(range);
    if (!area) throw new Error(`bad range ${range}`);
    for (let r = area.top; r <= Math.min(area.bottom, cells.length); r++) {
      for (let c = area.left; c <= Math.min(area.right, width); c++) {
        const cell = cells[r - 1]?.[c - 1];
        if (cell) cells[r - 1]![c - 1] = { ...cell, format: style.numberFormat };
      }
    }
  }
  // Text stays text, whatever format a style gave its range (hosts give text cells "@").
  spec.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = cells[r]?.[c];
      if (value.kind === "text" && cell) cells[r]![c] = { ...cell, format: "@" };
    });
  });
  const table = spec.table ? parseRange(spec.table.range) : null;
  return gridFromRows(spec.name, cells, {
    tables: table && spec.table ? [{ name: spec.table.name, ...table, hasHeader: true }] : [],
    merges: spec.merges.flatMap((m) => parseRange(m) ?? []),
  });
}

export type MemoryWorkbook = WorkbookPort & {
  grids: Map<string, SheetGrid>;
  names: NamedRange[];
  written: SheetSpec[];
  /** Every writeSheets call: the mode of each sheet. */
  writes: { sheet: string; mode: SheetWrite["mode"] }[][];
  collaborating: Collaboration;
  rename(from: string, to: string): void;
};

/** Excel compares sheet names case-insensitively. */
function find(sheets: ReadonlyMap<string, SheetGrid>, name: string): SheetGrid | undefined {
  const lower = name.toLowerCase();
  for (const grid of sheets.values()) if (grid.name.toLowerCase() === lower) return grid;
  return undefined;
}

/** An in-memory host over the port; it throws the port's coded errors like every host. */
export function memoryWorkbook(
  grids: readonly SheetGrid[] = [],
  names: readonly NamedRange[] = [],
): MemoryWorkbook {
  const sheets = new Map(grids.map((g) => [g.name, g]));
  const book: MemoryWorkbook = {
    grids: sheets,
    names: [...names],
    written: [],
    writes: [],
    collaborating: "inactive",
    listSheets: () =>
      Promise.resolve(
        [...sheets.values()].map((g): SheetInfo => ({
          name: g.name,
          visible: g.visible,
          tables: g.tables.map((t) => t.name),
        })),
      ),
    readSheet: (name) => {
      const grid = find(sheets, name);
      return grid ? Promise.resolve(grid) : Promise.reject(new PortError("sheetNotFound", { sheet: name }));
    },
    listNames: () => Promise.resolve([...book.names]),
    writeSheet: (spec, { replace }) => {
      const existing = find(sheets, spec.name);
      if (existing && !replace)
        return Promise.reject(new PortError("sheetExists", { operation: "write", sheet: existing.name }));
      const grid = gridFromSpec(spec);
      if (existing) {
        // Replaced in place: same position in the tab order.
        const entries = [...sheets.entries()].map(([k, g]): [string, SheetGrid] =>
          k === existing.name ? [spec.name, grid] : [k, g],
        );
        sheets.clear();
        for (const [k, g] of entries) sheets.set(k, g);
      } else sheets.set(spec.name, grid);
      for (const n of spec.names) {
        book.names = book.names.filter((old) => old.name.toLowerCase() !== n.name.toLowerCase());
        book.names.push({ name: n.name, sheet: spec.name, address: n.range });
      }
      book.written.push(spec);
      return Promise.resolve({ skipped: [] });
    },
    writeSheets: async (writes) => {
      for (const w of writes) {
        if (w.mode === "create" && sheets.has(w.spec.name))
          throw new PortError("sheetExists", { operation: "write", sheet: w.spec.name });
        // The sheet changed since the caller read it (a test's co-author replaced the grid).
        if (w.mode === "update" && sheets.get(w.spec.name) !== w.expected)
          throw new PortError("changedMeanwhile", { operation: "write", sheet: w.spec.name });
        if (w.mode === "replace" && book.collaborating !== "inactive")
          throw new PortError("collaborating", { operation: "write", sheet: w.spec.name });
      }
      book.writes.push(writes.map((w) => ({ sheet: w.spec.name, mode: w.mode })));
      for (const w of writes) {
        const current = sheets.get(w.spec.name);
        // Users' cells stay as they are (the sheet is rendered in full, like the xlsx host).
        const spec = w.mode === "update" && current ? withKeptCells(w.spec, current, w.keep) : w.spec;
        await book.writeSheet(spec, { replace: w.mode !== "create" });
      }
      return { skipped: [] };
    },
    collaboration: () => Promise.resolve(book.collaborating),
    watch: () => Promise.resolve(() => Promise.resolve()),
    activate: (sheet) => {
      const grid = find(sheets, sheet);
      if (!grid) return Promise.reject(new PortError("sheetNotFound", { operation: "activate", sheet }));
      if (!grid.visible)
        return Promise.reject(new PortError("sheetHidden", { operation: "activate", sheet: grid.name }));
      return Promise.resolve();
    },
    rename: (from, to) => {
      const grid = sheets.get(from);
      if (!grid) throw new Error(`no sheet ${from}`);
      sheets.delete(from);
      sheets.set(to, { ...grid, name: to });
      book.names = book.names.map((n) => (n.sheet === from ? { ...n, sheet: to } : n));
    },
  };
  return book;
}
