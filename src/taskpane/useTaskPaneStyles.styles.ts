import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useTaskPaneStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100%",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
  },
  title: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  tagline: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    margin: 0,
  },
  steps: {
    flexWrap: "wrap",
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  errors: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`,
  },
  panel: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    outlineStyle: "none",
  },
  /** The planning steps while review mode is on: kept (with what was typed), not shown. */
  hidden: { display: "none" },
  footer: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    position: "sticky",
    bottom: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** Shared by the steps: headings, help cards, lists. */
export const useStepStyles = makeStyles({
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  subheading: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  intro: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground2,
    margin: 0,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  help: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  helpList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    ...typographyStyles.caption1,
  },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    fontStyle: "italic",
    ...typographyStyles.caption1,
  },
  plainList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  problem: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  problemIconError: { color: tokens.colorPaletteRedForeground1, paddingTop: "2px" },
  problemIconWarning: { color: tokens.colorPaletteDarkOrangeForeground1, paddingTop: "2px" },
  doneIcon: { color: tokens.colorPaletteGreenForeground1 },
  problemIconInfo: { color: tokens.colorNeutralForeground3, paddingTop: "2px" },
  problemText: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
  },
  block: { display: "block" },
  caption: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
