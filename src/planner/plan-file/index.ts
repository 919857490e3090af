export { parsePlanFile, type PlanFileResult } from "./read-plan-file";
