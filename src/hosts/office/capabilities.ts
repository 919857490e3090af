// "Which host, which requirement sets?" answered in one place, once per Office object.
// Office.context.requirements.isSetSupported("ExcelApi", "1.x") is the documented way to test an
// API before calling it; the `[Api set: ExcelApi 1.x]` remarks of the Excel JavaScript API
// reference (mirrored in @types/office-js) say which set each member needs.

/** The ExcelApi minor versions the host cares about, each with what needs it. */
export const EXCEL_API = {
  /** getUsedRangeOrNullObject, getItemOrNullObject, names.add: the least the host needs. */
  nullObjects: 4,
  /** application.suspendApiCalculationUntilNextSync. */
  suspendCalculation: 6,
  /** freezePanes, tabColor, NamedItem.formula. */
  freezePanes: 7,
  tabColor: 7,
  nameFormula: 7,
  /** Range.dataValidation. */
  dataValidation: 8,
  /** Worksheet.pageLayout; Worksheet.getRanges (RangeAreas). */
  pageLayout: 9,
  rangeAreas: 9,
  /** Range.getMergedAreasOrNullObject (merged areas in a read grid). */
  mergedAreas: 13,
  /** Table.showBandedRows. */
  tableOptions: 3,
  /** Range.conditionalFormats (custom rules with a formula). */
  conditionalFormats: 6,
  /** Charts with series set from ranges (1.7) and data labels with their own text (1.8). */
  charts: 8,
} as const;

export type Capabilities = {
  /** Office.context.diagnostics, when the runtime provides it (null in some test doubles). */
  host: string | null;
  platform: string | null;
  version: string | null;
  /** True when ExcelApi 1.`minor` is supported. */
  excelApi(minor: number): boolean;
  /** Highest supported ExcelApi 1.x found by probing (for support messages). */
  highestExcelApi: string | null;
};

type OfficeLike = Pick<typeof Office, "context">;

const cache = new WeakMap<object, Capabilities>();

/** Probed up to this minor version; later sets add nothing the host uses. */
const PROBE_UP_TO = 20;

function diagnostics(office: OfficeLike): {
  host: string | null;
  platform: string | null;
  version: string | null;
} {
  // Office.context.diagnostics is typed as always present, but older hosts and some doubles lack it.
  const info = office.context.diagnostics as Office.ContextInformation | undefined;
  if (info === undefined) return { host: null, platform: null, version: null };
  return {
    host: typeof info.host === "string" ? info.host : null,
    platform: typeof info.platform === "string" ? info.platform : null,
    version: typeof info.version === "string" ? info.version : null,
  };
}

export function capabilitiesOf(office: OfficeLike): Capabilities {
  const cached = cache.get(office);
  if (cached) return cached;
  const answers = new Map<number, boolean>();
  const excelApi = (minor: number): boolean => {
    let answer = answers.get(minor);
    if (answer === undefined) {
      answer = office.context.requirements.isSetSupported("ExcelApi", `1.${minor}`);
      answers.set(minor, answer);
    }
    return answer;
  };
  let highest: string | null = null;
  for (let minor = 1; minor <= PROBE_UP_TO && excelApi(minor); minor++) highest = `1.${minor}`;
  const capabilities: Capabilities = { ...diagnostics(office), excelApi, highestExcelApi: highest };
  cache.set(office, capabilities);
  return capabilities;
}

/** "ExcelApi 1.8": how a missing set is named in skipped features and messages. */
export function excelApiName(minor: number): string {
  return `ExcelApi 1.${minor}`;
}
