// The spec's charts as DrawingML parts of an .xlsx: one drawing part per sheet (a two-cell anchor per
// chart) and one chart part per chart (ECMA-376 Part 1, §21.2 "DrawingML - Charts"). A bubble chart
// refers to its cells on the sheet and caches their values, so a program that does not recalculate
// still draws it; Excel and LibreOffice redraw it from the cells when they change.

import {
  cellAddress,
  parseRange,
  quoteSheet,
  type BubbleSeries,
  type ChartAxis,
  type ChartSpec,
  type RangeRef,
  type SheetSpec,
  type SpecValue,
} from "../../sheet";
import { escapeCellText } from "./sheet-writer";
import { escapeAttr, escapeText } from "./xml";

const NS = {
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/main",
  sheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;

export const CHART_REL_TYPE = `${NS.relationships}/chart`;
export const DRAWING_REL_TYPE = `${NS.relationships}/drawing`;
export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

const DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const LABEL_POSITION = { left: "l", right: "r", center: "ctr", above: "t", below: "b" } as const;
const X_AXIS = 1001;
const Y_AXIS = 1002;

function area(spec: SheetSpec, address: string): RangeRef {
  const range = parseRange(address);
  if (!range) throw new Error(`SheetSpec "${spec.name}": not an A1 range: "${address}"`);
  return range;
}

/** `'KAM-Review'!$B$40:$B$52` */
function absoluteRef(sheet: string, range: RangeRef): string {
  const abs = (row: number, column: number) =>
    cellAddress(row, column).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `${quoteSheet(sheet)}!${abs(range.top, range.left)}:${abs(range.bottom, range.right)}`;
}

/** The number a cell of the spec shows (a formula's cached result), or null. */
function numberOf(value: SpecValue | undefined): number | null {
  if (value === undefined) return null;
  if (value.kind === "number") return value.value;
  if (value.kind === "formula" && typeof value.result === "number") return value.result;
  return null;
}

function numberRef(spec: SheetSpec, address: string): string {
  const range = area(spec, address);
  const points: string[] = [];
  let count = 0;
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++, count++) {
      const n = numberOf(spec.values[row - 1]?.[column - 1]);
      if (n !== null && Number.isFinite(n)) points.push(`<c:pt idx="${count}"><c:v>${n}</c:v></c:pt>`);
    }
  }
  return (
    `<c:numRef><c:f>${escapeText(absoluteRef(spec.name, range))}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${count}"/>${points.join("")}</c:numCache>` +
    "</c:numRef>"
  );
}

/**
 * Text a chart shows (titles, labels, series names) comes from cells: account names may hold control
 * characters XML cannot carry. Office escapes them in chart text as in cells (_x001B_).
 */
function chartText(text: string): string {
  return escapeText(escapeCellText(text));
}

function richText(text: string): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${chartText(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/>'
  );
}

const NOTHING_SHOWN =
  '<c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
  '<c:showPercent val="0"/><c:showBubbleSize val="0"/>';

function seriesXml(spec: SheetSpec, series: BubbleSeries, index: number): string {
  const alpha = Math.round((1 - series.transparency) * 100_000);
  const shape =
    series.fill === null
      ? "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
      : `<c:spPr><a:solidFill><a:srgbClr val="${series.fill.slice(1).toUpperCase()}"><a:alpha val="${alpha}"/></a:srgbClr></a:solidFill>` +
        '<a:ln><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr>';
  const labels =
    series.labels.length === 0
      ? ""
      : "<c:dLbls>" +
        series.labels
          .map(
            (l) =>
              `<c:dLbl><c:idx val="${l.index}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${chartText(l.text)}</a:t></a:r></a:p></c:rich></c:tx>` +
              `<c:dLblPos val="${LABEL_POSITION[l.position]}"/>${NOTHING_SHOWN.replace('<c:showVal val="0"/>', '<c:showVal val="1"/>')}</c:dLbl>`,
          )
          .join("") +
        NOTHING_SHOWN +
        "</c:dLbls>";
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${chartText(series.name)}</c:v></c:tx>` +
    shape +
    '<c:invertIfNegative val="0"/>' +
    labels +
    `<c:xVal>${numberRef(spec, series.x)}</c:xVal>` +
    `<c:yVal>${numberRef(spec, series.y)}</c:yVal>` +
    `<c:bubbleSize>${numberRef(spec, series.size)}</c:bubbleSize>` +
    '<c:bubble3D val="0"/></c:ser>'
  );
}

function axisXml(axis: ChartAxis, id: number, cross: number, position: "b" | "l"): string {
  return (
    `<c:valAx><c:axId val="${id}"/>` +
    `<c:scaling><c:orientation val="minMax"/><c:max val="${axis.max}"/><c:min val="${axis.min}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${position}"/><c:majorGridlines/>` +
    `<c:title>${richText(axis.title)}</c:title>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>' +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="midCat"/><c:majorUnit val="${axis.majorUnit}"/></c:valAx>`
  );
}

/** The chart part of one chart. */
export function chartXml(spec: SheetSpec, chart: ChartSpec): string {
  return (
    DECLARATION +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawing}" xmlns:r="${NS.relationships}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title>${richText(chart.title)}</c:title><c:autoTitleDeleted val="0"/>` +
    '<c:plotArea><c:layout/><c:bubbleChart><c:varyColors val="0"/>' +
    chart.series.map((s, i) => seriesXml(spec, s, i)).join("") +
    `<c:bubbleScale val="100"/><c:showNegBubbles val="0"/><c:axId val="${X_AXIS}"/><c:axId val="${Y_AXIS}"/>` +
    "</c:bubbleChart>" +
    axisXml(chart.x, X_AXIS, Y_AXIS, "b") +
    axisXml(chart.y, Y_AXIS, X_AXIS, "l") +
    "</c:plotArea>" +
    (chart.showLegend ? '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>' : "") +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** The sheet's drawing part: each chart anchored over its cells (`from` … `to`, both included). */
export function drawingXml(spec: SheetSpec, charts: readonly { chart: ChartSpec; relId: string }[]): string {
  const anchors = charts.map(({ chart, relId }, i) => {
    const from = area(spec, chart.from);
    const to = area(spec, chart.to);
    const marker = (tag: string, column: number, row: number) =>
      `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      marker("from", from.left - 1, from.top - 1) +
      marker("to", to.right, to.bottom) +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeAttr(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.relationships}" r:id="${relId}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return (
    DECLARATION +
    `<xdr:wsDr xmlns:xdr="${NS.sheetDrawing}" xmlns:a="${NS.drawing}">${anchors.join("")}</xdr:wsDr>`
  );
}
