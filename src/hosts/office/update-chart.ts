// The add-in's charts on a sheet updated in place (ExcelApi 1.8). Ours is the chart of the spec's
// name (e.g. "KAM_Portfolio"); any other chart on the sheet is a user's and never touched.
//
// Below ExcelApi 1.15 a chart's series ranges cannot be read back (ChartSeries.getDimensionDataSource-
// String), so a chart re-pointed in place could not be put back after a failure. Instead, like a sheet
// that is rebuilt, the chart is made new under a temporary name in the update's batches, and the write's
// last batch swaps it in: the old chart steps aside under a backup name, the new one takes the name,
// the old one is deleted. A rollback tells from the names what went through. It is made new when it is
// missing or the sheet changed (its rows, and so the series, labels and the cells below, may have
// moved); an unchanged sheet keeps its chart as it is.

import type { ChartSpec, SheetSpec } from "../../sheet";
import type { BudgetedBatch } from "./payload";
import { queueCharts } from "./render-chart";

export type ChartJournal = {
  sheet: string;
  name: string;
  /** The sheet had a chart of that name before the update. */
  existed: boolean;
  temp: string;
  backup: string;
  /** Set once the new chart was queued. */
  applied: boolean;
};

/** Round 1: the names of the sheet's charts (queued; read after the next sync). */
export function queueChartList(sheet: Excel.Worksheet): Excel.ChartCollection {
  const charts = sheet.charts;
  charts.load("items/name");
  return charts;
}

function unique(base: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}${n}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** The charts to make new (see the file comment). */
export function planCharts(spec: SheetSpec, list: Excel.ChartCollection, changed: boolean): ChartJournal[] {
  const taken = new Set(list.items.map((c) => c.name.toLowerCase()));
  return (spec.charts ?? []).flatMap((chart) => {
    const existed = taken.has(chart.name.toLowerCase());
    if (existed && !changed) return [];
    return [
      {
        sheet: spec.name,
        name: chart.name,
        existed,
        temp: unique(`${chart.name}_new`, taken),
        backup: unique(`${chart.name}_old`, taken),
        applied: false,
      },
    ];
  });
}

/** Makes the new charts under their temporary names. */
export async function queueNewCharts(
  batch: BudgetedBatch,
  target: Excel.Worksheet,
  spec: SheetSpec,
  journals: readonly ChartJournal[],
): Promise<void> {
  const of = (chart: ChartSpec) => journals.find((j) => j.name === chart.name);
  for (const j of journals) j.applied = true;
  await queueCharts(
    batch,
    target,
    spec,
    (chart) => of(chart)?.temp ?? chart.name,
    (chart) => of(chart) !== undefined,
  );
}

/** The swap, queued in the write's last batch. */
export function commitCharts(target: Excel.Worksheet, journals: readonly ChartJournal[]): void {
  for (const j of journals) {
    if (j.existed) target.charts.getItem(j.name).name = j.backup;
    target.charts.getItem(j.temp).name = j.name;
    if (j.existed) target.charts.getItem(j.backup).delete();
  }
}

/**
 * Undoes a failed swap, judged by the names: the new chart (temporary or final name) goes and the
 * backup gets its name back. Without a backup the old chart was either never renamed (it keeps its
 * name) or already deleted (the new one stays; the write is still reported as failed).
 */
export async function rollbackChartsIn(
  context: Excel.RequestContext,
  journals: readonly ChartJournal[],
): Promise<void> {
  const applied = journals.filter((j) => j.applied);
  if (applied.length === 0) return;
  const found = applied.map((j) => {
    const charts = context.workbook.worksheets.getItem(j.sheet).charts;
    const load = (name: string) => {
      const chart = charts.getItemOrNullObject(name);
      chart.load("name");
      return chart;
    };
    return { j, temp: load(j.temp), backup: load(j.backup), final: load(j.name) };
  });
  await context.sync();
  for (const { j, temp, backup, final } of found) {
    if (!temp.isNullObject) temp.delete();
    if (!backup.isNullObject) {
      if (!final.isNullObject) final.delete();
      backup.name = j.name;
    } else if (!j.existed && !final.isNullObject) final.delete();
  }
  await context.sync();
}
