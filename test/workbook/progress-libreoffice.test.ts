// The progress formulas the add-in writes, evaluated by an independent engine: LibreOffice opens the
// written .xlsx, recalculates, and its attainment, time elapsed and on-track (goal sheet) and
// attainment, goals on/off track and status (review sheet) must equal what the domain computes.
//
// The sheets are written with NO actuals, then actuals and their dates are typed into the goal
// table's cells (as a KAM would): every cached result is stale, so only a recalculation gets them
// right. Many random goals go into one workbook: one soffice run per property run.

import fc from "fast-check";
import { emptyAccount, type Account } from "../../src/domain/account";
import { dayNumber, isoFromDayNumber } from "../../src/domain/dates";
import { finding, type Finding } from "../../src/domain/finding";
import { GOAL_STATUSES, type Goal, type Language, type Plan } from "../../src/domain/plan";
import { goalProgress } from "../../src/domain/progress";
import { newXlsx } from "../../src/hosts/xlsx";
import { TRACK_LABEL, RAG_LABEL, SHEET_TEXT } from "../../src/i18n/sheets";
import { columnLetter, parseCell } from "../../src/sheet/a1";
import type { SheetSpec, SpecValue } from "../../src/sheet/sheet-spec";
import { goalColumn, goalSheetSpec, GOAL_ROWS, NO_EXTRA_COLUMNS } from "../../src/workbook/goal-sheet";
import { reviewAccounts, reviewColumn, reviewSheetSpec, REVIEW_ROWS } from "../../src/workbook/review-sheet";
import { hasSoffice, recalculated } from "../support/libreoffice";

const ACCOUNT_IDS = ["K-1", "K-2", "K-3", "K*4?", "=K5", "K-6"];
const ACCOUNTS: Account[] = ACCOUNT_IDS.map((id, i) => ({
  ...emptyAccount("Kunden", i + 4),
  id,
  name: `Kunde ${i + 1}`,
  revenue: 1_000_000 * (i + 1),
  potential: 4_000_000,
  currency: "EUR",
}));

const day = (from: string, offset: number) => isoFromDayNumber((dayNumber(from) ?? 0) + offset);

/** A goal with realistic figures: money, percent points or scores; dates around the as-of date. */
const goalArb = (asOf: string): fc.Arbitrary<Omit<Goal, "id">> =>
  fc
    .record({
      account: fc.constantFrom(...ACCOUNT_IDS),
      scale: fc.constantFrom("money", "fraction", "score"),
      base: fc.integer({ min: 0, max: 1000 }),
      step: fc.integer({ min: -300, max: 1000 }),
      progress: fc.oneof(
        fc.integer({ min: -200, max: 1600 }).map((p) => p / 1000),
        fc.constantFrom(0, 1, 0.5),
      ),
      startOffset: fc.integer({ min: -1200, max: 200 }),
      length: fc.oneof(fc.integer({ min: -20, max: 1500 }), fc.constant(0)),
      actualOffset: fc.option(fc.integer({ min: -30, max: 1600 }), { nil: null }),
      missing: fc.constantFrom("none", "none", "none", "actual", "baseline", "target", "start", "deadline"),
      status: fc.option(fc.constantFrom(...GOAL_STATUSES), { nil: null }),
      // Attainment at, just inside and just outside the tolerances (0.1 and 0.25 behind the time).
      boundary: fc.option(fc.constantFrom(0, 0.1, 0.25, 0.095, 0.105, 0.245, 0.255, -0.5), {
        freq: 2,
        nil: null,
      }),
    })
    .map((r) => {
      const unit = r.scale === "money" ? 10_000 : r.scale === "fraction" ? 0.001 : 0.5;
      const baseline = r.base * unit;
      const target = (r.base + r.step) * unit;
      const start = day(asOf, r.startOffset);
      const deadline = day(start, r.length);
      const actualDate = r.actualOffset === null ? null : day(start, r.actualOffset);
      // Boundary cases: attainment exactly the time elapsed minus a tolerance.
      const on = actualDate ?? asOf;
      const elapsed = r.length > 0 ? ((dayNumber(on) ?? 0) - (dayNumber(start) ?? 0)) / r.length : 0;
      const share = r.boundary === null ? r.progress : Math.min(1, Math.max(0, elapsed)) - r.boundary;
      const actual = baseline + share * (target - baseline);
      return {
        account: r.account,
        kind: "economic" as const,
        metric:
          r.scale === "money"
            ? ("revenue" as const)
            : r.scale === "fraction"
              ? ("grossMargin" as const)
              : ("other" as const),
        statement: "Ziel",
        baseline: r.missing === "baseline" ? null : baseline,
        target: r.missing === "target" ? null : target,
        unit: r.scale === "money" ? "EUR" : r.scale === "fraction" ? "%" : "score",
        start: r.missing === "start" ? null : start,
        deadline: r.missing === "deadline" ? null : deadline,
        actual: r.missing === "actual" ? null : actual,
        actualDate,
        owner: null,
        status: r.status,
      };
    });

const caseArb = fc
  .record({
    asOf: fc.integer({ min: 0, max: 1500 }).map((n) => day("2025-01-01", n)),
    language: fc.constantFrom<Language>("de", "en"),
  })
  .chain(({ asOf, language }) =>
    fc.record({
      asOf: fc.constant(asOf),
      language: fc.constant(language),
      goals: fc.array(goalArb(asOf), { minLength: 120, maxLength: 160 }),
      // Plan-quality findings: some accounts get an error or a warning, for the status.
      flagged: fc.subarray(ACCOUNT_IDS),
    }),
  );

/** The spec with the goal table's actual and actual-date cells as a KAM typed them afterwards. */
function typeActuals(spec: SheetSpec, goals: readonly Goal[]): SheetSpec {
  const first = GOAL_ROWS.header + 1;
  const actual = goalColumn("actual") - 1;
  const actualDate = goalColumn("actualDate") - 1;
  const values = spec.values.map((row, r) => {
    const goal = goals[r - (first - 1)];
    if (!goal) return row;
    const typed: SpecValue[] = [...row];
    typed[actual] = goal.actual === null ? { kind: "empty" } : { kind: "number", value: goal.actual };
    typed[actualDate] = goal.actualDate === null ? { kind: "empty" } : { kind: "date", iso: goal.actualDate };
    return typed;
  });
  return { ...spec, values };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function expectNumberOrBlank(shown: string | undefined, expected: number | null, what: string): void {
  if (expected === null) {
    expect({ what, shown: shown ?? "" }).toEqual({ what, shown: "" });
    return;
  }
  // Raw values, except that LibreOffice writes a percent-formatted number as "46.15%".
  const text = shown ?? "";
  const value = text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
  if (!close(value, expected))
    expect({ what, shown, expected }).toEqual({ what, shown: String(expected), expected });
}

const cell = (rows: string[][], address: string): string | undefined => {
  const ref = parseCell(address);
  return ref ? rows[ref.row - 1]?.[ref.column - 1] : undefined;
};
const goalCell = (row: number, key: Parameters<typeof goalColumn>[0]) =>
  `${columnLetter(goalColumn(key))}${row}`;

(hasSoffice ? describe : describe.skip)("progress formulas against LibreOffice", () => {
  if (!hasSoffice) console.warn("soffice is not on PATH: skipping the LibreOffice formula tests");

  test("property: attainment, time elapsed, on track and the review's progress equal the domain's", async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ asOf, language, goals: drafts, flagged }) => {
        const goals: Goal[] = drafts.map((g, i) => ({ ...g, id: `G${i + 1}` }));
        const plan: Plan = {
          version: 1,
          language,
          asOf,
          vision: "",
          mission: "",
          marketing: null,
          goals,
        };
        const withoutActuals: Plan = {
          ...plan,
          goals: goals.map((g) => ({ ...g, actual: null, actualDate: null })),
        };
        const findings: Finding[] = flagged.map((id, i) =>
          finding(i % 2 === 0 ? "ACCOUNT_DUPLICATE" : "ACCOUNT_NO_STRATEGIC_GOAL", { type: "account", id }),
        );
        const t = SHEET_TEXT[language];
        const describe = (f: Finding) => f.code;
        const common = { accounts: ACCOUNTS, findings, language };
        const goalSpec = typeActuals(
          goalSheetSpec(
            { ...common, plan: withoutActuals, sheetName: t.goalSheet, extraColumns: NO_EXTRA_COLUMNS },
            describe,
          ),
          goals,
        );
        const reviewSpec = reviewSheetSpec(
          { ...common, plan: withoutActuals, sheetName: t.reviewSheet, goalSheet: t.goalSheet },
          describe,
        );
        const book = newXlsx();
        await book.writeSheet(goalSpec, { replace: false });
        await book.writeSheet(reviewSpec, { replace: false });
        const sheets = recalculated(await book.save(), [t.goalSheet, t.reviewSheet]);
        const goalRows = sheets.get(t.goalSheet) ?? [];
        const reviewRows = sheets.get(t.reviewSheet) ?? [];

        goals.forEach((goal, i) => {
          const row = GOAL_ROWS.header + 1 + i;
          const expected = goalProgress(goal, asOf);
          const id = `${goal.id} ${JSON.stringify(goal)}`;
          expectNumberOrBlank(
            cell(goalRows, goalCell(row, "attainment")),
            expected.attainment,
            `${id} attainment`,
          );
          expectNumberOrBlank(cell(goalRows, goalCell(row, "elapsed")), expected.elapsed, `${id} elapsed`);
          expect({ id, onTrack: cell(goalRows, goalCell(row, "onTrack")) }).toEqual({
            id,
            onTrack: expected.status === null ? "" : TRACK_LABEL[language][expected.status],
          });
        });

        const reviews = reviewAccounts(plan, ACCOUNTS, findings);
        reviews.forEach((review, i) => {
          const row = REVIEW_ROWS.header + 1 + i;
          const at = (key: Parameters<typeof reviewColumn>[0]) => {
            const rows = reviewRows[row - 1] ?? [];
            return rows[reviewColumn(key) - 1];
          };
          const id = review.account.id ?? "";
          expectNumberOrBlank(at("attainment"), review.progress.attainment, `${id} account attainment`);
          expect({ id, onTrack: Number(at("goalsOnTrack")), offTrack: Number(at("goalsOffTrack")) }).toEqual({
            id,
            onTrack: review.progress.onTrack,
            offTrack: review.progress.offTrack,
          });
          const status =
            review.goals.length === 0 && review.rag === "amber"
              ? `${RAG_LABEL[language].amber} – ${t.noGoals}`
              : RAG_LABEL[language][review.rag];
          expect({ id, status: at("status") }).toEqual({ id, status });
        });
      }),
      // One soffice run per case (about 3 s); a failure is reported as found, without shrinking.
      { numRuns: Number(process.env.KAM_LO_RUNS ?? 3), endOnFailure: true },
    );
  }, 600_000);
});
