// Account workbooks built by hand the way KAM teams keep them — not derived from the samples —
// with the reading each must give. The figures live once, in the account tables below: the sheets
// are written from them and the expected accounts are computed from them, so a reader that
// misreads a layout cannot agree with the expectation by accident.
//
// 1. industrie: a German industrial supplier's list — merged two-row headers ("Stammdaten",
//    "Umsatz & Marge (T€)" over two years of revenue, potential, "Marge absolut (T€)", "Marge %"),
//    region sections "Gebiet Nord/Süd" with subtotals, a grand total and a footnote.
// 2. it-services: an English IT-services firm — an index sheet (ref, client, Account Director,
//    sector, link) and one profile per account with FY25/FY26 columns in £k and service lines.
// 3. medtech: a German medtech distributor — one profile per clinic with two years as separate
//    labels ("Umsatz 2024", "Umsatz 2025", "DB I 2025"), "Sparten", an older template with only an
//    absolute "DB I (T€)", a CRM export with label and value in one cell ("Umsatz 2025: 0,58 Mio. €"),
//    and "Mindest-DB je Kunde" on the marketing sheet.
// 4. grosshandel-at: an Austrian wholesaler — last full year before the running one, an absolute DB.
// 5. antriebe-ch: a Swiss drive-technology supplier — a header of three rows (group, sub-labels,
//    years and units), "2026e" a projection, not the last full year.
// 6. engineering-uk: an English engineering consultancy — profiles with "Label: value" cells beside
//    an older profile with label and value side by side.

import { Workbook, type Worksheet } from "exceljs";

export type ExpectedAccount = {
  id: string | null;
  name: string | null;
  industry: string | null;
  region: string | null;
  revenue: number | null;
  potential: number | null;
  grossMargin: number | null;
  profitability: number | null;
  relationship: number | null;
  churnRisk: "low" | "medium" | "high" | null;
  customerSince: string | null;
  owner: string | null;
  businessAreas: readonly string[] | number | null;
  currency: string | null;
  source: { sheet: string; row: number };
};

export type ExpectedField = {
  column: string;
  row?: number;
  header: string;
  scale: number | null;
  year: number | null;
  reason: string;
  /** Profiles: the label and its value in one cell ("Revenue FY25: £2.4m"). */
  labelInCell?: true;
};

export type ExpectedReading = {
  accounts: ExpectedAccount[];
  mapping: { sheet: string; fields: Record<string, ExpectedField> }[];
  /** Finding codes reading must give, in order (no others). */
  findings: string[];
};

export type ExpectedPositioning = {
  positioning: string | null;
  minGrossMargin: number | null;
  focusSegments: string[];
  excludedSegments: string[];
};

export type Corpus = {
  name: string;
  file: string;
  workbook: Workbook;
  expected: ExpectedReading;
  /** Marketing's positioning as reading must give it (checked where given). */
  positioning?: ExpectedPositioning;
};

const BOLD = { bold: true } as const;
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } } as const;
const SECTION_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } } as const;

const round = (n: number, digits: number) => Number(n.toFixed(digits));
const headerYearOf = (header: string) => {
  const m = /\b(20\d{2})\b/.exec(header);
  return m ? Number(m[1]) : null;
};
const list = (text: string) => text.split(";").map((s) => s.trim());

/** A field of a list sheet's expected mapping: its column, header, why, and unit scale and year. */
function field(
  column: string,
  header: string,
  reason = "header",
  scale: number | null = null,
  year: number | null = null,
): ExpectedField {
  return { column, header, scale, year, reason };
}

/** Column widths from column A on, as the team set them. */
function widths(ws: Worksheet, values: readonly number[]): void {
  values.forEach((width, i) => (ws.getColumn(i + 1).width = width));
}

function styleHeader(ws: Worksheet, rows: readonly number[], columns: number): void {
  for (const r of rows) {
    for (let c = 1; c <= columns; c++) {
      const cell = ws.getCell(r, c);
      cell.font = BOLD;
      cell.fill = HEADER_FILL;
      cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 1. German industrial supplier

type Industrie = {
  nr: string;
  name: string;
  branche: string;
  kam: string;
  seit: number;
  umsatz2024: number;
  umsatz2025: number;
  potenzial: number;
  margeAbsolut: number;
  beziehung: number;
  risiko: "niedrig" | "mittel" | "hoch";
  sparten: string;
};

const RISK = {
  niedrig: "low",
  mittel: "medium",
  hoch: "high",
  Low: "low",
  Medium: "medium",
  High: "high",
} as const;

const NORD: Industrie[] = [
  {
    nr: "10482",
    name: "Hansewerk Fördertechnik GmbH",
    branche: "Intralogistik",
    kam: "Jens Petersen",
    seit: 2009,
    umsatz2024: 3420,
    umsatz2025: 3870,
    potenzial: 7500,
    margeAbsolut: 1045,
    beziehung: 4,
    risiko: "niedrig",
    sparten: "Getriebemotoren; Service",
  },
  {
    nr: "10517",
    name: "Nordmetall Walzwerke AG",
    branche: "Stahl",
    kam: "Jens Petersen",
    seit: 2014,
    umsatz2024: 5980,
    umsatz2025: 5410,
    potenzial: 9200,
    margeAbsolut: 1190,
    beziehung: 2,
    risiko: "hoch",
    sparten: "Antriebe",
  },
  {
    nr: "11003",
    name: "Kieler Schiffstechnik GmbH & Co. KG",
    branche: "Schiffbau",
    kam: "Maren Lüders",
    seit: 2018,
    umsatz2024: 1150,
    umsatz2025: 1390,
    potenzial: 4100,
    margeAbsolut: 431,
    beziehung: 3,
    risiko: "mittel",
    sparten: "Antriebe; Steuerungen; Service",
  },
  {
    nr: "11240",
    name: "Weser Papier GmbH",
    branche: "Papier",
    kam: "Maren Lüders",
    seit: 2012,
    umsatz2024: 2260,
    umsatz2025: 2310,
    potenzial: 3000,
    margeAbsolut: 600,
    beziehung: 4,
    risiko: "niedrig",
    sparten: "Getriebemotoren",
  },
];
const SUED: Industrie[] = [
  {
    nr: "20011",
    name: "Alpenland Zement AG",
    branche: "Baustoffe",
    kam: "Stefan Huber",
    seit: 2007,
    umsatz2024: 4880,
    umsatz2025: 5120,
    potenzial: 6400,
    margeAbsolut: 1382,
    beziehung: 5,
    risiko: "niedrig",
    sparten: "Antriebe; Service; Ersatzteile",
  },
  {
    nr: "20145",
    name: "Bayerische Brauanlagen GmbH",
    branche: "Lebensmittel",
    kam: "Stefan Huber",
    seit: 2020,
    umsatz2024: 780,
    umsatz2025: 1050,
    potenzial: 3600,
    margeAbsolut: 305,
    beziehung: 3,
    risiko: "mittel",
    sparten: "Getriebemotoren",
  },
  {
    nr: "20387",
    name: "Schwarzwald Präzisionsteile GmbH",
    branche: "Automobilzulieferer",
    kam: "Claudia Riegler",
    seit: 2016,
    umsatz2024: 2950,
    umsatz2025: 2700,
    potenzial: 5800,
    margeAbsolut: 567,
    beziehung: 2,
    risiko: "hoch",
    sparten: "Antriebe; Steuerungen",
  },
  {
    nr: "20402",
    name: "Donau Chemie Werke AG",
    branche: "Chemie",
    kam: "Claudia Riegler",
    seit: 2011,
    umsatz2024: 3600,
    umsatz2025: 3950,
    potenzial: 8000,
    margeAbsolut: 1106,
    beziehung: 4,
    risiko: "mittel",
    sparten: "Antriebe; Service",
  },
];

const margePct = (a: Industrie) => round(a.margeAbsolut / a.umsatz2025, 3);

export function industrie(): Corpus {
  const wb = new Workbook();
  const ws = wb.addWorksheet("Key Accounts 2026");
  ws.getCell("A1").value = "Key-Account-Portfolio 2026 – Antriebstechnik Deutschland";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = "Beträge in T€ · Stand 30.11.2026 · Quelle: CRM und Controlling";
  // Row 4: group labels merged across, master data merged down; row 5: sub-headers.
  ws.getCell("A4").value = "Stammdaten";
  ws.mergeCells("A4:E4");
  ws.getCell("F4").value = "Umsatz & Marge (T€)";
  ws.mergeCells("F4:J4");
  ws.getCell("K4").value = "Beziehung (1–5)";
  ws.mergeCells("K4:K5");
  ws.getCell("L4").value = "Abwanderungsrisiko";
  ws.mergeCells("L4:L5");
  ws.getCell("M4").value = "Belieferte Sparten";
  ws.mergeCells("M4:M5");
  const sub = [
    "Kd.-Nr.",
    "Kunde",
    "Branche",
    "zuständiger KAM",
    "Kunde seit",
    2024,
    2025,
    "Potenzial",
    "Marge absolut",
    "Marge %",
  ];
  sub.forEach((v, i) => (ws.getCell(5, i + 1).value = v));
  styleHeader(ws, [4, 5], 13);

  const expected: ExpectedAccount[] = [];
  let row = 6;
  const accountRow = (a: Industrie) => {
    const values = [
      a.nr,
      a.name,
      a.branche,
      a.kam,
      a.seit,
      a.umsatz2024,
      a.umsatz2025,
      a.potenzial,
      a.margeAbsolut,
      margePct(a),
      a.beziehung,
      a.risiko,
      a.sparten,
    ];
    values.forEach((v, i) => (ws.getCell(row, i + 1).value = v));
    for (const c of [6, 7, 8, 9]) ws.getCell(row, c).numFmt = "#,##0";
    ws.getCell(row, 10).numFmt = "0.0%";
    expected.push({
      id: a.nr,
      name: a.name,
      industry: a.branche,
      region: null,
      revenue: a.umsatz2025 * 1000,
      potential: a.potenzial * 1000,
      grossMargin: margePct(a),
      profitability: null,
      relationship: a.beziehung,
      churnRisk: RISK[a.risiko],
      customerSince: String(a.seit),
      owner: a.kam,
      businessAreas: list(a.sparten),
      currency: "EUR",
      source: { sheet: "Key Accounts 2026", row },
    });
    row++;
  };
  const subtotals: number[] = [];
  const section = (title: string, accounts: Industrie[]) => {
    ws.getCell(row, 1).value = title;
    ws.mergeCells(row, 1, row, 13);
    ws.getCell(row, 1).font = BOLD;
    ws.getCell(row, 1).fill = SECTION_FILL;
    row++;
    const first = row;
    accounts.forEach(accountRow);
    ws.getCell(row, 2).value = `Summe ${title}`;
    ws.getCell(row, 2).font = BOLD;
    for (const [c, key] of [
      [6, "umsatz2024"],
      [7, "umsatz2025"],
      [8, "potenzial"],
      [9, "margeAbsolut"],
    ] as const) {
      const letter = String.fromCharCode(64 + c);
      const total = accounts.reduce((s, a) => s + a[key], 0);
      ws.getCell(row, c).value = { formula: `SUM(${letter}${first}:${letter}${row - 1})`, result: total };
      ws.getCell(row, c).numFmt = "#,##0";
      ws.getCell(row, c).font = BOLD;
    }
    subtotals.push(row);
    row += 2;
  };
  section("Gebiet Nord", NORD);
  section("Gebiet Süd", SUED);
  const all = [...NORD, ...SUED];
  ws.getCell(row, 2).value = "Gesamt";
  ws.getCell(row, 2).font = BOLD;
  ws.getCell(row, 7).value = {
    formula: subtotals.map((r) => `G${r}`).join("+"),
    result: all.reduce((s, a) => s + a.umsatz2025, 0),
  };
  row += 2;
  ws.getCell(row, 1).value =
    "* Marge absolut = Deckungsbeitrag I in T€; Potenzial = geschätztes Einkaufsvolumen Antriebstechnik laut Jahresgespräch.";
  ws.getCell(row, 1).font = { italic: true, size: 9 };
  widths(ws, [9, 34, 18, 18, 10, 9, 9, 10, 10, 9, 10, 14, 30]);
  ws.views = [{ state: "frozen", ySplit: 5, xSplit: 2 }];

  const mk = wb.addWorksheet("Marketing");
  mk.addRow(["Marketing-Vorgaben für Key Accounts 2027"]).font = BOLD;
  mk.addRow([]);
  mk.addRow(["Positionierung", "Premium: Zuverlässigkeit und niedrige Lebenszykluskosten statt Preis"]);
  mk.addRow(["Mindestmarge", 0.24]);
  mk.getCell("B4").numFmt = "0%";
  mk.addRow(["Fokussegmente", "Intralogistik; Baustoffe; Chemie"]);
  mk.addRow(["Ausgeschlossene Segmente", "Rüstung"]);

  const header = (group: string | null, label: string) => (group === null ? label : `${group} / ${label}`);
  return {
    name: "industrie",
    file: "Kundenportfolio-Industrie.xlsx",
    workbook: wb,
    expected: {
      accounts: expected,
      mapping: [
        {
          sheet: "Key Accounts 2026",
          fields: {
            id: {
              column: "A",
              header: header("Stammdaten", "Kd.-Nr."),
              scale: null,
              year: null,
              reason: "header",
            },
            name: {
              column: "B",
              header: header("Stammdaten", "Kunde"),
              scale: null,
              year: null,
              reason: "header",
            },
            industry: {
              column: "C",
              header: header("Stammdaten", "Branche"),
              scale: null,
              year: null,
              reason: "header",
            },
            revenue: {
              column: "G",
              header: header("Umsatz & Marge (T€)", "2025"),
              scale: 1000,
              year: 2025,
              reason: "latestYear",
            },
            potential: {
              column: "H",
              header: header("Umsatz & Marge (T€)", "Potenzial"),
              scale: 1000,
              year: null,
              reason: "header",
            },
            grossMargin: {
              column: "J",
              header: header("Umsatz & Marge (T€)", "Marge %"),
              scale: 1,
              year: null,
              reason: "percentPreferred",
            },
            relationship: {
              column: "K",
              header: "Beziehung (1–5)",
              scale: null,
              year: null,
              reason: "header",
            },
            churnRisk: {
              column: "L",
              header: "Abwanderungsrisiko",
              scale: null,
              year: null,
              reason: "header",
            },
            customerSince: {
              column: "E",
              header: header("Stammdaten", "Kunde seit"),
              scale: null,
              year: null,
              reason: "header",
            },
            owner: {
              column: "D",
              header: header("Stammdaten", "zuständiger KAM"),
              scale: null,
              year: null,
              reason: "header",
            },
            businessAreas: {
              column: "M",
              header: "Belieferte Sparten",
              scale: null,
              year: null,
              reason: "header",
            },
          },
        },
      ],
      // The region headings and subtotals between the accounts, and the footnote.
      findings: ["ROWS_NOT_ACCOUNTS"],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 2. English IT-services firm: index + one profile per account

type Client = {
  ref: string;
  name: string;
  sheet: string;
  director: string;
  sector: string;
  since: number;
  revenue: [number, number];
  spend: [number, number];
  margin: [number, number];
  relationship: number;
  risk: "Low" | "Medium" | "High";
  lines: string;
};

const CLIENTS: Client[] = [
  {
    ref: "C-104",
    name: "Halden Bank plc",
    sheet: "Halden Bank",
    director: "Priya Shah",
    sector: "Financial services",
    since: 2015,
    revenue: [3850, 4320],
    spend: [12500, 13200],
    margin: [0.31, 0.33],
    relationship: 4,
    risk: "Low",
    lines: "Cloud; Managed services; Cyber security",
  },
  {
    ref: "C-117",
    name: "Northgate Borough Council",
    sheet: "Northgate Council",
    director: "Tom Ellery",
    sector: "Public sector",
    since: 2019,
    revenue: [1240, 1180],
    spend: [5400, 5600],
    margin: [0.25, 0.24],
    relationship: 2,
    risk: "High",
    lines: "Managed services",
  },
  {
    ref: "C-122",
    name: "Brightwater Utilities Ltd",
    sheet: "Brightwater",
    director: "Priya Shah",
    sector: "Utilities",
    since: 2021,
    revenue: [980, 1460],
    spend: [6900, 7300],
    margin: [0.28, 0.29],
    relationship: 3,
    risk: "Medium",
    lines: "Data & AI; Cloud",
  },
  {
    ref: "C-131",
    name: "Caledon Retail Group plc",
    sheet: "Caledon Retail",
    director: "Fiona McAra",
    sector: "Retail",
    since: 2013,
    revenue: [2610, 2740],
    spend: [4100, 4300],
    margin: [0.27, 0.26],
    relationship: 4,
    risk: "Medium",
    lines: "Digital commerce; Managed services; Cloud; Service desk",
  },
];

export function itServices(): Corpus {
  const wb = new Workbook();
  const index = wb.addWorksheet("Accounts");
  index.getCell("A1").value = "Strategic accounts – FY26";
  index.getCell("A1").font = { bold: true, size: 14 };
  index.getCell("A2").value = "One profile sheet per account; figures live on the profiles.";
  index.addRow([]);
  const head = index.addRow(["Client ref", "Client", "Account Director", "Sector", "Profile"]);
  head.font = BOLD;
  for (const c of CLIENTS) {
    const r = index.addRow([c.ref, c.name, c.director, c.sector]);
    r.getCell(5).value = { text: `→ ${c.sheet}`, hyperlink: `#'${c.sheet}'!A1` };
  }
  widths(index, [11, 30, 18, 20, 18]);

  const expected: ExpectedAccount[] = [];
  for (const c of CLIENTS) {
    const ws = wb.addWorksheet(c.sheet);
    ws.getCell("A1").value = `Account profile – ${c.name}`;
    ws.getCell("A1").font = { bold: true, size: 14 };
    const pairs: [string, string | number][] = [
      ["Client", c.name],
      ["Client ref", c.ref],
      ["Account Director", c.director],
      ["Sector", c.sector],
      ["Client since", c.since],
    ];
    pairs.forEach(([label, value], i) => {
      ws.getCell(3 + i, 1).value = label;
      ws.getCell(3 + i, 1).font = BOLD;
      ws.getCell(3 + i, 2).value = value;
    });
    ws.getRow(9).values = ["Financials", "FY25", "FY26"];
    ws.getRow(9).font = BOLD;
    ws.getRow(10).values = ["Revenue (£k)", ...c.revenue];
    ws.getRow(11).values = ["Total addressable spend (£k)", ...c.spend];
    ws.getRow(12).values = ["Gross margin %", ...c.margin];
    ws.getRow(13).values = [
      "Gross profit (£k)",
      ...c.revenue.map((r, i) => round(r * (c.margin[i] ?? 0), 1)),
    ];
    for (const r of [10, 11, 13]) for (const col of [2, 3]) ws.getCell(r, col).numFmt = "#,##0";
    for (const col of [2, 3]) ws.getCell(12, col).numFmt = "0%";
    ws.getRow(15).values = ["Relationship (1-5)", c.relationship];
    ws.getRow(16).values = ["Renewal risk", c.risk];
    ws.getRow(17).values = ["Service lines used", c.lines];
    ws.getRow(19).values = ["Notes", "Quarterly business review with the CIO; next one in January."];
    ws.getColumn(1).width = 30;
    ws.getColumn(2).width = 22;
    ws.getColumn(3).width = 12;
    expected.push({
      id: c.ref,
      name: c.name,
      industry: c.sector,
      region: null,
      revenue: c.revenue[1] * 1000,
      potential: c.spend[1] * 1000,
      grossMargin: c.margin[1],
      profitability: null,
      relationship: c.relationship,
      churnRisk: RISK[c.risk],
      customerSince: String(c.since),
      owner: c.director,
      businessAreas: list(c.lines),
      currency: "GBP",
      source: { sheet: c.sheet, row: 3 },
    });
  }

  const mk = wb.addWorksheet("Positioning");
  mk.addRow(["Positioning", "Trusted transformation partner: we compete on outcomes, not on day rates"]);
  mk.addRow(["Minimum margin per account", "28%"]);
  mk.addRow(["Focus segments", "Financial services; Public sector"]);
  mk.addRow(["Excluded segments", "Gambling; Defence"]);

  const profile = (sheet: string): ExpectedReading["mapping"][number] => ({
    sheet,
    fields: {
      id: { column: "B", row: 4, header: "Client ref", scale: null, year: null, reason: "label" },
      name: { column: "B", row: 3, header: "Client", scale: null, year: null, reason: "label" },
      industry: { column: "B", row: 6, header: "Sector", scale: null, year: null, reason: "label" },
      revenue: { column: "C", row: 10, header: "Revenue (£k)", scale: 1000, year: 2026, reason: "label" },
      potential: {
        column: "C",
        row: 11,
        header: "Total addressable spend (£k)",
        scale: 1000,
        year: 2026,
        reason: "label",
      },
      grossMargin: {
        column: "C",
        row: 12,
        header: "Gross margin %",
        scale: 1,
        year: 2026,
        reason: "percentPreferred",
      },
      relationship: {
        column: "B",
        row: 15,
        header: "Relationship (1-5)",
        scale: null,
        year: null,
        reason: "label",
      },
      churnRisk: { column: "B", row: 16, header: "Renewal risk", scale: null, year: null, reason: "label" },
      customerSince: {
        column: "B",
        row: 7,
        header: "Client since",
        scale: null,
        year: null,
        reason: "label",
      },
      owner: { column: "B", row: 5, header: "Account Director", scale: null, year: null, reason: "label" },
      businessAreas: {
        column: "B",
        row: 17,
        header: "Service lines used",
        scale: null,
        year: null,
        reason: "label",
      },
    },
  });
  return {
    name: "it-services",
    file: "it-services-accounts.xlsx",
    workbook: wb,
    expected: {
      accounts: expected,
      mapping: [
        {
          sheet: "Accounts",
          fields: {
            id: { column: "A", header: "Client ref", scale: null, year: null, reason: "header" },
            name: { column: "B", header: "Client", scale: null, year: null, reason: "header" },
            industry: { column: "D", header: "Sector", scale: null, year: null, reason: "header" },
            owner: { column: "C", header: "Account Director", scale: null, year: null, reason: "header" },
          },
        },
        ...CLIENTS.map((c) => profile(c.sheet)),
      ],
      findings: [],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 3. German medtech distributor: one profile per clinic

type Klinik = {
  sheet: string;
  name: string;
  nr: string;
  stufe: string;
  region: string;
  kam: string;
  seit: string;
  seitIso: string;
  umsatz: [number, number];
  db: [number, number];
  volumen: string;
  volumenEuro: number;
  sparten: string;
  beziehung: string;
  beziehungScore: number;
  risiko: "niedrig" | "mittel" | "hoch";
};

const KLINIKEN: Klinik[] = [
  {
    sheet: "UK Nordstadt",
    name: "Universitätsklinikum Nordstadt AöR",
    nr: "KL-2044",
    stufe: "Maximalversorger",
    region: "Nord",
    kam: "Dr. Jana Wolff",
    seit: "04/2011",
    seitIso: "2011-04-01",
    umsatz: [1_240_000, 1_385_000],
    db: [0.341, 0.352],
    volumen: "4,8 Mio. €",
    volumenEuro: 4_800_000,
    sparten: "Kardiologie; Endoskopie",
    beziehung: "gut",
    beziehungScore: 4,
    risiko: "niedrig",
  },
  {
    sheet: "Klinikum Südhang",
    name: "Klinikum Südhang GmbH",
    nr: "KL-2210",
    stufe: "Schwerpunktversorger",
    region: "Süd",
    kam: "Ole Jansen",
    seit: "01/2018",
    seitIso: "2018-01-01",
    umsatz: [690_000, 655_000],
    db: [0.296, 0.281],
    volumen: "2,1 Mio. €",
    volumenEuro: 2_100_000,
    sparten: "Orthopädie",
    beziehung: "mittel",
    beziehungScore: 3,
    risiko: "hoch",
  },
  {
    sheet: "Praxisverbund Ost",
    name: "MVZ Praxisverbund Ost",
    nr: "KL-2391",
    stufe: "Ambulant",
    region: "Ost",
    kam: "Dr. Jana Wolff",
    seit: "09/2020",
    seitIso: "2020-09-01",
    umsatz: [310_000, 402_000],
    db: [0.33, 0.345],
    volumen: "1,2 Mio. €",
    volumenEuro: 1_200_000,
    sparten: "Endoskopie; Service",
    beziehung: "sehr gut",
    beziehungScore: 5,
    risiko: "niedrig",
  },
];

export function medtech(): Corpus {
  const wb = new Workbook();
  const notes = wb.addWorksheet("Hinweise");
  notes.getCell("A1").value = "Kundenprofile Key Accounts Klinikmarkt";
  notes.getCell("A2").value = "Je Klinik ein Blatt; DB I = Deckungsbeitrag I nach Rabatten und Boni.";
  notes.getCell("A3").value = "Pflege durch den zuständigen KAM, Stand 30.11.2026.";

  const expected: ExpectedAccount[] = [];
  for (const k of KLINIKEN) {
    const ws = wb.addWorksheet(k.sheet);
    ws.getCell("A1").value = "Kundenprofil Key Account";
    ws.getCell("A1").font = { bold: true, size: 14 };
    const rows: [number, string, string | number, string?][] = [
      [3, "Kunde", k.name],
      [4, "Kundennummer", k.nr],
      [5, "Versorgungsstufe", k.stufe],
      [6, "Region", k.region],
      [7, "zuständiger KAM", k.kam],
      [8, "Kunde seit", k.seit],
      [10, "Kennzahlen", ""],
      [11, "Umsatz 2024", k.umsatz[0], "#,##0 €"],
      [12, "Umsatz 2025", k.umsatz[1], "#,##0 €"],
      [13, "DB I 2024", k.db[0], "0.0%"],
      [14, "DB I 2025", k.db[1], "0.0%"],
      [15, "Einkaufsvolumen Medizintechnik p. a. (geschätzt)", k.volumen],
      [17, "Sparten", k.sparten],
      [18, "Beziehung", k.beziehung],
      [19, "Abwanderungsrisiko", k.risiko],
      [21, "Bemerkung", "Jahresgespräch mit Einkauf und Chefärzten im Februar."],
    ];
    for (const [r, label, value, format] of rows) {
      ws.getCell(r, 1).value = label;
      ws.getCell(r, 1).font = BOLD;
      if (value !== "") ws.getCell(r, 3).value = value;
      if (format) ws.getCell(r, 3).numFmt = format;
    }
    ws.getColumn(1).width = 44;
    ws.getColumn(3).width = 36;
    expected.push({
      id: k.nr,
      name: k.name,
      industry: null,
      region: k.region,
      revenue: k.umsatz[1],
      potential: k.volumenEuro,
      grossMargin: k.db[1],
      profitability: null,
      relationship: k.beziehungScore,
      churnRisk: RISK[k.risiko],
      customerSince: k.seitIso,
      owner: k.kam,
      businessAreas: list(k.sparten),
      currency: "EUR",
      source: { sheet: k.sheet, row: 3 },
    });
  }

  // An older template one KAM still uses: only the absolute DB I, in T€.
  const old = wb.addWorksheet("Herzzentrum West");
  const oldRows: [string, string | number][] = [
    ["Kunde", "Herzzentrum West gGmbH"],
    ["Kd.-Nr.", "KL-3107"],
    ["KAM", "Markus Brandt"],
    ["Gebiet", "West"],
    ["Umsatz 2025 (T€)", 2150],
    ["DB I (T€)", 688],
    ["Potenzial (T€)", 3900],
    ["Sparten", "Kardiologie; Elektrophysiologie; Service"],
    ["Kündigungsrisiko", "hoch"],
    ["Beziehung (1-5)", 2],
  ];
  old.getCell("A1").value = "Kundenblatt Herzzentrum West";
  old.getCell("A1").font = BOLD;
  oldRows.forEach(([label, value], i) => {
    old.getCell(3 + i, 1).value = label;
    old.getCell(3 + i, 2).value = value;
  });
  old.getColumn(1).width = 22;
  old.getColumn(2).width = 40;
  expected.push({
    id: "KL-3107",
    name: "Herzzentrum West gGmbH",
    industry: null,
    region: "West",
    revenue: 2_150_000,
    potential: 3_900_000,
    grossMargin: 688 / 2150,
    profitability: null,
    relationship: 2,
    churnRisk: "high",
    customerSince: null,
    owner: "Markus Brandt",
    businessAreas: list("Kardiologie; Elektrophysiologie; Service"),
    currency: "EUR",
    source: { sheet: "Herzzentrum West", row: 3 },
  });

  // A profile exported from the CRM: label and value in one cell ("Umsatz 2025: 0,58 Mio. €").
  const crm = wb.addWorksheet("Reha Seeblick");
  const crmCells: [number, string][] = [
    [1, "Kundenprofil (CRM-Export) – Reha-Zentrum Seeblick GmbH"],
    [3, "Kunde: Reha-Zentrum Seeblick GmbH"],
    [4, "Kundennummer: KL-2502"],
    [5, "Region: Süd"],
    [6, "Key Account Manager: Ole Jansen"],
    [7, "Kunde seit: 03/2016"],
    [9, "Kennzahlen"],
    [10, "Umsatz 2024: 0,52 Mio. €"],
    [11, "Umsatz 2025: 0,58 Mio. €"],
    [12, "DB I 2025: 31,5 %"],
    [13, "Potenzial – 1,6 Mio. €"],
    [14, "Share of wallet: 36 %"],
    [16, "Sparten: Orthopädie; Service"],
    [17, "Beziehung: gut"],
    [18, "Abwanderungsrisiko: mittel"],
    [20, "Bemerkung: Rahmenvertrag läuft bis 06/2027."],
  ];
  for (const [r, text] of crmCells) crm.getCell(r, 1).value = text;
  for (const r of [1, 9]) crm.getCell(r, 1).font = BOLD;
  crm.getColumn(1).width = 60;
  expected.push({
    id: "KL-2502",
    name: "Reha-Zentrum Seeblick GmbH",
    industry: null,
    region: "Süd",
    revenue: 580_000,
    potential: 1_600_000,
    grossMargin: 0.315,
    profitability: null,
    relationship: 4,
    churnRisk: "medium",
    customerSince: "2016-03-01",
    owner: "Ole Jansen",
    businessAreas: list("Orthopädie; Service"),
    currency: "EUR",
    source: { sheet: "Reha Seeblick", row: 3 },
  });
  const inCell = (
    row: number,
    header: string,
    reason = "label",
    scale: number | null = null,
  ): ExpectedField => ({
    column: "A",
    row,
    header,
    scale,
    year: headerYearOf(header),
    reason,
    labelInCell: true,
  });

  const mk = wb.addWorksheet("Marketing");
  mk.getCell("A1").value = "Marketing-Vorgaben 2027";
  mk.getCell("A1").font = BOLD;
  mk.getCell("A3").value = "Positionierung";
  mk.getCell("B3").value = "Qualitäts- und Serviceführer im Klinikmarkt";
  mk.getCell("A4").value = "Mindest-DB je Kunde";
  mk.getCell("B4").value = "30 %";
  mk.getCell("A5").value = "Fokussegmente";
  mk.getCell("B5").value = "Kardiologie; Endoskopie";
  mk.getCell("A6").value = "Ausgeschlossene Segmente";
  mk.getCell("B6").value = "Ästhetische Medizin";

  const profile = (sheet: string): ExpectedReading["mapping"][number] => ({
    sheet,
    fields: {
      id: { column: "C", row: 4, header: "Kundennummer", scale: null, year: null, reason: "label" },
      name: { column: "C", row: 3, header: "Kunde", scale: null, year: null, reason: "label" },
      region: { column: "C", row: 6, header: "Region", scale: null, year: null, reason: "label" },
      revenue: { column: "C", row: 12, header: "Umsatz 2025", scale: 1, year: 2025, reason: "latestYear" },
      potential: {
        column: "C",
        row: 15,
        header: "Einkaufsvolumen Medizintechnik p. a. (geschätzt)",
        scale: 1,
        year: null,
        reason: "label",
      },
      grossMargin: { column: "C", row: 14, header: "DB I 2025", scale: 1, year: 2025, reason: "latestYear" },
      relationship: { column: "C", row: 18, header: "Beziehung", scale: null, year: null, reason: "label" },
      churnRisk: {
        column: "C",
        row: 19,
        header: "Abwanderungsrisiko",
        scale: null,
        year: null,
        reason: "label",
      },
      customerSince: { column: "C", row: 8, header: "Kunde seit", scale: null, year: null, reason: "label" },
      owner: { column: "C", row: 7, header: "zuständiger KAM", scale: null, year: null, reason: "label" },
      businessAreas: { column: "C", row: 17, header: "Sparten", scale: null, year: null, reason: "label" },
    },
  });
  return {
    name: "medtech",
    file: "Medtech-Kundenprofile.xlsx",
    workbook: wb,
    expected: {
      accounts: expected,
      mapping: [
        ...KLINIKEN.map((k) => profile(k.sheet)),
        {
          sheet: "Herzzentrum West",
          fields: {
            id: { column: "B", row: 4, header: "Kd.-Nr.", scale: null, year: null, reason: "label" },
            name: { column: "B", row: 3, header: "Kunde", scale: null, year: null, reason: "label" },
            region: { column: "B", row: 6, header: "Gebiet", scale: null, year: null, reason: "label" },
            revenue: {
              column: "B",
              row: 7,
              header: "Umsatz 2025 (T€)",
              scale: 1000,
              year: 2025,
              reason: "label",
            },
            potential: {
              column: "B",
              row: 9,
              header: "Potenzial (T€)",
              scale: 1000,
              year: null,
              reason: "label",
            },
            grossMargin: {
              column: "B",
              row: 8,
              header: "DB I (T€)",
              scale: 1000,
              year: null,
              reason: "derived",
            },
            relationship: {
              column: "B",
              row: 12,
              header: "Beziehung (1-5)",
              scale: null,
              year: null,
              reason: "label",
            },
            churnRisk: {
              column: "B",
              row: 11,
              header: "Kündigungsrisiko",
              scale: null,
              year: null,
              reason: "label",
            },
            owner: { column: "B", row: 5, header: "KAM", scale: null, year: null, reason: "label" },
            businessAreas: {
              column: "B",
              row: 10,
              header: "Sparten",
              scale: null,
              year: null,
              reason: "label",
            },
          },
        },
        {
          sheet: "Reha Seeblick",
          fields: {
            id: inCell(4, "Kundennummer"),
            name: inCell(3, "Kunde"),
            region: inCell(5, "Region"),
            revenue: inCell(11, "Umsatz 2025", "latestYear", 1),
            potential: inCell(13, "Potenzial", "label", 1),
            grossMargin: inCell(12, "DB I 2025", "label", 1),
            relationship: inCell(17, "Beziehung"),
            churnRisk: inCell(18, "Abwanderungsrisiko"),
            customerSince: inCell(7, "Kunde seit"),
            owner: inCell(6, "Key Account Manager"),
            businessAreas: inCell(16, "Sparten"),
          },
        },
      ],
      findings: [],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Austrian wholesaler: a two-row header where group labels sit over relative years ("Vj.",
//    "lfd. Jahr"), potential in Mio. EUR, return on sales as "RoS %", contribution "DB I (EUR)" and
//    satisfaction (1-5) for the relationship; region headings, subtotals and a footnote.

type Grosskunde = {
  nr: string;
  name: string;
  betreuer: string;
  branche: string;
  vorjahr: number;
  laufend: number;
  potenzialMio: number;
  ros: number;
  db: number;
  zufriedenheit: number;
};

const OST: Grosskunde[] = [
  {
    nr: "A-1001",
    name: "Hofer Logistik GmbH",
    betreuer: "M. Gruber",
    branche: "Logistik",
    vorjahr: 1_150_000,
    laufend: 1_240_000,
    potenzialMio: 3.5,
    ros: 0.061,
    db: 310_000,
    zufriedenheit: 4,
  },
  {
    nr: "A-1002",
    name: "Bergbahnen Tirol AG",
    betreuer: "M. Gruber",
    branche: "Tourismus",
    vorjahr: 820_000,
    laufend: 790_000,
    potenzialMio: 1.2,
    ros: 0.042,
    db: 150_000,
    zufriedenheit: 2,
  },
];
const WEST: Grosskunde[] = [
  {
    nr: "A-2001",
    name: "Vorarlberger Textil KG",
    betreuer: "S. Huber",
    branche: "Textil",
    vorjahr: 2_400_000,
    laufend: 2_610_000,
    potenzialMio: 4.0,
    ros: 0.088,
    db: 720_000,
    zufriedenheit: 5,
  },
  {
    nr: "A-2002",
    name: "Alpenmilch eGen",
    betreuer: "S. Huber",
    branche: "Lebensmittel",
    vorjahr: 640_000,
    laufend: 700_000,
    potenzialMio: 2.8,
    ros: 0.035,
    db: 120_000,
    zufriedenheit: 3,
  },
];

export function grosshandel(): Corpus {
  const wb = new Workbook();
  const ws = wb.addWorksheet("Großkunden 2026");
  ws.getCell("A1").value = "Großkundenübersicht Vertrieb Österreich";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = "Stand: 30.11.2026 – Zahlen in EUR, Potenzial in Mio. EUR";
  const top = [
    "Kundennr.",
    "Firmenname",
    "Betreuer",
    "Stammdaten",
    "Umsatz",
    null,
    "Potenzial",
    "Ergebnis",
    null,
    "Beziehung",
  ];
  const sub = [
    null,
    null,
    null,
    "Branche",
    "Vj. (EUR)",
    "lfd. Jahr (EUR)",
    "(Mio. EUR)",
    "RoS %",
    "DB I (EUR)",
    "Zufriedenheit (1-5)",
  ];
  top.forEach((v, i) => (ws.getCell(4, i + 1).value = v));
  sub.forEach((v, i) => (ws.getCell(5, i + 1).value = v));
  for (const range of ["A4:A5", "B4:B5", "C4:C5", "E4:F4", "H4:I4"]) ws.mergeCells(range);
  styleHeader(ws, [4, 5], 10);

  const expected: ExpectedAccount[] = [];
  let row = 6;
  const section = (title: string, accounts: Grosskunde[]) => {
    ws.getCell(row, 1).value = title;
    ws.getCell(row, 1).font = BOLD;
    row++;
    for (const a of accounts) {
      const values = [
        a.nr,
        a.name,
        a.betreuer,
        a.branche,
        a.vorjahr,
        a.laufend,
        a.potenzialMio,
        a.ros,
        a.db,
        a.zufriedenheit,
      ];
      values.forEach((v, i) => (ws.getCell(row, i + 1).value = v));
      ws.getCell(row, 8).numFmt = "0.0%";
      expected.push({
        id: a.nr,
        name: a.name,
        industry: a.branche,
        region: null,
        // The last full year: the running year ("lfd. Jahr") is not complete in November.
        revenue: a.vorjahr,
        potential: a.potenzialMio * 1_000_000,
        // Only an absolute contribution is given: derived as DB I ÷ revenue.
        grossMargin: a.db / a.vorjahr,
        profitability: a.ros,
        relationship: a.zufriedenheit,
        churnRisk: null,
        customerSince: null,
        owner: a.betreuer,
        businessAreas: null,
        currency: "EUR",
        source: { sheet: "Großkunden 2026", row },
      });
      row++;
    }
    ws.getCell(row, 2).value = `Summe ${title.replace("Region ", "")}`;
    ws.getCell(row, 5).value = accounts.reduce((s, a) => s + a.vorjahr, 0);
    ws.getCell(row, 6).value = accounts.reduce((s, a) => s + a.laufend, 0);
    row++;
  };
  section("Region Ost", OST);
  section("Region West", WEST);
  row++;
  ws.getCell(row, 1).value = "* RoS = Return on Sales; Zufriedenheit aus Kundenbefragung Q3";
  const mk = wb.addWorksheet("Marketing");
  mk.getRow(1).values = ["Positionierung", "Qualitätsführer im Alpenraum – keine Rabattschlachten"];
  mk.getRow(2).values = ["Mindest-DB je Kunde", "15 %"];
  mk.getRow(3).values = ["Tabubranchen", "Glücksspiel; Waffenhandel"];

  return {
    name: "grosshandel-at",
    file: "Grosskunden-Oesterreich.xlsx",
    workbook: wb,
    expected: {
      accounts: expected,
      mapping: [
        {
          sheet: "Großkunden 2026",
          fields: {
            id: field("A", "Kundennr.", "header"),
            name: field("B", "Firmenname", "header"),
            industry: field("D", "Stammdaten / Branche", "header"),
            revenue: field("E", "Umsatz / Vj. (EUR)", "lastFullYear", 1),
            potential: field("G", "Potenzial / (Mio. EUR)", "groupHeader", 1_000_000),
            grossMargin: field("I", "Ergebnis / DB I (EUR)", "derived", 1),
            profitability: field("H", "Ergebnis / RoS %", "header", 1),
            relationship: field("J", "Beziehung / Zufriedenheit (1-5)", "header"),
            owner: field("C", "Betreuer", "header"),
          },
        },
      ],
      findings: ["ROWS_NOT_ACCOUNTS"],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Swiss drive-technology supplier: a header of three rows

type Schweiz = {
  nr: string;
  name: string;
  branche: string;
  betreuer: string;
  umsatz2024: number;
  umsatz2025: number;
  /** The running year's projection (Hochrechnung): not the last full year. */
  umsatz2026e: number;
  potenzialMio: number;
  db: number;
  beziehung: number;
  risiko: "tief" | "mittel" | "hoch";
};

const DEUTSCHSCHWEIZ: Schweiz[] = [
  {
    nr: "CH-2011",
    name: "Aare Präzision AG",
    branche: "Werkzeugmaschinen",
    betreuer: "Luca Meier",
    umsatz2024: 2310,
    umsatz2025: 2480,
    umsatz2026e: 2650,
    potenzialMio: 6.2,
    db: 843,
    beziehung: 4,
    risiko: "tief",
  },
  {
    nr: "CH-2047",
    name: "Toggenburger Textilmaschinen AG",
    branche: "Textilmaschinen",
    betreuer: "Sandra Keller",
    umsatz2024: 1720,
    umsatz2025: 1490,
    umsatz2026e: 1380,
    potenzialMio: 3.4,
    db: 358,
    beziehung: 2,
    risiko: "hoch",
  },
  {
    nr: "CH-2105",
    name: "Limmat Verpackungstechnik AG",
    branche: "Verpackung",
    betreuer: "Luca Meier",
    umsatz2024: 960,
    umsatz2025: 1140,
    umsatz2026e: 1300,
    potenzialMio: 4.1,
    db: 331,
    beziehung: 3,
    risiko: "mittel",
  },
];

const ROMANDIE: Schweiz[] = [
  {
    nr: "CH-3002",
    name: "Léman Robotique SA",
    branche: "Robotik",
    betreuer: "Nicolas Favre",
    umsatz2024: 1980,
    umsatz2025: 2260,
    umsatz2026e: 2400,
    potenzialMio: 5.5,
    db: 701,
    beziehung: 4,
    risiko: "tief",
  },
  {
    nr: "CH-3019",
    name: "Jura Composants Horlogers SA",
    branche: "Uhrenindustrie",
    betreuer: "Nicolas Favre",
    umsatz2024: 640,
    umsatz2025: 590,
    umsatz2026e: 610,
    potenzialMio: 1.8,
    db: 142,
    beziehung: 3,
    risiko: "mittel",
  },
];

const dbPct = (a: Schweiz) => round(a.db / a.umsatz2025, 3);

export function antriebeSchweiz(): Corpus {
  const wb = new Workbook();
  const sheet = "Portfolio 2026";
  const ws = wb.addWorksheet(sheet);
  ws.getCell("A1").value = "Key-Account-Portfolio Schweiz 2026";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = "Stand 30.11.2026 · 2026 hochgerechnet per Ende Oktober";
  // Rows 4–6: master data merged down over all three rows; "Finanzkennzahlen" across E:J over
  // "Umsatz (TCHF)" across its three years, "Potenzial" and "DB" across its amount and percentage;
  // the units of the potential and the DB only in the bottom row.
  const cells: [string, string | number][] = [
    ["A4", "Kunden-Nr."],
    ["B4", "Kunde"],
    ["C4", "Branche"],
    ["D4", "Kundenbetreuer"],
    ["E4", "Finanzkennzahlen"],
    ["K4", "Beziehung (1–5)"],
    ["L4", "Risiko"],
    ["E5", "Umsatz (TCHF)"],
    ["H5", "Potenzial"],
    ["I5", "DB"],
    ["E6", 2024],
    ["F6", 2025],
    ["G6", "2026e"],
    ["H6", "Mio. CHF"],
    ["I6", "TCHF"],
    ["J6", "in %"],
  ];
  for (const [at, value] of cells) ws.getCell(at).value = value;
  for (const range of ["A4:A6", "B4:B6", "C4:C6", "D4:D6", "E4:J4", "E5:G5", "I5:J5", "K4:K6", "L4:L6"])
    ws.mergeCells(range);
  styleHeader(ws, [4, 5, 6], 12);

  const expected: ExpectedAccount[] = [];
  let row = 7;
  const section = (title: string, accounts: Schweiz[]) => {
    ws.getCell(row, 1).value = title;
    ws.mergeCells(row, 1, row, 12);
    ws.getCell(row, 1).font = BOLD;
    ws.getCell(row, 1).fill = SECTION_FILL;
    row++;
    const first = row;
    for (const a of accounts) {
      const values = [
        a.nr,
        a.name,
        a.branche,
        a.betreuer,
        a.umsatz2024,
        a.umsatz2025,
        a.umsatz2026e,
        a.potenzialMio,
        a.db,
        dbPct(a),
        a.beziehung,
        a.risiko,
      ];
      values.forEach((v, i) => (ws.getCell(row, i + 1).value = v));
      for (const c of [5, 6, 7, 9]) ws.getCell(row, c).numFmt = "#,##0";
      ws.getCell(row, 8).numFmt = "0.0";
      ws.getCell(row, 10).numFmt = "0.0%";
      expected.push({
        id: a.nr,
        name: a.name,
        industry: a.branche,
        region: null,
        // 2026e is a projection: the last full year is read.
        revenue: a.umsatz2025 * 1000,
        potential: Math.round(a.potenzialMio * 1_000_000),
        grossMargin: dbPct(a),
        profitability: null,
        relationship: a.beziehung,
        churnRisk: RISK[a.risiko === "tief" ? "niedrig" : a.risiko],
        customerSince: null,
        owner: a.betreuer,
        businessAreas: null,
        currency: "CHF",
        source: { sheet, row },
      });
      row++;
    }
    ws.getCell(row, 2).value = `Total ${title.replace("Region ", "")}`;
    ws.getCell(row, 2).font = BOLD;
    for (const [c, key] of [
      [5, "umsatz2024"],
      [6, "umsatz2025"],
      [7, "umsatz2026e"],
      [9, "db"],
    ] as const) {
      const letter = String.fromCharCode(64 + c);
      const total = accounts.reduce((sum, a) => sum + a[key], 0);
      ws.getCell(row, c).value = { formula: `SUM(${letter}${first}:${letter}${row - 1})`, result: total };
      ws.getCell(row, c).numFmt = "#,##0";
    }
    row += 2;
  };
  section("Region Deutschschweiz", DEUTSCHSCHWEIZ);
  section("Region Romandie", ROMANDIE);
  ws.getCell(row, 1).value =
    "* 2026e: Hochrechnung per Ende Oktober. Potenzial: Einkaufsvolumen Antriebs- und Fördertechnik gemäss Jahresgespräch.";
  ws.getCell(row, 1).font = { italic: true, size: 9 };
  widths(ws, [11, 32, 20, 16, 9, 9, 9, 10, 9, 8, 10, 9]);
  ws.views = [{ state: "frozen", ySplit: 6, xSplit: 2 }];

  const mk = wb.addWorksheet("Marketing");
  mk.getRow(1).values = ["Positionierung", "Systempartner für Antriebe: Verfügbarkeit und Service vor Preis"];
  mk.getRow(2).values = ["Mindest-DB je Kunde", "22 %"];
  mk.getRow(3).values = ["Fokusbranchen", "Werkzeugmaschinen; Robotik; Verpackung"];

  return {
    name: "antriebe-ch",
    file: "Portfolio-Antriebe-Schweiz.xlsx",
    workbook: wb,
    expected: {
      accounts: expected,
      mapping: [
        {
          sheet,
          fields: {
            id: field("A", "Kunden-Nr.", "header"),
            name: field("B", "Kunde", "header"),
            industry: field("C", "Branche", "header"),
            revenue: field("F", "Finanzkennzahlen / Umsatz (TCHF) / 2025", "lastFullYear", 1000, 2025),
            potential: field("H", "Finanzkennzahlen / Potenzial / Mio. CHF", "groupHeader", 1_000_000),
            grossMargin: field("J", "Finanzkennzahlen / DB / in %", "percentPreferred", 1),
            relationship: field("K", "Beziehung (1–5)", "header"),
            churnRisk: field("L", "Risiko", "header"),
            owner: field("D", "Kundenbetreuer", "header"),
          },
        },
      ],
      // The region headings and their totals, and the footnote.
      findings: ["ROWS_NOT_ACCOUNTS"],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 6. English engineering consultancy: profiles with "Label: value" cells (a CRM export) and one
//    older profile with label and value side by side

type Consultancy = {
  ref: string;
  name: string;
  sheet: string;
  sector: string;
  region: string;
  director: string;
  since: number;
  /** FY24, FY25 revenue in £m. */
  revenue: [number, number];
  walletM: number;
  margin: number;
  relationship: number;
  risk: "Low" | "Medium" | "High";
  lines: string;
};

const CONSULTANCY_CLIENTS: Consultancy[] = [
  {
    ref: "HW-2041",
    name: "Halden Water plc",
    sheet: "Halden Water",
    sector: "Utilities",
    region: "North of England",
    director: "Priya Shah",
    since: 2016,
    revenue: [2.1, 2.4],
    walletM: 6.5,
    margin: 0.31,
    relationship: 4,
    risk: "Low",
    lines: "Asset management; Digital twins; Flood modelling",
  },
  {
    ref: "NR-1187",
    name: "Northway Rail Ltd",
    sheet: "Northway Rail",
    sector: "Transport",
    region: "Scotland",
    director: "Owen Price",
    since: 2019,
    revenue: [3.6, 3.2],
    walletM: 9.8,
    margin: 0.24,
    relationship: 2,
    risk: "High",
    lines: "Signalling; Structures",
  },
  {
    ref: "BE-0930",
    name: "Brightline Energy plc",
    sheet: "Brightline Energy",
    sector: "Energy",
    region: "Midlands",
    director: "Priya Shah",
    since: 2021,
    revenue: [1.2, 1.55],
    walletM: 4.8,
    margin: 0.28,
    relationship: 3,
    risk: "Medium",
    lines: "Grid connections",
  },
];

/** The older template: label and value side by side, figures in £k. */
const SEVERN = {
  ref: "SP-0412",
  name: "Severn Ports Ltd",
  sheet: "Severn Ports",
  sector: "Maritime",
  director: "Owen Price",
  revenueK: 1850,
  walletK: 4200,
  margin: 0.27,
} as const;

const money = (m: number) => `£${m}m`;

export function engineeringUk(): Corpus {
  const wb = new Workbook();
  const expected: ExpectedAccount[] = [];
  const mapping: ExpectedReading["mapping"] = [];
  for (const c of CONSULTANCY_CLIENTS) {
    const ws = wb.addWorksheet(c.sheet);
    ws.getCell("A1").value = `Client profile – ${c.name}`;
    ws.getCell("A1").font = { bold: true, size: 14 };
    ws.getCell("C1").value = "Exported from CRM, 30 Nov 2026";
    ws.getCell("C1").font = { italic: true, size: 9 };
    const cells: [string, string][] = [
      ["A3", `Client: ${c.name}`],
      ["C3", `Sector: ${c.sector}`],
      ["A4", `Client ref: ${c.ref}`],
      ["C4", `Region: ${c.region}`],
      ["A5", `Account Director: ${c.director}`],
      ["C5", `Client since: ${c.since}`],
      ["A7", "Financials"],
      ["A8", `Revenue FY24: ${money(c.revenue[0])}`],
      ["A9", `Revenue FY25: ${money(c.revenue[1])}`],
      ["A10", `Wallet – ${money(c.walletM)}`],
      ["A11", `Share of wallet: ${Math.round((c.revenue[1] / c.walletM) * 100)} %`],
      ["A12", `Gross margin FY25: ${Math.round(c.margin * 100)} %`],
      ["A14", "Relationship"],
      ["A15", `Relationship (1–5): ${c.relationship}`],
      ["A16", `Churn risk: ${c.risk}`],
      ["A17", `Service lines: ${c.lines}`],
      ["A19", "Notes: quarterly review with the COO; framework renewal due 2028."],
    ];
    for (const [at, text] of cells) ws.getCell(at).value = text;
    for (const at of ["A7", "A14"]) ws.getCell(at).font = BOLD;
    ws.getColumn(1).width = 48;
    ws.getColumn(2).width = 4;
    ws.getColumn(3).width = 36;
    expected.push({
      id: c.ref,
      name: c.name,
      industry: c.sector,
      region: c.region,
      revenue: Math.round(c.revenue[1] * 1_000_000),
      potential: Math.round(c.walletM * 1_000_000),
      grossMargin: c.margin,
      profitability: null,
      relationship: c.relationship,
      churnRisk: RISK[c.risk],
      customerSince: String(c.since),
      owner: c.director,
      businessAreas: list(c.lines),
      currency: "GBP",
      source: { sheet: c.sheet, row: 3 },
    });
    const inCell = (
      at: string,
      header: string,
      reason = "label",
      year: number | null = null,
      scale: number | null = null,
    ): ExpectedField => ({
      column: at.slice(0, 1),
      row: Number(at.slice(1)),
      header,
      scale,
      year,
      reason,
      labelInCell: true,
    });
    mapping.push({
      sheet: c.sheet,
      fields: {
        id: inCell("A4", "Client ref"),
        name: inCell("A3", "Client"),
        industry: inCell("C3", "Sector"),
        region: inCell("C4", "Region"),
        revenue: inCell("A9", "Revenue FY25", "latestYear", 2025, 1),
        potential: inCell("A10", "Wallet", "label", null, 1),
        grossMargin: inCell("A12", "Gross margin FY25", "label", 2025, 1),
        relationship: inCell("A15", "Relationship (1–5)"),
        churnRisk: inCell("A16", "Churn risk"),
        customerSince: inCell("C5", "Client since"),
        owner: inCell("A5", "Account Director"),
        businessAreas: inCell("A17", "Service lines"),
      },
    });
  }

  const old = wb.addWorksheet(SEVERN.sheet);
  old.getCell("A1").value = `Account plan – ${SEVERN.name}`;
  old.getCell("A1").font = { bold: true, size: 14 };
  const pairs: [string, string | number][] = [
    ["Client", SEVERN.name],
    ["Client ref", SEVERN.ref],
    ["Account Director", SEVERN.director],
    ["Sector", SEVERN.sector],
    ["Revenue FY25 (£k)", SEVERN.revenueK],
    ["Wallet (£k)", SEVERN.walletK],
    ["Gross margin %", SEVERN.margin],
  ];
  pairs.forEach(([label, value], i) => {
    old.getCell(3 + i, 1).value = label;
    old.getCell(3 + i, 1).font = BOLD;
    old.getCell(3 + i, 2).value = value;
  });
  old.getCell(9, 2).numFmt = "0%";
  old.getColumn(1).width = 24;
  old.getColumn(2).width = 22;
  expected.push({
    id: SEVERN.ref,
    name: SEVERN.name,
    industry: SEVERN.sector,
    region: null,
    revenue: SEVERN.revenueK * 1000,
    potential: SEVERN.walletK * 1000,
    grossMargin: SEVERN.margin,
    profitability: null,
    relationship: null,
    churnRisk: null,
    customerSince: null,
    owner: SEVERN.director,
    businessAreas: null,
    currency: "GBP",
    source: { sheet: SEVERN.sheet, row: 3 },
  });
  const beside = (row: number, header: string, scale: number | null = null, year: number | null = null) => ({
    column: "B",
    row,
    header,
    scale,
    year,
    reason: "label",
  });
  mapping.push({
    sheet: SEVERN.sheet,
    fields: {
      id: beside(4, "Client ref"),
      name: beside(3, "Client"),
      industry: beside(6, "Sector"),
      revenue: beside(7, "Revenue FY25 (£k)", 1000, 2025),
      potential: beside(8, "Wallet (£k)", 1000),
      grossMargin: beside(9, "Gross margin %", 1),
      owner: beside(5, "Account Director"),
    },
  });

  const mk = wb.addWorksheet("Positioning");
  mk.getRow(1).values = [
    "Positioning",
    "Engineering partner for critical infrastructure: outcomes over day rates",
  ];
  mk.getRow(2).values = ["Minimum margin per account", "22%"];
  mk.getRow(3).values = ["Focus segments", "Utilities; Transport; Energy"];

  return {
    name: "engineering-uk",
    file: "client-profiles.xlsx",
    workbook: wb,
    expected: { accounts: expected, mapping, findings: [] },
  };
}

// ---------------------------------------------------------------------------------------------
// 7. German "Key-Account-Übersicht": a title block with "Stand:", the "Summe" row at the top under
//    the header, one block per KAM introduced by a line "KAM: Anna Berg" (no owner column), actuals
//    beside plan and forecast for the running year ("Ist 2025", "Plan 2026", "Hochrechnung 2026")
//    in full euros, some typed as text ("1.234.567 €"), a hidden helper column, an autofilter and
//    long remarks.

type Uebersicht = {
  nr: string;
  name: string;
  branche: string;
  region: string;
  ist2024: number;
  ist2025: number;
  plan2026: number;
  hr2026: number;
  potenzial: number;
  db: number;
  beziehung: number;
  risiko: "niedrig" | "mittel" | "hoch";
  bemerkung: string;
  /** Typed as text, the way figures pasted from a report arrive. */
  asText?: true;
};

const UEBERSICHT: [string, Uebersicht[]][] = [
  [
    "Anna Berg",
    [
      {
        nr: "K-3101",
        name: "Rheintal Kunststofftechnik GmbH",
        branche: "Kunststoffverarbeitung",
        region: "West",
        ist2024: 1_412_300,
        ist2025: 1_538_900,
        plan2026: 1_650_000,
        hr2026: 1_602_000,
        potenzial: 2_900_000,
        db: 0.274,
        beziehung: 4,
        risiko: "niedrig",
        bemerkung:
          "Neues Werk in Worms ab Q2/2027; Einkauf will Rahmenvertrag über drei Jahre, Technik wünscht Vor-Ort-Schulungen für die Instandhaltung.",
      },
      {
        nr: "K-3118",
        name: "Moselglas AG",
        branche: "Glas",
        region: "West",
        ist2024: 2_234_567,
        ist2025: 1_987_654,
        plan2026: 2_100_000,
        hr2026: 1_890_000,
        potenzial: 3_400_000,
        db: 0.198,
        beziehung: 2,
        risiko: "hoch",
        bemerkung:
          "Wettbewerber aus Polen mit aggressiven Preisen im Gespräch; Werksleiter gewechselt, Beziehung muss neu aufgebaut werden.",
        asText: true,
      },
    ],
  ],
  [
    "Michael Wendt",
    [
      {
        nr: "K-3204",
        name: "Elbtal Verpackungen GmbH & Co. KG",
        branche: "Verpackung",
        region: "Ost",
        ist2024: 845_000,
        ist2025: 912_400,
        plan2026: 1_000_000,
        hr2026: 968_000,
        potenzial: 2_200_000,
        db: 0.301,
        beziehung: 3,
        risiko: "mittel",
        bemerkung: "Zweitlieferant; Muster für Linie 4 in Prüfung.",
      },
      {
        nr: "K-3219",
        name: "Lausitzer Energieanlagen AG",
        branche: "Energie",
        region: "Ost",
        ist2024: 3_120_000,
        ist2025: 3_345_800,
        plan2026: 3_600_000,
        hr2026: 3_520_000,
        potenzial: 5_100_000,
        db: 0.256,
        beziehung: 5,
        risiko: "niedrig",
        bemerkung:
          "Strategischer Partner seit 2012, gemeinsame Entwicklung Leitsystem; Vorstand sieht uns als Systemlieferanten.",
        asText: true,
      },
      {
        nr: "K-3230",
        name: "Saale Chemiepark GmbH",
        branche: "Chemie",
        region: "Ost",
        ist2024: 1_760_000,
        ist2025: 1_705_000,
        plan2026: 1_800_000,
        hr2026: 1_720_000,
        potenzial: 2_600_000,
        db: 0.243,
        beziehung: 3,
        risiko: "mittel",
        bemerkung: "Ausschreibung Wartung 2027 angekündigt.",
      },
    ],
  ],
  [
    "Sabine Kühn",
    [
      {
        nr: "K-3302",
        name: "Isar Medizintechnik GmbH",
        branche: "Medizintechnik",
        region: "Süd",
        ist2024: 654_000,
        ist2025: 788_200,
        plan2026: 900_000,
        hr2026: 872_000,
        potenzial: 1_900_000,
        db: 0.332,
        beziehung: 4,
        risiko: "niedrig",
        bemerkung: "Wächst stark im Reinraumgeschäft; Entscheidung über zweites Werk Ende 2026.",
      },
      {
        nr: "K-3315",
        name: "Allgäuer Molkereitechnik eG",
        branche: "Lebensmittel",
        region: "Süd",
        ist2024: 1_230_000,
        ist2025: 1_180_000,
        plan2026: 1_250_000,
        hr2026: 1_150_000,
        potenzial: 1_750_000,
        db: 0.219,
        beziehung: 2,
        risiko: "hoch",
        bemerkung: "Reklamation Charge 07/2026 belastet; Eskalationsgespräch mit GF im Oktober.",
      },
    ],
  ],
];

const euroText = (n: number) => `${n.toLocaleString("de-DE")} €`;

export function kamUebersicht(): Corpus {
  const wb = new Workbook();
  const sheet = "Übersicht 2026";
  const ws = wb.addWorksheet(sheet);
  ws.getCell("A1").value = "Key-Account-Übersicht 2026";
  ws.getCell("A1").font = { bold: true, size: 16 };
  ws.getCell("A2").value = "Stand: 30.09.2026";
  ws.getCell("A3").value = "Vertrieb Industriekunden – nur für den internen Gebrauch";
  ws.getCell("A3").font = { italic: true, size: 9 };
  const headerRow = 6;
  const headers = [
    "Kd.-Nr.",
    "Kunde",
    "Branche",
    "Region",
    "Ist 2024",
    "Ist 2025",
    "Plan 2026",
    "Hochrechnung 2026",
    "Potenzial",
    "DB %",
    "Beziehung",
    "Risiko",
    "Sortierung",
    "Bemerkungen",
  ];
  headers.forEach((h, i) => (ws.getCell(headerRow, i + 1).value = h));
  styleHeader(ws, [headerRow], headers.length);
  // The helper column a team sorts by: hidden, numbers only.
  ws.getColumn(13).hidden = true;

  const all = UEBERSICHT.flatMap(([, accounts]) => accounts);
  const sumRow = headerRow + 1;
  ws.getCell(sumRow, 2).value = "Summe";
  ws.getCell(sumRow, 2).font = BOLD;
  const expected: ExpectedAccount[] = [];
  let row = sumRow + 2;
  let sort = 1;
  for (const [kam, accounts] of UEBERSICHT) {
    ws.getCell(row, 1).value = `KAM: ${kam}`;
    ws.getCell(row, 1).font = BOLD;
    ws.getCell(row, 1).fill = SECTION_FILL;
    row++;
    for (const a of accounts) {
      const money = (n: number) => (a.asText ? euroText(n) : n);
      const values = [
        a.nr,
        a.name,
        a.branche,
        a.region,
        money(a.ist2024),
        money(a.ist2025),
        money(a.plan2026),
        money(a.hr2026),
        money(a.potenzial),
        a.db,
        a.beziehung,
        a.risiko,
        sort++,
        a.bemerkung,
      ];
      values.forEach((v, i) => (ws.getCell(row, i + 1).value = v));
      for (const c of [5, 6, 7, 8, 9]) ws.getCell(row, c).numFmt = '#,##0 "€"';
      ws.getCell(row, 10).numFmt = "0.0%";
      ws.getCell(row, 14).alignment = { wrapText: true };
      expected.push({
        id: a.nr,
        name: a.name,
        industry: a.branche,
        region: a.region,
        revenue: a.ist2025,
        potential: a.potenzial,
        grossMargin: a.db,
        profitability: null,
        relationship: a.beziehung,
        churnRisk: RISK[a.risiko],
        customerSince: null,
        owner: kam,
        businessAreas: null,
        currency: "EUR",
        source: { sheet, row },
      });
      row++;
    }
    row++;
  }
  const last = row - 2;
  for (const [c, key] of [
    [5, "ist2024"],
    [6, "ist2025"],
    [7, "plan2026"],
    [8, "hr2026"],
    [9, "potenzial"],
  ] as const) {
    const letter = String.fromCharCode(64 + c);
    ws.getCell(sumRow, c).value = {
      formula: `SUBTOTAL(109,${letter}${sumRow + 1}:${letter}${last})`,
      result: all.reduce((s, a) => s + a[key], 0),
    };
    ws.getCell(sumRow, c).numFmt = '#,##0 "€"';
    ws.getCell(sumRow, c).font = BOLD;
  }
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: last, column: headers.length } };
  widths(ws, [10, 34, 20, 8, 13, 13, 13, 13, 13, 7, 10, 9, 6, 60]);
  ws.views = [{ state: "frozen", ySplit: headerRow, xSplit: 2 }];

  const mk = wb.addWorksheet("Marketing");
  mk.getCell("A1").value = "Positionierung & Vorgaben Marketing";
  mk.getCell("A1").font = BOLD;
  mk.getCell("A3").value = "Positionierung";
  mk.getCell("B3").value = "Systempartner für Prozessanlagen mit eigenem Service";
  mk.getCell("A4").value = "Mindest-DB je Kunde";
  mk.getCell("B4").value = 0.18;
  mk.getCell("B4").numFmt = "0%";
  mk.getCell("A5").value = "Fokussegmente";
  mk.getCell("B5").value = "Chemie; Energie; Medizintechnik";

  // Years are read from the headers here ("Ist 2025").
  const yearField = (column: string, header: string, reason = "header", scale: number | null = null) =>
    field(column, header, reason, scale, headerYearOf(header));
  return {
    name: "kam-uebersicht",
    file: "Key-Account-Uebersicht-2026.xlsx",
    workbook: wb,
    expected: {
      accounts: expected,
      mapping: [
        {
          sheet,
          fields: {
            id: yearField("A", "Kd.-Nr."),
            name: yearField("B", "Kunde"),
            industry: yearField("C", "Branche"),
            region: yearField("D", "Region"),
            revenue: yearField("F", "Ist 2025", "latestYear", 1),
            potential: yearField("I", "Potenzial", "header", 1),
            grossMargin: yearField("J", "DB %", "header", 1),
            relationship: yearField("K", "Beziehung"),
            churnRisk: yearField("L", "Risiko"),
            // No owner column: the line "KAM: …" above each block names the owner (the first at A9).
            owner: {
              column: "A",
              row: 9,
              header: "KAM",
              scale: null,
              year: null,
              reason: "ownerLine",
              labelInCell: true,
            },
          },
        },
      ],
      // The "Summe" row on top (the owner lines are read, not reported).
      findings: ["ROWS_NOT_ACCOUNTS"],
    },
    positioning: {
      positioning: "Systempartner für Prozessanlagen mit eigenem Service",
      minGrossMargin: 0.18,
      focusSegments: ["Chemie", "Energie", "Medizintechnik"],
      excludedSegments: [],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 8. English "Key accounts FY26" (US/UK firm): header on row 5 under a title block, revenue and
//    wallet in $m with decimals, a tier instead of attractiveness, a health score (1–5), renewal
//    risk as High/Med/Low, "GM %" as a fraction beside "Target GM" in points, and both an Account
//    Exec and an Exec sponsor (the exec is the owner; the mapping shows it).

type UsAccount = {
  id: string;
  name: string;
  industry: string;
  region: string;
  exec: string;
  sponsor: string;
  tier: "A" | "B" | "C";
  revenueM: number;
  walletM: number;
  gm: number;
  targetGm: number;
  health: number;
  renewal: "High" | "Med" | "Low";
  since: number;
  products: string;
};

const US_ACCOUNTS: UsAccount[] = [
  {
    id: "ACC-0192",
    name: "Redwood Health Systems",
    industry: "Healthcare",
    region: "US West",
    exec: "Megan Alvarez",
    sponsor: "David Kim (CRO)",
    tier: "A",
    revenueM: 4.85,
    walletM: 14.2,
    gm: 0.32,
    targetGm: 34,
    health: 4,
    renewal: "Low",
    since: 2017,
    products: "Analytics, Managed cloud",
  },
  {
    id: "ACC-0207",
    name: "Great Lakes Freight Inc.",
    industry: "Logistics",
    region: "US Midwest",
    exec: "Brian O'Connell",
    sponsor: "Laura Chen (COO)",
    tier: "A",
    revenueM: 3.1,
    walletM: 7.75,
    gm: 0.27,
    targetGm: 30,
    health: 2,
    renewal: "High",
    since: 2019,
    products: "Managed cloud",
  },
  {
    id: "ACC-0233",
    name: "Thames Water Services Ltd",
    industry: "Utilities",
    region: "UK",
    exec: "Hannah Price",
    sponsor: "David Kim (CRO)",
    tier: "B",
    revenueM: 1.42,
    walletM: 5.6,
    gm: 0.29,
    targetGm: 30,
    health: 3,
    renewal: "Med",
    since: 2021,
    products: "Field service, Analytics",
  },
  {
    id: "ACC-0241",
    name: "Lone Star Energy Partners",
    industry: "Energy",
    region: "US South",
    exec: "Megan Alvarez",
    sponsor: "Laura Chen (COO)",
    tier: "B",
    revenueM: 2.26,
    walletM: 4.9,
    gm: 0.35,
    targetGm: 35,
    health: 4,
    renewal: "Low",
    since: 2015,
    products: "Field service, Managed cloud, Security",
  },
  {
    id: "ACC-0258",
    name: "Pennine Building Society",
    industry: "Financial services",
    region: "UK",
    exec: "Hannah Price",
    sponsor: "Sarah Mills (CFO)",
    tier: "C",
    revenueM: 0.68,
    walletM: 3.3,
    gm: 0.24,
    targetGm: 28,
    health: 3,
    renewal: "Med",
    since: 2023,
    products: "Security",
  },
];

export function keyAccountsUs(): Corpus {
  const wb = new Workbook();
  const sheet = "FY26 Key Accounts";
  const ws = wb.addWorksheet(sheet);
  ws.getCell("A1").value = "Key accounts FY26";
  ws.getCell("A1").font = { bold: true, size: 16 };
  ws.getCell("A2").value = "Commercial Excellence – North America & UK";
  ws.getCell("A3").value = "As of Sep 30, 2026 · $ in millions unless stated · owner: Account Exec";
  ws.getCell("A3").font = { italic: true, size: 9 };
  const headerRow = 5;
  const headers = [
    "Account ID",
    "Account",
    "Industry",
    "Region",
    "Account Exec",
    "Exec sponsor",
    "Tier",
    "Revenue ($m)",
    "Wallet size ($m)",
    "GM %",
    "Target GM",
    "Health score",
    "Renewal risk",
    "Customer since",
    "Products in use",
  ];
  headers.forEach((h, i) => (ws.getCell(headerRow, i + 1).value = h));
  styleHeader(ws, [headerRow], headers.length);
  const expected: ExpectedAccount[] = [];
  let row = headerRow + 1;
  for (const a of US_ACCOUNTS) {
    const values = [
      a.id,
      a.name,
      a.industry,
      a.region,
      a.exec,
      a.sponsor,
      a.tier,
      a.revenueM,
      a.walletM,
      a.gm,
      a.targetGm,
      a.health,
      a.renewal,
      a.since,
      a.products,
    ];
    values.forEach((v, i) => (ws.getCell(row, i + 1).value = v));
    ws.getCell(row, 8).numFmt = '"$"#,##0.00';
    ws.getCell(row, 9).numFmt = '"$"#,##0.00';
    ws.getCell(row, 10).numFmt = "0%";
    ws.getCell(row, 11).numFmt = "0";
    expected.push({
      id: a.id,
      name: a.name,
      industry: a.industry,
      region: a.region,
      revenue: Math.round(a.revenueM * 1_000_000),
      potential: Math.round(a.walletM * 1_000_000),
      grossMargin: a.gm,
      profitability: null,
      relationship: a.health,
      churnRisk: RISK[a.renewal === "Med" ? "Medium" : a.renewal],
      customerSince: String(a.since),
      owner: a.exec,
      businessAreas: a.products.split(",").map((s) => s.trim()),
      currency: "USD",
      source: { sheet, row },
    });
    row++;
  }
  ws.getCell(row, 2).value = "Total";
  ws.getCell(row, 2).font = BOLD;
  for (const c of [8, 9]) {
    const letter = String.fromCharCode(64 + c);
    ws.getCell(row, c).value = {
      formula: `SUM(${letter}${headerRow + 1}:${letter}${row - 1})`,
      result: US_ACCOUNTS.reduce((s, a) => s + (c === 8 ? a.revenueM : a.walletM), 0),
    };
  }
  widths(ws, [12, 30, 18, 12, 18, 20, 6, 13, 15, 8, 10, 12, 13, 14, 34]);

  const mk = wb.addWorksheet("Positioning");
  mk.getRow(1).values = [
    "Positioning",
    "Trusted operations partner: reliability and outcomes, not lowest price",
  ];
  mk.getRow(2).values = ["Min. gross margin per account", 0.22];
  mk.getCell("B2").numFmt = "0%";
  mk.getRow(3).values = ["Excluded segments", "Gambling; Tobacco"];

  return {
    name: "key-accounts-us",
    file: "key-accounts-fy26.xlsx",
    workbook: wb,
    expected: {
      accounts: expected,
      mapping: [
        {
          sheet,
          fields: {
            id: field("A", "Account ID"),
            name: field("B", "Account"),
            industry: field("C", "Industry"),
            region: field("D", "Region"),
            revenue: field("H", "Revenue ($m)", "header", 1_000_000),
            potential: field("I", "Wallet size ($m)", "header", 1_000_000),
            grossMargin: field("J", "GM %", "header", 1),
            relationship: field("L", "Health score"),
            churnRisk: field("M", "Renewal risk"),
            customerSince: field("N", "Customer since"),
            owner: field("E", "Account Exec"),
            businessAreas: field("O", "Products in use"),
          },
        },
      ],
      // The total under the last account needs no note.
      findings: [],
    },
    positioning: {
      positioning: "Trusted operations partner: reliability and outcomes, not lowest price",
      minGrossMargin: 0.22,
      focusSegments: [],
      excludedSegments: ["Gambling", "Tobacco"],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 9. A profile matrix: one column per account (accounts across, fields down), as teams keep a
//    handful of key accounts side by side; marketing's sheet with label and value in one cell
//    ("Mindest-DB je Kunde: 28 %").

type Steckbrief = {
  name: string;
  nr: string;
  branche: string;
  region: string;
  kam: string;
  seit: number;
  umsatz: number;
  potenzial: number;
  db: number;
  beziehung: number;
  risiko: "niedrig" | "mittel" | "hoch";
  sparten: string;
};

const STECKBRIEFE: Steckbrief[] = [
  {
    name: "Stadtwerke Emsland GmbH",
    nr: "SW-118",
    branche: "Energieversorgung",
    region: "Nord",
    kam: "Tobias Reents",
    seit: 2013,
    umsatz: 1840,
    potenzial: 4200,
    db: 0.31,
    beziehung: 4,
    risiko: "niedrig",
    sparten: "Zähler; Netzleittechnik",
  },
  {
    name: "Klinikverbund Weserbergland",
    nr: "KV-204",
    branche: "Gesundheitswesen",
    region: "Nord",
    kam: "Tobias Reents",
    seit: 2018,
    umsatz: 960,
    potenzial: 2500,
    db: 0.29,
    beziehung: 3,
    risiko: "mittel",
    sparten: "Gebäudetechnik",
  },
  {
    name: "Hafen Bremerhaven Logistik AG",
    nr: "HB-031",
    branche: "Logistik",
    region: "Nord",
    kam: "Eike Janssen",
    seit: 2010,
    umsatz: 2710,
    potenzial: 3900,
    db: 0.34,
    beziehung: 5,
    risiko: "niedrig",
    sparten: "Netzleittechnik; Service; Gebäudetechnik",
  },
  {
    name: "Ostfriesische Tee Manufaktur KG",
    nr: "OT-077",
    branche: "Lebensmittel",
    region: "Nord",
    kam: "Eike Janssen",
    seit: 2021,
    umsatz: 430,
    potenzial: 1100,
    db: 0.285,
    beziehung: 2,
    risiko: "hoch",
    sparten: "Service",
  },
];

export function profilmatrix(): Corpus {
  const wb = new Workbook();
  const sheet = "Steckbriefe";
  const ws = wb.addWorksheet(sheet);
  ws.getCell("A1").value = "Key-Account-Steckbriefe Region Nord";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = "Beträge in T€, Stand November 2026";
  const rows: [string, (s: Steckbrief) => string | number][] = [
    ["Kunde", (s) => s.name],
    ["Kundennummer", (s) => s.nr],
    ["Branche", (s) => s.branche],
    ["Region", (s) => s.region],
    ["Key Account Manager", (s) => s.kam],
    ["Kunde seit", (s) => s.seit],
    ["Umsatz 2025 (T€)", (s) => s.umsatz],
    ["Potenzial (T€)", (s) => s.potenzial],
    ["DB-Marge", (s) => s.db],
    ["Beziehung (1–5)", (s) => s.beziehung],
    ["Abwanderungsrisiko", (s) => s.risiko],
    ["Sparten", (s) => s.sparten],
    ["Nächste Schritte", () => "Jahresgespräch vorbereiten, Entscheider-Landkarte aktualisieren"],
  ];
  const first = 4;
  rows.forEach(([label, value], i) => {
    ws.getCell(first + i, 1).value = label;
    ws.getCell(first + i, 1).font = BOLD;
    STECKBRIEFE.forEach((s, j) => {
      ws.getCell(first + i, j + 2).value = value(s);
      if (label === "DB-Marge") ws.getCell(first + i, j + 2).numFmt = "0.0%";
    });
  });
  ws.getColumn(1).width = 24;
  for (let c = 2; c <= STECKBRIEFE.length + 1; c++) ws.getColumn(c).width = 30;
  const letter = (i: number) => String.fromCharCode(66 + i);
  const expected: ExpectedAccount[] = STECKBRIEFE.map((s, i) => ({
    id: s.nr,
    name: s.name,
    industry: s.branche,
    region: s.region,
    revenue: s.umsatz * 1000,
    potential: s.potenzial * 1000,
    grossMargin: s.db,
    profitability: null,
    relationship: s.beziehung,
    churnRisk: RISK[s.risiko],
    customerSince: String(s.seit),
    owner: s.kam,
    businessAreas: list(s.sparten),
    currency: "EUR",
    source: { sheet, row: first },
    column: letter(i),
  })).map(({ column: _column, ...a }) => a);

  const mk = wb.addWorksheet("Marketing");
  mk.getCell("A1").value = "Marketing – Leitplanken für die KAM-Planung";
  mk.getCell("A1").font = BOLD;
  mk.getCell("A3").value = "Positionierung: Qualitätsführer für kommunale und industrielle Infrastruktur";
  mk.getCell("A4").value = "Fokussegmente: Energieversorgung; Logistik; Gesundheitswesen";
  mk.getCell("A5").value = "Ausgeschlossene Segmente: Rüstung, Glücksspiel";
  mk.getCell("A6").value = "Mindest-DB je Kunde: 28 %";
  mk.getColumn(1).width = 80;

  const field = (r: number, header: string, scale: number | null = null) => ({
    column: "B",
    row: r,
    header,
    scale,
    year: headerYearOf(header),
    reason: "label",
  });
  return {
    name: "profilmatrix",
    file: "Steckbriefe-Nord.xlsx",
    workbook: wb,
    expected: {
      accounts: expected,
      mapping: [
        {
          sheet,
          fields: {
            id: field(5, "Kundennummer"),
            name: field(4, "Kunde"),
            industry: field(6, "Branche"),
            region: field(7, "Region"),
            revenue: field(10, "Umsatz 2025 (T€)", 1000),
            potential: field(11, "Potenzial (T€)", 1000),
            grossMargin: field(12, "DB-Marge", 1),
            relationship: field(13, "Beziehung (1–5)"),
            churnRisk: field(14, "Abwanderungsrisiko"),
            customerSince: field(9, "Kunde seit"),
            owner: field(8, "Key Account Manager"),
            businessAreas: field(15, "Sparten"),
          },
        },
      ],
      findings: [],
    },
    positioning: {
      positioning: "Qualitätsführer für kommunale und industrielle Infrastruktur",
      minGrossMargin: 0.28,
      focusSegments: ["Energieversorgung", "Logistik", "Gesundheitswesen"],
      excludedSegments: ["Rüstung", "Glücksspiel"],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 10. A CRM report export as a sales-ops team downloads it (Salesforce style): a report title block,
//     field labels and custom-field API names as headers ("Account Name", "Account_Potential__c"),
//     the currency code in its own column beside each amount, dates as text ("03/15/2014"), a 0–100
//     health score and no 1–5 relationship, "-" and "n/a" placeholders, a "Grand Totals" row and the
//     CRM's confidentiality footer.

type CrmAccount = {
  id: string;
  name: string;
  owner: string;
  type: string;
  industry: string;
  country: string;
  revenue: number;
  potential: number | "n/a";
  currency: "EUR" | "CHF";
  gmPct: number;
  health: number | "n/a";
  churn: "High" | "Medium" | "Low" | "-";
  since: string;
  lastActivity: string;
  units: string;
};

const CRM_ACCOUNTS: CrmAccount[] = [
  {
    id: "0015g00000XyA1QAAV",
    name: "Nordlicht Verpackung GmbH",
    owner: "Katrin Vogel",
    type: "Customer - Direct",
    industry: "Packaging",
    country: "Germany",
    revenue: 2_340_000,
    potential: 6_100_000,
    currency: "EUR",
    gmPct: 31.5,
    health: 78,
    churn: "Low",
    since: "03/15/2014",
    lastActivity: "11/24/2026",
    units: "Labels;Flexible Packaging",
  },
  {
    id: "0015g00000XyA2RAAV",
    name: "Alpenmilch Genossenschaft",
    owner: "Markus Huber",
    type: "Customer - Direct",
    industry: "Food & Beverage",
    country: "Austria",
    revenue: 1_180_000,
    potential: 4_500_000,
    currency: "EUR",
    gmPct: 27.2,
    health: 41,
    churn: "High",
    since: "09/01/2019",
    lastActivity: "10/02/2026",
    units: "Labels",
  },
  {
    id: "0015g00000XyA3SAAV",
    name: "Helvetia Pharma Logistik AG",
    owner: "Katrin Vogel",
    type: "Customer - Channel",
    industry: "Pharmaceuticals",
    country: "Switzerland",
    revenue: 3_050_000,
    potential: 7_800_000,
    currency: "CHF",
    gmPct: 34,
    health: "n/a",
    churn: "-",
    since: "01/10/2011",
    lastActivity: "11/30/2026",
    units: "Labels;Serialisation;Flexible Packaging",
  },
  {
    id: "0015g00000XyA4TAAV",
    name: "Rhein-Main Getränke AG",
    owner: "Jonas Albrecht",
    type: "Customer - Direct",
    industry: "Food & Beverage",
    country: "Germany",
    revenue: 860_000,
    potential: "n/a",
    currency: "EUR",
    gmPct: 22.8,
    health: 63,
    churn: "Medium",
    since: "06/30/2022",
    lastActivity: "09/18/2026",
    units: "Flexible Packaging",
  },
];

/** A 0–100 health score on the 1–5 relationship scale: 0 → 1, 100 → 5. */
const healthToRelationship = (score: number) => 1 + (score / 100) * 4;
const usDateIso = (text: string) => {
  const [m, d, y] = text.split("/");
  return `${y}-${m}-${d}`;
};

export function crmExport(): Corpus {
  const wb = new Workbook();
  const sheet = "Key Accounts DACH";
  const ws = wb.addWorksheet(sheet);
  ws.getCell("A1").value = "Key Accounts DACH";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value =
    "Filtered By: Type equals Customer - Direct,Customer - Channel AND Key Account equals True";
  ws.getCell("A3").value = "Generated By: Sales Ops  12/1/2026 7:42 AM  Packwerk Group";
  const headerRow = 5;
  const headers = [
    "Account ID",
    "Account Name",
    "Account Owner",
    "Type",
    "Industry",
    "Billing Country",
    "Annual Revenue Currency",
    "Annual Revenue",
    "Account_Potential__c Currency",
    "Account_Potential__c",
    "Gross_Margin_Pct__c",
    "Health_Score__c",
    "Churn_Risk__c",
    "Customer_Since__c",
    "Last Activity",
    "Business_Units__c",
  ];
  headers.forEach((h, i) => (ws.getCell(headerRow, i + 1).value = h));
  styleHeader(ws, [headerRow], headers.length);
  const expected: ExpectedAccount[] = [];
  let row = headerRow + 1;
  for (const a of CRM_ACCOUNTS) {
    const values = [
      a.id,
      a.name,
      a.owner,
      a.type,
      a.industry,
      a.country,
      a.currency,
      a.revenue,
      a.currency,
      a.potential,
      a.gmPct,
      a.health,
      a.churn,
      a.since,
      a.lastActivity,
      a.units,
    ];
    values.forEach((v, i) => (ws.getCell(row, i + 1).value = v));
    ws.getCell(row, 8).numFmt = "#,##0.00";
    ws.getCell(row, 10).numFmt = "#,##0.00";
    expected.push({
      id: a.id,
      name: a.name,
      industry: a.industry,
      region: a.country,
      revenue: a.revenue,
      potential: a.potential === "n/a" ? null : a.potential,
      grossMargin: round(a.gmPct / 100, 4),
      profitability: null,
      relationship: a.health === "n/a" ? null : healthToRelationship(a.health),
      churnRisk: a.churn === "-" ? null : RISK[a.churn],
      customerSince: usDateIso(a.since),
      owner: a.owner,
      businessAreas: list(a.units),
      currency: a.currency,
      source: { sheet, row },
    });
    row++;
  }
  ws.getCell(row, 1).value = `Grand Totals (${CRM_ACCOUNTS.length} records)`;
  ws.getCell(row, 1).font = BOLD;
  ws.getCell(row, 8).value = CRM_ACCOUNTS.reduce((s, a) => s + a.revenue, 0);
  row += 2;
  ws.getCell(row, 1).value = "Confidential Information - Do Not Distribute";
  ws.getCell(row + 1, 1).value = "Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.";
  widths(ws, [20, 30, 16, 18, 18, 14, 10, 14, 10, 14, 10, 10, 10, 12, 12, 34]);

  const mk = wb.addWorksheet("Marketing");
  mk.getRow(1).values = [
    "Positioning",
    "Quality and supply security for regulated packaging, not lowest price",
  ];
  mk.getRow(2).values = ["Minimum gross margin per account", 0.2];
  mk.getCell("B2").numFmt = "0%";
  mk.getRow(3).values = ["Focus segments", "Pharmaceuticals; Food & Beverage"];

  return {
    name: "crm-export",
    file: "Key-Accounts-DACH-report.xlsx",
    workbook: wb,
    expected: {
      accounts: expected,
      mapping: [
        {
          sheet,
          fields: {
            id: field("A", "Account ID"),
            name: field("B", "Account Name"),
            industry: field("E", "Industry"),
            region: field("F", "Billing Country"),
            revenue: field("H", "Annual Revenue", "header", 1),
            potential: field("J", "Account_Potential__c", "header", 1),
            grossMargin: field("K", "Gross_Margin_Pct__c", "header", 0.01),
            relationship: field("L", "Health_Score__c", "rescaled100"),
            churnRisk: field("M", "Churn_Risk__c"),
            customerSince: field("N", "Customer_Since__c"),
            owner: field("C", "Account Owner"),
            businessAreas: field("P", "Business_Units__c"),
          },
        },
      ],
      // The grand total and the CRM's footer lines are not accounts: one note.
      findings: ["ROWS_NOT_ACCOUNTS"],
    },
    positioning: {
      positioning: "Quality and supply security for regulated packaging, not lowest price",
      minGrossMargin: 0.2,
      focusSegments: ["Pharmaceuticals", "Food & Beverage"],
      excludedSegments: [],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 11. A German group structure: each Konzern on one row with the group's figures (sums over its
//     companies), its Töchter indented below ("  └ Tochter GmbH", or plain leading spaces), a
//     standalone key account without Töchter, and a grand total. The Konzerne are the key accounts —
//     the KAM holds the group relationship; a Tochter is part of its Konzern, not an account of its own.

type Tochter = { name: string; land: string; umsatz: number; potenzial: number; db: number };
type Konzern = {
  nr: string;
  name: string;
  branche: string;
  kam: string;
  beziehung: number;
  risiko: "niedrig" | "mittel" | "hoch";
  potenzialKonzern: number;
  /** Group-level margin (DB I / Umsatz) in T€, the Töchter's sum when it has any. */
  umsatz: number;
  db: number;
  toechter: Tochter[];
  /** How the Töchter are indented: a tree glyph or plain leading spaces. */
  indent: "glyph" | "spaces";
};

const KONZERNE: Konzern[] = [
  {
    nr: "K-100",
    name: "Rheintal Gruppe",
    branche: "Chemie",
    kam: "Sabine Krüger",
    beziehung: 4,
    risiko: "niedrig",
    potenzialKonzern: 9200,
    umsatz: 4130,
    db: 1280,
    indent: "glyph",
    toechter: [
      { name: "Rheintal Chemie GmbH", land: "DE", umsatz: 2650, potenzial: 5400, db: 850 },
      { name: "Rheintal Polymers B.V.", land: "NL", umsatz: 1080, potenzial: 2600, db: 310 },
      { name: "Rheintal Service GmbH", land: "DE", umsatz: 400, potenzial: 1200, db: 120 },
    ],
  },
  {
    nr: "K-200",
    name: "Hanse Food Holding",
    branche: "Lebensmittel",
    kam: "Tobias Lange",
    beziehung: 2,
    risiko: "hoch",
    potenzialKonzern: 5800,
    umsatz: 1920,
    db: 480,
    indent: "spaces",
    toechter: [
      { name: "Hanse Molkerei GmbH", land: "DE", umsatz: 1310, potenzial: 3700, db: 330 },
      { name: "Nordsee Feinkost GmbH", land: "DE", umsatz: 610, potenzial: 2100, db: 150 },
    ],
  },
  {
    nr: "K-300",
    name: "Bergmann Maschinenbau KG",
    branche: "Maschinenbau",
    kam: "Sabine Krüger",
    beziehung: 3,
    risiko: "mittel",
    potenzialKonzern: 3900,
    umsatz: 1560,
    db: 440,
    indent: "spaces",
    toechter: [],
  },
  {
    nr: "K-400",
    name: "Danubia Pharma Konzern",
    branche: "Pharma",
    kam: "Tobias Lange",
    beziehung: 4,
    risiko: "niedrig",
    potenzialKonzern: 8400,
    umsatz: 3370,
    db: 1110,
    indent: "glyph",
    toechter: [
      { name: "Danubia Pharma GmbH", land: "AT", umsatz: 2240, potenzial: 5100, db: 760 },
      { name: "Danubia Generika s.r.o.", land: "CZ", umsatz: 1130, potenzial: 3300, db: 350 },
    ],
  },
];

export function konzernStruktur(): Corpus {
  const wb = new Workbook();
  const sheet = "Konzerne 2026";
  const ws = wb.addWorksheet(sheet);
  ws.getCell("A1").value = "Key Accounts nach Konzernstruktur – Umsatz 2025, Beträge in T€";
  ws.getCell("A1").font = { bold: true, size: 13 };
  const headerRow = 3;
  const headers = [
    "Nr.",
    "Konzern / Gesellschaft",
    "Land",
    "Branche",
    "KAM",
    "Umsatz 2025 (T€)",
    "Potenzial (T€)",
    "DB I (T€)",
    "DB %",
    "Beziehung (1–5)",
    "Risiko",
  ];
  headers.forEach((h, i) => (ws.getCell(headerRow, i + 1).value = h));
  styleHeader(ws, [headerRow], headers.length);
  const expected: ExpectedAccount[] = [];
  let row = headerRow + 1;
  for (const k of KONZERNE) {
    const groupRow = row;
    const first = row + 1;
    const last = row + k.toechter.length;
    const sumOr = (c: number, value: number) => {
      const letter = String.fromCharCode(64 + c);
      return k.toechter.length === 0
        ? value
        : { formula: `SUM(${letter}${first}:${letter}${last})`, result: value };
    };
    const values = [
      k.nr,
      k.name,
      k.toechter.length === 0 ? "DE" : "",
      k.branche,
      k.kam,
      sumOr(6, k.umsatz),
      k.potenzialKonzern,
      sumOr(8, k.db),
      { formula: `H${groupRow}/F${groupRow}`, result: k.db / k.umsatz },
      k.beziehung,
      k.risiko,
    ];
    values.forEach((v, i) => (ws.getCell(row, i + 1).value = v === "" ? null : v));
    for (let c = 1; c <= headers.length; c++) ws.getCell(row, c).font = BOLD;
    for (const c of [6, 7, 8]) ws.getCell(row, c).numFmt = "#,##0";
    ws.getCell(row, 9).numFmt = "0.0%";
    expected.push({
      id: k.nr,
      name: k.name,
      industry: k.branche,
      region: k.toechter.length === 0 ? "DE" : null,
      revenue: k.umsatz * 1000,
      potential: k.potenzialKonzern * 1000,
      grossMargin: k.db / k.umsatz,
      profitability: null,
      relationship: k.beziehung,
      churnRisk: RISK[k.risiko],
      customerSince: null,
      owner: k.kam,
      businessAreas: null,
      currency: "EUR",
      source: { sheet, row },
    });
    row++;
    k.toechter.forEach((t, i) => {
      const glyph = i === k.toechter.length - 1 ? "└" : "├";
      const name = k.indent === "glyph" ? `  ${glyph} ${t.name}` : `    ${t.name}`;
      const tv = [null, name, t.land, null, null, t.umsatz, t.potenzial, t.db, round(t.db / t.umsatz, 3)];
      tv.forEach((v, c) => (ws.getCell(row, c + 1).value = v));
      for (const c of [6, 7, 8]) ws.getCell(row, c).numFmt = "#,##0";
      ws.getCell(row, 9).numFmt = "0.0%";
      ws.getCell(row, 2).font = { italic: true };
      row++;
    });
  }
  ws.getCell(row, 2).value = "Gesamt Key Accounts";
  ws.getCell(row, 2).font = BOLD;
  ws.getCell(row, 6).value = KONZERNE.reduce((s, k) => s + k.umsatz, 0);
  ws.getCell(row, 6).numFmt = "#,##0";
  widths(ws, [8, 34, 6, 14, 16, 12, 12, 10, 8, 10, 10]);

  const mk = wb.addWorksheet("Marketing");
  mk.addRow(["Positionierung", "Technologiepartner für regulierte Prozessindustrien"]);
  mk.addRow(["Mindest-DB", 0.25]);
  mk.getCell("B2").numFmt = "0%";
  mk.addRow(["Fokussegmente", "Chemie; Pharma; Lebensmittel"]);

  return {
    name: "konzern-struktur",
    file: "Key-Accounts-Konzerne.xlsx",
    workbook: wb,
    expected: {
      accounts: expected,
      mapping: [
        {
          sheet,
          fields: {
            id: field("A", "Nr."),
            name: field("B", "Konzern / Gesellschaft"),
            industry: field("D", "Branche"),
            region: field("C", "Land"),
            revenue: { ...field("F", "Umsatz 2025 (T€)", "header", 1000), year: 2025 },
            potential: field("G", "Potenzial (T€)", "header", 1000),
            grossMargin: field("I", "DB %", "percentPreferred", 1),
            relationship: field("J", "Beziehung (1–5)"),
            churnRisk: field("K", "Risiko"),
            owner: field("E", "KAM"),
          },
        },
      ],
      // The Töchter under their Konzern are part of it (one note); the grand total needs none.
      findings: ["ROWS_GROUP_MEMBERS"],
    },
    positioning: {
      positioning: "Technologiepartner für regulierte Prozessindustrien",
      minGrossMargin: 0.25,
      focusSegments: ["Chemie", "Pharma", "Lebensmittel"],
      excludedSegments: [],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 12. An English account plan with per-year blocks side by side: "Revenue (£000)", "GM (£000)" and
//     "GM %" each over FY24 / FY25 / FY26 Budget (group labels in a row above an Excel table), a loss
//     typed as "(45)", percent typed as text "32%", the table's totals row with filter buttons, and a
//     hidden row (an account parked for the quarter: skipped, and said so).

type PlanClient = {
  code: string;
  client: string;
  sector: string;
  lead: string;
  rev: [number, number, number];
  gm: [number | string, number, number];
  wallet: number;
  relationship: number;
  status: "Active" | "At risk";
  hidden?: true;
};

const PLAN_CLIENTS: PlanClient[] = [
  {
    code: "C-014",
    client: "Albion Rail Holdings",
    sector: "Transport",
    lead: "Oliver Grant",
    rev: [2810, 3120, 3400],
    gm: [870, 998, 1090],
    wallet: 8200,
    relationship: 4,
    status: "Active",
  },
  {
    code: "C-027",
    client: "Mersey Water plc",
    sector: "Utilities",
    lead: "Priya Nair",
    rev: [1460, 1390, 1500],
    gm: ["(45)", 334, 390],
    wallet: 4100,
    relationship: 2,
    status: "At risk",
  },
  {
    code: "C-031",
    client: "Caledonian Energy Ltd",
    sector: "Energy",
    lead: "Oliver Grant",
    rev: [980, 1240, 1450],
    gm: [265, 360, 435],
    wallet: 3600,
    relationship: 3,
    status: "Active",
    hidden: true,
  },
  {
    code: "C-045",
    client: "Pennant Health Trust",
    sector: "Healthcare",
    lead: "Grace Okafor",
    rev: [2050, 2300, 2550],
    gm: [615, 736, 820],
    wallet: 6900,
    relationship: 4,
    status: "Active",
  },
  {
    code: "C-052",
    client: "Solent Ports Group",
    sector: "Transport",
    lead: "Grace Okafor",
    rev: [640, 720, 800],
    gm: [150, 173, 200],
    wallet: 2900,
    relationship: 2,
    status: "At risk",
  },
];

const gmPctText = (gm: number, rev: number) => `${Math.round((gm / rev) * 100)}%`;
const gmNumber = (gm: number | string) => (typeof gm === "number" ? gm : -Number(gm.replace(/[()]/g, "")));

export function accountPlanUk(): Corpus {
  const wb = new Workbook();
  const sheet = "Account plan FY26";
  const ws = wb.addWorksheet(sheet);
  ws.getCell("A1").value = "Strategic accounts – FY26 account plan (UK)";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = "FY runs April–March · £000 unless stated · FY26 = budget";
  // Row 4: group labels over the year blocks; row 5: the Excel table's own header.
  const groups: [string, number, number][] = [
    ["Revenue (£000)", 6, 8],
    ["GM (£000)", 9, 11],
    ["GM %", 12, 14],
  ];
  for (const [label, from, to] of groups) {
    ws.getCell(4, from).value = label;
    ws.mergeCells(4, from, 4, to);
  }
  const years = ["FY24", "FY25", "FY26 Budget"];
  const columns = [
    "Client code",
    "Client",
    "Sector",
    "Account lead",
    "Status",
    ...years.map((y) => `Rev ${y}`),
    ...years.map((y) => `GM ${y}`),
    ...years.map((y) => `GM% ${y}`),
    "Wallet (£000)",
    "Relationship (1-5)",
  ];
  const headerRow = 5;
  const rows = PLAN_CLIENTS.map((a) => [
    a.code,
    a.client,
    a.sector,
    a.lead,
    a.status,
    ...a.rev,
    ...a.gm,
    ...a.gm.map((g, i) => gmPctText(gmNumber(g), a.rev[i] ?? 1)),
    a.wallet,
    a.relationship,
  ]);
  ws.addTable({
    name: "AccountPlan",
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: columns.map((name, i) => ({
      name,
      filterButton: true,
      ...(i === 1
        ? { totalsRowLabel: "Total" }
        : (i >= 5 && i <= 10) || i === 14
          ? { totalsRowFunction: "sum" as const }
          : {}),
    })),
    rows,
  });
  styleHeader(ws, [4], columns.length);
  const expected: ExpectedAccount[] = [];
  PLAN_CLIENTS.forEach((a, i) => {
    const r = headerRow + 1 + i;
    for (let c = 6; c <= 11; c++) ws.getCell(r, c).numFmt = "#,##0;(#,##0)";
    ws.getCell(r, 15).numFmt = "#,##0";
    if (a.hidden) {
      ws.getRow(r).hidden = true;
      return;
    }
    expected.push({
      id: a.code,
      name: a.client,
      industry: a.sector,
      region: null,
      revenue: a.rev[1] * 1000,
      potential: a.wallet * 1000,
      grossMargin: Math.round((gmNumber(a.gm[1]) / a.rev[1]) * 100) / 100,
      profitability: null,
      relationship: a.relationship,
      churnRisk: null,
      customerSince: null,
      owner: a.lead,
      businessAreas: null,
      currency: "GBP",
      source: { sheet, row: r },
    });
  });
  widths(ws, [10, 26, 12, 16, 9, 9, 9, 12, 9, 9, 12, 9, 9, 12, 12, 12]);

  const mk = wb.addWorksheet("Positioning");
  mk.getRow(1).values = ["Positioning", "Whole-life engineering partner for regulated infrastructure"];
  mk.getRow(2).values = ["Minimum GM per account", 0.2];
  mk.getCell("B2").numFmt = "0%";

  return {
    name: "account-plan-uk",
    file: "account-plan-fy26.xlsx",
    workbook: wb,
    expected: {
      accounts: expected,
      mapping: [
        {
          sheet,
          fields: {
            id: field("A", "Client code"),
            name: field("B", "Client"),
            industry: field("C", "Sector"),
            revenue: { ...field("G", "Revenue (£000) / Rev FY25", "latestYear", 1000), year: 2025 },
            potential: field("O", "Wallet (£000)", "header", 1000),
            grossMargin: { ...field("M", "GM % / GM% FY25", "percentPreferred", 1), year: 2025 },
            relationship: field("P", "Relationship (1-5)"),
            owner: field("D", "Account lead"),
          },
        },
      ],
      // The table's totals row needs no note; the hidden row does.
      findings: ["ROWS_HIDDEN_SKIPPED"],
    },
    positioning: {
      positioning: "Whole-life engineering partner for regulated infrastructure",
      minGrossMargin: 0.2,
      focusSegments: [],
      excludedSegments: [],
    },
  };
}

export const CORPORA: readonly (() => Corpus)[] = [
  industrie,
  itServices,
  medtech,
  grosshandel,
  antriebeSchweiz,
  engineeringUk,
  kamUebersicht,
  keyAccountsUs,
  profilmatrix,
  crmExport,
  konzernStruktur,
  accountPlanUk,
];
