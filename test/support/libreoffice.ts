// LibreOffice as an independent spreadsheet engine for tests: it opens an .xlsx, recalculates every
// formula (a private profile sets "recalculate on load: always" — by default it would show the cached
// results the writer stored) and saves each sheet as CSV with the raw values (full precision, "."
// decimals). One soffice run per workbook: batch many cases into one file.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

export const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Field separator 44 (,), text delimiter 34 ("), UTF-8, raw values (not as shown), every sheet (-1). */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The workbook's sheets after LibreOffice recalculated them: rows of cell texts (1-based rows → index + 1). */
export function recalculated(bytes: Uint8Array, sheets: readonly string[]): Map<string, string[][]> {
  const dir = mkdtempSync(path.join(tmpdir(), "kam-lo-calc-"));
  try {
    mkdirSync(path.join(dir, "profile", "user"), { recursive: true });
    writeFileSync(path.join(dir, "profile", "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
    const file = path.join(dir, "book.xlsx");
    writeFileSync(file, bytes);
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        CSV_FILTER,
        "--outdir",
        dir,
        file,
      ],
      { encoding: "utf8", timeout: 180_000, env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" } },
    );
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || String(run.error)}`);
    return new Map(
      sheets.map((sheet) => [sheet, parseCsv(readFileSync(path.join(dir, `book-${sheet}.csv`), "utf8"))]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
