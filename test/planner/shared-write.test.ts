// Writing into a shared workbook through the planner (in-memory port): the base stored with every
// write, the three-way merge against the goal sheet as it stands, conflicts that stop the write,
// decisions, updates in place (rows and users' columns stay), the settings rows, and a write that
// is prepared again when the workbook changed between reading and writing.

import { baseOf } from "../../src/domain/fingerprint";
import type { Plan } from "../../src/domain/plan";
import {
  openWorkbook,
  writePlan,
  type WriteOptions,
  type WritePlanResult,
  type WrittenPlan,
} from "../../src/planner";
import { type GridCell, type SheetGrid } from "../../src/sheet/grid";
import { parseCell } from "../../src/sheet/a1";
import { readStoredBase } from "../../src/workbook/plan-base";
import { readSettings } from "../../src/workbook/settings-sheet";
import { denseCells } from "../support/dense-grid";
import { memoryWorkbook, type MemoryWorkbook } from "../workbook/memory-workbook";
import { AS_OF, goal, PLAN, textAt, valueAt } from "../workbook/write-fixtures";
import { gridFromRows } from "../support/grids";

const ACCOUNT_SHEET: SheetGrid = gridFromRows("Kunden", [
  ["Key Accounts"],
  [],
  ["Kunden-ID", "Kunde", "Umsatz", "Potenzial", "KAM"],
  ["D-01", "Kessler Verpackungen GmbH", 1_850_000, 5_200_000, "Anna Berg"],
  ["D-02", "Lindner Bau AG", 2_400_000, 2_900_000, "Tom Krause"],
  ["D-03", "Ostsee Fisch eG", 760_000, 3_200_000, "Anna Berg"],
]);

async function attempt(
  book: MemoryWorkbook,
  plan: Plan,
  options: WriteOptions = {},
): Promise<WritePlanResult> {
  const opened = await openWorkbook(book);
  return writePlan(book, opened, plan, { language: "de", asOf: AS_OF }, options);
}

async function write(book: MemoryWorkbook, plan: Plan, options: WriteOptions = {}): Promise<WrittenPlan> {
  const result = await attempt(book, plan, options);
  if (result.status !== "written") throw new Error(`not written: ${result.status}`);
  return result;
}

/** A co-author types into a cell of a sheet (replaces the grid, as Excel's change would). */
function type(book: MemoryWorkbook, sheet: string, address: string, value: GridCell["value"]): void {
  const grid = book.grids.get(sheet)!;
  const cells = denseCells(grid);
  const at = parseCell(address)!;
  while (cells.length < at.row) cells.push([]);
  const row = cells[at.row - 1]!;
  while (row.length < at.column) row.push({ value: null, format: "General" });
  row[at.column - 1] = {
    value,
    format: typeof value === "string" ? "@" : (row[at.column - 1]?.format ?? "General"),
  };
  book.grids.set(sheet, gridFromRows(sheet, cells, { tables: grid.tables, merges: grid.merges }));
}

const plan = (over: Partial<Plan> = {}): Plan => ({ ...PLAN, ...over });
const targetOf = (p: Plan, id: string) => p.goals.find((g) => g.id === id)?.target;

describe("the base stored with every write", () => {
  test("a write stores per-field fingerprints in the very hidden settings sheet; writing again does not touch them", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    const first = await write(book, PLAN, { writtenAt: "2026-12-01T10:22:00Z", writtenBy: "Anna Berg" });
    const settings = readSettings(book.grids.get("KAM-Planner")!);
    const stored = readStoredBase(settings.entries);
    expect(stored).toMatchObject({ writtenAt: "2026-12-01T10:22:00Z", writtenBy: "Anna Berg" });
    expect(stored?.base).toEqual(first.base);
    expect([...settings.entries.keys()]).toEqual(
      expect.arrayContaining(["base:plan", "base:fields", "base:goal:G1", "base:goal:G2", "base:goal:G3"]),
    );
    // Fingerprints, never values: a row is 70 characters whatever the statement's length.
    expect(settings.entries.get("base:goal:G1")).toMatch(/^[0-9a-z]{91}$/);
    await write(book, PLAN, { writtenAt: "2026-12-02T08:00:00Z" });
    expect(readStoredBase(readSettings(book.grids.get("KAM-Planner")!).entries)?.writtenAt).toBe(
      "2026-12-01T10:22:00Z",
    );
  });

  test("rows keep their places: a new goal's base row is appended, a deleted goal's row cleared", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    await write(book, PLAN);
    const before = readSettings(book.grids.get("KAM-Planner")!).rows;
    await write(book, plan({ goals: [...PLAN.goals.filter((g) => g.id !== "G2"), goal({ id: "G4" })] }));
    const after = readSettings(book.grids.get("KAM-Planner")!).rows;
    expect(after.get("base:goal:G1")).toBe(before.get("base:goal:G1"));
    expect(after.get("base:goal:G3")).toBe(before.get("base:goal:G3"));
    expect(after.has("base:goal:G2")).toBe(false);
    // G4 took the row G2 left.
    expect(after.get("base:goal:G4")).toBe(before.get("base:goal:G2"));
  });
});

describe("three-way merge on writing (kam write's base: the one stored in the workbook)", () => {
  test("the issue's scenario: a co-author changed G1's target, this write changes only the vision", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    await write(book, PLAN);
    type(book, "KAM-Ziele", "H12", 7_000_000);
    const result = await write(
      book,
      plan({ vision: "Unverzichtbarer Partner unserer Key Accounts, heute und morgen" }),
    );
    expect(targetOf(result.plan, "G1")).toBe(7_000_000);
    expect(valueAt(result.specs.goal, "H12")).toEqual({ kind: "number", value: 7_000_000 });
    expect(textAt(result.specs.goal, "C4")).toBe(
      "Unverzichtbarer Partner unserer Key Accounts, heute und morgen",
    );
  });

  test("the same field changed on both sides: nothing is written, the conflict names both values", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    await write(book, PLAN, { writtenAt: "2026-12-01T10:22:00Z", writtenBy: "Anna Berg" });
    type(book, "KAM-Ziele", "H12", 7_000_000);
    const writes = book.writes.length;
    const mine = plan({ goals: PLAN.goals.map((g) => (g.id === "G1" ? { ...g, target: 6_000_000 } : g)) });
    const result = await attempt(book, mine);
    expect(result.status).toBe("conflicts");
    if (result.status !== "conflicts") return;
    expect(result.conflicts).toEqual([
      {
        kind: "goalField",
        key: "goal:G1:target",
        id: "G1",
        field: "target",
        mine: 6_000_000,
        theirs: 7_000_000,
      },
    ]);
    expect(result.stored).toMatchObject({ writtenAt: "2026-12-01T10:22:00Z", writtenBy: "Anna Berg" });
    expect(book.writes).toHaveLength(writes);
    // Decided: mine for all (kam write --prefer mine), or per conflict.
    expect(targetOf((await write(book, mine, { decide: "mine" })).plan, "G1")).toBe(6_000_000);
    type(book, "KAM-Ziele", "H12", 8_000_000);
    const perField = await write(book, mine, { decide: new Map([["goal:G1:target", "theirs"]]) });
    expect(targetOf(perField.plan, "G1")).toBe(8_000_000);
  });

  test("a goal deleted in Excel stays deleted; deleted here and edited there is a conflict", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    await write(book, PLAN);
    // A co-author clears G2's row (every cell of it).
    for (const column of "ABCDEFGHIJKLMNOPQRSTU") type(book, "KAM-Ziele", `${column}13`, null);
    const kept = await write(book, PLAN);
    expect(kept.plan.goals.map((g) => g.id)).toEqual(["G1", "G3"]);
    type(book, "KAM-Ziele", "R12", "Chris Hall"); // the owner
    const result = await attempt(book, plan({ goals: PLAN.goals.filter((g) => g.id === "G3") }));
    expect(result.status === "conflicts" && result.conflicts.map((c) => c.key)).toEqual(["deleted:G1"]);
  });

  test("a statement over Excel's cell limit, cut in the sheet, does not read back as a change there", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    const long = plan({
      goals: PLAN.goals.map((g) => (g.id === "G2" ? { ...g, statement: "Kühlkette ".repeat(4_000) } : g)),
    });
    const first = await write(book, long);
    expect(String(textAt(first.specs.goal, "F13")).length).toBe(32_767);
    // A co-author raises G1's target; the plan file is written again unchanged.
    type(book, "KAM-Ziele", "H12", 7_000_000);
    const again = await attempt(book, long);
    expect(again.status).toBe("written");
    if (again.status !== "written") return;
    expect(targetOf(again.plan, "G1")).toBe(7_000_000);
    // The plan's full statement is what is written (and cut) again, not the cut one read back.
    expect(again.plan.goals.find((g) => g.id === "G2")?.statement).toBe("Kühlkette ".repeat(4_000));
  });

  test("the task pane's own base wins over the stored one (what it last read or wrote)", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    await write(book, PLAN);
    type(book, "KAM-Ziele", "H12", 7_000_000);
    // The pane read the workbook after the co-author's change: its base has 7,000,000.
    const opened = await openWorkbook(book);
    const paneBase = baseOf(opened.stored!.plan);
    const mine = plan({ goals: PLAN.goals.map((g) => (g.id === "G1" ? { ...g, target: 9_000_000 } : g)) });
    const result = await write(book, mine, { base: paneBase });
    expect(targetOf(result.plan, "G1")).toBe(9_000_000);
  });

  test("without any base (a workbook written before bases were stored) every difference is a conflict", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    await write(book, PLAN);
    book.grids.delete("KAM-Planner");
    book.names = book.names.filter((n) => n.name !== "KAM_Settings");
    const result = await attempt(book, plan({ mission: "Anders" }));
    expect(result.status === "conflicts" && result.conflicts.map((c) => c.key)).toEqual([
      "statement:mission",
    ]);
  });
});

describe("in place", () => {
  test("existing sheets are updated, never rebuilt; goal rows keep their places", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    const first = await write(book, PLAN);
    expect(first.modes).toEqual({ "KAM-Ziele": "create", "KAM-Review": "create", "KAM-Planner": "create" });
    const second = await write(book, plan({ goals: [PLAN.goals[2]!, PLAN.goals[0]!, goal({ id: "G4" })] }));
    expect(second.modes).toEqual({ "KAM-Ziele": "update", "KAM-Review": "update", "KAM-Planner": "update" });
    // G1 stays in row 12, G3 in row 14; G4 takes G2's row 13.
    expect([12, 13, 14].map((r) => textAt(second.specs.goal, `A${r}`))).toEqual(["G1", "G4", "G3"]);
  });

  test("a sheet whose table moved needs a rebuild: asked first, refused while others may be editing", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    await write(book, PLAN);
    // Users inserted a row above the table: it starts in row 12 now.
    const grid = book.grids.get("KAM-Ziele")!;
    const cells = denseCells(grid);
    cells.splice(5, 0, []);
    const table = grid.tables[0]!;
    book.grids.set(
      "KAM-Ziele",
      gridFromRows("KAM-Ziele", cells, { tables: [{ ...table, top: 12, bottom: 15 }] }),
    );
    const asked = await attempt(book, PLAN);
    expect(asked).toEqual({ status: "rebuildNeeded", sheets: ["KAM-Ziele"], collaboration: "inactive" });
    const rebuilt = await write(book, PLAN, { rebuild: true });
    expect(rebuilt.modes["KAM-Ziele"]).toBe("replace");
    expect(textAt(rebuilt.specs.goal, "A11")).toBe("Ziel-ID");

    book.collaborating = "unknown";
    book.grids.set(
      "KAM-Ziele",
      gridFromRows("KAM-Ziele", cells, { tables: [{ ...table, top: 12, bottom: 15 }] }),
    );
    expect(await attempt(book, PLAN)).toMatchObject({ status: "rebuildNeeded", collaboration: "unknown" });
    await expect(attempt(book, PLAN, { rebuild: true })).rejects.toMatchObject({ code: "collaborating" });
  });

  test("the review keeps an account's row and users' columns; a new account is appended", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    await write(book, PLAN);
    // The manager adds a column "Freigabe" to the review table and writes into it.
    const review = book.grids.get("KAM-Review")!;
    const table = review.tables[0]!;
    const cells = denseCells(review).map((row, r) =>
      r === table.top - 1
        ? [...row, { value: "Freigabe", format: "General" }]
        : r === table.top
          ? [...row, { value: "freigegeben", format: "General" }]
          : row,
    );
    book.grids.set(
      "KAM-Review",
      gridFromRows("KAM-Review", cells, { tables: [{ ...table, right: table.right + 1 }] }),
    );
    const withNewAccount = gridFromRows("Kunden", [
      ...denseCells(ACCOUNT_SHEET),
      [
        { value: "D-04", format: "General" },
        { value: "Neu AG", format: "General" },
        { value: 1, format: "General" },
        { value: 2, format: "General" },
      ],
    ]);
    book.grids.set("Kunden", withNewAccount);
    const result = await write(book, PLAN);
    expect(textAt(result.specs.review, "Y4")).toBe("Freigabe");
    expect(textAt(result.specs.review, "Y5")).toBe("freigegeben");
    expect(textAt(result.specs.review, "A5")).toBe("D-01");
    expect(textAt(result.specs.review, "A8")).toBe("D-04");
    expect(result.specs.review.table?.range).toBe("A4:Y8");
  });
});

describe("changed between reading and writing", () => {
  test("the write is prepared again with the co-author's change in it", async () => {
    const book = memoryWorkbook([ACCOUNT_SHEET]);
    await write(book, PLAN);
    const opened = await openWorkbook(book);
    // The co-author's change lands after the planner read the sheet, before it writes.
    const writeSheets = book.writeSheets.bind(book);
    let once = true;
    book.writeSheets = (writes) => {
      if (once) {
        once = false;
        type(book, "KAM-Ziele", "H13", 3_000_000);
      }
      return writeSheets(writes);
    };
    const result = await writePlan(book, opened, plan({ mission: "Neu" }), { language: "de", asOf: AS_OF });
    expect(result.status).toBe("written");
    if (result.status !== "written") return;
    expect(targetOf(result.plan, "G2")).toBe(3_000_000);
    expect(result.plan.mission).toBe("Neu");
  });
});
