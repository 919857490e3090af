// Whether others are editing the workbook: Workbook.getIsActiveCollabSession (ExcelApi 1.9). Excel
// notes the answer may lag behind; below 1.9 it cannot tell at all ("unknown", which the host and
// the planner treat as "others may be editing").

import type { Collaboration } from "../../sheet";
import { EXCEL_API, type Capabilities } from "./capabilities";

export async function collaborationIn(
  context: Excel.RequestContext,
  capabilities: Capabilities,
): Promise<Collaboration> {
  if (!capabilities.excelApi(EXCEL_API.collaboration)) return "unknown";
  const active = context.workbook.getIsActiveCollabSession();
  await context.sync();
  // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult, filled by the sync
  return active.value ? "active" : "inactive";
}
