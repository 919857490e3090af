import fc from "fast-check";
import { emptyAccount, type Account } from "../../src/domain/account";
import { portfolioPositions } from "../../src/domain/portfolio";
import {
  bubbleLabel,
  MAX_BUBBLE_RADIUS,
  MAX_LABELS,
  portfolioPicture,
  QUADRANT_LABELS,
} from "../../src/domain/portfolio-picture";

const account = (i: number, overrides: Partial<Account> = {}): Account => ({
  ...emptyAccount("Kunden", i + 4),
  id: `K-${i}`,
  name: `Kunde ${i}`,
  revenue: 1_000_000,
  potential: 4_000_000,
  relationship: 3,
  churnRisk: "low",
  ...overrides,
});

const pictureOf = (accounts: Account[]) => portfolioPicture(accounts, portfolioPositions(accounts, null));

describe("the portfolio picture", () => {
  test("x strength, y attractiveness, area proportional to revenue, largest first", () => {
    const accounts = [account(0, { revenue: 1_000_000 }), account(1, { revenue: 4_000_000 })];
    const positions = portfolioPositions(accounts, null);
    const { bubbles } = portfolioPicture(accounts, positions);
    expect(bubbles.map((b) => b.account)).toEqual(["K-1", "K-0"]);
    expect(bubbles[0]).toMatchObject({
      index: 1,
      x: positions[1]?.strength,
      y: positions[1]?.attractiveness,
      quadrant: positions[1]?.quadrant,
      size: 4_000_000,
      radius: MAX_BUBBLE_RADIUS,
    });
    // A quarter of the revenue: a quarter of the area, half the radius.
    expect(bubbles[1]?.radius).toBeCloseTo(MAX_BUBBLE_RADIUS / 2, 12);
  });

  test("accounts without a positive revenue have no bubble and are listed as left out", () => {
    const accounts = [account(0), account(1, { revenue: null }), account(2, { revenue: 0 })];
    const picture = pictureOf(accounts);
    expect(picture.bubbles.map((b) => b.index)).toEqual([0]);
    expect(picture.omitted.map((o) => o.index)).toEqual([1, 2]);
  });

  test("only the largest accounts carry labels; ties keep the account order", () => {
    const accounts = Array.from({ length: MAX_LABELS + 5 }, (_, i) => account(i));
    const picture = pictureOf(accounts);
    const labelled = picture.bubbles.filter((b) => b.labelled).map((b) => b.index);
    expect(labelled).toEqual(Array.from({ length: MAX_LABELS }, (_, i) => i));
  });

  test("the quadrants are named in their outer corners, text running inwards", () => {
    expect(QUADRANT_LABELS).toEqual([
      { quadrant: "development", x: 0.25, y: 9.75, align: "left" },
      { quadrant: "strategic", x: 9.75, y: 9.75, align: "right" },
      { quadrant: "streamline", x: 0.25, y: 0.25, align: "left" },
      { quadrant: "status", x: 9.75, y: 0.25, align: "right" },
    ]);
  });

  test("labels: the name, else the key; long names shortened with an ellipsis", () => {
    expect(bubbleLabel(account(0))).toBe("Kunde 0");
    expect(bubbleLabel(account(0, { name: null }))).toBe("K-0");
    const long = bubbleLabel(account(0, { name: "Norddeutsche Verpackungswerke Holding GmbH & Co. KG" }));
    expect(long.endsWith("…")).toBe(true);
    expect(long.length).toBeLessThanOrEqual(28);
  });

  test("property: every account is drawn or left out, once; bubbles stay inside the axes", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            revenue: fc.option(fc.integer({ min: -10, max: 10_000_000 }), { nil: null }),
            potential: fc.option(fc.integer({ min: 1, max: 20_000_000 }), { nil: null }),
            relationship: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
          }),
          { maxLength: 40 },
        ),
        (rows) => {
          const accounts = rows.map((r, i) => account(i, r));
          const picture = pictureOf(accounts);
          const seen = [...picture.bubbles.map((b) => b.index), ...picture.omitted.map((o) => o.index)];
          expect(seen.sort((a, b) => a - b)).toEqual(accounts.map((_, i) => i));
          for (const b of picture.bubbles) {
            expect(b.x).toBeGreaterThanOrEqual(0);
            expect(b.x).toBeLessThanOrEqual(10);
            expect(b.y).toBeGreaterThanOrEqual(0);
            expect(b.y).toBeLessThanOrEqual(10);
            expect(b.radius).toBeGreaterThan(0);
            expect(b.radius).toBeLessThanOrEqual(MAX_BUBBLE_RADIUS);
          }
        },
      ),
    );
  });
});
