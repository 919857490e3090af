// ISO calendar dates (`YYYY-MM-DD`) as plain strings; arithmetic in UTC days so no time zone
// or clock can shift a deadline.

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (Excel's day 0 in the 1900 date system) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25_569;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** `length` decimal digits of `text` from `at`, or -1. */
function digits(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    n = n * 10 + code;
  }
  return n;
}

/**
 * Year, month and day of a valid ISO date, else null. Parsed by hand and checked by arithmetic, not
 * through a Date: layouts and checks read the dates of 30,000 goals several times each. Years before
 * 100 are not dates here (Date.UTC would read them as 19xx).
 */
function isoParts(text: string): [number, number, number] | null {
  // Plan files and sheets deliver anything: a non-text is no date (and no crash).
  if (
    typeof text !== "string" ||
    text.length !== 10 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45
  )
    return null;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  if (y < 100 || mo < 1 || mo > 12 || d < 1) return null;
  const days = mo === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[mo - 1] ?? 0);
  return d <= days ? [y, mo, d] : null;
}

export function isIsoDate(text: string): boolean {
  return isoParts(text) !== null;
}

/** Days since 1970-01-01 for a valid ISO date, else null. */
export function dayNumber(iso: string): number | null {
  const parts = isoParts(iso);
  return parts === null ? null : Date.UTC(parts[0], parts[1] - 1, parts[2]) / MS_PER_DAY;
}

export function isoFromDayNumber(day: number): string {
  return new Date(Math.round(day) * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isoFromParts(year: number, month: number, day: number): string | null {
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  return isIsoDate(iso) ? iso : null;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier); null if either is invalid. */
export function daysBetween(from: string, to: string): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

/** Years from `from` to `to` as a fraction (365.25 days a year). */
export function yearsBetween(from: string, to: string): number | null {
  const days = daysBetween(from, to);
  return days === null ? null : days / 365.25;
}

export function addYears(iso: string, years: number): string | null {
  if (!isIsoDate(iso)) return null;
  const [y, mo, d] = iso.split("-").map(Number) as [number, number, number];
  // 29 February plus a year that is not a leap year ends on 28 February.
  const target = new Date(Date.UTC(y + years, mo - 1, 1));
  const lastDay = new Date(Date.UTC(y + years, mo, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function endOfYear(year: number): string {
  return `${String(year).padStart(4, "0")}-12-31`;
}

/** Excel serial day number (1900 date system) → ISO date. Serials below 61 predate 1 March 1900. */
export function isoFromExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  return isoFromDayNumber(Math.floor(serial) - EXCEL_EPOCH_OFFSET);
}

export function excelSerialFromIso(iso: string): number | null {
  const day = dayNumber(iso);
  return day === null ? null : day + EXCEL_EPOCH_OFFSET;
}

/**
 * The calendar date of `now` in the time zone of the machine or browser, as ISO `YYYY-MM-DD`: the
 * default as-of date. The domain never reads the clock; callers pass `new Date()`.
 */
export function todayIso(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
