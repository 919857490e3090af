// Where rows and columns go when one of the add-in's tables is written again: rows keep their
// places, new keys take freed rows first, rows of gone keys are cleared; users' columns stay where
// they are and are never written; a rebuild lays rows out one after the other.

import fc from "fast-check";
import { consecutiveRows, placeRows } from "../../src/workbook/row-placement";
import { keepRanges, placeTable, type ExistingTable } from "../../src/workbook/table-placement";

describe("placeRows", () => {
  test.each([
    {
      name: "unchanged keys keep their rows",
      existing: [
        ["G1", 12],
        ["G2", 13],
      ] as const,
      wanted: ["G1", "G2"],
      rows: { G1: 12, G2: 13 },
      cleared: [],
    },
    {
      name: "a new key takes the row a deleted key left",
      existing: [
        ["G1", 12],
        ["G2", 13],
        ["G3", 14],
      ] as const,
      wanted: ["G1", "G3", "G4"],
      rows: { G1: 12, G3: 14, G4: 13 },
      cleared: [],
    },
    {
      name: "a deleted key's row is cleared when nothing takes it",
      existing: [
        ["G1", 12],
        ["G2", 13],
      ] as const,
      wanted: ["G2"],
      rows: { G2: 13 },
      cleared: [12],
    },
    {
      name: "new keys are appended after the last row in use",
      existing: [["G1", 12]] as const,
      wanted: ["G1", "G2", "G3"],
      rows: { G1: 12, G2: 13, G3: 14 },
      cleared: [],
    },
  ])("$name", ({ existing, wanted, rows, cleared }) => {
    const placed = placeRows(new Map(existing), wanted, 12);
    expect(Object.fromEntries(placed.rowOf)).toEqual(rows);
    expect(placed.cleared).toEqual(cleared);
  });

  test("blank rows inside the table are filled before it grows", () => {
    const placed = placeRows(new Map([["G1", 12]]), ["G1", "G2"], 12, [13, 14]);
    expect(placed.rowOf.get("G2")).toBe(13);
    expect(placed.cleared).toEqual([14]);
  });

  test("property: every wanted key gets its own row; existing keys never move; nothing lands on a kept row twice", () => {
    const keys = fc.uniqueArray(fc.constantFrom("G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8"), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        keys,
        keys,
        fc.uniqueArray(fc.integer({ min: 2, max: 30 }), { maxLength: 8 }),
        (before, after, rows) => {
          const existing = new Map(before.map((k, i) => [k, rows[i] ?? 40 + i]));
          const placed = placeRows(existing, after, 2);
          const used = [...placed.rowOf.values()];
          expect(new Set(used).size).toBe(used.length);
          for (const key of after) {
            expect(placed.rowOf.has(key)).toBe(true);
            const old = existing.get(key);
            if (old !== undefined) expect(placed.rowOf.get(key)).toBe(old);
          }
          for (const row of placed.cleared) expect(used).not.toContain(row);
          // Every row a gone key held is either reused or cleared.
          for (const [key, row] of existing)
            if (!after.includes(key)) expect([...used, ...placed.cleared]).toContain(row);
        },
      ),
      { numRuns: 400 },
    );
  });

  test("a rebuild lays the keys out one after the other", () => {
    expect(Object.fromEntries(consecutiveRows(["G3", "G1"], 12).rowOf)).toEqual({ G3: 12, G1: 13 });
  });
});

describe("placeTable", () => {
  type K = "id" | "name" | "target";
  const existing: ExistingTable<K> = {
    headerRow: 11,
    left: 1,
    right: 5,
    bottom: 13,
    // Users moved "target" to column 2 and added "Budget" (3) and "Notiz" (5).
    columns: new Map<K, number>([
      ["id", 1],
      ["target", 2],
      ["name", 4],
    ]),
    userColumns: [
      { column: 3, header: "Budget" },
      { column: 5, header: "Notiz" },
    ],
    rows: new Map([
      ["G1", 12],
      ["G2", 13],
    ]),
    blankRows: [],
    userCells: new Map(),
  };

  test("in place: the add-in's columns where users moved them; users' columns kept, never written", () => {
    const placed = placeTable<K>(
      ["id", "name", "target"],
      existing,
      ["G2", "G1", "G3"],
      { headerRow: 11, left: 1 },
      true,
    );
    expect(["id", "name", "target"].map((k) => placed.columnOf(k as K))).toEqual([1, 4, 2]);
    expect(placed.rows.rowOf.get("G3")).toBe(14);
    expect(keepRanges(placed)).toEqual(["C11", "E11", "C12:C14", "E12:E14"]);
  });

  test("a column a newer layout adds is appended at the table's right edge", () => {
    const placed = placeTable<K | "owner">(
      ["id", "name", "target", "owner"],
      existing,
      ["G1"],
      { headerRow: 11, left: 1 },
      true,
    );
    expect(placed.columnOf("owner")).toBe(6);
    expect(placed.right).toBe(6);
  });

  test("a layout column whose cells belong to users: its header is the layout's, its cells are kept", () => {
    const placed = placeTable<K>(
      ["id", "name", "target"],
      existing,
      ["G1", "G2"],
      { headerRow: 11, left: 1 },
      true,
      ["target"],
    );
    expect(keepRanges(placed)).toEqual(["C11", "E11", "C12:C13", "E12:E13", "B12:B13"]);
  });

  test("a rebuild puts a moved table back at its place, columns in their order", () => {
    const moved = {
      ...existing,
      headerRow: 14,
      left: 2,
      right: 6,
      columns: new Map<K, number>([
        ["id", 2],
        ["target", 3],
        ["name", 5],
      ]),
      userColumns: [
        { column: 4, header: "Budget" },
        { column: 6, header: "Notiz" },
      ],
    };
    const placed = placeTable<K>(
      ["id", "name", "target"],
      moved,
      ["G1", "G2"],
      { headerRow: 11, left: 1 },
      false,
    );
    expect(placed.headerRow).toBe(11);
    expect(placed.left).toBe(1);
    expect(["id", "target", "name"].map((k) => placed.columnOf(k as K))).toEqual([1, 2, 4]);
    expect(placed.userColumns).toEqual([
      { column: 3, header: "Budget" },
      { column: 5, header: "Notiz" },
    ]);
    expect(Object.fromEntries(placed.rows.rowOf)).toEqual({ G1: 12, G2: 13 });
  });
});
