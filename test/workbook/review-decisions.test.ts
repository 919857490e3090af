import { type GridCell, type SheetGrid } from "../../src/sheet/grid";
import { findReviewSheet, managerKey, readManagerEntries } from "../../src/workbook/review-decisions";
import { gridFromRows } from "../support/grids";

const cell = (value: GridCell["value"], format = "General"): GridCell => ({ value, format });

describe("reading the manager's entries back from the review sheet", () => {
  test("by header text in either language and any column order; rows without entries are skipped", () => {
    const grid = gridFromRows(
      "Für die GF",
      [
        ["KAM review"],
        [],
        [],
        ["Decision", "Account ID", "Account", "Notes", "am", "Geprüft von", "Next step"],
        ["Ausbauen", "D-01", "Kessler", "…", cell(46_357, "dd.mm.yyyy"), "M. Vogt", null],
        [null, "D-02", "Lindner", null, null, null, null],
        ["Halten", null, "Ostsee Fisch eG", null, null, null, "Termin"],
        ["Portfolio gesamt (3 Kunden)", null, null, null, null, null, null],
      ],
      { tables: [{ name: "KAM_Review", top: 4, left: 1, bottom: 7, right: 7, hasHeader: true }] },
    );
    const entries = readManagerEntries(grid);
    expect([...entries.keys()]).toEqual(["d-01", managerKey("Ostsee Fisch eG")]);
    expect(entries.get("d-01")).toEqual({
      account: "D-01",
      cells: {
        decision: cell("Ausbauen"),
        nextStep: null,
        reviewedBy: cell("M. Vogt"),
        reviewedOn: cell(46_357, "dd.mm.yyyy"),
      },
    });
    expect(entries.get(managerKey("ostsee fisch eg"))?.cells.nextStep).toEqual(cell("Termin"));
  });

  test("without the table the header row is found by its texts; a sheet without manager columns has none", () => {
    const grid = gridFromRows("KAM-Review", [
      ["Kunden-ID", "Kunde", "Entscheidung"],
      ["D-01", "Kessler", "Abgeben"],
    ]);
    expect(readManagerEntries(grid).get("d-01")?.cells.decision).toEqual(cell("Abgeben"));
    const old = gridFromRows("KAM-Review", [
      ["Kunden-ID", "Kunde", "Status"],
      ["D-01", "Kessler", "Rot"],
    ]);
    expect(readManagerEntries(old).size).toBe(0);
  });

  test("the review sheet is the one the add-in proves its own; a user's marked or tabled sheet is not", () => {
    const token = "fedcba9876543210fedcba9876543210";
    const settings: SheetGrid = {
      ...gridFromRows("KAM-Planner", [
        ["kam-planner-settings", 1],
        ["owner:review", token],
      ]),
      visible: false,
    };
    const owned = gridFromRows("Für die GF", [["x"]]);
    const tabled = gridFromRows("Review", [["Kunden-ID"]], {
      tables: [{ name: "KAM_Review", top: 1, left: 1, bottom: 1, right: 1, hasHeader: true }],
    });
    const marked = gridFromRows("Notizen", [["x"]]);
    const userMarker = { name: "KAM_ReviewSheet", sheet: "Notizen", address: "A1" };
    expect(
      findReviewSheet(
        [tabled, marked, owned, settings],
        [userMarker, { name: `KAM_Owned_${token}`, sheet: "Für die GF", address: "A1" }],
      )?.name,
    ).toBe("Für die GF");
    // Names a user can type prove nothing: no review sheet, so no manager's entries are taken from them.
    expect(findReviewSheet([tabled, marked], [userMarker])).toBeNull();
    expect(findReviewSheet([tabled, marked], [])).toBeNull();
  });
});
