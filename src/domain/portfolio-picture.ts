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
  /** Where its label stands, chosen so that labels do not cover each other (see placeLabels). */
  labelAt: LabelSide;
};

/** A data label's place relative to its bubble, as Excel's data label positions name them. */
export type LabelSide = "center" | "right" | "left" | "above" | "below";

/**
 * The drawing a picture is laid out for, in shares of the plot: the plot's width over its height,
 * the width of one label character and the height of one label line. Labels are placed for it.
 */
export type PictureFrame = { aspect: number; charWidth: number; lineHeight: number };

/** The review sheet's chart: a plot of about 530 × 290 px with 9 pt labels. */
export const SHEET_FRAME: PictureFrame = { aspect: 530 / 290, charWidth: 5.6 / 530, lineHeight: 14 / 290 };

/** The task pane's SVG: a square plot of 276 px with 8 px labels. */
export const PANE_FRAME: PictureFrame = { aspect: 1, charWidth: 4.2 / 276, lineHeight: 10 / 276 };

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
  frame: PictureFrame = SHEET_FRAME,
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
      labelAt: "center",
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
  return { bubbles: placeLabels(bubbles, frame), quadrants: QUADRANT_LABELS, omitted };
}

export type Box = { left: number; right: number; bottom: number; top: number };

const SIDES: readonly LabelSide[] = ["center", "right", "left", "above", "below"];

/** The longest quadrant name in either language, in characters ("Entwicklungskunde" and its kin). */
const QUADRANT_NAME_LENGTH = 18;

/** Areas closer than this count as equal. */
const EPSILON = 1e-12;

/** A bubble's middle: the share of its bounds a foreign name must not cover. */
const CORE = 0.5;

/** What a label's place costs, most important first, compared in that order. */
type Cost = readonly [number, number, number];

function cheaper(a: Cost, b: Cost): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x < y - EPSILON) return true;
    if (x > y + EPSILON) return false;
  }
  return false;
}

function shrunk(box: Box, share: number): Box {
  const du = ((box.right - box.left) * (1 - share)) / 2;
  const dv = ((box.top - box.bottom) * (1 - share)) / 2;
  return { left: box.left + du, right: box.right - du, bottom: box.bottom + dv, top: box.top - dv };
}

/** Space between a bubble's edge and a label beside it, as a share of the plot. */
const LABEL_GAP = 0.006;

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How much of the box lies outside the plot (Excel would move or cut that label). */
function outside(box: Box): number {
  const area = (box.right - box.left) * (box.top - box.bottom);
  return area - overlap(box, { left: 0, right: 1, bottom: 0, top: 1 });
}

/** Chart programs wrap a long data label at a word; about this many characters stay on one line. */
const WRAP_AT = 20;

/** The lines a label is drawn in: words gathered up to WRAP_AT characters. */
function wrapped(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.length - 1;
    const line = lines[last];
    if (line !== undefined && line.length + 1 + word.length <= WRAP_AT) lines[last] = `${line} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The box a label covers centred at (u, v), with a little air around it. */
function labelBox(u: number, v: number, text: string, frame: PictureFrame): Box {
  const lines = wrapped(text);
  const w = (Math.max(...lines.map((l) => l.length)) + 1) * frame.charWidth;
  const h = (lines.length + 0.4) * frame.lineHeight;
  return { left: u - w / 2, right: u + w / 2, bottom: v - h / 2, top: v + h / 2 };
}

function shifted(box: Box, du: number, dv: number): Box {
  return { left: box.left + du, right: box.right + du, bottom: box.bottom + dv, top: box.top + dv };
}

const at = (value: number) => (value - PICTURE_AXIS.min) / (PICTURE_AXIS.max - PICTURE_AXIS.min);

/** A bubble's bounds, in shares of the plot (the radius is a share of the plot's smaller side). */
function discOf(bubble: PictureBubble, frame: PictureFrame): Box {
  const smaller = Math.min(frame.aspect, 1);
  const ru = (bubble.radius * smaller) / frame.aspect;
  const rv = bubble.radius * smaller;
  const u = at(bubble.x);
  const v = at(bubble.y);
  return { left: u - ru, right: u + ru, bottom: v - rv, top: v + rv };
}

/** The box a bubble's label covers on the given side, in shares of the plot (0–1, y upwards). */
export function labelBounds(bubble: PictureBubble, side: LabelSide, frame: PictureFrame): Box {
  const disc = discOf(bubble, frame);
  const centre = labelBox(at(bubble.x), at(bubble.y), bubble.label, frame);
  const halfW = (centre.right - centre.left) / 2;
  const halfH = (centre.top - centre.bottom) / 2;
  const ru = (disc.right - disc.left) / 2;
  const rv = (disc.top - disc.bottom) / 2;
  switch (side) {
    case "center":
      return centre;
    case "right":
      return shifted(centre, ru + LABEL_GAP + halfW, 0);
    case "left":
      return shifted(centre, -(ru + LABEL_GAP + halfW), 0);
    case "above":
      return shifted(centre, 0, rv + LABEL_GAP + halfH);
    case "below":
      return shifted(centre, 0, -(rv + LABEL_GAP + halfH));
  }
}

/** Where the quadrant names stand, as boxes: running inwards from their corners. */
function quadrantBoxes(frame: PictureFrame): Box[] {
  return QUADRANT_LABELS.map((q) => {
    const box = labelBox(at(q.x), at(q.y), "X".repeat(QUADRANT_NAME_LENGTH), frame);
    const half = (box.right - box.left) / 2;
    return shifted(box, q.align === "left" ? half : -half, 0);
  });
}

/**
 * Labels, largest bubble first, each on the first side that covers no name placed before it (the
 * quadrant names included) and no other bubble's middle, stays inside the plot and covers no other
 * bubble; where no side is free of all that, the side that does best in that order. Centred first:
 * on a large bubble the name reads best inside it.
 */
function placeLabels(bubbles: readonly PictureBubble[], frame: PictureFrame): PictureBubble[] {
  const placed = quadrantBoxes(frame);
  const discs = bubbles.map((b) => discOf(b, frame));
  const cores = discs.map((d) => shrunk(d, CORE));
  return bubbles.map((bubble, index) => {
    if (!bubble.labelled) return bubble;
    // In order: a name must not cover another name, nor the middle of another bubble (it would read
    // as that bubble's name); then it should stay inside the plot; then cover as little of other
    // bubbles as it can.
    const cost = (box: Box): Cost => [
      placed.reduce((sum, other) => sum + overlap(box, other), 0) +
        cores.reduce((sum, core, i) => (i === index ? sum : sum + overlap(box, core)), 0),
      outside(box),
      discs.reduce((sum, disc, i) => (i === index ? sum : sum + overlap(box, disc)), 0),
    ];
    let best: { side: LabelSide; box: Box; cost: Cost } | null = null;
    for (const side of SIDES) {
      const box = labelBounds(bubble, side, frame);
      const c = cost(box);
      if (best === null || cheaper(c, best.cost)) best = { side, box, cost: c };
      if (c.every((x) => x === 0)) break;
    }
    if (best === null) return bubble;
    placed.push(best.box);
    return { ...bubble, labelAt: best.side };
  });
}
