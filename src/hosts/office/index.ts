// The Office.js host: the only code that touches Excel.*.

export { createOfficeHost, type HostStats, type OfficeHostOptions } from "./office-host";
export { capabilitiesOf, EXCEL_API, type Capabilities } from "./capabilities";
export { columnWidthPoints } from "./write-sheet";
