import fc from "fast-check";
import type { DateLocale, DatePrecision } from "../../src/workbook/dates-text";
import { dateFromCell, parseDateText } from "../../src/workbook/dates-text";
import { excelSerialFromIso } from "../../src/domain/dates";

type Row = [text: string, locale: DateLocale, iso: string, precision: DatePrecision];

const READABLE: Row[] = [
  ["2027-12-31", "de", "2027-12-31", "day"],
  ["2027-12-31T00:00:00", "en", "2027-12-31", "day"],
  ["31.12.2027", "de", "2027-12-31", "day"],
  ["31.12.27", "de", "2027-12-31", "day"],
  ["1.3.2027", "de", "2027-03-01", "day"],
  ["1. 3. 2027", "de", "2027-03-01", "day"],
  ["31.12.2027 00:00", "de", "2027-12-31", "day"],
  ["31/12/2027", "en", "2027-12-31", "day"],
  ["31/12/2027", "de", "2027-12-31", "day"],
  ["12/31/2027", "en", "2027-12-31", "day"],
  ["03/04/2027", "en", "2027-04-03", "day"],
  ["03/04/2027", "de", "2027-04-03", "day"],
  ["31-12-2027", "auto", "2027-12-31", "day"],
  ["Dec 31, 2027", "en", "2027-12-31", "day"],
  ["December 31st 2027", "en", "2027-12-31", "day"],
  ["31 Dec 2027", "en", "2027-12-31", "day"],
  ["31-Dec-27", "en", "2027-12-31", "day"],
  ["31. Dezember 2027", "de", "2027-12-31", "day"],
  ["1. März 2027", "de", "2027-03-01", "day"],
  ["Dezember 2027", "de", "2027-12-31", "month"],
  ["Dez. 2027", "de", "2027-12-31", "month"],
  ["Feb 2028", "en", "2028-02-29", "month"],
  ["12/2027", "de", "2027-12-31", "month"],
  ["06.2027", "de", "2027-06-30", "month"],
  ["2027-06", "en", "2027-06-30", "month"],
  ["Q4 2027", "en", "2027-12-31", "quarter"],
  ["Q4/2027", "de", "2027-12-31", "quarter"],
  ["q1-2027", "de", "2027-03-31", "quarter"],
  ["4. Quartal 2027", "de", "2027-12-31", "quarter"],
  ["2. Quartal 2027", "de", "2027-06-30", "quarter"],
  ["3Q 2027", "en", "2027-09-30", "quarter"],
  ["2027-Q2", "en", "2027-06-30", "quarter"],
  ["Ende Q3 2027", "de", "2027-09-30", "quarter"],
  ["H1 2027", "en", "2027-06-30", "quarter"],
  ["2. Halbjahr 2027", "de", "2027-12-31", "quarter"],
  ["2027", "de", "2027-12-31", "year"],
  ["Ende 2027", "de", "2027-12-31", "year"],
  ["bis Ende 2027", "de", "2027-12-31", "year"],
  ["end of 2027", "en", "2027-12-31", "year"],
  ["by end of 2027", "en", "2027-12-31", "year"],
];

describe("parseDateText", () => {
  test.each(READABLE)("reads %p (%s)", (text, locale, iso, precision) => {
    expect(parseDateText(text, locale)).toEqual({ ok: true, iso, precision });
  });

  test.each([
    "31.02.2027",
    "29.02.2027",
    "32.01.2027",
    "13/13/2027",
    "2027-13-01",
    "13/2027",
    "Q5 2027",
    "Mitte 2027",
    "Anfang 2027",
    "irgendwann",
    "12345",
    "0042",
    "Smarch 2027",
    "31.12.",
  ])("invalid %p is unreadable", (text) => {
    expect(parseDateText(text, "de")).toEqual({ ok: false, empty: false });
  });

  test.each(["", "-", "k. A.", "n/a", "tbd", "offen"])("no-value %p is empty", (text) => {
    expect(parseDateText(text, "de")).toEqual({ ok: false, empty: true });
  });

  test("29 February in a leap year", () => {
    expect(parseDateText("29.02.2028", "de")).toEqual({ ok: true, iso: "2028-02-29", precision: "day" });
  });

  test("never throws", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseDateText(text, "auto");
      }),
    );
  });
});

describe("dateFromCell", () => {
  const serial = excelSerialFromIso("2027-12-31")!;
  test.each(["dd.mm.yyyy", "m/d/yy", "[$-407]d. mmmm yyyy", "yyyy-mm-dd hh:mm", "mmm yyyy", "DD.MM.YYYY;@"])(
    "a serial in a %p cell is a date",
    (format) => {
      expect(dateFromCell(serial, format)).toBe("2027-12-31");
    },
  );

  test.each(["General", "Standard", "0.00", '#,##0 "days"', "h:mm", "[h]:mm:ss", "0%", "@", '#,##0 "Tage"'])(
    "a serial in a %p cell is not a date",
    (format) => {
      expect(dateFromCell(serial, format)).toBeNull();
    },
  );

  test("a fractional serial (date and time) keeps the day", () => {
    expect(dateFromCell(serial + 0.75, "dd.mm.yyyy hh:mm")).toBe("2027-12-31");
  });
});
