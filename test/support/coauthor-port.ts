// A co-author for ports without one (the xlsx host in the task pane tests and the workbench's e2e
// page): `edit` changes a cell as another user would — later reads see it and watchers hear of it
// (source "remote"), unless the edit is `silent` (a change nobody announced, found only on writing).
// The edits stand over the port's own cells until a write puts the sheet down in full.

import {
  gridFromCells,
  parseCell,
  type CellValue,
  type SheetChange,
  type WorkbookPort,
} from "../../src/sheet";

export type Coauthor = {
  port: WorkbookPort;
  edit: (sheet: string, address: string, value: CellValue, options?: { silent?: boolean }) => void;
  /** Sheets the pane watches now. */
  watched: () => readonly string[];
};

export function withCoauthor(port: WorkbookPort): Coauthor {
  type Edit = { row: number; column: number; value: CellValue };
  const edits = new Map<string, Map<string, Edit>>();
  const watchers = new Set<{ sheets: readonly string[]; onChange: (change: SheetChange) => void }>();
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

  const wrapped: WorkbookPort = {
    ...port,
    listSheets: () => port.listSheets(),
    listNames: () => port.listNames(),
    readSheet: async (name) => {
      const grid = await port.readSheet(name);
      const own = [...edits].find(([sheet]) => same(sheet, name))?.[1];
      if (!own || own.size === 0) return grid;
      const cells = [...grid.rows].flatMap(([row, line]) =>
        [...line].map(([column, cell]) => ({ row, column, cell })),
      );
      for (const e of own.values())
        cells.push({ row: e.row, column: e.column, cell: { value: e.value, format: "General" } });
      return gridFromCells(grid.name, cells, {
        visible: grid.visible,
        hiddenRows: grid.hiddenRows,
        tables: grid.tables,
        merges: grid.merges,
      });
    },
    writeSheets: async (writes) => {
      const outcome = await port.writeSheets(writes);
      // The sheets are written in full from what was read (edits included): the edits are in them.
      for (const w of writes)
        for (const sheet of [...edits.keys()]) if (same(sheet, w.spec.name)) edits.delete(sheet);
      return outcome;
    },
    watch: (sheets, onChange) => {
      const watcher = { sheets, onChange };
      watchers.add(watcher);
      return Promise.resolve(() => {
        watchers.delete(watcher);
        return Promise.resolve();
      });
    },
  };

  return {
    port: wrapped,
    edit: (sheet, address, value, options = {}) => {
      const at = parseCell(address);
      if (!at) throw new Error(`not a cell: ${address}`);
      const own = edits.get(sheet) ?? new Map<string, Edit>();
      own.set(address, { row: at.row, column: at.column, value });
      edits.set(sheet, own);
      if (options.silent) return;
      for (const w of watchers) {
        if (!w.sheets.some((s) => same(s, sheet))) continue;
        setTimeout(() => {
          w.onChange({ sheet, address, source: "remote" });
        }, 0);
      }
    },
    watched: () => [...watchers].flatMap((w) => w.sheets),
  };
}
