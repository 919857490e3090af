// Excel.Workbook (context.workbook) and Excel.Application.

import { defineScalars, expose, FakeObject, type FakeClientResult, type ScalarSpecs } from "./client-object";
import type { FakeRequestContext } from "./context";
import { officeError } from "./errors";
import type { WorkbookModel } from "./model";
import { FakeNamedItemCollection, FakeSettingCollection } from "./names-api";
import { FakeRange } from "./range-api";
import { FakeTableCollection } from "./table-api";
import { FakeWorksheetCollection } from "./worksheet-api";

const CALCULATION_MODES = ["Automatic", "AutomaticExceptTables", "Manual"];

const APP_SCALARS: ScalarSpecs<WorkbookModel> = {
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

export class FakeApplication extends FakeObject<WorkbookModel> {
  readonly typeName = "Application";

  protected scalars(): ScalarSpecs<WorkbookModel> {
    return APP_SCALARS;
  }

  /** ExcelApi 1.6 (Application reference); counted in stats.calculationSuspensions. */
  suspendApiCalculationUntilNextSync(): void {
    this.checkApi("suspendApiCalculationUntilNextSync");
    this.enqueue("suspendApiCalculationUntilNextSync", [], () => {
      this.engine.stats.calculationSuspensions++;
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.checkApi("suspendScreenUpdatingUntilNextSync");
    this.enqueue("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }

  calculate(calculationType: string): void {
    this.enqueue("calculate", [calculationType], (_t, _a, _e, location) => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType)) {
        throw officeError("InvalidArgument", `calculation type '${calculationType}'`, location);
      }
    });
  }
}
defineScalars(FakeApplication.prototype, APP_SCALARS);

const WORKBOOK_SCALARS: ScalarSpecs<WorkbookModel> = {
  name: { read: () => "Book1.xlsx" },
};

export class FakeWorkbook extends FakeObject<WorkbookModel> {
  readonly typeName = "Workbook";

  static create(context: FakeRequestContext, model: WorkbookModel): FakeWorkbook {
    const wb = expose(new FakeWorkbook(context, "workbook", () => model));
    wb.pinTo(model);
    return wb;
  }

  protected scalars(): ScalarSpecs<WorkbookModel> {
    return WORKBOOK_SCALARS;
  }

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    const navs: Record<string, () => unknown> = {
      worksheets: () => this.worksheets,
      tables: () => this.tables,
      names: () => this.names,
      settings: () => this.settings,
      application: () => this.application,
    };
    const get = navs[name];
    return get ? (get() as FakeObject<unknown>) : undefined;
  }

  get worksheets(): FakeWorksheetCollection {
    return this.child("worksheets", () =>
      FakeWorksheetCollection.create(this.context, "worksheets", () => this.target()),
    );
  }

  get tables(): FakeTableCollection {
    return this.child("tables", () =>
      FakeTableCollection.create(this.context, "workbook.tables", () => {
        const wb = this.target();
        return wb === null ? null : { workbook: wb, sheet: null };
      }),
    );
  }

  get names(): FakeNamedItemCollection {
    return this.child("names", () =>
      FakeNamedItemCollection.create(this.context, "workbook.names", () => {
        const wb = this.target();
        return wb === null ? null : { workbook: wb, scope: null };
      }),
    );
  }

  get settings(): FakeSettingCollection {
    this.checkApi("settings");
    return this.child("settings", () =>
      expose(new FakeSettingCollection(this.context, "workbook.settings", () => this.target())),
    );
  }

  get application(): FakeApplication {
    return this.child("application", () =>
      expose(new FakeApplication(this.context, "workbook.application", () => this.target())),
    );
  }

  private selected(member: string, cellOnly: boolean): FakeRange {
    this.checkApi(member);
    const location = this.location(member);
    const child = FakeRange.create(this.context, `workbook.${member}()`, () => {
      const wb = this.target();
      if (wb === null) return null;
      const sheet = wb.activeSheet;
      if (!sheet) throw officeError("ItemNotFound", "no active sheet", location);
      const r = sheet.selection;
      return { sheet, rect: cellOnly ? { top: r.top, left: r.left, bottom: r.top, right: r.left } : r };
    });
    return this.instantiate(child, member, []);
  }

  getSelectedRange(): FakeRange {
    return this.selected("getSelectedRange", false);
  }

  getActiveCell(): FakeRange {
    return this.selected("getActiveCell", true);
  }

  getIsActiveCollabSession(): FakeClientResult<boolean> {
    return this.result("getIsActiveCollabSession", [], () => this.engine.coauthoring);
  }
}
defineScalars(FakeWorkbook.prototype, WORKBOOK_SCALARS);
