// The spec's charts as native Excel charts (ExcelApi 1.8): a bubble chart placed over its cells,
// title, both axes with their scale, title and gridlines, no legend when the spec says so, and each
// series set from its ranges (x values, y values, bubble sizes) with its fill and the labels of single
// points. Excel's chart fill has no transparency in the API: a transparent fill is mixed with white.

import { rangeAddress, type BubbleSeries, type ChartAxis, type ChartSpec, type SheetSpec } from "../../sheet";
import { utf8Length, type BudgetedBatch } from "./payload";
import { styleRange } from "./style-layers";

const LABEL_POSITION = {
  left: "Left",
  right: "Right",
  center: "Center",
  above: "Top",
  below: "Bottom",
} as const;

/** A colour seen through `transparency` over white, as Excel would show a transparent fill on white. */
export function overWhite(color: string, transparency: number): string {
  const channel = (i: number) => {
    const value = parseInt(color.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(value + (255 - value) * transparency)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`.toUpperCase();
}

function setAxis(axis: Excel.ChartAxis, spec: ChartAxis): void {
  axis.minimum = spec.min;
  axis.maximum = spec.max;
  axis.majorUnit = spec.majorUnit;
  axis.title.text = spec.title;
  // Gridlines on the major unit draw the quadrants' borders.
  axis.majorGridlines.visible = true;
}

function setSeries(
  sheet: Excel.Worksheet,
  series: Excel.ChartSeries,
  spec: BubbleSeries,
  address: (a1: string) => string,
): void {
  series.name = spec.name;
  series.setXAxisValues(sheet.getRange(address(spec.x)));
  series.setValues(sheet.getRange(address(spec.y)));
  series.setBubbleSizes(sheet.getRange(address(spec.size)));
  if (spec.fill === null) {
    series.format.fill.clear();
    series.format.line.lineStyle = "None";
  } else {
    series.format.fill.setSolidColor(overWhite(spec.fill, spec.transparency));
  }
  for (const label of spec.labels) {
    const point = series.points.getItemAt(label.index);
    point.hasDataLabel = true;
    point.dataLabel.text = label.text;
    point.dataLabel.position = LABEL_POSITION[label.position];
  }
}

function chartBytes(chart: ChartSpec): number {
  const labels = chart.series.flatMap((s) => s.labels.map((l) => l.text)).join("");
  return utf8Length(chart.name + chart.title + chart.x.title + chart.y.title + labels);
}

export async function queueCharts(
  batch: BudgetedBatch,
  target: Excel.Worksheet,
  spec: SheetSpec,
  /** The name each chart is made under (an update makes it under a temporary one first). */
  nameOf: (chart: ChartSpec) => string = (chart) => chart.name,
  only: (chart: ChartSpec) => boolean = () => true,
): Promise<void> {
  const address = (a1: string) => rangeAddress(styleRange(spec, a1));
  for (const chart of (spec.charts ?? []).filter(only)) {
    const [first, ...more] = chart.series;
    if (!first) continue;
    // One chart per batch: its series and labels refer to the chart made in the same request.
    await batch.add(chartBytes(chart), () => {
      const made = target.charts.add("Bubble", target.getRange(address(first.size)), "Columns");
      made.name = nameOf(chart);
      made.setPosition(chart.from, chart.to);
      made.title.text = chart.title;
      made.legend.visible = chart.showLegend;
      setAxis(made.axes.categoryAxis, chart.x);
      setAxis(made.axes.valueAxis, chart.y);
      setSeries(target, made.series.getItemAt(0), first, address);
      for (const series of more) setSeries(target, made.series.add(series.name), series, address);
    });
  }
}
