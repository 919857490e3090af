import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useMappingStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  fields: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  field: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  fieldName: {
    ...typographyStyles.body1Strong,
  },
  controls: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  column: {
    flexGrow: 1,
    flexBasis: "12rem",
    minWidth: 0,
  },
  unit: {
    flexBasis: "9rem",
    flexGrow: 0,
  },
  caption: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  rows: {
    display: "flex",
    flexDirection: "column",
  },
  subheading: {
    ...typographyStyles.body1Strong,
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
  },
});
