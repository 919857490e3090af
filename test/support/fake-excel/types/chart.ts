// Worksheet.charts (ExcelApi 1.1) with what the add-in's bubble chart needs: the chart, its title,
// axes (scale, title, gridlines), legend and position; series (ExcelApi 1.7: add, x values, values,
// bubble sizes, fill, line) and per-point data labels (text: ExcelApi 1.8). Modelled from the Excel
// JavaScript API reference (Chart, ChartSeries, ChartPoint, ChartDataLabel); what Excel draws is not.
// Choices where the reference is silent: `charts.add` makes one series over the source range (values
// and bubble sizes from it, no x values); a point index beyond the series' values is ItemNotFound.

import { cellCount, parseRect, type Rect } from "../address";
import { normalizeColor } from "../colors";
import { officeError } from "../errors";
import type {
  ChartAxisModel,
  ChartDataLabelModel,
  ChartModel,
  ChartRangeModel,
  ChartSeriesModel,
  SheetModel,
} from "../model";
import { resolveRangeArgument } from "./range";
import { does, nav, object, returns, type CallEnv, type ScalarDefs, type TypeDef } from "./type-def";

/** Excel.ChartType values the engine accepts (the reference lists more; these are the ones in use). */
const CHART_TYPES = ["Bubble", "Bubble3DEffect", "XYScatter", "ColumnClustered", "Line", "Pie"];
const SERIES_BY = ["Auto", "Columns", "Rows"];
const LABEL_POSITIONS = ["Center", "Left", "Right", "Top", "Bottom", "BestFit", "InsideEnd", "OutsideEnd"];
const LINE_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Grey25",
  "Grey50",
  "Grey75",
  "Automatic",
  "RoundDot",
];

const newAxis = (): ChartAxisModel => ({
  minimum: null,
  maximum: null,
  majorUnit: null,
  title: { text: "", visible: false },
  majorGridlines: false,
});

function newSeries(name: string, values: ChartRangeModel | null): ChartSeriesModel {
  return {
    name,
    xValues: null,
    values,
    bubbleSizes: values,
    fill: "Automatic",
    lineStyle: "Automatic",
    hasDataLabels: false,
    labels: new Map(),
    deleted: false,
  };
}

function text(v: unknown, location: string): string {
  if (typeof v !== "string") throw officeError("InvalidArgument", "expected text", location);
  return v;
}

function number(v: unknown, location: string): number {
  if (typeof v !== "number" || !Number.isFinite(v))
    throw officeError("InvalidArgument", "expected a number", location);
  return v;
}

function bool(v: unknown, location: string): boolean {
  if (typeof v !== "boolean") throw officeError("InvalidArgument", "expected true or false", location);
  return v;
}

function oneOf(v: unknown, allowed: readonly string[], location: string): string {
  if (typeof v !== "string" || !allowed.includes(v))
    throw officeError("InvalidArgument", `'${String(v)}'`, location);
  return v;
}

/** A range argument for a chart: a Range object or an address on the chart's sheet, one column or row. */
function chartRange(arg: unknown, sheet: SheetModel, env: CallEnv): ChartRangeModel {
  const target = resolveRangeArgument(arg, sheet, env, env.location);
  return { sheet: target.sheet, rect: target.rect };
}

function cellArgument(arg: unknown, sheet: SheetModel, env: CallEnv): Rect {
  const given = env.objectOf(arg);
  if (given) return chartRange(arg, sheet, env).rect;
  const rect = typeof arg === "string" ? parseRect(arg) : null;
  if (!rect) throw officeError("InvalidArgument", "expected a cell", env.location);
  return rect;
}

// ---- chart ---------------------------------------------------------------------------------------

type ChartTarget = ChartModel;
type AxisTarget = { chart: ChartModel; axis: ChartAxisModel };
type SeriesTarget = { chart: ChartModel; series: ChartSeriesModel };
type PointTarget = SeriesTarget & { index: number };

const CHART_SCALARS: ScalarDefs<ChartTarget> = {
  id: { read: (c) => c.id },
  name: {
    read: (c) => c.name,
    write: (c, v, env) => {
      const name = text(v, env.location);
      if (c.sheet.charts.some((o) => o !== c && !o.deleted && o.name.toLowerCase() === name.toLowerCase()))
        throw officeError("ItemAlreadyExists", `chart '${name}'`, env.location);
      c.name = name;
    },
  },
  chartType: {
    read: (c) => c.chartType,
    write: (c, v, env) => {
      c.chartType = oneOf(v, CHART_TYPES, env.location);
    },
  },
};

export const CHART: TypeDef<ChartTarget> = {
  name: "Chart",
  scalars: CHART_SCALARS,
  isAlive: (c) => !c.deleted && !c.sheet.deleted,
  navigation: {
    title: nav<ChartTarget>("ChartTitle", (c) => c),
    legend: nav<ChartTarget>("ChartLegend", (c) => c),
    axes: nav<ChartTarget>("ChartAxes", (c) => c),
    series: nav<ChartTarget>("ChartSeriesCollection", (c) => c),
    worksheet: nav<ChartTarget>("Worksheet", (c) => c.sheet),
  },
  methods: {
    setPosition: does((c, [start, end], env) => {
      const from = cellArgument(start, c.sheet, env);
      const to = end === undefined || end === null ? from : cellArgument(end, c.sheet, env);
      c.from = { top: from.top, left: from.left, bottom: from.top, right: from.left };
      c.to = { top: to.bottom, left: to.right, bottom: to.bottom, right: to.right };
    }),
    delete: does((c) => {
      c.deleted = true;
      c.sheet.charts = c.sheet.charts.filter((x) => x !== c);
    }),
  },
};

export const CHART_TITLE: TypeDef<ChartTarget> = {
  name: "ChartTitle",
  scalars: {
    text: {
      read: (c) => c.title.text,
      write: (c, v, env) => {
        c.title.text = text(v, env.location);
        c.title.visible = true;
      },
    },
    visible: {
      read: (c) => c.title.visible,
      write: (c, v, env) => {
        c.title.visible = bool(v, env.location);
      },
    },
  },
};

export const CHART_LEGEND: TypeDef<ChartTarget> = {
  name: "ChartLegend",
  scalars: {
    visible: {
      read: (c) => c.legend.visible,
      write: (c, v, env) => {
        c.legend.visible = bool(v, env.location);
      },
    },
    position: {
      read: (c) => c.legend.position,
      write: (c, v, env) => {
        c.legend.position = oneOf(v, ["Top", "Bottom", "Left", "Right", "Corner", "Custom"], env.location);
      },
    },
  },
};

export const CHART_AXES: TypeDef<ChartTarget> = {
  name: "ChartAxes",
  scalars: {},
  navigation: {
    categoryAxis: nav<ChartTarget>("ChartAxis", (c) => ({ chart: c, axis: c.axes.category })),
    valueAxis: nav<ChartTarget>("ChartAxis", (c) => ({ chart: c, axis: c.axes.value })),
  },
};

const axisNumber = (key: "minimum" | "maximum" | "majorUnit"): ScalarDefs<AxisTarget>[string] => ({
  read: (t) => t.axis[key],
  write: (t, v, env) => {
    const n = number(v, env.location);
    if (key === "majorUnit" && n <= 0)
      throw officeError("InvalidArgument", "majorUnit must be positive", env.location);
    t.axis[key] = n;
  },
});

export const CHART_AXIS: TypeDef<AxisTarget> = {
  name: "ChartAxis",
  scalars: {
    minimum: axisNumber("minimum"),
    maximum: axisNumber("maximum"),
    majorUnit: axisNumber("majorUnit"),
  },
  navigation: {
    title: nav<AxisTarget>("ChartAxisTitle", (t) => t),
    majorGridlines: nav<AxisTarget>("ChartGridlines", (t) => t),
  },
};

export const CHART_AXIS_TITLE: TypeDef<AxisTarget> = {
  name: "ChartAxisTitle",
  scalars: {
    text: {
      read: (t) => t.axis.title.text,
      write: (t, v, env) => {
        t.axis.title.text = text(v, env.location);
        t.axis.title.visible = true;
      },
    },
    visible: {
      read: (t) => t.axis.title.visible,
      write: (t, v, env) => {
        t.axis.title.visible = bool(v, env.location);
      },
    },
  },
};

export const CHART_GRIDLINES: TypeDef<AxisTarget> = {
  name: "ChartGridlines",
  scalars: {
    visible: {
      read: (t) => t.axis.majorGridlines,
      write: (t, v, env) => {
        t.axis.majorGridlines = bool(v, env.location);
      },
    },
  },
};

// ---- charts on a worksheet -------------------------------------------------------------------------

const liveCharts = (s: SheetModel) => s.charts.filter((c) => !c.deleted);

function defaultChartName(s: SheetModel): string {
  let n = 1;
  while (liveCharts(s).some((c) => c.name === `Chart ${n}`)) n++;
  return `Chart ${n}`;
}

export const CHART_COLLECTION: TypeDef<SheetModel> = {
  name: "ChartCollection",
  scalars: {},
  collection: {
    items: (s) => liveCharts(s).map((c) => object("Chart", c)),
    indexer: (s, key, env) => {
      const found = liveCharts(s).find(
        (c) => typeof key === "string" && c.name.toLowerCase() === key.toLowerCase(),
      );
      if (!found) throw officeError("ItemNotFound", `no chart '${String(key)}'`, env.location);
      return object("Chart", found);
    },
  },
  objects: {
    add: returns<SheetModel>("Chart", (s, [type, sourceData, seriesBy], env) => {
      const chartType = oneOf(type, CHART_TYPES, env.location);
      if (seriesBy !== undefined && seriesBy !== null) oneOf(seriesBy, SERIES_BY, env.location);
      const source = chartRange(sourceData, s, env);
      const chart: ChartModel = {
        id: s.workbook.nextChartId(),
        name: defaultChartName(s),
        chartType,
        sheet: s,
        from: null,
        to: null,
        title: { text: "", visible: false },
        legend: { visible: true, position: "Right" },
        axes: { category: newAxis(), value: newAxis() },
        series: [newSeries("Series1", source)],
        deleted: false,
      };
      s.charts.push(chart);
      return chart;
    }),
    getItemAt: returns<SheetModel>("Chart", (s, [index], env) => {
      const chart = typeof index === "number" ? liveCharts(s)[index] : undefined;
      if (!chart) throw officeError("ItemNotFound", `no chart at ${String(index)}`, env.location);
      return chart;
    }),
  },
  methods: { getCount: does((s) => liveCharts(s).length) },
};

// ---- series, points, data labels ---------------------------------------------------------------------

const liveSeries = (c: ChartModel) => c.series.filter((x) => !x.deleted);

export const CHART_SERIES_COLLECTION: TypeDef<ChartTarget> = {
  name: "ChartSeriesCollection",
  scalars: {},
  collection: {
    items: (c) => liveSeries(c).map((series) => object("ChartSeries", { chart: c, series })),
  },
  objects: {
    getItemAt: returns<ChartTarget>("ChartSeries", (c, [index], env) => {
      const series = typeof index === "number" ? liveSeries(c)[index] : undefined;
      if (!series) throw officeError("ItemNotFound", `no series at ${String(index)}`, env.location);
      return { chart: c, series };
    }),
    add: returns<ChartTarget>("ChartSeries", (c, [name], env) => {
      const series = newSeries(
        name === undefined || name === null ? `Series${c.series.length + 1}` : text(name, env.location),
        null,
      );
      c.series.push(series);
      return { chart: c, series };
    }),
  },
  methods: { getCount: does((c) => liveSeries(c).length) },
};

const pointCount = (s: ChartSeriesModel) => (s.values ? cellCount(s.values.rect) : 0);

export const CHART_SERIES: TypeDef<SeriesTarget> = {
  name: "ChartSeries",
  scalars: {
    name: {
      read: (t) => t.series.name,
      write: (t, v, env) => {
        t.series.name = text(v, env.location);
      },
    },
    hasDataLabels: {
      read: (t) => t.series.hasDataLabels,
      write: (t, v, env) => {
        t.series.hasDataLabels = bool(v, env.location);
      },
    },
  },
  isAlive: (t) => !t.series.deleted && !t.chart.deleted,
  navigation: {
    format: nav<SeriesTarget>("ChartSeriesFormat", (t) => t),
    points: nav<SeriesTarget>("ChartPointsCollection", (t) => t),
  },
  methods: {
    setXAxisValues: does((t, [range], env) => {
      t.series.xValues = chartRange(range, t.chart.sheet, env);
    }),
    setValues: does((t, [range], env) => {
      t.series.values = chartRange(range, t.chart.sheet, env);
    }),
    setBubbleSizes: does((t, [range], env) => {
      if (!t.chart.chartType.startsWith("Bubble"))
        throw officeError("InvalidOperation", "bubble sizes belong to bubble charts", env.location);
      t.series.bubbleSizes = chartRange(range, t.chart.sheet, env);
    }),
    delete: does((t) => {
      t.series.deleted = true;
    }),
  },
};

export const CHART_SERIES_FORMAT: TypeDef<SeriesTarget> = {
  name: "ChartSeriesFormat",
  scalars: {},
  navigation: {
    fill: nav<SeriesTarget>("ChartFill", (t) => t),
    line: nav<SeriesTarget>("ChartLineFormat", (t) => t),
  },
};

export const CHART_FILL: TypeDef<SeriesTarget> = {
  name: "ChartFill",
  scalars: {},
  methods: {
    setSolidColor: does((t, [color], env) => {
      const c = normalizeColor(color);
      if (c === null) throw officeError("InvalidArgument", `colour '${String(color)}'`, env.location);
      t.series.fill = c;
    }),
    clear: does((t) => {
      t.series.fill = null;
    }),
  },
};

export const CHART_LINE_FORMAT: TypeDef<SeriesTarget> = {
  name: "ChartLineFormat",
  scalars: {
    lineStyle: {
      read: (t) => t.series.lineStyle,
      write: (t, v, env) => {
        t.series.lineStyle = oneOf(v, LINE_STYLES, env.location);
      },
    },
  },
};

export const CHART_POINTS_COLLECTION: TypeDef<SeriesTarget> = {
  name: "ChartPointsCollection",
  scalars: {},
  collection: {
    items: (t) =>
      Array.from({ length: pointCount(t.series) }, (_, index) => object("ChartPoint", { ...t, index })),
  },
  objects: {
    getItemAt: returns<SeriesTarget>("ChartPoint", (t, [index], env) => {
      if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= pointCount(t.series))
        throw officeError(
          "ItemNotFound",
          `no point ${String(index)} in a series of ${pointCount(t.series)}`,
          env.location,
        );
      return { ...t, index };
    }),
  },
  methods: { getCount: does((t) => pointCount(t.series)) },
};

function labelOf(t: PointTarget): ChartDataLabelModel & { visible: boolean } {
  let label = t.series.labels.get(t.index);
  if (!label) {
    label = { text: null, position: "Right", visible: false };
    t.series.labels.set(t.index, label);
  }
  return label;
}

export const CHART_POINT: TypeDef<PointTarget> = {
  name: "ChartPoint",
  scalars: {
    hasDataLabel: {
      read: (t) => t.series.labels.get(t.index)?.visible ?? false,
      write: (t, v, env) => {
        labelOf(t).visible = bool(v, env.location);
      },
    },
  },
  navigation: { dataLabel: nav<PointTarget>("ChartDataLabel", (t) => t) },
};

export const CHART_DATA_LABEL: TypeDef<PointTarget> = {
  name: "ChartDataLabel",
  scalars: {
    text: {
      read: (t) => t.series.labels.get(t.index)?.text ?? "",
      write: (t, v, env) => {
        labelOf(t).text = text(v, env.location);
      },
    },
    position: {
      read: (t) => t.series.labels.get(t.index)?.position ?? "Right",
      write: (t, v, env) => {
        labelOf(t).position = oneOf(v, LABEL_POSITIONS, env.location);
      },
    },
  },
};

export const CHART_TYPES_MODELLED = [
  CHART_COLLECTION,
  CHART,
  CHART_TITLE,
  CHART_LEGEND,
  CHART_AXES,
  CHART_AXIS,
  CHART_AXIS_TITLE,
  CHART_GRIDLINES,
  CHART_SERIES_COLLECTION,
  CHART_SERIES,
  CHART_SERIES_FORMAT,
  CHART_FILL,
  CHART_LINE_FORMAT,
  CHART_POINTS_COLLECTION,
  CHART_POINT,
  CHART_DATA_LABEL,
] as const;
