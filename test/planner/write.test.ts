import { ValueType } from "exceljs";
import fc from "fast-check";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Language, Plan } from "../../src/domain/plan";
import type { SheetInfo } from "../../src/sheet/port";
import { openXlsx, type XlsxWorkbook } from "../../src/hosts/xlsx";
import { type GridCell, type SheetGrid } from "../../src/sheet/grid";
import { denseCells } from "../support/dense-grid";
import {
  openWorkbook,
  writePlan,
  type WriteOptions,
  type WritePlanResult,
  type WrittenPlan,
} from "../../src/planner";
import { planWrite } from "../../src/planner/write";
import type { SheetSpec, WorkbookPort } from "../../src/sheet";
import { memoryWorkbook, type MemoryWorkbook } from "../workbook/memory-workbook";
import { messyPlan, validPlan } from "../workbook/plan-arbitraries";
import { fromBytes, toBytes, userWorkbook } from "../support/xlsx-fixtures";
import { parseCsv } from "../support/libreoffice";
import { AS_OF, goal, OWASP_INJECTIONS, PLAN, textAt, valueAt } from "../workbook/write-fixtures";
import { columnLetter } from "../../src/sheet/a1";
import { goalColumn } from "../../src/workbook/goal-sheet";
import { reviewColumn } from "../../src/workbook/review-sheet";
import { gridFromRows } from "../support/grids";

const ACCOUNT_SHEET: SheetGrid = gridFromRows("Kunden", [
  ["Key Accounts"],
  [],
  ["Kunden-ID", "Kunde", "Umsatz", "Potenzial"],
  ["D-01", "Kessler Verpackungen GmbH", 1_850_000, 5_200_000],
  ["D-02", "Lindner Bau AG", 2_400_000, 2_900_000],
  ["D-03", "Ostsee Fisch eG", 760_000, 3_200_000],
]);

/** Opens the workbook through the planner, then writes the plan as every surface does. */
async function write(
  port: WorkbookPort,
  plan: Plan,
  language: Language = "de",
  asOf: string = AS_OF,
  options: WriteOptions = {},
): Promise<WrittenPlan> {
  const result = await attempt(port, plan, language, asOf, options);
  if (result.status !== "written") throw new Error(`not written: ${JSON.stringify(result.status)}`);
  return result;
}

async function attempt(
  port: WorkbookPort,
  plan: Plan,
  language: Language = "de",
  asOf: string = AS_OF,
  options: WriteOptions = {},
): Promise<WritePlanResult> {
  const opened = await openWorkbook(port);
  return writePlan(port, opened, plan, { language, asOf }, options);
}

async function storedPlan(port: WorkbookPort): Promise<Plan | undefined> {
  return (await openWorkbook(port)).stored?.plan;
}

const info = (name: string, tables: string[] = []): SheetInfo => ({ name, visible: true, tables });

// Which sheets are the add-in's is decided in src/workbook/ownership.ts (test/workbook/ownership.test.ts).
const NONE = { goal: null, review: null };

describe("planWrite: which sheets to write", () => {
  test("a workbook without the add-in's sheets gets new sheets under the localised names", () => {
    expect(planWrite([info("Kunden")], NONE, "de")).toEqual({
      goal: { name: "KAM-Ziele", replace: false, wanted: null },
      review: { name: "KAM-Review", replace: false, wanted: null },
    });
    expect(planWrite([info("Accounts")], NONE, "en").goal.name).toBe("KAM Goals");
  });

  test("the add-in's proven sheets are replaced, whatever users renamed them to", () => {
    const sheets = [info("Kunden"), info("Ziele 2027"), info("Für die GF")];
    expect(planWrite(sheets, { goal: "Ziele 2027", review: "Für die GF" }, "de")).toEqual({
      goal: { name: "Ziele 2027", replace: true, wanted: null },
      review: { name: "Für die GF", replace: true, wanted: null },
    });
  });

  test("a user's sheet with the wanted name is left alone: the add-in writes beside it", () => {
    const sheets = [info("KAM-Ziele", ["KAM_Goals"]), info("kam-ziele (2)"), info("KAM-Review")];
    expect(planWrite(sheets, NONE, "de")).toEqual({
      goal: { name: "KAM-Ziele (3)", replace: false, wanted: "KAM-Ziele" },
      review: { name: "KAM-Review (2)", replace: false, wanted: "KAM-Review" },
    });
  });
});

describe("writePlan over the port", () => {
  test("writes both sheets and reports them; the plan reads back", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    const result = await write(book, PLAN);
    expect(result).toMatchObject({
      goalSheet: "KAM-Ziele",
      reviewSheet: "KAM-Review",
      renamed: [],
      skipped: [],
    });
    // The very hidden settings sheet records which sheets are the add-in's.
    expect([...book.grids.keys()]).toEqual(["Kunden", "KAM-Ziele", "KAM-Review", "KAM-Planner"]);
    const stored = await storedPlan(book);
    expect(stored).toEqual(result.plan);
    expect(stored?.goals.map((g) => g.id)).toEqual(["G1", "G2", "G3"]);
  });

  test("beside a user's sheet of the same name: renamed, and the user's sheet is untouched", async () => {
    const users = gridFromRows("KAM-Ziele", [["Unsere eigenen Notizen"], ["=nicht anfassen"]]);
    const book = memoryWorkbook([ACCOUNT_SHEET, users]);
    const result = await write(book, PLAN);
    expect(result.renamed).toEqual([{ wanted: "KAM-Ziele", actual: "KAM-Ziele (2)" }]);
    expect(book.grids.get("KAM-Ziele")).toBe(users);
    expect(book.grids.get("Kunden")).toBe(ACCOUNT_SHEET);
    // The next write goes into the marked sheet, without a new rename.
    const again = await write(book, PLAN);
    expect(again.goalSheet).toBe("KAM-Ziele (2)");
    expect(again.renamed).toEqual([]);
    expect(book.written.filter((s) => s.name.startsWith("KAM-Ziele"))).toHaveLength(2);
  });

  test("a goal sheet users renamed is written in place", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    await write(book, PLAN);
    book.rename("KAM-Ziele", "Ziele GF-Runde");
    const result = await write(book, PLAN);
    expect(result.goalSheet).toBe("Ziele GF-Runde");
    expect(book.grids.has("KAM-Ziele")).toBe(false);
  });

  test("three-way: what users changed in Excel survives a write of the unchanged plan; their rows and columns stay where they are", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    const first = await write(book, PLAN);
    // Users edit the goal sheet in Excel: change G1's statement, add a column, add a row without id.
    const spec = first.specs.goal;
    const grid = book.grids.get("KAM-Ziele")!;
    const table = grid.tables[0]!;
    const cells = denseCells(grid);
    cells[11]![5] = { value: "In Excel geändert", format: "@" };
    const width = cells[0]!.length;
    const withColumn = cells.map((row, r) => {
      const extra =
        r === table.top - 1
          ? { value: "Budget", format: "@" }
          : r === table.top
            ? { value: 25_000, format: "#,##0" }
            : r === table.top + 2
              ? { value: "nur G3", format: "General" }
              : { value: null, format: "General" };
      return [...row.slice(0, width), extra];
    });
    const newRow: GridCell[] = withColumn[0]!.map(() => ({ value: null, format: "General" }));
    newRow[1] = { value: "D-03", format: "General" };
    newRow[5] = { value: "Ostsee Fisch: Kühlkette gemeinsam planen", format: "General" };
    newRow[width] = { value: "neu", format: "General" };
    withColumn.splice(table.bottom, 0, newRow);
    book.grids.set(
      "KAM-Ziele",
      gridFromRows(grid.name, withColumn, {
        tables: [{ ...table, right: table.right + 1, bottom: table.bottom + 1 }],
      }),
    );

    // The plan as it was written (nothing changed here): the sheet's changes win.
    const result = await write(book, PLAN);
    const goalSpec = result.specs.goal;
    expect(result.plan.goals.map((g) => g.id)).toEqual(["G1", "G2", "G3", "G4"]);
    expect(textAt(goalSpec, "F12")).toBe("In Excel geändert");
    expect(textAt(goalSpec, "A15")).toBe("G4");
    expect(textAt(goalSpec, "F15")).toBe("Ostsee Fisch: Kühlkette gemeinsam planen");
    expect(textAt(goalSpec, "C15")).toBe("Ostsee Fisch eG");
    expect(textAt(goalSpec, "V11")).toBe("Budget");
    expect(valueAt(goalSpec, "V12")).toEqual({ kind: "number", value: 25_000 });
    expect(textAt(goalSpec, "V14")).toBe("nur G3");
    expect(textAt(goalSpec, "V15")).toBe("neu");
    expect(goalSpec.table?.range).toBe("A11:V15");
    // The added goal is checked like the others.
    expect(textAt(goalSpec, "T15")).not.toBeNull();
    expect(spec.table?.range).toBe("A11:U14");
    expect(result.modes).toEqual({ "KAM-Ziele": "update", "KAM-Review": "update", "KAM-Planner": "update" });

    // And the next write changes nothing.
    const stored = await storedPlan(book);
    const again = await write(book, stored!);
    expect(again.specs).toEqual(result.specs);
  });

  test("property: write → read back → write again gives the same sheets (idempotent)", async () => {
    await fc.assert(
      fc.asyncProperty(messyPlan, fc.constantFrom<Language>("de", "en"), async (plan, language) => {
        const book = memoryWorkbook([ACCOUNT_SHEET]);
        const first = await write(book, plan, language);
        const stored = await storedPlan(book);
        expect(stored).not.toBeNull();
        const second = await write(book, stored!, language);
        expect(second.specs).toEqual(first.specs);
        expect(second.plan).toEqual(first.plan);
      }),
      { numRuns: 120 },
    );
  });

  test("property: writing the same plan twice changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(validPlan, fc.constantFrom<Language>("de", "en"), async (plan, language) => {
        const book = memoryWorkbook([ACCOUNT_SHEET]);
        const first = await write(book, plan, language);
        const second = await write(book, plan, language);
        expect(second.specs).toEqual(first.specs);
      }),
      { numRuns: 80 },
    );
  });

  test("the as-of date of the write stands in the sheets", async () => {
    const book: MemoryWorkbook = memoryWorkbook([ACCOUNT_SHEET]);
    const result = await write(book, { ...PLAN, asOf: null }, "de", "2027-01-15");
    expect(valueAt(result.specs.goal, "C2")).toEqual({ kind: "date", iso: "2027-01-15" });
    expect(result.plan.asOf).toBe("2027-01-15");
  });

  test("plan goals without an id get fresh ids that collide with nothing", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    const result = await write(book, {
      ...PLAN,
      goals: [goal({ id: "" }), goal({ id: "G2" }), goal({ id: " " })],
    });
    expect(result.plan.goals.map((g) => g.id)).toEqual(["G3", "G2", "G4"]);
  });
});

/** A user typing into a written sheet: one cell changes, tables and merges stay. */
function typeInto(book: MemoryWorkbook, sheet: string, row: number, column: number, cell: GridCell): void {
  const grid = book.grids.get(sheet)!;
  const cells = denseCells(grid);
  while (cells.length < row) cells.push([]);
  const line = cells[row - 1]!;
  while (line.length < column) line.push({ value: null, format: "General" });
  line[column - 1] = cell;
  book.grids.set(sheet, gridFromRows(sheet, cells, { tables: grid.tables, merges: grid.merges }));
}

const reviewRowOf = (spec: SheetSpec, id: string) =>
  spec.values.findIndex((row) => row[0]?.kind === "text" && row[0].text === id) + 1;

describe("progress and the manager's decisions across rewrites", () => {
  test("the manager's entries stay with their account, also when the account sheet is sorted", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    const first = await write(book, PLAN);
    const row = reviewRowOf(first.specs.review, "D-02");
    typeInto(book, "KAM-Review", row, reviewColumn("decision"), { value: "Ausbauen", format: "General" });
    typeInto(book, "KAM-Review", row, reviewColumn("reviewedOn"), { value: 46_357, format: "dd.mm.yyyy" });
    // The account sheet sorted by revenue: Lindner first.
    const cells = denseCells(ACCOUNT_SHEET);
    book.grids.set(
      "Kunden",
      gridFromRows("Kunden", [cells[0]!, cells[1]!, cells[2]!, cells[4]!, cells[3]!, cells[5]!]),
    );
    const second = await write(book, PLAN);
    const moved = reviewRowOf(second.specs.review, "D-02");
    // Rows keep their places in an update: the account's row, with the manager's entries.
    expect(moved).toBe(row);
    expect(textAt(second.specs.review, `${columnLetter(reviewColumn("decision"))}${moved}`)).toBe("Ausbauen");
    expect(valueAt(second.specs.review, `${columnLetter(reviewColumn("reviewedOn"))}${moved}`)).toEqual({
      kind: "number",
      value: 46_357,
    });
    // And writing again changes nothing.
    const third = await write(book, PLAN);
    expect(third.specs.review).toEqual(second.specs.review);
  });

  test("an actual a KAM typed into the goal sheet survives a rewrite from a plan file that does not state it", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    await write(book, PLAN);
    typeInto(book, "KAM-Ziele", 12, goalColumn("actual"), { value: 2_075_000, format: "General" });
    const again = await write(book, PLAN);
    expect(again.plan.goals[0]).toMatchObject({ id: "G1", actual: 2_075_000, start: AS_OF });
    expect(valueAt(again.specs.goal, `${columnLetter(goalColumn("actual"))}12`)).toEqual({
      kind: "number",
      value: 2_075_000,
    });
    // The review's cached attainment follows: (2,075,000 − 1,850,000) / (2,300,000 − 1,850,000).
    const row = reviewRowOf(again.specs.review, "D-01");
    expect(valueAt(again.specs.review, `${columnLetter(reviewColumn("attainment"))}${row}`)).toMatchObject({
      kind: "formula",
      result: 0.5,
    });
  });

  test('"actual from the account": the account sheet\'s revenue, dated the as-of date', async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    const plan: Plan = { ...PLAN, goals: [{ ...PLAN.goals[0]!, actualFromAccount: true }] };
    const result = await write(book, plan);
    expect(result.plan.goals[0]).toMatchObject({ actual: 1_850_000, actualDate: AS_OF });
    expect(result.plan.goals[0]?.actualFromAccount).toBeUndefined();
  });
});

describe("writePlan through the xlsx host", () => {
  /** The team's workbook: a messy account list, a hidden sheet, a profile, and a sheet of their own named KAM-Ziele. */
  async function teamWorkbook(): Promise<Uint8Array> {
    const workbook = userWorkbook();
    const own = workbook.addWorksheet("KAM-Ziele");
    own.getCell("A1").value = "Unsere Notizen zu Zielen";
    own.getCell("B2").value = { formula: "1+1", result: 2 };
    return toBytes(workbook);
  }

  async function gridsOf(port: XlsxWorkbook): Promise<Map<string, SheetGrid>> {
    const grids = new Map<string, SheetGrid>();
    for (const sheet of await port.listSheets()) grids.set(sheet.name, await port.readSheet(sheet.name));
    return grids;
  }

  const injected: Plan = {
    ...PLAN,
    vision: OWASP_INJECTIONS[0]!,
    goals: OWASP_INJECTIONS.map((payload, i) =>
      goal({ id: `G${i + 1}`, statement: payload, owner: payload, account: i === 0 ? "D-01" : payload }),
    ),
  };

  test("sheets users made keep every value and format; the add-in's sheets come after them", async () => {
    const port = await openXlsx(await teamWorkbook());
    const before = await gridsOf(port);
    const result = await write(port, injected);
    expect(result.renamed).toEqual([{ wanted: "KAM-Ziele", actual: "KAM-Ziele (2)" }]);
    const reopened = await openXlsx(await port.save());
    const after = await gridsOf(reopened);
    for (const [name, grid] of before) expect(after.get(name)).toEqual(grid);
    expect([...after.keys()]).toEqual([...before.keys(), "KAM-Ziele (2)", "KAM-Review", "KAM-Planner"]);
    // The plan reads back from the saved file, and writing it again changes nothing.
    const stored = await storedPlan(reopened);
    expect(stored).toEqual(result.plan);
    const again = await write(reopened, stored!);
    expect(again.specs).toEqual(result.specs);
    expect(again.renamed).toEqual([]);
  });

  test("injection strings are plain text cells in the saved file, never formulas", async () => {
    const port = await openXlsx(await teamWorkbook());
    await write(port, injected);
    const workbook = await fromBytes(await port.save());
    const sheet = workbook.getWorksheet("KAM-Ziele (2)")!;
    const formulas: string[] = [];
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type === ValueType.Formula) formulas.push(cell.address);
      });
    });
    // Only the add-in's own columns hold formulas: change, attainment, time elapsed, on track.
    const own = ["change", "attainment", "elapsed", "onTrack"] as const;
    const letters = own.map((key) => columnLetter(goalColumn(key)));
    expect(formulas.every((address) => letters.includes(address.replace(/\d+$/, "")))).toBe(true);
    expect(sheet.getCell("C4").value).toBe(OWASP_INJECTIONS[0]);
    OWASP_INJECTIONS.forEach((payload, i) => {
      const row = 12 + i;
      for (const column of ["F", columnLetter(goalColumn("owner"))]) {
        const cell = sheet.getCell(`${column}${row}`);
        expect(cell.type).toBe(ValueType.String);
        // XML turns a lone carriage return into a line feed; the text stays text either way.
        const value = typeof cell.value === "string" ? cell.value : null;
        expect(value?.replace(/\n/g, "\r")).toBe(payload.replace(/\n/g, "\r"));
      }
    });
  });

  const soffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
  if (!soffice) console.warn("soffice is not on PATH: skipping the LibreOffice formula-injection test");
  (soffice ? test : test.skip)(
    "LibreOffice shows injection strings as the literal text, not computed",
    async () => {
      const port = await openXlsx(await teamWorkbook());
      await write(port, injected);
      const dir = mkdtempSync(path.join(tmpdir(), "kam-lo-"));
      try {
        const file = path.join(dir, "team.xlsx");
        writeFileSync(file, await port.save());
        // Token 12 = -1: every sheet to its own CSV file (team-<sheet>.csv), formulas' values as shown.
        const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
        const run = spawnSync(
          "soffice",
          [
            `-env:UserInstallation=file://${dir}/profile`,
            "--headless",
            "--convert-to",
            filter,
            "--outdir",
            dir,
            file,
          ],
          { encoding: "utf8", timeout: 120_000 },
        );
        expect(run.status).toBe(0);
        const rows = parseCsv(readFileSync(path.join(dir, "team-KAM-Ziele (2).csv"), "utf8"));
        expect(rows[3]?.[2]).toBe(OWASP_INJECTIONS[0]);
        OWASP_INJECTIONS.forEach((payload, i) => {
          const row = rows[11 + i]!;
          for (const cell of [row[5], row[goalColumn("owner") - 1]]) {
            // A lone CR may come back as LF; "=1+1" must not come back as 2, HYPERLINK not as "y".
            expect(cell?.replace(/\r\n?/g, "\n")).toBe(payload.replace(/\r\n?/g, "\n"));
          }
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
