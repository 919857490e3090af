// The portfolio picture in the pane: the same layout as the review sheet's chart (portfolioPicture:
// x relative strength, y attractiveness, quadrants split at 5 and named in their outer corners,
// bubble area by revenue, the largest accounts labelled), drawn as SVG. The SVG is one image for
// assistive technology; the same figures are a table one button away.

import { Button, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { Table20Regular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import type { PictureBubble } from "../../domain/portfolio-picture";
import type { Language } from "../../domain/plan";
import { formatAmount, formatNumber } from "../../i18n/format";
import { QUADRANT_LABEL, REVIEW_HEADERS } from "../../i18n/sheets";
import { ui } from "../../i18n/ui";
import type { PortfolioReview } from "../../planner";
import { useStepStyles } from "../useTaskPaneStyles.styles";

const SIZE = 320;
const PLOT = { left: 34, top: 10, right: 10, bottom: 34 } as const;
const WIDTH = SIZE - PLOT.left - PLOT.right;
const HEIGHT = SIZE - PLOT.top - PLOT.bottom;
/** The same blue as the sheet's chart (its fill seen at 35 % transparency). */
const BUBBLE = "#2E75B6";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  svg: { width: "100%", maxWidth: "420px", height: "auto", display: "block" },
  caption: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  tableScroll: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    ...typographyStyles.caption1,
    "& th, & td": {
      textAlign: "left",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    "& td.number": { textAlign: "right" },
  },
  tableCaption: { ...typographyStyles.caption1Strong, textAlign: "left" },
});

const sx = (x: number) => PLOT.left + (x / 10) * WIDTH;
const sy = (y: number) => PLOT.top + ((10 - y) / 10) * HEIGHT;
/** Space between a bubble's edge and a label beside it, in px (as the layout assumes). */
const GAP = 2;

/** Rough width of a label character at 8 px. */
const LABEL_CHAR = 4.2;

/**
 * Where a label's text stands for its side (portfolioPicture chose the side for PANE_FRAME), moved
 * inwards where it would run past the plot's edge, as Excel keeps data labels inside the chart.
 */
function labelPlace(
  b: PictureBubble,
  radius: number,
): { x: number; y: number; anchor: "start" | "middle" | "end" } {
  const r = Math.max(2, b.radius * radius);
  const x = sx(b.x);
  const y = sy(b.y) + 3;
  const width = b.label.length * LABEL_CHAR;
  const left = PLOT.left + 2;
  const right = PLOT.left + WIDTH - 2;
  const middle = (at: number) => Math.min(right - width / 2, Math.max(left + width / 2, at));
  switch (b.labelAt) {
    case "right":
      return { x: Math.min(right - width, x + r + GAP), y, anchor: "start" };
    case "left":
      return { x: Math.max(left + width, x - r - GAP), y, anchor: "end" };
    case "above":
      return { x: middle(x), y: y - r - GAP - 4, anchor: "middle" };
    case "below":
      return { x: middle(x), y: y + r + GAP + 4, anchor: "middle" };
    case "center":
      return { x: middle(x), y, anchor: "middle" };
  }
}

export type PortfolioChartProps = {
  language: Language;
  review: PortfolioReview;
};

export function PortfolioChart({ language, review }: PortfolioChartProps) {
  const styles = useStyles();
  const stepStyles = useStepStyles();
  const [showTable, setShowTable] = useState(false);
  const captionId = useId();
  const tableId = useId();
  // useId's ":r1:" is no valid url(#…) reference.
  const clipId = `kam-plot-${useId().replace(/[^a-zA-Z0-9-]/g, "")}`;
  const headers = REVIEW_HEADERS[language];
  const { picture, accounts } = review;
  const radius = Math.min(WIDTH, HEIGHT);

  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-label={ui(language, "portfolioChartLabel", { count: picture.bubbles.length })}
      >
        <rect x={PLOT.left} y={PLOT.top} width={WIDTH} height={HEIGHT} fill="#FFFFFF" stroke="#BFBFBF" />
        {/* The quadrants' borders at 5, as the sheet's gridlines draw them. */}
        <line x1={sx(5)} y1={sy(0)} x2={sx(5)} y2={sy(10)} stroke="#BFBFBF" />
        <line x1={sx(0)} y1={sy(5)} x2={sx(10)} y2={sy(5)} stroke="#BFBFBF" />
        {[0, 5, 10].map((tick) => (
          <g key={tick} fontSize="9" fill="#595959">
            <text x={sx(tick)} y={SIZE - PLOT.bottom + 12} textAnchor="middle">
              {tick}
            </text>
            <text x={PLOT.left - 4} y={sy(tick) + 3} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        <text x={PLOT.left + WIDTH / 2} y={SIZE - 4} textAnchor="middle" fontSize="10" fill="#404040">
          {headers.strength}
        </text>
        <text
          x={10}
          y={PLOT.top + HEIGHT / 2}
          textAnchor="middle"
          fontSize="10"
          fill="#404040"
          transform={`rotate(-90 10 ${PLOT.top + HEIGHT / 2})`}
        >
          {headers.attractiveness}
        </text>
        {picture.quadrants.map((q) => (
          <text
            key={q.quadrant}
            x={sx(q.x)}
            y={sy(q.y) + 3}
            textAnchor={q.align === "left" ? "start" : "end"}
            fontSize="9"
            fontStyle="italic"
            fill="#595959"
          >
            {QUADRANT_LABEL[language][q.quadrant]}
          </text>
        ))}
        <clipPath id={clipId}>
          <rect x={PLOT.left} y={PLOT.top} width={WIDTH} height={HEIGHT} />
        </clipPath>
        <g clipPath={`url(#${clipId})`}>
          {picture.bubbles.map((b) => (
            <circle
              key={b.account}
              cx={sx(b.x)}
              cy={sy(b.y)}
              r={Math.max(2, b.radius * radius)}
              fill={BUBBLE}
              fillOpacity={0.65}
              stroke="#FFFFFF"
            />
          ))}
        </g>
        {picture.bubbles
          .filter((b) => b.labelled)
          .map((b) => {
            const place = labelPlace(b, radius);
            return (
              <text
                key={b.account}
                x={place.x}
                y={place.y}
                textAnchor={place.anchor}
                fontSize="8"
                fill="#1F1F1F"
              >
                {b.label}
              </text>
            );
          })}
      </svg>
      <figcaption id={captionId} className={styles.caption}>
        {ui(language, "portfolioCaption")}
        {picture.omitted.length > 0 &&
          ` · ${ui(language, "portfolioOmitted", { accounts: picture.omitted.map((o) => o.label).join(", ") })}`}
      </figcaption>
      <div className={stepStyles.row}>
        <Button
          size="small"
          icon={<Table20Regular />}
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => {
            setShowTable((shown) => !shown);
          }}
        >
          {ui(language, showTable ? "portfolioHideTable" : "portfolioShowTable")}
        </Button>
      </div>
      {/* Scrolls sideways in a narrow pane: focusable, so the keyboard can scroll it too. */}
      <div
        id={tableId}
        hidden={!showTable}
        className={styles.tableScroll}
        role="region"
        aria-label={ui(language, "portfolioTableCaption")}
        tabIndex={showTable ? 0 : -1}
      >
        {showTable && (
          <table className={styles.table}>
            <caption className={styles.tableCaption}>{ui(language, "portfolioTableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{headers.name}</th>
                <th scope="col">{headers.quadrant}</th>
                <th scope="col">{headers.attractiveness}</th>
                <th scope="col">{headers.strength}</th>
                <th scope="col">{headers.revenue}</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((r) => (
                <tr key={r.position.account}>
                  <th scope="row">{r.account.name ?? r.position.account}</th>
                  <td>{QUADRANT_LABEL[language][r.position.quadrant]}</td>
                  <td className="number">{formatNumber(r.position.attractiveness, language, 1)}</td>
                  <td className="number">{formatNumber(r.position.strength, language, 1)}</td>
                  <td className="number">
                    {r.account.revenue === null
                      ? "–"
                      : formatAmount(r.account.revenue, r.account.currency, language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </figure>
  );
}
