// The review sheet's native parts in an .xlsx: the portfolio bubble chart as a drawing and a chart
// part over the sheet's cells, and the goal table's conditional formats as rules with differential
// styles. Checked in the package itself (parts, relationships, content types, XML), and by
// LibreOffice: it must open the file and keep the chart when it saves it again.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { newXlsx, openXlsx } from "../../../src/hosts/xlsx";
import { openWorkbook, writePlan } from "../../../src/planner";
import { AS_OF, PLAN } from "../../workbook/write-fixtures";
import { num, text, type SheetSpec } from "../../../src/sheet";
import { fullSpec } from "../../support/xlsx-fixtures";

function reviewLike(name = "KAM-Review"): SheetSpec {
  return {
    ...fullSpec(name),
    values: [
      [text("x"), text("y"), text("Umsatz")],
      [num(7.5), num(8), num(2_400_000)],
      [num(2.1), num(6.7), num(820_000)],
      [num(6), num(3), num(1_150_000)],
    ],
    table: null,
    names: [],
    validations: [],
    merges: [],
    styles: [],
    conditionalFormats: [
      { range: "A2:A4", formula: '=$B2="Rot"', style: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true } },
      { range: "A2:A4", formula: "=$A2>5", style: { fill: "#C6EFCE" } },
    ],
    charts: [
      {
        kind: "bubble",
        name: "Portfolio",
        title: "Kundenportfolio",
        from: "E2",
        to: "L20",
        x: { title: "Relative Stärke", min: 0, max: 10, majorUnit: 5 },
        y: { title: "Attraktivität", min: 0, max: 10, majorUnit: 5 },
        series: [
          {
            name: "Kunden",
            x: "A2:A4",
            y: "B2:B4",
            size: "C2:C4",
            fill: "#2E75B6",
            transparency: 0.3,
            labels: [
              { index: 0, text: "Vorarlberger Textil KG", position: "right" },
              { index: 1, text: "Tiroler Holz AG", position: "above" },
              { index: 2, text: "Kärntner Metall", position: "below" },
            ],
          },
        ],
        showLegend: false,
      },
    ],
  };
}

async function written(specs: readonly SheetSpec[]): Promise<Record<string, string>> {
  const book = newXlsx();
  for (const spec of specs)
    await book.writeSheet(spec, { replace: (await book.listSheets()).some((s) => s.name === spec.name) });
  const files = unzipSync(await book.save());
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe("charts and conditional formats in the .xlsx", () => {
  test("the chart is a drawing part and a chart part, related to the sheet and declared", async () => {
    const parts = await written([reviewLike()]);
    const sheetRels = parts["xl/worksheets/_rels/sheet1.xml.rels"] ?? "";
    expect(sheetRels).toMatch(/Id="rId2" Type="[^"]*\/drawing" Target="\.\.\/drawings\/drawing1\.xml"/);
    expect(parts["xl/worksheets/sheet1.xml"]).toContain('<drawing r:id="rId2"/>');
    expect(parts["xl/drawings/_rels/drawing1.xml.rels"]).toMatch(
      /Type="[^"]*\/chart" Target="\.\.\/charts\/chart1\.xml"/,
    );
    const types = parts["[Content_Types].xml"] ?? "";
    expect(types).toContain(
      'PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"',
    );
    expect(types).toContain(
      'PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"',
    );
    // Anchored over E2:L20: from column 4, row 1 to (after) column 12, row 20, zero-based.
    const drawing = parts["xl/drawings/drawing1.xml"] ?? "";
    expect(drawing).toContain("<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>");
    expect(drawing).toContain("<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row>");
    const chart = parts["xl/charts/chart1.xml"] ?? "";
    expect(chart).toContain("<c:bubbleChart>");
    expect(chart).toContain("<c:f>'KAM-Review'!$A$2:$A$4</c:f>");
    expect(chart).toContain('<c:pt idx="0"><c:v>2400000</c:v></c:pt>');
    expect(chart).toContain("<a:t>Vorarlberger Textil KG</a:t>");
    // Each label on the side the layout chose for it.
    expect(chart).toMatch(/<c:idx val="0"\/>.*?Vorarlberger Textil KG.*?<c:dLblPos val="r"\/>/);
    expect(chart).toMatch(/<c:idx val="1"\/>.*?Tiroler Holz AG.*?<c:dLblPos val="t"\/>/);
    expect(chart).toMatch(/<c:idx val="2"\/>.*?Kärntner Metall.*?<c:dLblPos val="b"\/>/);
    expect(chart).not.toContain("<c:legend>");
  });

  test("labels and series names from cells keep their control characters as Excel's escapes, not raw", async () => {
    const spec = reviewLike();
    const chart = spec.charts?.[0];
    if (!chart) throw new Error("fixture without chart");
    const series = chart.series.map((s) => ({
      ...s,
      name: "Kunden\u0007",
      labels: [{ index: 0, text: "\u001b]0;pwned\u0007Kessler\u0008 & Co", position: "right" as const }],
    }));
    const parts = await written([{ ...spec, charts: [{ ...chart, series }] }]);
    const xml = parts["xl/charts/chart1.xml"] ?? "";
    // XML 1.0 cannot hold these characters at all: a raw one makes the part unreadable.
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).toContain("<a:t>_x001B_]0;pwned_x0007_Kessler_x0008_ &amp; Co</a:t>");
    expect(xml).toContain("<c:tx><c:v>Kunden_x0007_</c:v></c:tx>");
  });

  test("conditional formats are expression rules over differential styles, first rule first", async () => {
    const parts = await written([reviewLike()]);
    const sheet = parts["xl/worksheets/sheet1.xml"] ?? "";
    const rules = [
      ...sheet.matchAll(
        /<cfRule type="expression" dxfId="(\d+)" priority="(\d+)"><formula>([^<]*)<\/formula>/g,
      ),
    ];
    expect(rules.map((r) => [r[2], r[3]])).toEqual([
      ["1", '$B2="Rot"'],
      ["2", "$A2&gt;5"],
    ]);
    const dxfs = [...(parts["xl/styles.xml"] ?? "").matchAll(/<dxf>(.*?)<\/dxf>/g)].map((m) => m[1]);
    expect(dxfs[Number(rules[0]?.[1])]).toBe(
      '<font><b/><color rgb="FF9C0006"/></font><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"/></patternFill></fill>',
    );
    // In schema order: after the merged cells, before the validations and the page setup.
    expect(sheet.indexOf("<conditionalFormatting")).toBeLessThan(sheet.indexOf("<pageMargins"));
  });

  test("writing the sheet again replaces its chart: no orphaned drawing or chart part", async () => {
    const parts = await written([reviewLike(), reviewLike()]);
    expect(Object.keys(parts).filter((p) => /^xl\/(charts|drawings)\/[^/]*\.xml$/.test(p))).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
    ]);
    expect((parts["[Content_Types].xml"] ?? "").match(/chart1\.xml/g)).toHaveLength(1);
  });

  const soffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
  (soffice ? test : test.skip)(
    "LibreOffice opens the file and keeps the bubble chart when it saves it again",
    async () => {
      const book = newXlsx();
      await book.writeSheet(reviewLike(), { replace: false });
      const dir = mkdtempSync(path.join(tmpdir(), "kam-chart-"));
      try {
        const file = path.join(dir, "review.xlsx");
        writeFileSync(file, await book.save());
        const out = path.join(dir, "out");
        const run = spawnSync(
          "soffice",
          [
            `-env:UserInstallation=file://${dir}/profile`,
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            out,
            file,
          ],
          { encoding: "utf8", timeout: 120_000 },
        );
        expect(run.status).toBe(0);
        const resaved = unzipSync(readFileSync(path.join(out, readdirSync(out)[0] ?? "")));
        const charts = Object.keys(resaved).filter((p) => p.startsWith("xl/charts/chart"));
        expect(charts.length).toBeGreaterThan(0);
        expect(strFromU8(resaved[charts[0] ?? ""] ?? new Uint8Array())).toContain("bubbleChart");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});

describe("a second plan write into an existing .xlsx (as kam write does)", () => {
  const accounts = (rows: readonly (readonly [string, string, number, number, string])[]): SheetSpec => ({
    ...fullSpec("Kunden"),
    values: [
      [text("Key Accounts")],
      [],
      [text("Kunden-ID"), text("Kunde"), text("Umsatz"), text("Potenzial"), text("KAM")],
      ...rows.map(([id, name, revenue, potential, owner]) => [
        text(id),
        text(name),
        num(revenue),
        num(potential),
        text(owner),
      ]),
    ],
    table: null,
    names: [],
    validations: [],
    merges: [],
    styles: [],
    conditionalFormats: [],
    charts: [],
  });
  const THREE = [
    ["D-01", "Kessler Verpackungen GmbH", 1_850_000, 5_200_000, "Anna Berg"],
    ["D-02", "Lindner Bau AG", 2_400_000, 2_900_000, "Tom Krause"],
    ["D-03", "Ostsee Fisch eG", 760_000, 3_200_000, "Anna Berg"],
  ] as const;

  test("the review gains an account: still one chart part, its ranges reach the new row", async () => {
    const first = newXlsx();
    await first.writeSheet(accounts(THREE), { replace: false });
    const written1 = await writePlan(first, await openWorkbook(first), PLAN, { language: "de", asOf: AS_OF });
    expect(written1.status).toBe("written");
    // The file is saved, opened again, a user adds an account, and the plan is written again.
    const second = await openXlsx(await first.save());
    await second.writeSheet(
      accounts([...THREE, ["D-04", "Nordlicht Energie AG", 1_200_000, 4_000_000, "Tom Krause"]]),
      { replace: true },
    );
    const written2 = await writePlan(second, await openWorkbook(second), PLAN, {
      language: "de",
      asOf: AS_OF,
    });
    expect(written2.status).toBe("written");
    const files = unzipSync(await second.save());
    const charts = Object.keys(files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(charts).toHaveLength(1);
    const chart = strFromU8(files[charts[0] ?? ""] ?? new Uint8Array());
    const refs = [...chart.matchAll(/<c:f>'KAM-Review'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)<\/c:f>/g)];
    // Accounts series: x, y and sizes over rows 5–8 (four accounts); quadrant cells below the chart.
    expect(refs.slice(0, 3).map((m) => [m[2], m[4]])).toEqual([
      ["5", "8"],
      ["5", "8"],
      ["5", "8"],
    ]);
    expect(chart).toContain("<a:t>Nordlicht Energie AG</a:t>");
    expect(Object.keys(files).filter((name) => /^xl\/drawings\/drawing\d+\.xml$/.test(name))).toHaveLength(1);
  });
});
