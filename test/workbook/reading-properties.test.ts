// Properties of the reader: the order of a sheet's columns and columns it does not know never
// change what is read — in a plain list and in the industrial corpus's two-row header (whose
// groups move as blocks, as they do when a team rearranges a sheet) — and the corpus's good plan
// raises no error whichever way the sheet is arranged.

import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { accountJson } from "../../src/cli/json";
import { openXlsx } from "../../src/hosts/xlsx";
import { interpretWorkbook, parsePlanFile, planFindings, readWorkbook } from "../../src/planner";
import { cellAt, lastRow, type GridCell, type SheetGrid } from "../../src/sheet/grid";
import { readAccounts } from "../../src/workbook/read-accounts";
import { gridFromRows } from "../support/grids";

const UNKNOWN_HEADERS = [
  "Telefon",
  "E-Mail",
  "Ansprechpartner",
  "Webseite",
  "Phone",
  "Last visit",
  "Nächster Termin",
  "Lieferbedingungen",
];
const UNKNOWN_VALUES = [
  "040 123 456",
  "info@example.com",
  "Frau Meier",
  "www.example.com",
  null,
  "12.11.2026",
  "Incoterms FCA",
];

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** Column order: a permutation of n columns from random sort keys. */
const permutation = (n: number) =>
  fc.array(fc.double({ noNaN: true }), { minLength: n, maxLength: n }).map((keys) =>
    keys
      .map((k, i) => ({ k, i }))
      .sort((a, b) => a.k - b.k || a.i - b.i)
      .map((x) => x.i),
  );
const unknownColumns = fc.array(
  fc.record({
    header: fc.constantFrom(...UNKNOWN_HEADERS),
    at: fc.nat(),
    value: fc.constantFrom(...UNKNOWN_VALUES),
  }),
  { maxLength: 4 },
);

/** The accounts as `kam read --json` gives them, apart from where each was found. */
const figures = (grids: SheetGrid[]) => readAccounts(grids).accounts.map(accountJson);

describe("a plain list", () => {
  const HEADERS = [
    "Kunden-ID",
    "Kundenname",
    "Umsatz 2024 (T€)",
    "Umsatz 2025 (T€)",
    "Potenzial (T€)",
    "Marge absolut (T€)",
    "Marge %",
    "Beziehung (1-5)",
    "Abwanderungsrisiko",
    "KAM",
    "Sparten",
  ];
  const row = fc.record({
    id: fc.integer({ min: 1000, max: 9999 }).map((n) => `K-${n}`),
    name: fc.constantFrom("Alpha GmbH", "Beta AG", "Gamma KG", "Delta SE", "Epsilon eG"),
    revenue: fc.tuple(fc.integer({ min: 0, max: 9000 }), fc.integer({ min: 1, max: 9000 })),
    potential: fc.integer({ min: 0, max: 20000 }),
    margin: fc.integer({ min: 5, max: 45 }),
    relationship: fc.integer({ min: 1, max: 5 }),
    risk: fc.constantFrom("niedrig", "mittel", "hoch"),
    owner: fc.constantFrom("Anna Berg", "Tom Krause"),
    areas: fc.constantFrom("Antriebe", "Antriebe; Service", "Service; Ersatzteile; Antriebe"),
  });
  const cells = (r: ValueOf<typeof row>): (string | number | GridCell)[] => [
    r.id,
    r.name,
    r.revenue[0],
    r.revenue[1],
    r.potential,
    Math.round((r.revenue[1] * r.margin) / 100),
    { value: r.margin / 100, format: "0%" },
    r.relationship,
    r.risk,
    r.owner,
    r.areas,
  ];

  test("reordering columns or adding unknown columns never changes what is read", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 6 }),
        permutation(HEADERS.length),
        unknownColumns,
        (rows, order, unknown) => {
          const base = gridFromRows("Kunden", [HEADERS, ...rows.map(cells)]);
          const arranged = [HEADERS, ...rows.map(cells)].map((line, r) => {
            const out: (string | number | GridCell | null)[] = order.map((i) => line[i] ?? null);
            for (const u of unknown) out.splice(u.at % (out.length + 1), 0, r === 0 ? u.header : u.value);
            return out;
          });
          expect(figures([gridFromRows("Kunden", arranged)])).toEqual(figures([base]));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("the industrial corpus's two-row header", () => {
  const dir = join(__dirname, "../corpora/industrie");
  const planText = readFileSync(join(dir, "plan.json"), "utf8");
  let sheet: SheetGrid;
  let marketing: SheetGrid;

  beforeAll(async () => {
    const snapshot = await readWorkbook(
      await openXlsx(readFileSync(join(dir, "Kundenportfolio-Industrie.xlsx"))),
    );
    [sheet, marketing] = snapshot.grids as [SheetGrid, SheetGrid];
  });

  // The sheet's column blocks: "Stammdaten" A–E and "Umsatz & Marge (T€)" F–J with their group
  // label over the first column, then three labels merged down (K, L, M).
  const BLOCKS = [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11], [12], [13]];
  const GROUP_ROW = 4;
  const SUB_ROW = 5;

  type Column = { old: number; group: string | null } | { unknown: string; value: string | null };

  function arranged(
    blockOrder: number[],
    inner: number[][],
    unknown: ValueOf<typeof unknownColumns>,
  ): SheetGrid {
    const columns: Column[] = [];
    for (const b of blockOrder) {
      const block = BLOCKS[b] ?? [];
      const label = cellAt(sheet, GROUP_ROW, block[0] ?? 1).value;
      const order = (inner[b] ?? []).map((i) => block[i] ?? 1);
      order.forEach((old, i) =>
        columns.push({ old, group: block.length > 1 && i === 0 && typeof label === "string" ? label : null }),
      );
    }
    for (const u of unknown)
      columns.splice(u.at % (columns.length + 1), 0, { unknown: u.header, value: u.value });
    const rows: (GridCell | string | null)[][] = [];
    for (let r = 1; r <= lastRow(sheet); r++) {
      rows.push(
        columns.map((c): GridCell | string | null => {
          if ("unknown" in c)
            return r === SUB_ROW
              ? c.unknown
              : r > SUB_ROW && cellAt(sheet, r, 2).value !== null
                ? c.value
                : null;
          if (r === GROUP_ROW)
            return (
              c.group ??
              (BLOCKS.some((b) => b.length === 1 && b[0] === c.old) ? cellAt(sheet, r, c.old) : null)
            );
          return cellAt(sheet, r, c.old);
        }),
      );
    }
    return gridFromRows(sheet.name, rows);
  }

  const blockOrder = permutation(BLOCKS.length);
  const innerOrders = fc.tuple(...BLOCKS.map((b) => permutation(b.length)));

  test("rearranging the blocks and their columns, or adding unknown columns, never changes what is read", () => {
    const expected = figures([sheet]);
    expect(expected).toHaveLength(8);
    // Not vacuous: an arrangement does move the header cells.
    const moved = arranged([4, 3, 2, 1, 0], [[4, 3, 2, 1, 0], [4, 3, 2, 1, 0], [0], [0], [0]], []);
    expect([4, 5].map((r) => [1, 4, 9, 13].map((c) => cellAt(moved, r, c).value))).toEqual([
      ["Belieferte Sparten", "Umsatz & Marge (T€)", "Stammdaten", null],
      [null, "Marge %", "Kunde seit", "Kd.-Nr."],
    ]);
    fc.assert(
      fc.property(blockOrder, innerOrders, unknownColumns, (order, inner, unknown) => {
        expect(figures([arranged(order, inner, unknown)])).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  test("the good plan raises no error on any arrangement", () => {
    const parsed = parsePlanFile(planText);
    if (!parsed.ok) throw new Error("plan.json does not parse");
    fc.assert(
      fc.property(blockOrder, innerOrders, unknownColumns, (order, inner, unknown) => {
        const grids = [arranged(order, inner, unknown), marketing];
        const opened = interpretWorkbook({ sheets: [], grids, names: [] });
        const findings = planFindings(opened, parsed.plan, { asOf: "2026-12-01", language: "de" });
        expect(findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});

describe("the Swiss corpus's three-row header", () => {
  const dir = join(__dirname, "../corpora/antriebe-ch");
  const planText = readFileSync(join(dir, "plan.json"), "utf8");
  let sheet: SheetGrid;
  let marketing: SheetGrid;

  beforeAll(async () => {
    const snapshot = await readWorkbook(
      await openXlsx(readFileSync(join(dir, "Portfolio-Antriebe-Schweiz.xlsx"))),
    );
    [sheet, marketing] = snapshot.grids as [SheetGrid, SheetGrid];
  });

  // Blocks of sub-blocks of columns: master data A–D merged down (one column each), the group
  // "Finanzkennzahlen" (row 4) over "Umsatz (TCHF)" E–G, "Potenzial" H and "DB" I–J (row 5), then
  // K and L merged down. A team moves a group with its sub-labels, and a sub-label with its years.
  const BLOCKS = [[[1]], [[2]], [[3]], [[4]], [[5, 6, 7], [8], [9, 10]], [[11]], [[12]]];
  const [GROUP_ROW, SUB_ROW, UNIT_ROW] = [4, 5, 6];

  type Column =
    | { old: number; group: boolean; first: boolean; firstOfSub: boolean }
    | { unknown: string; value: string | null };

  type Order = [number[], number[][]][];

  function arranged(blockOrder: number[], inner: Order, unknown: ValueOf<typeof unknownColumns>): SheetGrid {
    const columns: Column[] = [];
    for (const b of blockOrder) {
      const block = BLOCKS[b] ?? [];
      const [subOrder = [], columnOrders = []] = inner[b] ?? [];
      const group = block.length > 1;
      subOrder.forEach((s, si) => {
        const sub = block[s] ?? [];
        (columnOrders[s] ?? []).forEach((c, ci) =>
          columns.push({ old: sub[c] ?? 1, group, first: si === 0 && ci === 0, firstOfSub: ci === 0 }),
        );
      });
    }
    for (const u of unknown)
      columns.splice(u.at % (columns.length + 1), 0, { unknown: u.header, value: u.value });
    const groupLabel = cellAt(sheet, GROUP_ROW, 5);
    const subLabel = (old: number) => {
      const sub = (BLOCKS[4] ?? []).find((s) => s.includes(old)) ?? [];
      return cellAt(sheet, SUB_ROW, sub[0] ?? 1);
    };
    const rows: (GridCell | string | null)[][] = [];
    for (let r = 1; r <= lastRow(sheet); r++) {
      rows.push(
        columns.map((c): GridCell | string | null => {
          if ("unknown" in c)
            return r === UNIT_ROW
              ? c.unknown
              : r > UNIT_ROW && cellAt(sheet, r, 2).value !== null
                ? c.value
                : null;
          if (c.group && r === GROUP_ROW) return c.first ? groupLabel : null;
          if (c.group && r === SUB_ROW) return c.firstOfSub ? subLabel(c.old) : null;
          return cellAt(sheet, r, c.old);
        }),
      );
    }
    return gridFromRows(sheet.name, rows);
  }

  const order = fc
    .tuple(
      permutation(BLOCKS.length),
      fc.tuple(
        ...BLOCKS.map((b) =>
          fc.tuple(permutation(b.length), fc.tuple(...b.map((s) => permutation(s.length)))),
        ),
      ),
    )
    .map(([blocks, inner]) => ({ blocks, inner }));

  test("rearranging the blocks, their sub-labels and years, or adding unknown columns, never changes what is read", () => {
    const expected = figures([sheet]);
    expect(expected).toHaveLength(5);
    // Not vacuous: an arrangement does move the header cells of all three rows.
    const reversed = BLOCKS.map((b): [number[], number[][]] => [
      b.map((_, i) => b.length - 1 - i),
      b.map((s) => s.map((_, i) => s.length - 1 - i)),
    ]);
    const moved = arranged([6, 5, 4, 3, 2, 1, 0], reversed, []);
    expect([4, 5, 6].map((r) => [3, 4, 6, 9].map((c) => cellAt(moved, r, c).value))).toEqual([
      ["Finanzkennzahlen", null, null, "Kundenbetreuer"],
      ["DB", null, "Umsatz (TCHF)", null],
      ["in %", "TCHF", "2026e", null],
    ]);
    fc.assert(
      fc.property(order, unknownColumns, ({ blocks, inner }, unknown) => {
        expect(figures([arranged(blocks, inner, unknown)])).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  test("the good plan raises no error on any arrangement", () => {
    const parsed = parsePlanFile(planText);
    if (!parsed.ok) throw new Error("plan.json does not parse");
    fc.assert(
      fc.property(order, unknownColumns, ({ blocks, inner }, unknown) => {
        const grids = [arranged(blocks, inner, unknown), marketing];
        const opened = interpretWorkbook({ sheets: [], grids, names: [] });
        const findings = planFindings(opened, parsed.plan, { asOf: "2026-12-01", language: "de" });
        expect(findings.filter((f) => f.severity === "error").map((f) => f.code)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
