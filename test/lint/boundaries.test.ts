// The folder boundaries are enforced by lint: a deliberate violation in each layer fails, and the
// imports the architecture allows pass. Linted as text at the path it would have, with the rules
// from eslint.boundaries.mjs (the same ones `npm run lint` applies).

import { spawnSync } from "node:child_process";
import path from "node:path";

const SCRIPT = path.join(__dirname, "lint-boundaries.mjs");

/** Messages per snippet, linted at its path with the project's boundary rules. */
function lint(cases: readonly (readonly [file: string, code: string])[]): string[][] {
  const run = spawnSync(process.execPath, [SCRIPT], {
    input: JSON.stringify(cases.map(([file, code]) => ({ file, code: `${code}\n` }))),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const VIOLATIONS: readonly (readonly [string, string])[] = [
  ["src/domain/x.ts", 'import { openWorkbook } from "../planner";'],
  ["src/domain/x.ts", 'import type { SheetGrid } from "../sheet";'],
  ["src/domain/x.ts", 'import { Workbook } from "exceljs";'],
  ["src/sheet/x.ts", 'import { SHEET_TEXT } from "../i18n/sheets";'],
  ["src/i18n/x.ts", 'import { openXlsx } from "../hosts/xlsx";'],
  ["src/workbook/x.ts", 'import { planFindings } from "../planner";'],
  ["src/planner/x.ts", 'import { openXlsx } from "../hosts/xlsx";'],
  ["src/hosts/office/x.ts", 'import { fold } from "../../domain/text";'],
  ["src/hosts/office/x.ts", 'import type { SheetGrid } from "../../sheet/grid";'],
  ["src/hosts/xlsx/x.ts", 'import { createOfficeHost } from "../office";'],
  ["src/cli/x.ts", 'import { readGoalSheet } from "../workbook/plan-sheets";'],
  ["src/cli/x.ts", 'import { writePlan } from "../planner/write";'],
  ["src/taskpane/x.ts", 'import { readPlanFromWorkbook } from "../workbook/plan-sheets";'],
  ["src/taskpane/steps/x.tsx", 'import { parseNumber } from "../../workbook/numbers";'],
  ["src/taskpane/x.ts", 'import { excelErrorCode } from "../hosts/office/errors";'],
  ["src/workbench/x.ts", 'import { loadBytes } from "../hosts/xlsx/exceljs-adapter";'],
  ["src/functions/x.ts", 'import { openWorkbook } from "../planner";'],
];

const ALLOWED: readonly (readonly [string, string])[] = [
  ["src/domain/x.ts", 'import { fold } from "./text";'],
  ["src/sheet/x.ts", 'import { dayNumber } from "../domain/dates";'],
  ["src/i18n/x.ts", 'import type { PortErrorCode } from "../sheet";'],
  ["src/workbook/x.ts", 'import { SHEET_TEXT } from "../i18n/sheets";'],
  ["src/planner/x.ts", 'import { readGoalSheet } from "../workbook/plan-sheets";'],
  ["src/hosts/xlsx/x.ts", 'import { PortError } from "../../sheet";'],
  ["src/cli/x.ts", 'import { openXlsx } from "../hosts/xlsx";'],
  ["src/cli/x.ts", 'import { planFindings } from "../planner";'],
  ["src/taskpane/boot.tsx", 'import { createOfficeHost } from "../hosts/office";'],
  ["src/workbench/x.ts", 'import { loadBytes } from "../hosts/xlsx";'],
  ["src/workbench/x.tsx", 'import { TaskPane } from "../taskpane/TaskPane";'],
];

describe("layer boundaries (domain ← sheet ← workbook ← planner ← cli / taskpane / workbench)", () => {
  const [violations, allowed] = [VIOLATIONS, ALLOWED].map((cases) => lint(cases)) as [string[][], string[][]];

  it.each(VIOLATIONS.map(([file, code], i) => [file, code, i] as const))(
    "%s: `%s` fails",
    (_file, _code, i) => {
      expect(violations[i]).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
    },
  );

  it.each(ALLOWED.map(([file, code], i) => [file, code, i] as const))(
    "%s: `%s` passes",
    (_file, _code, i) => {
      expect(allowed[i]).toEqual([]);
    },
  );
});
