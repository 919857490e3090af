// The planner: each use case once — open a workbook, the effective plan, findings, suggest,
// read a plan file, write. The task pane, the workbench and `kam` call this layer and nothing
// below it; none of them assembles findings or decides precedence itself.

export {
  hasContent,
  interpretWorkbook,
  openWorkbook,
  readWorkbook,
  type ColumnOverride,
  type OpenedWorkbook,
  type StoredPlan,
  type WorkbookChoices,
  type WorkbookSnapshot,
} from "./open";
export {
  AS_FOUND,
  chooseField,
  chooseRow,
  saveColumnChoices,
  sheetChoice,
  type ColumnChoiceChanges,
  type SavedChoices,
} from "./column-choices";
export type { SheetChoice, UnitChoice } from "../workbook/column-choices";
export { UNIT_CHOICES, isAccountField, parsePlace } from "../workbook/column-choices";
export type {
  FieldMapping,
  MappedRow,
  MappedSample,
  MappingOption,
  MappingReason,
  SheetMapping,
} from "../workbook/mapping";
export { asOfFor, effectivePlan, languageFor, positioningFor, resumePlan, type PlanSettings } from "./plan";
export { draftGoalFindings, planFindings, ruleFindings, workbookFindings } from "./findings";
export { suggest, suggestionsOf, type Suggestion } from "./suggest";
export {
  prepareWrite,
  writePlan,
  type PreparedWrite,
  type WritePlanResult,
  type WriteProgress,
} from "./write";
export { parsePlanFile, type PlanFileResult } from "./plan-file";
export { portfolioReview, type PortfolioReview, type ReviewedAccount } from "./review";
export type { PictureBubble, PortfolioPicture, QuadrantLabel } from "../domain/portfolio-picture";
export type { SheetReading } from "../workbook/read-accounts";
export { parseNumber } from "../workbook/numbers";
