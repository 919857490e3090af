// The hand-built corpus workbooks (workbooks.ts) as the xlsx host opens them: every account and
// every field's column read as expected, no finding beyond the expected ones, and a good plan per
// workbook that raises no error and no warning. Also: the committed files match the generator.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { accountJson, mappingJson } from "../../src/cli/json";
import { openXlsx } from "../../src/hosts/xlsx";
import {
  openWorkbook,
  parsePlanFile,
  planFindings,
  workbookFindings,
  type OpenedWorkbook,
} from "../../src/planner";
import { CORPORA, type ExpectedReading } from "./workbooks";

/** Numbers to 9 digits: a margin derived as 688000 / 2150000 equals 688 / 2150 up to rounding. */
function rounded(value: unknown): unknown {
  if (typeof value === "number") return Number(value.toPrecision(9));
  if (Array.isArray(value)) return value.map(rounded);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

describe.each(CORPORA.map((make) => make()))("corpus $name", (corpus) => {
  const dir = join(__dirname, corpus.name);
  const expected = JSON.parse(readFileSync(join(dir, "expected-reading.json"), "utf8")) as ExpectedReading;
  let opened: OpenedWorkbook;

  beforeAll(async () => {
    opened = await openWorkbook(await openXlsx(readFileSync(join(dir, corpus.file))));
  });

  test("the committed expectation is the generator's", () => {
    expect(rounded(expected)).toEqual(rounded(corpus.expected));
  });

  test("every account is read with every figure", () => {
    expect(rounded(opened.accounts.map(accountJson))).toEqual(rounded(expected.accounts));
  });

  test("every field is read from the expected column, with unit, year and reason", () => {
    const mapping = opened.mappings.map(mappingJson).map((m) => {
      const fields = m.fields as Record<string, Record<string, unknown>>;
      return {
        sheet: m.sheet,
        fields: Object.fromEntries(Object.entries(fields).map(([f, { unit: _unit, ...rest }]) => [f, rest])),
      };
    });
    expect(mapping).toEqual(expected.mapping);
  });

  test("reading finds nothing but the expected", () => {
    expect(workbookFindings(opened).map((f) => f.code)).toEqual(expected.findings);
  });

  test("a good plan raises no error and no warning", () => {
    const parsed = parsePlanFile(readFileSync(join(dir, "plan.json"), "utf8"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const findings = planFindings(opened, parsed.plan, {
      asOf: "2026-12-01",
      language: parsed.plan.language,
    });
    expect(
      findings.filter((f) => f.severity !== "info").map((f) => `${f.code} ${JSON.stringify(f.subject)}`),
    ).toEqual([]);
  });

  test("the workbook's language is its headers' language", () => {
    expect(opened.language).toBe(
      ["it-services", "engineering-uk", "key-accounts-us", "crm-export", "account-plan-uk"].includes(
        corpus.name,
      )
        ? "en"
        : "de",
    );
  });

  test("marketing's positioning is read as written", () => {
    if (corpus.positioning === undefined) return;
    expect(opened.positioning).toEqual(corpus.positioning);
  });
});
