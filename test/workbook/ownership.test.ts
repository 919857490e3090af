// The one decision which sheets are the add-in's: proven by a token recorded in the very hidden
// settings sheet and carried by the sheet as a workbook name; never by a name a user can type.

import fc from "fast-check";
import { type NamedRange, type SheetGrid } from "../../src/sheet";
import {
  decideOwnership,
  newOwnerToken,
  ownerName,
  ownershipOfGrids,
  readOwnership,
  withOwnerEntries,
} from "../../src/workbook/ownership";
import { readSettings, settingsSheetSpec } from "../../src/workbook/settings-sheet";
import { gridFromSpec, memoryWorkbook } from "./memory-workbook";
import { gridFromRows } from "../support/grids";

const GOAL_TOKEN = "0123456789abcdef0123456789abcdef";
const REVIEW_TOKEN = "fedcba9876543210fedcba9876543210";

const sheet = (name: string, tables: string[] = [], rows: (string | number)[][] = [["x"]]): SheetGrid => ({
  ...gridFromRows(name, rows),
  tables: tables.map((t) => ({ name: t, top: 1, left: 1, bottom: 2, right: 3, hasHeader: true })),
});
const hidden = (grid: SheetGrid): SheetGrid => ({ ...grid, visible: false });
const name = (n: string, on: string, address = "A1"): NamedRange => ({ name: n, sheet: on, address });

const settings = (rows: (string | number)[][] = [], sheetName = "KAM-Planner"): SheetGrid =>
  hidden(sheet(sheetName, [], [["kam-planner-settings", 1], ...rows]));
const recording = settings([
  ["owner:goal", GOAL_TOKEN],
  ["owner:review", REVIEW_TOKEN],
]);
const PREVIOUS_VERSION_GOAL_NAMES = (on: string) => [
  name("KAM_GoalSheet", on),
  name("KAM_Vision", on, "B4"),
  name("KAM_Mission", on, "B5"),
];

type Case = [label: string, grids: SheetGrid[], names: NamedRange[], expected: Record<string, string | null>];

const CASES: Case[] = [
  [
    "a workbook without the add-in's sheets",
    [sheet("Kunden")],
    [],
    { settings: null, goal: null, review: null },
  ],
  [
    "proven: recorded tokens, carried as names by the (renamed) sheets",
    [sheet("Kunden"), recording, sheet("Unsere Ziele"), sheet("Für die GF")],
    [name(ownerName(GOAL_TOKEN), "Unsere Ziele"), name(ownerName(REVIEW_TOKEN), "Für die GF")],
    { settings: "KAM-Planner", goal: "Unsere Ziele", review: "Für die GF" },
  ],
  [
    "a user's table named like the goal table",
    [sheet("Kunden"), sheet("Notizen", ["KAM_Goals"])],
    [],
    { goal: null, review: null },
  ],
  [
    "a user's defined name like the sheet markers, pointing at the user's sheet",
    [sheet("Kunden"), sheet("Süd")],
    [name("KAM_GoalSheet", "Süd"), name("KAM_ReviewSheet", "Kunden")],
    { goal: null, review: null },
  ],
  [
    "marker and table, but not the vision and mission names the previous version wrote with them",
    [sheet("Ziele", ["KAM_Goals"])],
    [name("KAM_GoalSheet", "Ziele")],
    { goal: null },
  ],
  [
    "a marker that points away from A1",
    [sheet("Ziele", ["KAM_Goals"])],
    [name("KAM_GoalSheet", "Ziele", "C7"), name("KAM_Vision", "Ziele"), name("KAM_Mission", "Ziele")],
    { goal: null },
  ],
  [
    "the previous version's sheets (no records yet): recognised by everything written together",
    [sheet("KAM-Ziele", ["KAM_Goals"]), sheet("KAM-Review", ["KAM_Review"])],
    [...PREVIOUS_VERSION_GOAL_NAMES("KAM-Ziele"), name("KAM_ReviewSheet", "KAM-Review")],
    { goal: "KAM-Ziele", review: "KAM-Review" },
  ],
  [
    "a review marker and table without the previous version's goal sheet: a user's sheet",
    [sheet("Review", ["KAM_Review"])],
    [name("KAM_ReviewSheet", "Review")],
    { goal: null, review: null },
  ],
  [
    "once records exist, the previous version's markers prove nothing",
    [recording, sheet("Alt", ["KAM_Goals"]), sheet("Neu")],
    [...PREVIOUS_VERSION_GOAL_NAMES("Alt"), name(ownerName(GOAL_TOKEN), "Neu")],
    { goal: "Neu", review: null },
  ],
  [
    "a token name the settings sheet does not record (a sheet copied from another workbook)",
    [settings(), sheet("Kopie")],
    [name(ownerName(GOAL_TOKEN), "Kopie")],
    { goal: null },
  ],
  [
    "a recorded token no name carries (the user deleted the name)",
    [recording, sheet("KAM-Ziele", ["KAM_Goals"])],
    [],
    { goal: null, review: null },
  ],
  [
    "a malformed token proves nothing",
    [settings([["owner:goal", "123"]]), sheet("Ziele")],
    [name(ownerName("123"), "Ziele")],
    { goal: null },
  ],
  [
    "a user's sheet the settings marker name points at is not the settings sheet",
    [sheet("Parameter")],
    [name("KAM_Settings", "Parameter")],
    { settings: null },
  ],
  [
    "the settings sheet is proven by its marker key in A1 and a version in B1, whatever names say",
    [settings(), sheet("Parameter")],
    [name("KAM_Settings", "Parameter")],
    { settings: "KAM-Planner" },
  ],
  [
    "a visible sheet of another name with the key in A1 is no candidate",
    [sheet("Export", [], [["kam-planner-settings", 1]])],
    [],
    { settings: null },
  ],
  [
    "the key without a version number is not enough",
    [hidden(sheet("KAM-Planner", [], [["kam-planner-settings", "v"]]))],
    [],
    { settings: null },
  ],
];

describe("decideOwnership", () => {
  test.each(CASES)("%s", (_label, grids, names, expected) => {
    expect(ownershipOfGrids(grids, names)).toMatchObject(expected);
  });

  test("readOwnership through the port reads only the candidates and decides the same", async () => {
    for (const [, grids, names] of CASES) {
      const book = memoryWorkbook(grids, names);
      const read: string[] = [];
      const reader = { ...book, readSheet: (n: string) => (read.push(n), book.readSheet(n)) };
      const { ownership } = await readOwnership(reader);
      expect(ownership).toEqual(ownershipOfGrids(grids, names));
      for (const n of read)
        expect(
          grids.find((g) => g.name === n)?.visible === false ||
            /^KAM-Planner/i.test(n) ||
            names.some((x) => x.name === "KAM_Settings" && x.sheet === n),
        ).toBe(true);
    }
  });

  const VOCABULARY = [
    "KAM_Goals",
    "KAM_Review",
    "KAM_GoalSheet",
    "KAM_ReviewSheet",
    "KAM_Settings",
    "KAM_Vision",
    "KAM_Mission",
    "KAM_AsOf",
  ];

  test("property: the add-in's names and tables, however a user places them, never prove a sheet once records exist", () => {
    const userSheet = fc.record({
      name: fc.constantFrom("Kunden", "Süd", "KAM-Ziele", "KAM-Review", "KAM-Planner (2)", "Notizen"),
      tables: fc.subarray(["KAM_Goals", "KAM_Review", "Kunden"]),
      visible: fc.boolean(),
      a1: fc.constantFrom("Kunden-ID", "kam-planner-settings", "KAM-Ziele 2027"),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(userSheet, { selector: (s) => s.name, minLength: 1, maxLength: 5 }),
        fc.array(
          fc.record({
            n: fc.constantFrom(...VOCABULARY),
            at: fc.nat(),
            address: fc.constantFrom("A1", "B4"),
          }),
        ),
        (sheets, userNames) => {
          const grids = [
            recording,
            ...sheets.map((s) => ({ ...sheet(s.name, s.tables, [[s.a1, "Kessler"]]), visible: s.visible })),
          ];
          const names = userNames.map((u) => name(u.n, sheets[u.at % sheets.length]!.name, u.address));
          const ownership = ownershipOfGrids(grids, names);
          // No token names: nothing but the recorded settings sheet is the add-in's.
          expect(ownership).toMatchObject({ settings: "KAM-Planner", goal: null, review: null });
        },
      ),
    );
  });
});

describe("tokens and the settings rows that record them", () => {
  test("tokens are 128 random bits in hex, a different one each time", () => {
    const a = newOwnerToken();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newOwnerToken()).not.toBe(a);
  });

  test("the settings sheet written with records proves the sheets; rows this version does not know are kept in place", () => {
    const current = settings([
      ["columns:Alt", "{}"],
      ["base:G1", "r7"],
      ["owner:goal", "old"],
    ]);
    const { entries, rows } = readSettings(current);
    const spec = settingsSheetSpec(
      "KAM-Planner",
      withOwnerEntries(entries, { goal: GOAL_TOKEN, review: REVIEW_TOKEN }),
      rows,
    );
    const grid = hidden(gridFromSpec(spec));
    const cells = [...grid.rows.values()].map((r) => [...r.values()].map((c) => c.value));
    expect(cells).toEqual([
      ["kam-planner-settings", 1],
      ["columns:Alt", "{}"],
      ["base:G1", "r7"],
      ["owner:goal", GOAL_TOKEN],
      ["owner:review", REVIEW_TOKEN],
    ]);
    const names = [name(ownerName(GOAL_TOKEN), "Ziele"), name(ownerName(REVIEW_TOKEN), "Review")];
    expect(ownershipOfGrids([grid, sheet("Ziele"), sheet("Review")], names)).toMatchObject({
      goal: "Ziele",
      review: "Review",
    });
  });

  test("the decision needs no grid but the settings candidates'", () => {
    const grids = [recording, sheet("Ziele")];
    const asked: string[] = [];
    decideOwnership({
      sheets: grids.map((g) => ({ name: g.name, visible: g.visible, tables: [] })),
      names: [name(ownerName(GOAL_TOKEN), "Ziele")],
      grid: (n) => (asked.push(n), grids.find((g) => g.name === n)),
    });
    expect([...new Set(asked)]).toEqual(["KAM-Planner"]);
  });
});
