// Review mode for the manager: the portfolio picture, filters by KAM, status and quadrant, a button
// that steps to the next red account, and one summary card per account (figures, goals, progress,
// findings, decision). Everything comes from the planner's review, the same the review sheet shows.

import { Button, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { ArrowCircleDown20Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Quadrant } from "../../domain/figures";
import type { Language } from "../../domain/plan";
import { RAGS, type Rag } from "../../domain/review";
import { QUADRANT_LABEL, RAG_LABEL } from "../../i18n/sheets";
import { ui } from "../../i18n/ui";
import type { PortfolioReview } from "../../planner";
import {
  filterReviews,
  nextRed,
  NO_FILTER,
  ownersOf,
  reviewKey,
  type ReviewFilter,
} from "../model/review-filter";
import { useStepStyles } from "../useTaskPaneStyles.styles";
import { AccountCard } from "./AccountCard";
import { PortfolioChart } from "./PortfolioChart";

/** Cards rendered at first; more on request (portfolios have thousands of accounts). */
export const CARD_PAGE = 25;

const QUADRANTS: readonly Quadrant[] = ["strategic", "development", "status", "streamline"];

const useStyles = makeStyles({
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(8.5em, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
});

export type ReviewModeProps = {
  language: Language;
  /** The planner's review of the pane's plan; null until the workbook is read. */
  review: PortfolioReview | null;
  onActivate: (cell: { sheet: string; address: string }) => void;
  headingId: string;
};

const isRag = (v: string): v is Rag => RAGS.some((r) => r === v);
const isQuadrant = (v: string): v is Quadrant => QUADRANTS.some((q) => q === v);

export function ReviewMode({ language, review, onActivate, headingId }: ReviewModeProps) {
  const styles = useStyles();
  const stepStyles = useStepStyles();
  const [filter, setFilter] = useState<ReviewFilter>(NO_FILTER);
  const [shown, setShown] = useState(CARD_PAGE);
  const [current, setCurrent] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const cards = useRef(new Map<string, HTMLDivElement>());

  const all = useMemo(() => review?.accounts ?? [], [review]);
  const filtered = useMemo(() => filterReviews(all, filter), [all, filter]);
  const owners = useMemo(() => ownersOf(all), [all]);
  const red = filtered.some((r) => r.rag === "red");

  const change = (next: Partial<ReviewFilter>) => {
    setFilter((old) => ({ ...old, ...next }));
    setShown(CARD_PAGE);
    setCurrent(null);
  };

  const stepToRed = useCallback(() => {
    const key = nextRed(filtered, current);
    if (key === null) return;
    const index = filtered.findIndex((r) => reviewKey(r) === key);
    setShown((n) => Math.max(n, index + 1));
    setCurrent(key);
    setFocusRequest((n) => n + 1);
  }, [filtered, current]);

  useEffect(() => {
    if (focusRequest === 0 || current === null) return;
    const card = cards.current.get(current);
    card?.focus();
    card?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [focusRequest, current]);

  if (!review || all.length === 0) {
    return (
      <>
        <h2 id={headingId} className={stepStyles.heading}>
          {ui(language, "reviewModeHeading")}
        </h2>
        <Text>{ui(language, "reviewModeNoAccounts")}</Text>
      </>
    );
  }

  return (
    <>
      <h2 id={headingId} className={stepStyles.heading}>
        {ui(language, "reviewModeHeading")}
      </h2>
      <p className={stepStyles.intro}>{ui(language, "reviewModeIntro")}</p>

      <section className={stepStyles.section} aria-labelledby={`${headingId}-portfolio`}>
        <h3 id={`${headingId}-portfolio`} className={stepStyles.subheading}>
          {ui(language, "portfolioHeading")}
        </h3>
        <PortfolioChart language={language} review={review} />
      </section>

      <div role="group" aria-label={ui(language, "filtersLabel")} className={styles.filters}>
        <Field label={ui(language, "filterOwner")}>
          <Select
            value={filter.owner ?? ""}
            onChange={(_e, data) => {
              change({ owner: data.value === "" ? null : data.value });
            }}
          >
            <option value="">{ui(language, "filterAll")}</option>
            {owners.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={ui(language, "filterRag")}>
          <Select
            value={filter.rag ?? ""}
            onChange={(_e, data) => {
              change({ rag: isRag(data.value) ? data.value : null });
            }}
          >
            <option value="">{ui(language, "filterAll")}</option>
            {RAGS.map((r) => (
              <option key={r} value={r}>
                {RAG_LABEL[language][r]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={ui(language, "filterQuadrant")}>
          <Select
            value={filter.quadrant ?? ""}
            onChange={(_e, data) => {
              change({ quadrant: isQuadrant(data.value) ? data.value : null });
            }}
          >
            <option value="">{ui(language, "filterAll")}</option>
            {QUADRANTS.map((q) => (
              <option key={q} value={q}>
                {QUADRANT_LABEL[language][q]}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <div className={stepStyles.row}>
        <Button icon={<ArrowCircleDown20Regular />} disabled={!red} onClick={stepToRed}>
          {ui(language, "nextRed")}
        </Button>
        <Text role="status" size={200}>
          {red
            ? ui(language, "reviewShown", { shown: filtered.length, total: all.length })
            : `${ui(language, "reviewShown", { shown: filtered.length, total: all.length })} · ${ui(language, "noRed")}`}
        </Text>
      </div>

      <div className={stepStyles.section}>
        {filtered.slice(0, shown).map((r) => {
          const key = reviewKey(r);
          return (
            <AccountCard
              key={key}
              ref={(element) => {
                if (element) cards.current.set(key, element);
                else cards.current.delete(key);
              }}
              language={language}
              review={r}
              headingId={`${headingId}-card-${encodeURIComponent(key)}`}
              onEnterDecision={onActivate}
            />
          );
        })}
      </div>
      {filtered.length > shown && (
        <div className={stepStyles.row}>
          <Button
            onClick={() => {
              setShown((n) => n + CARD_PAGE);
            }}
          >
            {ui(language, "showMore", { count: Math.min(CARD_PAGE, filtered.length - shown) })}
          </Button>
        </div>
      )}
    </>
  );
}
