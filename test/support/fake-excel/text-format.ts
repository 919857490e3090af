// Range.text: the displayed text of a cell. A deliberately small approximation of Excel's number
// formatting — General, fixed decimals, thousands grouping, percent, and day/month/year date codes —
// with the decimal and group separators of the display language (de: "1.234,50").

import type { ScalarValue } from "./coerce";

export type Separators = { decimal: string; group: string; true: string; false: string };

export function separatorsFor(language: string): Separators {
  return language.toLowerCase().startsWith("de")
    ? { decimal: ",", group: ".", true: "WAHR", false: "FALSCH" }
    : { decimal: ".", group: ",", true: "TRUE", false: "FALSE" };
}

function generalNumber(n: number, sep: Separators): string {
  const abs = Math.abs(n);
  let s: string;
  if (Number.isInteger(n) && abs < 1e11) s = String(n);
  else if (abs >= 1e11 || (abs > 0 && abs < 1e-9)) {
    s = n
      .toExponential(5)
      .replace(/\.?0+e/, "e")
      .replace("e", "E")
      .replace(/E\+?(-?)(\d)$/, "E+$10$2")
      .replace("E+-", "E-");
  } else s = String(Number(n.toPrecision(10)));
  return s.replace(".", sep.decimal);
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

function groupDigits(intPart: string, group: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function formatDate(serial: number, section: string): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const pad = (v: number): string => String(v).padStart(2, "0");
  return section.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d|"[^"]*"|\\./gi, (token) => {
    const t = token.toLowerCase();
    if (token.startsWith('"')) return token.slice(1, -1);
    if (token.startsWith("\\")) return token.slice(1);
    if (t === "yyyy") return String(y);
    if (t === "yy") return pad(y % 100);
    if (t === "mmmm") return MONTHS[m - 1] ?? "";
    if (t === "mmm") return (MONTHS[m - 1] ?? "").slice(0, 3);
    if (t === "mm") return pad(m);
    if (t === "m") return String(m);
    if (t === "dd") return pad(d);
    return String(d);
  });
}

function formatNumberSection(n: number, section: string, sep: Separators): string {
  const core = /[#0?][#0?,]*(\.[#0?]+)?/.exec(section);
  if (!core) return section.replace(/"([^"]*)"/g, "$1").replace(/\\(.)/g, "$1");
  const percent = section.includes("%");
  const value = percent ? n * 100 : n;
  const decimals = core[1] ? core[1].length - 1 : 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const [intPart = "0", fracPart] = fixed.split(".");
  const grouped = core[0].includes(",") ? groupDigits(intPart, sep.group) : intPart;
  const formatted = fracPart === undefined ? grouped : `${grouped}${sep.decimal}${fracPart}`;
  const before = section.slice(0, core.index);
  const after = section.slice(core.index + core[0].length);
  const literal = (s: string): string => s.replace(/"([^"]*)"/g, "$1").replace(/\\(.)/g, "$1");
  return `${value < 0 ? "-" : ""}${literal(before)}${formatted}${literal(after)}`;
}

/** The text Excel would display for a value in a cell with this number format. */
export function formatText(value: ScalarValue, numberFormat: string, sep: Separators): string {
  if (typeof value === "boolean") return value ? sep.true : sep.false;
  if (typeof value === "string") return value;
  const format = numberFormat
    .replace(/\[\$([^\]-]*)(-[^\]]*)?\]/g, "$1")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "");
  if (format === "General" || format === "@" || format.trim() === "") return generalNumber(value, sep);
  const sections = splitSections(format);
  let section = sections[0] ?? format;
  let n = value;
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    n = -value;
  } else if (value === 0 && sections[2] !== undefined) section = sections[2];
  const unquoted = section.replace(/"[^"]*"/g, "");
  if (/[dy]/i.test(unquoted) || (/m/i.test(unquoted) && !/[0#]/.test(unquoted)))
    return formatDate(n, section);
  if (section.trim() === "General") return generalNumber(n, sep);
  return formatNumberSection(n, section, sep);
}
