// The contract every WorkbookPort host meets: the same workbook gives the same grids, sheets and
// names, and the same SheetSpec renders to the same values, number formats, table and names as seen
// through the host's own read side. Run by test/hosts/contract/*.test.ts for each host.

import {
  date,
  EMPTY,
  PortError,
  num,
  text,
  type CellValue,
  type GridCell,
  type NamedRange,
  type SheetGrid,
  type SheetSpec,
  type SpecValue,
  type WorkbookPort,
  type WorkbookReader,
} from "../../../src/sheet";
import { denseCells } from "../../support/dense-grid";
import { gridFromRows, shiftGrid } from "../../support/grids";

export type ContractCell = CellValue | GridCell;

export type ContractSheet = {
  name: string;
  visible?: boolean;
  /** Row and column (1-based) of rows[0][0]. */
  firstRow?: number;
  firstColumn?: number;
  rows: readonly (readonly ContractCell[])[];
  hiddenRows?: readonly number[];
  /** Tables with a header row; `range` is an A1 range on this sheet. */
  tables?: readonly { name: string; range: string }[];
  /** Workbook-scoped names of ranges on this sheet. */
  names?: readonly { name: string; range: string }[];
};

export type ContractWorkbook = { sheets: readonly ContractSheet[] };

export type ContractHost = {
  port: WorkbookPort;
  /** The workbook as persisted, read again (Office: the same workbook; xlsx: saved and re-opened). */
  readBack(): Promise<WorkbookReader>;
};

export type MakeHost = (initial: ContractWorkbook) => Promise<ContractHost>;

const g = (value: CellValue, format = "General"): GridCell => ({ value, format });
const err = (value: string): GridCell => ({ value, format: "General", error: true });
const E: GridCell = { value: null, format: "General" };

/** Accounts from C3, with a title row above a table, an error, a hidden row and dates. */
export const ACCOUNTS: ContractSheet = {
  name: "Accounts",
  firstRow: 3,
  firstColumn: 2,
  rows: [
    ["Key accounts 2026"],
    ["ID", "Name", "Revenue", "Share", "Since", "Check"],
    ["K-1001", "Acme GmbH", 1250000, g(0.315, "0.0%"), g(45292, "dd.mm.yyyy"), err("#N/A")],
    ["K-1002", "Beta AG", 980000.5, g(0.2, "0.0%"), g(44927, "dd.mm.yyyy"), true],
    ["K-1003", "Gamma Ltd", 0, g(0, "0.0%"), null, false],
    ["K-1004", "Delta SE", -15, g(1, "0.0%"), g(45658, "dd.mm.yyyy"), "n/a"],
  ],
  hiddenRows: [7],
  tables: [{ name: "AccountList", range: "B4:G8" }],
  names: [{ name: "AccountIds", range: "B5:B8" }],
};

export const NOTES: ContractSheet = { name: "Notes", rows: [["free text"], [null, 42]] };
export const HIDDEN: ContractSheet = { name: "Old", visible: false, rows: [["x"]] };
export const EMPTY_SHEET: ContractSheet = { name: "Empty", rows: [] };

export const INITIAL: ContractWorkbook = { sheets: [ACCOUNTS, NOTES, HIDDEN, EMPTY_SHEET] };

const EXPECTED_ACCOUNTS: SheetGrid = shiftGrid(
  gridFromRows(
    "Accounts",
    [
      [g("Key accounts 2026")],
      [g("ID"), g("Name"), g("Revenue"), g("Share"), g("Since"), g("Check")],
      [g("K-1001"), g("Acme GmbH"), g(1250000), g(0.315, "0.0%"), g(45292, "dd.mm.yyyy"), err("#N/A")],
      [g("K-1002"), g("Beta AG"), g(980000.5), g(0.2, "0.0%"), g(44927, "dd.mm.yyyy"), g(true)],
      [g("K-1003"), g("Gamma Ltd"), g(0), g(0, "0.0%"), E, g(false)],
      [g("K-1004"), g("Delta SE"), g(-15), g(1, "0.0%"), g(45658, "dd.mm.yyyy"), g("n/a")],
    ],
    {
      hiddenRows: [5],
      tables: [{ name: "AccountList", top: 2, left: 1, bottom: 6, right: 6, hasHeader: true }],
    },
  ),
  3,
  2,
);

/** Strings a spreadsheet would otherwise turn into formulas or numbers. */
export const INJECTIONS = [
  '=HYPERLINK("http://evil.example","click")',
  "+cmd|' /C calc'!A0",
  "@SUM(A1:A2)",
  "-x",
  "=1+1",
  "00123",
  "1.5",
  "TRUE",
  "2026-01-31",
];

/** A small goal-sheet-like spec: title, header, typed rows, formats, a table, names, validation. */
export function contractSpec(name = "KAM Goals"): SheetSpec {
  const header = ["Goal", "Account", "Statement", "Target", "Share", "Deadline", "Done"].map(text);
  const rows: SpecValue[][] = [
    [
      text("G1"),
      text("K-1001"),
      text("Grow together"),
      num(5000000),
      num(0.35),
      date("2027-12-31"),
      { kind: "boolean", value: false },
    ],
    [
      text("G2"),
      text("K-1002"),
      text("00123"),
      num(1200.5),
      num(null),
      date("2028-06-30"),
      { kind: "boolean", value: true },
    ],
    [text("G3"), text("K-1003"), text('=HYPERLINK("x")'), num(0), num(0.1), EMPTY, EMPTY],
  ];
  return {
    name,
    values: [
      [text("KAM goals")],
      [],
      header,
      ...rows,
      [],
      [text("Total"), EMPTY, EMPTY, { kind: "formula", formula: "SUM(D4:D6)", result: 5001200.5 }],
    ],
    styles: [
      { range: "A1", style: { bold: true, fontSize: 16 } },
      { range: "A3:G3", style: { bold: true, fill: "#1F4E78", fontColor: "#FFFFFF" } },
      { range: "D4:D6", style: { numberFormat: "#,##0" } },
      { range: "E4:E6", style: { numberFormat: "0.0%" } },
      { range: "F4:F5", style: { numberFormat: "dd.mm.yyyy" } },
      { range: "C5", style: { fill: "#FFC7CE", fontColor: "#9C0006" } },
      { range: "D8", style: { numberFormat: "#,##0", bold: true } },
      { range: "A3:G6", style: { borderBottom: { style: "thin", color: "#BFBFBF" } } },
    ],
    columnWidths: [8, 10, 40, 14, 8, 12, 6],
    rowHeights: [{ row: 1, height: 24 }],
    merges: ["A1:C1"],
    freeze: { rows: 3, columns: 1 },
    table: { name: "KAM_Goals", range: "A3:G6", style: "TableStyleMedium2", showBandedRows: true },
    validations: [
      { range: "G4:G6", values: ["TRUE", "FALSE"], errorTitle: "Done?", errorMessage: "TRUE or FALSE" },
    ],
    names: [{ name: "KAM_Vision", range: "A1" }],
    print: { landscape: true, fitToWidth: true, repeatRows: "3:3" },
    tabColor: "#2E75B6",
  };
}

const EXPECTED_SPEC_CELLS: GridCell[][] = [
  [g("KAM goals", "@"), E, E, E, E, E, E],
  [E, E, E, E, E, E, E],
  [
    g("Goal", "@"),
    g("Account", "@"),
    g("Statement", "@"),
    g("Target", "@"),
    g("Share", "@"),
    g("Deadline", "@"),
    g("Done", "@"),
  ],
  [
    g("G1", "@"),
    g("K-1001", "@"),
    g("Grow together", "@"),
    g(5000000, "#,##0"),
    g(0.35, "0.0%"),
    g(46752, "dd.mm.yyyy"),
    g(false),
  ],
  [g("G2", "@"), g("K-1002", "@"), g("00123", "@"), g(1200.5, "#,##0"), E, g(46934, "dd.mm.yyyy"), g(true)],
  [g("G3", "@"), g("K-1003", "@"), g('=HYPERLINK("x")', "@"), g(0, "#,##0"), g(0.1, "0.0%"), E, E],
  [E, E, E, E, E, E, E],
  [g("Total", "@"), E, E, g(5001200.5, "#,##0"), E, E, E],
];

function byName(names: readonly NamedRange[]): NamedRange[] {
  return [...names].sort((a, b) => a.name.localeCompare(b.name));
}

export function describeWorkbookPortContract(hostName: string, makeHost: MakeHost): void {
  describe(`WorkbookPort contract: ${hostName}`, () => {
    describe("reading", () => {
      it("lists sheets in tab order with visibility and tables", async () => {
        const { port } = await makeHost(INITIAL);
        expect(await port.listSheets()).toEqual([
          { name: "Accounts", visible: true, tables: ["AccountList"] },
          { name: "Notes", visible: true, tables: [] },
          { name: "Old", visible: false, tables: [] },
          { name: "Empty", visible: true, tables: [] },
        ]);
      });

      it("reads numbers, text, dates, booleans, errors, hidden rows and a table from a used range not at A1", async () => {
        const { port } = await makeHost(INITIAL);
        expect(await port.readSheet("Accounts")).toEqual(EXPECTED_ACCOUNTS);
      });

      it("reads a sparse sheet and an empty one", async () => {
        const { port } = await makeHost(INITIAL);
        expect(await port.readSheet("Notes")).toEqual(gridFromRows("Notes", [["free text"], [null, 42]]));
        expect(await port.readSheet("Empty")).toEqual(gridFromRows("Empty", []));
      });

      it("reports a hidden sheet as not visible", async () => {
        const { port } = await makeHost(INITIAL);
        expect((await port.readSheet("Old")).visible).toBe(false);
      });

      it("lists workbook names that refer to one range", async () => {
        const { port } = await makeHost(INITIAL);
        expect(byName(await port.listNames())).toEqual([
          { name: "AccountIds", sheet: "Accounts", address: "B5:B8" },
        ]);
      });

      it("rejects reading a sheet that does not exist with the port's sheetNotFound", async () => {
        const { port } = await makeHost(INITIAL);
        const error: unknown = await port.readSheet("Nope").catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PortError);
        expect(error).toMatchObject({ code: "sheetNotFound", params: { sheet: "Nope" } });
      });

      it("rejects activating a sheet that does not exist with sheetNotFound", async () => {
        const { port } = await makeHost(INITIAL);
        await expect(port.activate("Nope")).rejects.toMatchObject({ code: "sheetNotFound" });
      });
    });

    describe("writing a SheetSpec", () => {
      it("renders values, number formats, the table and the names as the read side sees them", async () => {
        const host = await makeHost(INITIAL);
        await host.port.writeSheet(contractSpec(), { replace: false });
        const reader = await host.readBack();
        const grid = await reader.readSheet("KAM Goals");
        expect(grid.firstRow).toBe(1);
        expect(grid.firstColumn).toBe(1);
        expect(denseCells(grid)).toEqual(EXPECTED_SPEC_CELLS);
        expect(grid.tables).toEqual([
          { name: "KAM_Goals", top: 3, left: 1, bottom: 6, right: 7, hasHeader: true },
        ]);
        expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
        expect(byName(await reader.listNames())).toEqual([
          { name: "AccountIds", sheet: "Accounts", address: "B5:B8" },
          { name: "KAM_Vision", sheet: "KAM Goals", address: "A1" },
        ]);
        const sheets = await reader.listSheets();
        expect(sheets.map((s) => s.name)).toEqual(["Accounts", "Notes", "Old", "Empty", "KAM Goals"]);
        expect(sheets.find((s) => s.name === "KAM Goals")?.tables).toEqual(["KAM_Goals"]);
      });

      it("keeps text that looks like a formula, a command or a number as text", async () => {
        const host = await makeHost(INITIAL);
        const spec: SheetSpec = {
          ...contractSpec("Injection"),
          values: INJECTIONS.map((s) => [text(s)]),
          table: null,
          names: [],
          validations: [],
          merges: [],
          styles: [],
        };
        await host.port.writeSheet(spec, { replace: false });
        const grid = await (await host.readBack()).readSheet("Injection");
        expect(denseCells(grid).map((row) => row[0])).toEqual(INJECTIONS.map((s) => g(s, "@")));
      });

      it("writes text with control and bidi characters and reads it back exactly", async () => {
        // Users' goal texts may hold what a terminal would act on; the sheets keep them as typed.
        const texts = [
          "Kessler\u0007GmbH",
          "Back\bspace",
          "CR\rLF\nTab\t",
          "\u001b[2J\u001b]0;title\u0007",
          "\u202eGmbH Kessler",
          "_x0007_ literal",
          "nul\u0000byte",
        ];
        const host = await makeHost(INITIAL);
        const spec: SheetSpec = {
          ...contractSpec("Controls"),
          values: texts.map((s) => [text(s)]),
          table: null,
          names: [],
          validations: [],
          merges: [],
          styles: [],
        };
        await host.port.writeSheet(spec, { replace: false });
        const grid = await (await host.readBack()).readSheet("Controls");
        expect(denseCells(grid).map((row) => row[0]?.value)).toEqual(texts);
      });

      it("replace:true replaces only that sheet and keeps the other sheets identical", async () => {
        const host = await makeHost(INITIAL);
        await host.port.writeSheet(contractSpec(), { replace: false });
        const before = await host.readBack();
        const accounts = await before.readSheet("Accounts");
        const notes = await before.readSheet("Notes");
        const changed: SheetSpec = {
          ...contractSpec(),
          values: [[text("second version")], [], ...contractSpec().values.slice(2)],
        };
        await host.port.writeSheet(changed, { replace: true });
        const after = await host.readBack();
        expect((await after.listSheets()).map((s) => s.name)).toEqual([
          "Accounts",
          "Notes",
          "Old",
          "Empty",
          "KAM Goals",
        ]);
        expect(await after.readSheet("Accounts")).toEqual(accounts);
        expect(await after.readSheet("Notes")).toEqual(notes);
        const grid = await after.readSheet("KAM Goals");
        expect(denseCells(grid)[0]?.[0]).toEqual(g("second version", "@"));
        expect(grid.tables.map((t) => t.name)).toEqual(["KAM_Goals"]);
        expect(byName(await after.listNames()).map((n) => n.name)).toEqual(["AccountIds", "KAM_Vision"]);
      });

      it("replace:false on an existing sheet name rejects with sheetExists and changes nothing", async () => {
        const host = await makeHost(INITIAL);
        const before = await host.port.readSheet("Notes");
        const error: unknown = await host.port
          .writeSheet({ ...contractSpec("Notes"), table: null, names: [] }, { replace: false })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PortError);
        expect(error).toMatchObject({ code: "sheetExists", params: { sheet: "Notes" } });
        expect(await (await host.readBack()).readSheet("Notes")).toEqual(before);
        expect((await host.port.listSheets()).map((s) => s.name)).toEqual([
          "Accounts",
          "Notes",
          "Old",
          "Empty",
        ]);
      });

      it("writing the same spec twice gives the same sheet", async () => {
        const host = await makeHost(INITIAL);
        await host.port.writeSheet(contractSpec(), { replace: false });
        const first = await (await host.readBack()).readSheet("KAM Goals");
        await host.port.writeSheet(contractSpec(), { replace: true });
        expect(await (await host.readBack()).readSheet("KAM Goals")).toEqual(first);
      });
    });

    describe("writing several sheets as one (writeSheets)", () => {
      it("creates several sheets; a name that exists fails the whole write and creates none", async () => {
        const host = await makeHost(INITIAL);
        await host.port.writeSheets([
          { mode: "create", spec: contractSpec() },
          { mode: "create", spec: { ...contractSpec("Review"), table: null, names: [] } },
        ]);
        expect((await (await host.readBack()).listSheets()).map((s) => s.name)).toEqual([
          "Accounts",
          "Notes",
          "Old",
          "Empty",
          "KAM Goals",
          "Review",
        ]);
        const error: unknown = await host.port
          .writeSheets([
            { mode: "create", spec: { ...contractSpec("Fresh"), table: null, names: [] } },
            { mode: "create", spec: { ...contractSpec("Notes"), table: null, names: [] } },
          ])
          .catch((e: unknown) => e);
        expect(error).toMatchObject({ code: "sheetExists" });
        expect((await host.port.listSheets()).map((s) => s.name)).not.toContain("Fresh");
      });

      it("updates a sheet in place: the spec's cells, the table resized, users' cells in keep left as they are", async () => {
        const host = await makeHost(INITIAL);
        await host.port.writeSheet(contractSpec(), { replace: false });
        // A user's note in column H beside G1 (outside the add-in's columns).
        const read = await host.port.readSheet("KAM Goals");
        const base = contractSpec();
        const next: SheetSpec = {
          ...base,
          values: [
            ...base.values.slice(0, 3),
            [
              text("G1"),
              text("K-1001"),
              text("Grow together"),
              num(6000000),
              num(0.35),
              date("2027-12-31"),
              { kind: "boolean", value: false },
              text("spec says so"),
            ],
            ...base.values.slice(4, 6),
            [text("G4"), text("K-1004"), text("New"), num(7), num(null), EMPTY, EMPTY],
            [],
          ],
          table: {
            ...(base.table ?? { name: "KAM_Goals", style: "TableStyleMedium2", showBandedRows: true }),
            range: "A3:H7",
          },
        };
        await host.port.writeSheets([{ mode: "update", spec: next, keep: ["H4"], expected: read }]);
        const grid = await (await host.readBack()).readSheet("KAM Goals");
        const cells = denseCells(grid);
        expect(cells[3]?.[3]).toEqual(g(6000000, "#,##0"));
        expect(cells[6]?.[0]).toEqual(g("G4", "@"));
        // The kept cell is what it was (empty), not what the spec said; the old total row is gone.
        expect(cells[3]?.[7]?.value ?? null).toBeNull();
        expect(cells[7]?.every((c) => c.value === null) ?? true).toBe(true);
        expect(grid.tables).toEqual([
          { name: "KAM_Goals", top: 3, left: 1, bottom: 7, right: 8, hasHeader: true },
        ]);
      });

      it("says nobody else is editing a workbook no one shares, and lets a watch be stopped", async () => {
        const { port } = await makeHost(INITIAL);
        expect(await port.collaboration()).toBe("inactive");
        const stop = await port.watch(["Notes"], () => undefined);
        await stop();
      });
    });
  });
}
