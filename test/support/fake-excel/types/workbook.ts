// Excel.Workbook (the request context's root object) and Excel.Application.

import { officeError } from "../errors";
import type { WorkbookModel } from "../model";
import { does, nav, returns, type ScalarDefs, type TypeDef } from "./type-def";

const CALCULATION_MODES = ["Automatic", "AutomaticExceptTables", "Manual"];

const APP_SCALARS: ScalarDefs<WorkbookModel> = {
  calculationMode: {
    read: (wb) => wb.calculationMode,
    write: (t, v, env) => {
      if (typeof v !== "string" || !CALCULATION_MODES.includes(v)) {
        throw officeError("InvalidArgument", `calculation mode '${String(v)}'`, env.location);
      }
      t.calculationMode = v;
    },
  },
};

export const APPLICATION: TypeDef<WorkbookModel> = {
  name: "Application",
  scalars: APP_SCALARS,
  methods: {
    /** ExcelApi 1.6; counted, not simulated (the fake does not recalculate). */
    suspendApiCalculationUntilNextSync: does((_wb, _args, env) => {
      env.counters.calculationSuspensions++;
    }),
    suspendScreenUpdatingUntilNextSync: does(() => undefined),
    calculate: does((_wb, [calculationType], env) => {
      if (
        typeof calculationType !== "string" ||
        !["Recalculate", "Full", "FullRebuild"].includes(calculationType)
      ) {
        throw officeError("InvalidArgument", `calculation type '${String(calculationType)}'`, env.location);
      }
    }),
  },
};

const selected = (cellOnly: boolean) =>
  returns<WorkbookModel>("Range", (wb, _args, env) => {
    const sheet = wb.activeSheet;
    if (!sheet) throw officeError("ItemNotFound", "no active sheet", env.location);
    const r = sheet.selection;
    return { sheet, rect: cellOnly ? { top: r.top, left: r.left, bottom: r.top, right: r.left } : r };
  });

export const WORKBOOK: TypeDef<WorkbookModel> = {
  name: "Workbook",
  scalars: { name: { read: () => "Book1.xlsx" } },
  navigation: {
    worksheets: nav<WorkbookModel>("WorksheetCollection", (wb) => wb),
    tables: nav<WorkbookModel>("TableCollection", (wb) => ({ workbook: wb, sheet: null })),
    names: nav<WorkbookModel>("NamedItemCollection", (wb) => ({ workbook: wb, scope: null })),
    settings: nav<WorkbookModel>("SettingCollection", (wb) => wb),
    application: nav<WorkbookModel>("Application", (wb) => wb),
  },
  objects: {
    getSelectedRange: selected(false),
    getActiveCell: selected(true),
  },
  methods: {
    getIsActiveCollabSession: does((_wb, _args, env) => env.coauthoring),
  },
};
