// A1 addresses: column letters, cell and range references, sheet-qualified references.

export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new RangeError(`column must be ≥ 1, got ${column}`);
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new RangeError(`not a column: ${letters}`);
    n = n * 26 + (code - 64);
  }
  return n;
}

export type CellRef = { row: number; column: number };
export type RangeRef = { top: number; left: number; bottom: number; right: number };

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function rangeAddress(r: RangeRef): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

export function parseCell(address: string): CellRef | null {
  const m = CELL.exec(address.trim());
  if (!m?.[1] || !m[2]) return null;
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

export function parseRange(address: string): RangeRef | null {
  const [a = "", b = a] = address.split(":");
  const start = parseCell(a);
  const end = parseCell(b);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** Quotes a sheet name for use in a reference: 'KAM Goals'!A1. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits `'My Sheet'!$A$1:$B$2` into sheet and address. */
export function splitSheetReference(reference: string): { sheet: string; address: string } | null {
  const ref = reference.startsWith("=") ? reference.slice(1) : reference;
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return null;
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: ref.slice(bang + 1).replace(/\$/g, "") };
}
