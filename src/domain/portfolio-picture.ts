// The portfolio picture: McDonald's matrix as a bubble chart — x relative strength, y account
// attractiveness (both 0–10, split at 5 into the four quadrants), bubble area proportional to
// revenue, the quadrants named in their outer corners, the largest accounts labelled. One layout for
// every place that draws it: the native chart on the review sheet (Office and .xlsx, from the same
// ChartSpec) and the task pane's SVG, so they show the same data the same way.

import { accountKey, type Account } from "./account";
import type { Quadrant } from "./figures";
import type { PortfolioPosition } from "./portfolio";

export const PICTURE_AXIS = { min: 0, max: 10, split: 5 } as const;

/** The largest bubble's radius as a share of the plot's smaller side (Excel's default bubble scale). */
export const MAX_BUBBLE_RADIUS = 0.125;

/** Beyond this many, only the largest accounts are labelled: a crowded chart reads as noise. */
export const MAX_LABELS = 15;

const MAX_LABEL_LENGTH = 28;

export type PictureBubble = {
  /** Position of the account in the accounts passed in (the review table's row order). */
  index: number;
  account: string;
  label: string;
  /** Relative strength 0–10. */
  x: number;
  /** Attractiveness 0–10. */
  y: number;
  /** Revenue: the bubble's area is proportional to it. */
  size: number;
  /** Radius as a share of the plot's smaller side. */
  radius: number;
  quadrant: Quadrant;
  /** Whether the bubble carries its label (the MAX_LABELS largest). */
  labelled: boolean;
};

/** Where a quadrant's name stands: inside its outer corner, text running away from the edge. */
export type QuadrantLabel = { quadrant: Quadrant; x: number; y: number; align: "left" | "right" };

export type PortfolioPicture = {
  /** Largest first, so that smaller bubbles are drawn on top. */
  bubbles: readonly PictureBubble[];
  quadrants: readonly QuadrantLabel[];
  /** Accounts without a positive revenue: no bubble to draw (keys, in account order). */
  omitted: readonly { index: number; account: string; label: string }[];
};

const INSET = 0.25;

export const QUADRANT_LABELS: readonly QuadrantLabel[] = [
  { quadrant: "development", x: PICTURE_AXIS.min + INSET, y: PICTURE_AXIS.max - INSET, align: "left" },
  { quadrant: "strategic", x: PICTURE_AXIS.max - INSET, y: PICTURE_AXIS.max - INSET, align: "right" },
  { quadrant: "streamline", x: PICTURE_AXIS.min + INSET, y: PICTURE_AXIS.min + INSET, align: "left" },
  { quadrant: "status", x: PICTURE_AXIS.max - INSET, y: PICTURE_AXIS.min + INSET, align: "right" },
];

/** An account's name as a chart shows it: the name (else its key), shortened with an ellipsis. */
export function bubbleLabel(account: Account): string {
  const name = (account.name ?? "").trim() || accountKey(account);
  return name.length > MAX_LABEL_LENGTH ? `${name.slice(0, MAX_LABEL_LENGTH - 1).trimEnd()}…` : name;
}

/**
 * The picture for accounts and their positions (same order, as portfolioPositions returns them).
 * Ties in revenue keep account order, so the same portfolio always gives the same picture.
 */
export function portfolioPicture(
  accounts: readonly Account[],
  positions: readonly PortfolioPosition[],
): PortfolioPicture {
  const sized: PictureBubble[] = [];
  const omitted: { index: number; account: string; label: string }[] = [];
  accounts.forEach((account, index) => {
    const position = positions[index];
    const revenue = account.revenue;
    if (!position) return;
    if (revenue === null || !Number.isFinite(revenue) || revenue <= 0) {
      omitted.push({ index, account: accountKey(account), label: bubbleLabel(account) });
      return;
    }
    sized.push({
      index,
      account: accountKey(account),
      label: bubbleLabel(account),
      x: position.strength,
      y: position.attractiveness,
      size: revenue,
      radius: 0,
      quadrant: position.quadrant,
      labelled: false,
    });
  });
  const largest = Math.max(0, ...sized.map((b) => b.size));
  const bubbles = sized
    .sort((a, b) => b.size - a.size || a.index - b.index)
    .map((b, rank) => ({
      ...b,
      radius: largest > 0 ? MAX_BUBBLE_RADIUS * Math.sqrt(b.size / largest) : 0,
      labelled: rank < MAX_LABELS,
    }));
  return { bubbles, quadrants: QUADRANT_LABELS, omitted };
}
