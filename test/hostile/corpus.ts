// The hostile corpus: workbooks and plans built here, by hand, the way hostile or merely unusual
// files arrive — one or more cases per class of issue 15 (the number in `issue`). Every case runs
// through `kam read`, `check`, `suggest` and `write`; hostile.test.ts holds the rules every run must
// keep and the independent check of what `write` wrote, each case the behaviour of its own.

import { readFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { richWorkbook } from "../support/rich-workbook";
import {
  ACCOUNT_HEADER,
  ACCOUNT_ROWS,
  accountSheet,
  buildXlsx,
  NS_REL,
  type RawCell,
  type RawWorkbook,
} from "./raw-xlsx";

export const SAMPLE = path.resolve(__dirname, "../../assets/samples/Beispiel-Kundenportfolio.xlsx");

/** What a case expects of one command, beyond the rules every run keeps. */
export type Expectation = {
  /** Exit code (2 for a refusal). */
  code: number;
  /** The one line on stderr, for exit 2. */
  stderr?: RegExp;
  /** Finding codes `--json` must list (read, check). */
  findings?: readonly string[];
  /** Finding codes `--json` must not list. */
  noFindings?: readonly string[];
  /** Accounts `read --json` must find, by id or name. */
  accounts?: readonly string[];
  /** Sheets the written workbook has, in order. */
  sheets?: readonly string[];
  /** Upper bound in milliseconds (a hostile file must not cost minutes). */
  withinMs?: number;
};

export type PlanInput = { json: unknown } | { bytes: Uint8Array };

export type HostileCase = {
  id: string;
  /** The defect class of issue 15 the case belongs to (1–15). */
  issue: number;
  title: string;
  workbook: () => Promise<Uint8Array>;
  /** The workbook's file name (its extension matters to Excel). */
  fileName?: string;
  plan?: () => PlanInput;
  /** Extra arguments per command. */
  args?: Partial<Record<Command, readonly string[]>>;
  expect: Partial<Record<Command, Expectation>>;
  /** The user's defined names may change on write (the add-in takes over its previous version's). */
  namesMayChange?: boolean;
};

export type Command = "read" | "check" | "suggest" | "write";

const VISION =
  "Wir werden für unsere Key Accounts ein geschätzter und unverzichtbarer Partner sein, heute und auch noch in ferner Zukunft.";
const MISSION =
  "Um dies zu erreichen, wachsen wir zusammen mit unseren Key Accounts und verankern uns so tief wie möglich in ihren Geschäften.";

export function plan(overrides: Record<string, unknown> = {}): { json: unknown } {
  return {
    json: {
      version: 1,
      language: "de",
      asOf: "2026-12-01",
      vision: VISION,
      mission: MISSION,
      goals: [
        {
          id: "G1",
          account: "D-01",
          kind: "economic",
          metric: "revenue",
          statement: "Umsatz mit Kessler durch Etikettenservice auf 2,3 Mio. € ausbauen",
          target: 2_300_000,
          unit: "EUR",
          deadline: "2027-12-31",
        },
        {
          id: "G2",
          account: "D-02",
          kind: "strategic",
          metric: "retention",
          statement: "Lindner langfristig binden: Rahmenvertrag bis 2029 verlängern",
          target: 1,
          unit: "%",
          deadline: "2027-06-30",
        },
      ],
      ...overrides,
    },
  };
}

const raw = (book: RawWorkbook) => () => buildXlsx(book);
const accountsOf = (...sheets: RawWorkbook["sheets"]) => raw({ sheets });

/** The account list as an Excel table (header row 3, three accounts). */
const asTable = (name: string) => ({ name, ref: "A3:I6", columns: [...ACCOUNT_HEADER] });

const WROTE = (...extra: string[]): Expectation => ({ code: 0, sheets: extra });

// ---------------------------------------------------------------------------------------------
// 1. A user's sheet carrying the add-in's markers is never overwritten nor dropped from reading.

const OWNERSHIP: HostileCase[] = [
  {
    id: "own-table-kam-goals",
    issue: 1,
    title: "the user's account list is an Excel table named KAM_Goals",
    workbook: accountsOf(accountSheet("Kundenportfolio", { tables: [asTable("KAM_Goals")] })),
    expect: {
      read: { code: 0, accounts: ["D-01", "D-02", "D-04"] },
      write: WROTE("Kundenportfolio", "KAM-Ziele", "KAM-Review", "KAM-Planner"),
    },
  },
  {
    id: "own-table-kam-review",
    issue: 1,
    title: "the user's account list is an Excel table named KAM_Review",
    workbook: accountsOf(accountSheet("Kundenportfolio", { tables: [asTable("KAM_Review")] })),
    expect: {
      read: { code: 0, accounts: ["D-01", "D-02", "D-04"] },
      write: WROTE("Kundenportfolio", "KAM-Ziele", "KAM-Review", "KAM-Planner"),
    },
  },
  {
    id: "own-name-goal-marker",
    issue: 1,
    title: "a defined name KAM_GoalSheet points at a user's account sheet",
    workbook: raw({
      sheets: [
        accountSheet("Nord"),
        accountSheet("Süd", {
          rows: [
            ["Süd"],
            [],
            [...ACCOUNT_HEADER],
            [
              "S-01",
              "Südhof KG",
              "Handel",
              900_000,
              1_500_000,
              { number: 0.2, style: 1 },
              3,
              "mittel",
              "Ute Kern",
            ],
          ],
        }),
      ],
      names: [{ name: "KAM_GoalSheet", formula: "'Süd'!$A$1" }],
    }),
    expect: {
      read: { code: 0, accounts: ["D-01", "S-01"] },
      write: WROTE("Nord", "Süd", "KAM-Ziele", "KAM-Review", "KAM-Planner"),
    },
  },
  {
    id: "own-review-marker-and-table",
    issue: 1,
    title: "KAM_ReviewSheet and a table KAM_Review on the same user sheet",
    workbook: raw({
      sheets: [accountSheet("Kundenportfolio", { tables: [asTable("KAM_Review")] })],
      names: [{ name: "KAM_ReviewSheet", formula: "Kundenportfolio!$A$1" }],
    }),
    expect: {
      read: { code: 0, accounts: ["D-01", "D-02", "D-04"] },
      write: WROTE("Kundenportfolio", "KAM-Ziele", "KAM-Review", "KAM-Planner"),
    },
  },
  {
    id: "own-settings-marker",
    issue: 1,
    title: "a visible user sheet named KAM-Planner that the name KAM_Settings points at",
    workbook: raw({
      sheets: [
        accountSheet(),
        { name: "KAM-Planner", rows: [["Meine Notizen zum KAM-Planner"], ["Workshop am 12.1."]] },
      ],
      names: [{ name: "KAM_Settings", formula: "'KAM-Planner'!$A$1" }],
    }),
    expect: {
      read: { code: 0, accounts: ["D-01"] },
      write: WROTE("Kundenportfolio", "KAM-Planner", "KAM-Ziele", "KAM-Review", "KAM-Planner (2)"),
    },
  },
  {
    id: "own-settings-key-visible",
    issue: 1,
    title: "a visible export sheet whose A1 holds the settings key",
    workbook: accountsOf(accountSheet(), {
      name: "Export",
      rows: [
        ["kam-planner-settings", 1],
        ["columns:Kundenportfolio", "{}"],
      ],
    }),
    expect: { write: WROTE("Kundenportfolio", "Export", "KAM-Ziele", "KAM-Review", "KAM-Planner") },
  },
  {
    id: "own-sheet-named-like-goals",
    issue: 1,
    title: "a user's sheet is named KAM-Ziele (and holds accounts)",
    workbook: accountsOf(accountSheet("KAM-Ziele")),
    expect: {
      read: { code: 0, accounts: ["D-01"] },
      write: WROTE("KAM-Ziele", "KAM-Ziele (2)", "KAM-Review", "KAM-Planner"),
    },
  },
  {
    id: "own-constant-name-kam-vision",
    issue: 1,
    title: "a user's constant defined name KAM_Vision (not a range: no host lists it)",
    workbook: raw({
      sheets: [accountSheet()],
      names: [{ name: "KAM_Vision", formula: '"Unsere Vision 2030"' }],
    }),
    expect: { read: { code: 0, accounts: ["D-01"] }, write: { code: 2, stderr: /KAM_Vision/ } },
  },
  {
    id: "own-all-markers-with-records",
    issue: 1,
    title: "every marker on a user's sheet, in a workbook whose settings sheet already records tokens",
    workbook: raw({
      sheets: [
        accountSheet("Kundenportfolio", { tables: [asTable("KAM_Goals")] }),
        {
          name: "KAM-Planner",
          state: "veryHidden",
          rows: [
            ["kam-planner-settings", 1],
            ["owner:goal", "0123456789abcdef0123456789abcdef"],
          ],
        },
      ],
      names: [
        { name: "KAM_GoalSheet", formula: "Kundenportfolio!$A$1" },
        { name: "KAM_Vision", formula: "Kundenportfolio!$B$1" },
        { name: "KAM_Mission", formula: "Kundenportfolio!$B$2" },
      ],
    }),
    expect: {
      read: { code: 0, accounts: ["D-01", "D-02", "D-04"] },
      // The plan's names are the user's here: refused before anything is written.
      write: { code: 2, stderr: /KAM_Vision/ },
    },
  },
];

// ---------------------------------------------------------------------------------------------
// 2. What the writer cannot keep is kept byte for byte (or the write is refused clearly).

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const CT = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  connections: "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml",
  queryTable: "application/vnd.openxmlformats-officedocument.spreadsheetml.queryTable+xml",
  custom: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
};

/** A workbook as LibreOffice and Excel users leave them: every kind of part the writer must keep. */
async function keptWorkbook(): Promise<Uint8Array> {
  const shape = `${XML_DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="Pfeil 1"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rightArrow"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>Bitte nur Spalte I pflegen</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
  const ext = `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Listen!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>H4:H6</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`;
  return buildXlsx({
    sheets: [
      accountSheet("Kundenportfolio", {
        after: '<sheetProtection sheet="1" objects="1"/>',
        drawing: "rId9",
        rels: [["rId9", `${NS_REL}/drawing`, "../drawings/drawing1.xml"]],
        extLst: ext,
      }),
      { name: "Listen", rows: [["niedrig"], ["mittel"], ["hoch"]] },
      {
        name: "CRM-Export",
        rows: [
          ["Kunde", "Umsatz"],
          ["Kessler", 1_850_000],
        ],
        rels: [["rId1", `${NS_REL}/queryTable`, "../queryTables/queryTable1.xml"]],
      },
    ],
    names: [
      { name: "Mwst", formula: "0.19" },
      { name: "Region", formula: '"Süd"' },
      { name: "Gesamtumsatz", formula: "SUM(Kundenportfolio!$D$4:$D$6)" },
      { name: "Risiken", formula: "Listen!$A$1:$A$3" },
      { name: "Lokal", formula: "Listen!$A$1", localSheetId: 1 },
      { name: "_xlnm.Print_Area", formula: "Kundenportfolio!$A$1:$I$6", localSheetId: 0 },
      { name: "Versteckt", formula: "Listen!$A$2", hidden: true },
      { name: "ExterneQuelle_1", formula: "'CRM-Export'!$A$1:$B$2", localSheetId: 2, hidden: true },
    ],
    workbookHead:
      '<fileSharing readOnlyRecommended="1" userName="KAM-Team"/><workbookProtection lockStructure="1"/>',
    parts: [
      {
        path: "xl/connections.xml",
        contentType: CT.connections,
        rel: { from: "workbook", type: `${NS_REL}/connections` },
        content: `${XML_DECL}<connections xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><connection id="1" name="CRM" type="5" refreshedVersion="6" background="1" saveData="1"><dbPr connection="Provider=Microsoft.Mashup.OleDb.1;Data Source=$Workbook$;Location=CRM" command="SELECT * FROM [CRM]"/></connection></connections>`,
      },
      {
        path: "xl/queryTables/queryTable1.xml",
        contentType: CT.queryTable,
        content: `${XML_DECL}<queryTable xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="ExterneQuelle_1" connectionId="1" autoFormatId="16" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="0"/>`,
      },
      { path: "xl/drawings/drawing1.xml", contentType: CT.drawing, content: shape },
      {
        path: "docProps/custom.xml",
        contentType: CT.custom,
        rel: { from: "package", type: `${NS_REL}/custom-properties` },
        content: `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_1a2b_Enabled"><vt:lpwstr>true</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="MSIP_Label_1a2b_Name"><vt:lpwstr>Intern</vt:lpwstr></property></Properties>`,
      },
      {
        path: "customXml/item1.xml",
        rel: { from: "workbook", type: `${NS_REL}/customXml`, target: "../customXml/item1.xml" },
        content: `<?xml version="1.0" encoding="UTF-8"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="/APA.XSL"/>`,
      },
      {
        path: "customXml/itemProps1.xml",
        contentType: CT.customXmlProps,
        content: `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>`,
      },
      {
        path: "customXml/_rels/item1.xml.rels",
        content: `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
      },
      {
        path: "docProps/app.xml",
        contentType: CT.app,
        rel: { from: "package", type: `${NS_REL}/extended-properties` },
        content: `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</Application></Properties>`,
      },
    ],
  });
}

const KEPT: HostileCase[] = [
  {
    id: "kept-every-part",
    issue: 2,
    title:
      "names of every kind, protection, read-only recommended, a connection and query table, a shape, extension-list validations, custom properties with a sensitivity label, customXml",
    workbook: keptWorkbook,
    expect: {
      read: { code: 0, accounts: ["D-01", "D-02", "D-04"] },
      write: WROTE("Kundenportfolio", "Listen", "CRM-Export", "KAM-Ziele", "KAM-Review", "KAM-Planner"),
    },
  },
  {
    id: "kept-charts-pivots-macros",
    issue: 2,
    title:
      "the shared sample with a chart, a text box, a pivot table, an external link and a VBA project (.xlsm)",
    fileName: "Makros.xlsm",
    workbook: () => richWorkbook(new Uint8Array(readFileSync(SAMPLE)), { macros: true }),
    args: { write: ["--out", "{dir}/Makros-review.xlsm"] },
    expect: { write: { code: 0 } },
  },
  {
    id: "kept-constant-and-formula-names",
    issue: 2,
    title:
      "a user's sheet computes with defined names that are a constant, a text and a formula (kept byte for byte: no #NAME?)",
    workbook: raw({
      sheets: [
        accountSheet(),
        {
          name: "Kalkulation",
          rows: [
            ["Umsatz brutto", { formula: "Kundenportfolio!D4*(1+Mwst)", number: 2_201_500 }],
            ["Gesamtumsatz", { formula: "Gesamt", number: 4_350_000 }],
            ["Region", { formula: 'Region&" / "&Stand', text: "Süd / Q4" }],
            ["Anteil Kessler", { formula: "Kundenportfolio!D4/Gesamt", number: 1_850_000 / 4_350_000 }],
          ],
        },
      ],
      names: [
        // As Excel writes them: a constant, a text, a formula over a user's range, a name over names.
        { name: "Mwst", formula: "0.19" },
        { name: "Region", formula: '"Süd"' },
        { name: "Stand", formula: '"Q4"', hidden: true },
        { name: "Gesamt", formula: "SUM(Kundenportfolio!$D$4:$D$6)" },
        { name: "Netto", formula: "Kalkulation!$B$1/(1+Mwst)", localSheetId: 1 },
      ],
    }),
    expect: {
      read: { code: 0, accounts: ["D-01", "D-02", "D-04"] },
      write: WROTE("Kundenportfolio", "Kalkulation", "KAM-Ziele", "KAM-Review", "KAM-Planner"),
    },
  },
  {
    id: "kept-strict-ooxml",
    issue: 2,
    title: "a Strict Open XML workbook: read, but writing into it is refused",
    workbook: raw({ sheets: [accountSheet()], strict: true }),
    expect: {
      read: { code: 0, accounts: ["D-01", "D-02", "D-04"] },
      write: { code: 2, stderr: /Strict Open XML/ },
    },
  },
  {
    id: "kept-prefixed-spreadsheetml",
    issue: 2,
    title: "SpreadsheetML under a namespace prefix (x:workbook): read, but writing is refused",
    workbook: raw({ sheets: [accountSheet()], prefix: "x" }),
    expect: {
      read: { code: 0, accounts: ["D-01", "D-02", "D-04"] },
      write: { code: 2, stderr: /prefix|Präfix/ },
    },
  },
];

// ---------------------------------------------------------------------------------------------
// 3. One stray value far away costs nothing; 10. cells and rows without `r`.

const SPARSE: HostileCase[] = [
  ...(["XFD1048576", "XFD1", "A1048576"] as const).map((ref): HostileCase => ({
    id: `sparse-stray-${ref}`,
    issue: 3,
    title: `one stray value in ${ref}`,
    workbook: accountsOf(accountSheet("Kundenportfolio", { cells: { [ref]: "x" } })),
    expect: {
      read: { code: 0, accounts: ["D-01", "D-02", "D-04"], withinMs: 3000 },
      write: { code: 0, withinMs: 5000 },
    },
  })),
  {
    id: "sparse-only-the-corner",
    issue: 3,
    title: "a second sheet whose only value is in XFD1048576",
    workbook: accountsOf(accountSheet(), { name: "Leer", cells: { XFD1048576: 1 } }),
    expect: { read: { code: 0, accounts: ["D-01"], withinMs: 3000 } },
  },
  {
    id: "no-r-attributes",
    issue: 10,
    title: "rows and cells written without r attributes (valid OOXML)",
    workbook: accountsOf(accountSheet("Kundenportfolio", { noRefs: true })),
    expect: { read: { code: 0, accounts: ["D-01", "D-02", "D-04"] }, write: { code: 0 } },
  },
];

// ---------------------------------------------------------------------------------------------
// 5. Terminal escapes in cells; 7. control characters in users' sheets.

const ESC = "\u001b";
const NASTY_NAMES = [
  `${ESC}[2J${ESC}[HKessler Verpackungen GmbH`,
  `${ESC}]0;pwned\u0007Lindner Bau AG`,
  "Voss\u0008\u0008\u0008\u0008Medical\rGmbH",
  "\u202eHBmG lacideM ssoV",
];

const TEXT: HostileCase[] = [
  {
    id: "terminal-escapes-in-names",
    issue: 5,
    title: "account names with clear-screen, window-title, backspace, CR and right-to-left override",
    workbook: accountsOf({
      // XML allows no control characters in a sheet name (Excel neither): a bidi override it may hold.
      name: "Kunden\u202e",
      rows: [
        [...ACCOUNT_HEADER],
        ...NASTY_NAMES.map((name, i): RawCell[] => [
          `K-${i}`,
          { text: name, inline: i % 2 === 0 },
          "Handel",
          1_000_000,
          2_000_000,
          { number: 0.2, style: 1 },
          3,
          "hoch\u0007",
          "Anna\u202eBerg",
        ]),
      ],
    }),
    plan: () =>
      plan({
        goals: [
          {
            id: "G1",
            account: "K-0",
            kind: "economic",
            metric: "revenue",
            statement: "Umsatz\u0007 ausbauen \u202etxet",
            target: 1_500_000,
            unit: "EUR",
            deadline: "2027-12-31",
          },
        ],
      }),
    expect: {
      read: { code: 0, accounts: ["K-0", "K-1", "K-2", "K-3"] },
      check: { code: 0 },
      write: { code: 0 },
    },
  },
  {
    id: "control-characters-kept",
    issue: 7,
    title: "BEL, backspace, CR and _x0007_ escapes in a user's sheet (shared and inline strings)",
    workbook: accountsOf(accountSheet(), {
      name: "Notizen",
      rows: [
        ["Klingel\u0007", { text: "Zurück\u0008", inline: true }],
        [{ text: "Zeile\r\nEnde\r", inline: true }, "literal _x0007_"],
      ],
    }),
    expect: { write: { code: 0 } },
  },
];

// ---------------------------------------------------------------------------------------------
// 6. Excel's 32,767 characters per cell.

const longGoals = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `G${i + 1}`,
    account: ["D-01", "D-02", "D-04"][i % 3],
    kind: "economic",
    metric: "revenue",
    statement: `Umsatz ausbauen, Schritt ${i + 1}`,
    target: 5_000_000,
    unit: "EUR",
    deadline: "2027-12-31",
  }));

const LIMITS: HostileCase[] = [
  {
    id: "limit-account-name-32767",
    issue: 6,
    title: "a legal account name of exactly 32,767 characters",
    workbook: accountsOf({
      name: "Kunden",
      rows: [
        [...ACCOUNT_HEADER],
        ["D-01", "K".repeat(32_767), "Handel", 1_000_000, 2_000_000, 0.2, 3, "hoch", "Anna"],
      ],
    }),
    expect: { read: { code: 0, accounts: ["D-01"] }, write: { code: 0 } },
  },
  {
    id: "limit-vision-40k",
    issue: 6,
    title: "a 40,000-character vision",
    workbook: accountsOf(accountSheet()),
    plan: () => plan({ vision: `${VISION} ${"Partner ".repeat(5_000)}` }),
    expect: { check: { code: 1, findings: ["TEXT_OVER_CELL_LIMIT"] }, write: { code: 0 } },
  },
  {
    id: "limit-statement-10mb",
    issue: 6,
    title: "a 10 MB goal statement",
    workbook: accountsOf(accountSheet()),
    plan: () => plan({ goals: [{ ...longGoals(1)[0], statement: "x".repeat(10_000_000) }] }),
    expect: { check: { code: 1, findings: ["TEXT_OVER_CELL_LIMIT"] }, write: { code: 0, withinMs: 20_000 } },
  },
  {
    id: "limit-20000-goals",
    issue: 6,
    title: "20,000 goals",
    workbook: accountsOf(accountSheet()),
    plan: () => plan({ goals: longGoals(20_000) }),
    expect: { write: { code: 0, withinMs: 60_000 } },
  },
];

// ---------------------------------------------------------------------------------------------
// 9. Plan files in other encodings, or not plans at all.

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++)
    view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);
}

const planText = () => JSON.stringify(plan().json, null, 2);

const ENCODINGS: HostileCase[] = [
  ...(
    [
      ["latin-1", () => latin1(planText()), /Latin-1/],
      ["utf-16le-bom", () => utf16(planText(), true, true), /UTF-16/],
      ["utf-16be-bom", () => utf16(planText(), false, true), /UTF-16/],
      ["utf-16le-no-bom", () => utf16(planText(), true, false), /UTF-16/],
      ["utf-32", () => Uint8Array.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]), /UTF-32/],
      ["xlsx-as-plan", () => new Uint8Array(readFileSync(SAMPLE)), /Excel workbook, not a plan/],
      [
        "xls-as-plan",
        () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        /Excel workbook, not a plan/,
      ],
      ["binary-garbage", () => Uint8Array.from({ length: 256 }, (_, i) => (i * 37) % 256), /not a text file/],
    ] as const
  ).map(([name, bytes, message]): HostileCase => ({
    id: `plan-${name}`,
    issue: 9,
    title: `a plan file: ${name}`,
    workbook: accountsOf(accountSheet()),
    plan: () => ({ bytes: bytes() }),
    expect: { check: { code: 2, stderr: message }, write: { code: 2, stderr: message } },
  })),
  {
    id: "plan-utf8-bom",
    issue: 9,
    title: "a UTF-8 plan with a byte order mark (accepted)",
    workbook: accountsOf(accountSheet()),
    plan: () => ({ bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(planText())]) }),
    expect: { check: { code: 0 }, write: { code: 0 } },
  },
];

// ---------------------------------------------------------------------------------------------
// 12. Unicode in account references; 13. reading choices that must not be silent.

const MATCHING: HostileCase[] = [
  {
    id: "unicode-decomposed-and-invisible",
    issue: 12,
    title: "goals name accounts with a decomposed umlaut, a zero-width space and full-width digits",
    workbook: accountsOf({
      name: "Kunden",
      rows: [
        [...ACCOUNT_HEADER],
        ["D-01", "Müller Verpackungen GmbH", "Verpackung", 1_850_000, 5_200_000, 0.29, 4, "niedrig", "Anna"],
        ["D-02", "Lindner Bau AG", "Bau", 2_400_000, 2_900_000, 0.195, 2, "hoch", "Tom"],
      ],
    }),
    plan: () =>
      plan({
        goals: [
          { ...longGoals(1)[0], id: "G1", account: "Mu\u0308ller Verpackungen GmbH" },
          { ...longGoals(1)[0], id: "G2", account: "D-\u200B02", target: 2_600_000 },
          { ...longGoals(1)[0], id: "G3", account: "Ｄ-０１" },
        ],
      }),
    expect: { check: { code: 0, noFindings: ["GOAL_ACCOUNT_UNKNOWN"] }, write: { code: 0 } },
  },
  {
    id: "reading-choices",
    issue: 13,
    title:
      "0.29 among percentage points, #VALUE!/#NAME? in id and name, formulas without cached values, 01/02/2019 beside 12/31/2019",
    workbook: accountsOf({
      name: "Kunden",
      rows: [
        ["Kunden-ID", "Kundenname", "Umsatz", "Umsatzpotenzial", "Bruttomarge (%)", "Kunde seit"],
        ["D-01", "Alpha GmbH", 1000, 2000, 0.29, "01/02/2019"],
        [{ error: "#VALUE!" }, "Beta AG", 1000, 2000, 19.5, "12/31/2019"],
        ["D-03", { error: "#NAME?" }, { formula: "SUM(X1:X9)" }, 2000, 35, "03/04/2020"],
        ["D-04", { formula: "A1" }, 500, { formula: "C2*2" }, "31 %", "2021-05-06"],
      ],
    }),
    expect: {
      read: {
        code: 0,
        findings: ["CELL_AMBIGUOUS", "CELL_UNREADABLE"],
        accounts: ["D-01", "Beta AG", "D-03", "D-04"],
      },
    },
  },
];

// ---------------------------------------------------------------------------------------------
// 14. Decompression is bounded.

async function bomb(megabytes: number, where: "sharedStrings" | "sheet"): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(
    await buildXlsx({ sheets: [accountSheet(), { name: "Notiz", rows: [["X"]] }] }),
  );
  const big = "A".repeat(megabytes * 1024 * 1024);
  if (where === "sharedStrings") {
    const sst = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
    zip.file("xl/sharedStrings.xml", sst.replace('<t xml:space="preserve">X</t>', `<t>${big}</t>`));
  } else {
    const sheet = (await zip.file("xl/worksheets/sheet2.xml")?.async("string")) ?? "";
    zip.file(
      "xl/worksheets/sheet2.xml",
      sheet.replace(
        "</sheetData>",
        `<row r="2"><c r="A2" t="inlineStr"><is><t>${big}</t></is></c></row></sheetData>`,
      ),
    );
  }
  return new Uint8Array(
    await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } }),
  );
}

const BOUNDED: HostileCase[] = [
  {
    id: "bomb-shared-string-200mb",
    issue: 14,
    title: "a 0.2 MB file holding one 200 MB shared string",
    workbook: () => bomb(200, "sharedStrings"),
    expect: {
      read: { code: 2, stderr: /unpacks to more than/, withinMs: 5000 },
      write: { code: 2, withinMs: 5000 },
    },
  },
  {
    id: "bomb-inline-string-64mb",
    issue: 14,
    title: "a sheet holding one 64 MB inline string",
    workbook: () => bomb(64, "sheet"),
    expect: { read: { code: 2, stderr: /unpacks to more than/, withinMs: 5000 } },
  },
];

// ---------------------------------------------------------------------------------------------
// 15. Messages that say what is wrong.

const MESSAGES: HostileCase[] = [
  {
    id: "message-out-empty",
    issue: 15,
    title: '--out ""',
    workbook: accountsOf(accountSheet()),
    args: { write: ["--out", ""] },
    expect: { write: { code: 2, stderr: /--out needs a file name/ } },
  },
  {
    id: "message-out-csv",
    issue: 15,
    title: "--out x.csv",
    workbook: accountsOf(accountSheet()),
    args: { write: ["--out", "{dir}/x.csv"] },
    expect: { write: { code: 2, stderr: /must end in \.xlsx/ } },
  },
  {
    id: "message-macros-out-xlsx",
    issue: 15,
    title: "a macro workbook written to an .xlsx name",
    fileName: "Makros.xlsm",
    workbook: () => richWorkbook(new Uint8Array(readFileSync(SAMPLE)), { macros: true }),
    args: { write: ["--out", "{dir}/ohne-makros.xlsx"] },
    expect: { write: { code: 2, stderr: /must end in \.xlsm/ } },
  },
  {
    id: "message-missing-sheet",
    issue: 15,
    title: "--sheet names a sheet the workbook does not have",
    workbook: accountsOf(accountSheet()),
    args: {
      read: ["--sheet", "Nope"],
      check: ["--sheet", "Nope"],
      suggest: ["--sheet", "Nope"],
      write: ["--sheet", "Nope"],
    },
    expect: {
      read: { code: 2, stderr: /no sheet 'Nope'.*Kundenportfolio/ },
      check: { code: 2, stderr: /no sheet 'Nope'/ },
    },
  },
  {
    id: "message-header-only",
    issue: 15,
    title: "a sheet with a header row and no accounts",
    workbook: accountsOf({ name: "Kunden", rows: [[...ACCOUNT_HEADER]] }),
    expect: { read: { code: 2, stderr: /header row but no account rows/ } },
  },
];

export const CORPUS: readonly HostileCase[] = [
  ...OWNERSHIP,
  ...KEPT,
  ...SPARSE,
  ...TEXT,
  ...LIMITS,
  ...ENCODINGS,
  ...MATCHING,
  ...BOUNDED,
  ...MESSAGES,
];

/** The rows the account sheets start with (tests compare what read found). */
export const SAMPLE_ACCOUNT_IDS = ACCOUNT_ROWS.map((r) => r[0]);
