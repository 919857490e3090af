// A short list of labelled figures (term and value side by side): an account's profile, its
// figures in the review, the manager's decision.

import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { Fragment, type ReactNode } from "react";

const useStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "minmax(7em, auto) 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    ...typographyStyles.caption1,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

export type FigureListProps = {
  rows: readonly (readonly [label: string, value: ReactNode])[];
  /** The list's accessible name, when the heading above does not give it one. */
  label?: string;
};

export function FigureList({ rows, label }: FigureListProps) {
  const styles = useStyles();
  return (
    <dl className={styles.figures} aria-label={label}>
      {rows.map(([term, value]) => (
        <Fragment key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
