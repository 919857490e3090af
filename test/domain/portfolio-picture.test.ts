import fc from "fast-check";
import { emptyAccount, type Account } from "../../src/domain/account";
import { portfolioPositions } from "../../src/domain/portfolio";
import {
  bubbleLabel,
  labelBounds,
  MAX_BUBBLE_RADIUS,
  MAX_LABELS,
  PANE_FRAME,
  portfolioPicture,
  QUADRANT_LABELS,
  SHEET_FRAME,
  type Box,
  type PictureBubble,
  type PictureFrame,
} from "../../src/domain/portfolio-picture";
import type { PortfolioPosition } from "../../src/domain/portfolio";

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

describe("where the labels stand", () => {
  /** Accounts at given (strength, attractiveness) with given revenue and name. */
  const placed = (points: readonly [string, number, number, number][], frame?: PictureFrame) => {
    const accounts = points.map(([name, , , revenue], i) => account(i, { name, revenue }));
    const positions: PortfolioPosition[] = points.map(([, x, y], i) => ({
      account: `K-${i}`,
      strength: x,
      attractiveness: y,
      quadrant: "strategic",
    }));
    return portfolioPicture(accounts, positions, frame).bubbles;
  };
  const byName = (bubbles: readonly PictureBubble[], name: string) => {
    const b = bubbles.find((x) => x.label === name);
    if (!b) throw new Error(`no bubble ${name}`);
    return b;
  };
  const area = (a: Box, b: Box) =>
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
    Math.max(0, Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom));

  test("a lone large bubble carries its name in its middle", () => {
    const [b] = placed([["Alpenland Zement AG", 5, 6, 5_000_000]]);
    expect(b?.labelAt).toBe("center");
  });

  test.each([
    ["at the right edge, the name goes left", 9.6, 6, "left"],
    ["at the left edge, the name goes right", 0.4, 6, "right"],
  ] as const)("%s", (_, x, y, side) => {
    const [b] = placed([["Norddeutsche Verpackung AG", x, y, 5_000_000]]);
    expect(b?.labelAt).toBe(side);
  });

  test("two neighbours: the names do not cover each other", () => {
    // As on a real review page: Donau Chemie and Hansewerk almost on top of each other.
    const bubbles = placed([
      ["Donau Chemie Werke AG", 6.0, 9.0, 3_950_000],
      ["Hansewerk Fördertechnik GmbH", 7.1, 8.5, 3_870_000],
    ]);
    const donau = byName(bubbles, "Donau Chemie Werke AG");
    const hansewerk = byName(bubbles, "Hansewerk Fördertechnik GmbH");
    // Both in their middles, as before this layout, the two names ran into each other.
    expect(
      area(labelBounds(donau, "center", SHEET_FRAME), labelBounds(hansewerk, "center", SHEET_FRAME)),
    ).toBeGreaterThan(0);
    const a = labelBounds(donau, donau.labelAt, SHEET_FRAME);
    const b = labelBounds(hansewerk, hansewerk.labelAt, SHEET_FRAME);
    expect(area(a, b)).toBe(0);
  });

  test("a name never stands on another bubble's middle, where it would read as that bubble's name", () => {
    // The sample portfolio in the pane: the largest bubble at the right edge, a neighbour to its left.
    for (const frame of [PANE_FRAME, SHEET_FRAME]) {
      const bubbles = placed(
        [
          ["Voss Medical GmbH", 8.9, 8.3, 3_100_000],
          ["Kessler Verpackungen GmbH", 6.4, 8.0, 1_850_000],
        ],
        frame,
      );
      const voss = byName(bubbles, "Voss Medical GmbH");
      const kessler = byName(bubbles, "Kessler Verpackungen GmbH");
      const vossLabel = labelBounds(voss, voss.labelAt, frame);
      const kesslerMiddle = labelBounds({ ...kessler, label: "" }, "center", frame);
      const u = (kesslerMiddle.left + kesslerMiddle.right) / 2;
      const v = (kesslerMiddle.top + kesslerMiddle.bottom) / 2;
      const covers =
        vossLabel.left <= u && u <= vossLabel.right && vossLabel.bottom <= v && v <= vossLabel.top;
      expect(covers).toBe(false);
    }
  });

  test("a name never covers a quadrant's name when another side is free", () => {
    const [b] = placed([["Kunde am Rand oben links", 0.6, 9.7, 1_000_000]]);
    expect(b?.labelAt).toBe("below");
  });

  test("laid out for the drawing: the pane's square plot may choose other sides than the sheet's", () => {
    const points: [string, number, number, number][] = [
      ["Kieler Schiffstechnik GmbH", 4.4, 3.6, 1_390_000],
      ["Bayerische Brauanlagen GmbH", 4.2, 3.1, 1_050_000],
    ];
    for (const frame of [SHEET_FRAME, PANE_FRAME]) {
      const [first, second] = placed(points, frame);
      if (!first || !second) throw new Error("two bubbles");
      expect(area(labelBounds(first, first.labelAt, frame), labelBounds(second, second.labelAt, frame))).toBe(
        0,
      );
    }
  });

  test("property: the same portfolio always gets the same sides; unlabelled bubbles keep the centre", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 10, noNaN: true }),
            fc.double({ min: 0, max: 10, noNaN: true }),
            fc.integer({ min: 1, max: 9_000_000 }),
          ),
          { minLength: 1, maxLength: 25 },
        ),
        (rows) => {
          const points = rows.map(([x, y, r], i): [string, number, number, number] => [
            `Kunde ${i}`,
            x,
            y,
            r,
          ]);
          const once = placed(points).map((b) => b.labelAt);
          expect(placed(points).map((b) => b.labelAt)).toEqual(once);
          for (const b of placed(points)) if (!b.labelled) expect(b.labelAt).toBe("center");
        },
      ),
    );
  });

  test("property: where the names fit beside each other, no two labels cover each other", () => {
    // Bubbles spread on a coarse grid, small enough that every name has a free side.
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 9 })), {
          minLength: 2,
          maxLength: 8,
          selector: ([c, r]) => `${c}/${r}`,
        }),
        (cells) => {
          const points = cells.map(([c, r], i): [string, number, number, number] => [
            `Kunde ${i}`,
            c * 2,
            r,
            100_000 + i,
          ]);
          const bubbles = placed(points);
          const boxes = bubbles.map((b) => labelBounds(b, b.labelAt, SHEET_FRAME));
          boxes.forEach((a, i) => {
            boxes.slice(i + 1).forEach((b) => {
              expect(area(a, b)).toBe(0);
            });
          });
        },
      ),
    );
  });
});
