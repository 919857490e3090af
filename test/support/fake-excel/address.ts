// A1 addresses as Excel reads and writes them. Kept separate from src/workbook/a1.ts on purpose: the
// fake models Excel, and must not share the application's assumptions (or bugs).
// Range.address is sheet-qualified ("Sheet1!A1:B2"); sheet names that are not plain identifiers are
// quoted ("'My Sheet'!A1"); whole rows are "1:3", whole columns "A:C".

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 1-based, inclusive. */
export type Rect = { top: number; left: number; bottom: number; right: number };

export function columnLetters(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function validRow(r: number): boolean {
  return Number.isInteger(r) && r >= 1 && r <= MAX_ROWS;
}
function validColumn(c: number): boolean {
  return Number.isInteger(c) && c >= 1 && c <= MAX_COLUMNS;
}

function normalize(a: Rect): Rect {
  return {
    top: Math.min(a.top, a.bottom),
    bottom: Math.max(a.top, a.bottom),
    left: Math.min(a.left, a.right),
    right: Math.max(a.left, a.right),
  };
}

/** Parses "A1", "A1:B2", "$A$1", "A:C", "3:5" (no sheet part). Null when not an address. */
export function parseRect(address: string): Rect | null {
  const parts = address.trim().split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) return null;
  const [a = "", b = a] = parts;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca?.[1] && ca[2] && cb?.[1] && cb[2]) {
    const r = normalize({
      top: Number(ca[2]),
      left: columnIndex(ca[1]),
      bottom: Number(cb[2]),
      right: columnIndex(cb[1]),
    });
    return validRow(r.top) && validRow(r.bottom) && validColumn(r.left) && validColumn(r.right) ? r : null;
  }
  if (parts.length === 2) {
    const colA = COLUMN.exec(a);
    const colB = COLUMN.exec(b);
    if (colA?.[1] && colB?.[1]) {
      const r = normalize({
        top: 1,
        bottom: MAX_ROWS,
        left: columnIndex(colA[1]),
        right: columnIndex(colB[1]),
      });
      return validColumn(r.left) && validColumn(r.right) ? r : null;
    }
    const rowA = ROW.exec(a);
    const rowB = ROW.exec(b);
    if (rowA?.[1] && rowB?.[1]) {
      const r = normalize({ top: Number(rowA[1]), bottom: Number(rowB[1]), left: 1, right: MAX_COLUMNS });
      return validRow(r.top) && validRow(r.bottom) ? r : null;
    }
  }
  return null;
}

/** Splits an optional sheet part: "'My Sheet'!A1" → { sheet: "My Sheet", address: "A1" }. */
export function splitSheet(reference: string): { sheet: string | null; address: string } {
  const ref = reference.startsWith("=") ? reference.slice(1) : reference;
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { sheet: null, address: ref };
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheet, address: ref.slice(bang + 1) };
}

export function isWholeColumns(r: Rect): boolean {
  return r.top === 1 && r.bottom === MAX_ROWS;
}
export function isWholeRows(r: Rect): boolean {
  return r.left === 1 && r.right === MAX_COLUMNS;
}

/** "A1", "A1:B2", "A:C", "1:3" — optionally absolute ("$A$1:$B$2"). */
export function formatRect(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isWholeRows(r)) return `${d}${r.top}:${d}${r.bottom}`;
  if (isWholeColumns(r)) return `${d}${columnLetters(r.left)}:${d}${columnLetters(r.right)}`;
  const a = `${d}${columnLetters(r.left)}${d}${r.top}`;
  if (r.top === r.bottom && r.left === r.right) return a;
  return `${a}:${d}${columnLetters(r.right)}${d}${r.bottom}`;
}

const PLAIN_SHEET = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/;
const LOOKS_LIKE_REFERENCE = /^([A-Za-z]{1,3}\d+|[RrCc]\d*|[Rr]\d*[Cc]\d*)$/;

/** Quotes a sheet name the way Excel writes it in references. */
export function quoteSheetName(name: string): string {
  if (PLAIN_SHEET.test(name) && !LOOKS_LIKE_REFERENCE.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function qualified(sheetName: string, r: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(r, absolute)}`;
}

export function cellCount(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return intersect(a, b) !== null;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

export function inGrid(r: Rect): boolean {
  return validRow(r.top) && validRow(r.bottom) && validColumn(r.left) && validColumn(r.right);
}
