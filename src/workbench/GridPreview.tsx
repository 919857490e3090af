// The workbook as a grid: sheet tabs, column letters and row numbers, values with their number
// formats, fills and fonts, and the Excel tables outlined with a header band as Excel's table
// style would show them.

import {
  makeStyles,
  mergeClasses,
  Tab,
  TabList,
  Text,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { useEffect, useRef, type CSSProperties, type RefObject } from "react";
import type { Language } from "../domain/plan";
import { ui } from "../i18n/ui";
import { cellAddress, columnLetter, parseRange } from "../sheet";
import type { PreviewCell, PreviewSheet, PreviewTable, WorkbookPreview } from "./preview-model";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    flexGrow: 1,
    gap: tokens.spacingVerticalXS,
  },
  scroller: {
    flexGrow: 1,
    minHeight: "240px",
    overflow: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: "Calibri, Carlito, 'Segoe UI', Arial, sans-serif",
    fontSize: "13px",
    color: "#000000",
  },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 3,
    backgroundColor: "#E6E6E6",
    borderRight: "1px solid #BFBFBF",
    borderBottom: "1px solid #BFBFBF",
  },
  columnHeader: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: "#E6E6E6",
    color: "#262626",
    fontWeight: "normal",
    textAlign: "center",
    borderRight: "1px solid #BFBFBF",
    borderBottom: "1px solid #BFBFBF",
    height: "20px",
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: "#E6E6E6",
    color: "#262626",
    fontWeight: "normal",
    textAlign: "center",
    minWidth: "36px",
    borderRight: "1px solid #BFBFBF",
    borderBottom: "1px solid #BFBFBF",
  },
  cell: {
    height: "20px",
    padding: "1px 4px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    verticalAlign: "bottom",
    borderRight: "1px solid #E1E1E1",
    borderBottom: "1px solid #E1E1E1",
  },
  wrap: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  // Like Excel, text runs on into empty cells to its right.
  spill: { overflow: "visible", textOverflow: "clip" },
  tableEdgeTop: { borderTop: "2px solid #2F5597" },
  tableEdgeBottom: { borderBottom: "2px solid #2F5597" },
  tableEdgeLeft: { borderLeft: "2px solid #2F5597" },
  tableEdgeRight: { borderRight: "2px solid #2F5597" },
  selected: { outline: "2px solid #107C41", outlineOffset: "-2px" },
  caption: { position: "absolute", left: "-10000px", width: "1px", height: "1px", overflow: "hidden" },
  legend: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  empty: { padding: tokens.spacingHorizontalM },
});

const ROW_HEADER_WIDTH = 40;

/** Table style colours close to Excel's default blue table style. */
const TABLE_HEADER = { fill: "#2F5597", color: "#FFFFFF" };
const TABLE_BAND = "#DCE6F2";

export type GridPreviewProps = {
  language: Language;
  preview: WorkbookPreview;
  sheet: string | null;
  /** The cell or range the task pane selected ("D8", "A11:B12"). */
  selection: string | null;
  onSelectSheet: (sheet: string) => void;
};

function tableAt(tables: readonly PreviewTable[], row: number, column: number): PreviewTable | undefined {
  return tables.find(
    (t) => row >= t.area.top && row <= t.area.bottom && column >= t.area.left && column <= t.area.right,
  );
}

export function GridPreview({ language, preview, sheet, selection, onSelectSheet }: GridPreviewProps) {
  const styles = useStyles();
  const current = preview.sheets.find((s) => s.name === sheet) ?? preview.sheets[0];
  const selectedRef = useRef<HTMLTableCellElement>(null);
  const area = selection ? parseRange(selection) : null;

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selection, sheet]);

  if (!current) return <Text className={styles.empty}>{ui(language, "wbNoWorkbook")}</Text>;
  const panelId = "kam-preview-panel";

  return (
    <div className={styles.root}>
      <TabList
        size="small"
        selectedValue={current.name}
        aria-label={ui(language, "wbSheets")}
        onTabSelect={(_event, data) => {
          if (typeof data.value === "string") onSelectSheet(data.value);
        }}
      >
        {preview.sheets.map((s) => (
          <Tab
            key={s.name}
            value={s.name}
            id={`kam-sheet-tab-${s.name}`}
            aria-controls={s.name === current.name ? panelId : undefined}
          >
            {s.visible ? s.name : `${s.name} (${ui(language, "sheetHidden")})`}
          </Tab>
        ))}
      </TabList>
      <div
        className={styles.scroller}
        role="tabpanel"
        id={panelId}
        aria-labelledby={`kam-sheet-tab-${current.name}`}
        // Scrollable regions must be reachable by keyboard.
        tabIndex={0}
      >
        {current.rows === 0 ? (
          <Text className={styles.empty}>{ui(language, "wbEmptySheet")}</Text>
        ) : (
          <SheetTable sheet={current} area={area} selectedRef={selectedRef} />
        )}
      </div>
      {current.tables.map((t) => (
        <Text key={t.name} className={styles.legend}>
          {ui(language, "wbTableLegend", { name: t.name, range: t.range })}
        </Text>
      ))}
      {current.truncated && (
        <Text className={styles.legend}>
          {ui(language, "wbTruncated", {
            rows: current.rows,
            column: columnLetter(Math.max(1, current.columns)),
          })}
        </Text>
      )}
      {selection && (
        <Text className={styles.legend} role="status">
          {ui(language, "wbSelected", { sheet: current.name, address: selection })}
        </Text>
      )}
    </div>
  );
}

type SheetTableProps = {
  sheet: PreviewSheet;
  area: ReturnType<typeof parseRange>;
  selectedRef: RefObject<HTMLTableCellElement | null>;
};

function SheetTable({ sheet, area, selectedRef }: SheetTableProps) {
  const styles = useStyles();
  const columns = Array.from({ length: sheet.columns }, (_, i) => i + 1);
  // A fixed layout needs the table's own width, else browsers squeeze the columns.
  const width = ROW_HEADER_WIDTH + sheet.columnWidths.reduce((sum, w) => sum + w, 0);
  return (
    <table className={styles.table} style={{ width: `${width}px` }}>
      <caption className={styles.caption}>{sheet.name}</caption>
      <colgroup>
        <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
        {sheet.columnWidths.map((w, i) => (
          <col key={i} style={{ width: `${w}px` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <td className={styles.corner} />
          {columns.map((c) => (
            <th key={c} scope="col" className={styles.columnHeader}>
              {columnLetter(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sheet.cells.map((row, r) => (
          <tr key={r}>
            <th scope="row" className={styles.rowHeader}>
              {r + 1}
            </th>
            {row.map((cell, c) => {
              if (cell.colSpan === 0) return null;
              const rowNumber = r + 1;
              const column = c + 1;
              const selected = area !== null && area.top === rowNumber && area.left === column;
              const right = row[c + 1];
              const spill =
                cell.text !== "" &&
                !cell.wrap &&
                cell.align === "left" &&
                right !== undefined &&
                right.text === "" &&
                right.fill === null &&
                right.colSpan === 1 &&
                tableAt(sheet.tables, rowNumber, column + 1) === undefined;
              return (
                <td
                  key={c}
                  ref={selected ? selectedRef : undefined}
                  colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                  rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                  data-cell={cellAddress(rowNumber, column)}
                  {...cellLook(cell, sheet.tables, rowNumber, column)}
                  className={mergeClasses(
                    styles.cell,
                    cell.wrap && styles.wrap,
                    spill && styles.spill,
                    ...tableEdges(sheet.tables, rowNumber, column, styles),
                    selected && styles.selected,
                  )}
                >
                  {cell.text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Styles = ReturnType<typeof useStyles>;

/** Inline colours: the cell's own fill and font, else the table style's header band and stripes. */
function cellLook(
  cell: PreviewCell,
  tables: readonly PreviewTable[],
  row: number,
  column: number,
): { style: CSSProperties; "data-table"?: string } {
  const table = tableAt(tables, row, column);
  const header = table !== undefined && row === table.area.top;
  const band = table !== undefined && !header && (row - table.area.top) % 2 === 1;
  const fill = cell.fill ?? (header ? TABLE_HEADER.fill : band ? TABLE_BAND : null);
  const color = cell.color ?? (header && cell.fill === null ? TABLE_HEADER.color : null);
  const style: CSSProperties = {
    textAlign: cell.align,
    fontWeight: cell.bold || header ? 700 : 400,
    fontStyle: cell.italic ? "italic" : "normal",
    verticalAlign: cell.vertical === "center" ? "middle" : cell.vertical,
  };
  if (fill) style.backgroundColor = fill;
  if (color) style.color = color;
  return table ? { style, "data-table": table.name } : { style };
}

function tableEdges(tables: readonly PreviewTable[], row: number, column: number, styles: Styles): string[] {
  const table = tableAt(tables, row, column);
  if (!table) return [];
  const edges: string[] = [];
  if (row === table.area.top) edges.push(styles.tableEdgeTop);
  if (row === table.area.bottom) edges.push(styles.tableEdgeBottom);
  if (column === table.area.left) edges.push(styles.tableEdgeLeft);
  if (column === table.area.right) edges.push(styles.tableEdgeRight);
  return edges;
}
