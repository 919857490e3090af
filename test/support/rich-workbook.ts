// A real-looking user workbook with every kind of part the add-in must keep byte for byte: a chart
// and a text box (drawing), a pivot table with its cache, a data connection, custom XML, custom
// document properties (a sensitivity label), an external link, a calculation chain, defined names
// of every kind (range, constant, text, formula, sheet-local, hidden, print area), workbook and
// sheet protection, "read-only recommended", validations in the worksheet's extension list and,
// for .xlsm, a VBA project. Built from the shared German sample the way Excel stores these parts.

import JSZip from "jszip";

export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const rels = (items: readonly [id: string, type: string, target: string][]) =>
  `${XML}<Relationships xmlns="${PKG_REL}">${items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join("")}</Relationships>`;

const CHART = `${XML}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Umsatz je Kunde</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Umsatz</c:v></c:tx><c:cat><c:strRef><c:f>Kundenportfolio!$B$4:$B$8</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Kundenportfolio!$E$4:$E$8</c:f></c:numRef></c:val></c:ser><c:gapWidth val="150"/><c:axId val="111"/><c:axId val="222"/></c:barChart><c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx><c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/></c:valAx></c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const DRAWING = `${XML}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagramm 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="Textfeld 2"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2400000" cy="540000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill></xdr:spPr><xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>Vom Marketing freigegeben</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const PIVOT_CACHE = `${XML}<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="B3:C5" sheet="Kundenportfolio"/></cacheSource><cacheFields count="2"><cacheField name="Region" numFmtId="0"><sharedItems count="2"><s v="Nord"/><s v="Süd"/></sharedItems></cacheField><cacheField name="Umsatz" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="100" maxValue="200"/></cacheField></cacheFields></pivotCacheDefinition>`;

const PIVOT_RECORDS = `${XML}<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}" count="2"><r><x v="0"/><n v="100"/></r><r><x v="1"/><n v="200"/></r></pivotCacheRecords>`;

const PIVOT_TABLE = `${XML}<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="PivotTable1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Werte" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0"><location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Summe von Umsatz" fld="1" baseField="0" baseItem="0"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`;

const PIVOT_SHEET = `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><dimension ref="A3:B6"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData><row r="3"><c r="A3" t="inlineStr"><is><t>Zeilenbeschriftungen</t></is></c><c r="B3" t="inlineStr"><is><t>Summe von Umsatz</t></is></c></row><row r="4"><c r="A4" t="inlineStr"><is><t>Nord</t></is></c><c r="B4"><v>100</v></c></row><row r="5"><c r="A5" t="inlineStr"><is><t>Süd</t></is></c><c r="B5"><v>200</v></c></row><row r="6"><c r="A6" t="inlineStr"><is><t>Gesamtergebnis</t></is></c><c r="B6"><v>300</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.78740157499999996" bottom="0.78740157499999996" header="0.3" footer="0.3"/></worksheet>`;

const CONNECTIONS = `${XML}<connections xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><connection id="1" keepAlive="1" name="Abfrage - CRM-Export" description="Verbindung mit der Abfrage 'CRM-Export' in der Arbeitsmappe." type="5" refreshedVersion="6" background="1" saveData="1"><dbPr connection="Provider=Microsoft.Mashup.OleDb.1;Data Source=$Workbook$;Location=CRM-Export" command="SELECT * FROM [CRM-Export]"/></connection></connections>`;

const CUSTOM_XML = `<?xml version="1.0" encoding="utf-8"?><ct:contentTypeSchema xmlns:ct="http://schemas.microsoft.com/office/2006/metadata/contentType" ct:_="" ma:_="" ma:contentTypeName="Dokument" xmlns:ma="http://schemas.microsoft.com/office/2006/metadata/properties/metaAttributes"/>`;
const CUSTOM_XML_PROPS = `${XML}<ds:datastoreItem ds:itemID="{6E1A2B3C-4D5E-4F60-8172-93A4B5C6D7E8}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.microsoft.com/office/2006/metadata/contentType"/></ds:schemaRefs></ds:datastoreItem>`;

const CUSTOM_PROPS = `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_0f2c7a1e-3b4d-4c5e-8f90-a1b2c3d4e5f6_Enabled"><vt:lpwstr>true</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="MSIP_Label_0f2c7a1e-3b4d-4c5e-8f90-a1b2c3d4e5f6_Name"><vt:lpwstr>Vertraulich</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="Abteilung"><vt:lpwstr>Key Account Management</vt:lpwstr></property></Properties>`;

const EXTERNAL_LINK = `${XML}<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="Plan"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`;

const CALC_CHAIN = `${XML}<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="E9" i="1"/></calcChain>`;

/** Defined names of every kind, as Excel writes them. */
export const USER_NAMES = [
  '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Kundenportfolio!$A$3:$G$8</definedName>',
  '<definedName name="_xlnm.Print_Area" localSheetId="0">Kundenportfolio!$A$1:$G$9</definedName>',
  '<definedName name="Gesamtumsatz">SUM(Kundenportfolio!$E$4:$E$8)</definedName>',
  '<definedName name="Kundenliste">Kundenportfolio!$A$3:$G$8</definedName>',
  '<definedName name="Mwst">0.19</definedName>',
  '<definedName name="Region" comment="Standardregion">"Süd"</definedName>',
  '<definedName name="Schwelle" localSheetId="1">Marketing!$B$2</definedName>',
  '<definedName name="Versteckt" hidden="1">[1]Plan!$A$1</definedName>',
] as const;

/** Workbook-level elements of the user's that must stay as they are. */
export const USER_WORKBOOK_ELEMENTS = [
  '<fileSharing readOnlyRecommended="1" userName="KAM-Team"/>',
  '<workbookProtection lockStructure="1" workbookAlgorithmName="SHA-512" workbookHashValue="x6ZxQ0Vx9l3m0JY9v1Gf8m2o8cC1v2mH7JxqYb9aZ1cQm0Z3s1yVh8XkQ2xE2nA4l1b9gR7p9TjV8y5eQ7U8sw==" workbookSaltValue="c2FsdHNhbHRzYWx0c2FsdA==" workbookSpinCount="100000"/>',
  '<externalReferences><externalReference r:id="rId91"/></externalReferences>',
  '<pivotCaches><pivotCache cacheId="1" r:id="rId92"/></pivotCaches>',
] as const;

const SHEET_PROTECTION =
  '<sheetProtection algorithmName="SHA-512" hashValue="q1w2e3r4t5z6u7i8o9p0" saltValue="c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>';

const EXT_VALIDATION = `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Kundenportfolio!$B$4:$B$8</xm:f></x14:formula1><xm:sqref>B2</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`;

function insertBefore(xml: string, marker: RegExp, text: string): string {
  const m = marker.exec(xml);
  if (!m) throw new Error(`no ${String(marker)} in part`);
  return xml.slice(0, m.index) + text + xml.slice(m.index);
}

/** The shared sample workbook with every kind of user part added; `macros` makes it an .xlsm. */
export async function richWorkbook(
  base: Uint8Array,
  options: { macros?: boolean } = {},
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(base);
  const text = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the base workbook`);
    return file.async("string");
  };

  let workbook = await text("xl/workbook.xml");
  const [sharing, protection, externals, pivots] = USER_WORKBOOK_ELEMENTS;
  workbook = insertBefore(workbook, /<workbookPr\b/, sharing);
  workbook = insertBefore(workbook, /<sheets>/, protection);
  workbook = workbook.replace(
    "</sheets>",
    `<sheet name="Pivot" sheetId="3" r:id="rId93"/></sheets>${externals}<definedNames>${USER_NAMES.join("")}</definedNames>`,
  );
  workbook = workbook.replace(/(<calcPr\b[^>]*\/>)/, `$1${pivots}`);
  zip.file("xl/workbook.xml", workbook);

  let workbookRels = await text("xl/_rels/workbook.xml.rels");
  workbookRels = workbookRels.replace(
    "</Relationships>",
    [
      ["rId90", `${REL}/calcChain`, "calcChain.xml"],
      ["rId91", `${REL}/externalLink`, "externalLinks/externalLink1.xml"],
      ["rId92", `${REL}/pivotCacheDefinition`, "pivotCache/pivotCacheDefinition1.xml"],
      ["rId93", `${REL}/worksheet`, "worksheets/sheet3.xml"],
      ["rId94", `${REL}/connections`, "connections.xml"],
      ["rId95", `${REL}/customXml`, "../customXml/item1.xml"],
      ...(options.macros
        ? [["rId96", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"]]
        : []),
    ]
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
      .join("") + "</Relationships>",
  );
  zip.file("xl/_rels/workbook.xml.rels", workbookRels);

  // The marketing sheet: the chart and the text box, protection, a validation in the extension list.
  let marketing = await text("xl/worksheets/sheet2.xml");
  marketing = marketing.replace("</sheetData>", `</sheetData>${SHEET_PROTECTION}`);
  marketing = marketing.replace("</worksheet>", `<drawing r:id="rId1"/>${EXT_VALIDATION}</worksheet>`);
  if (!marketing.includes('xmlns:r="'))
    marketing = marketing.replace("<worksheet ", `<worksheet xmlns:r="${REL}" `);
  zip.file("xl/worksheets/sheet2.xml", marketing);
  zip.file(
    "xl/worksheets/_rels/sheet2.xml.rels",
    rels([["rId1", `${REL}/drawing`, "../drawings/drawing1.xml"]]),
  );
  zip.file("xl/drawings/drawing1.xml", DRAWING);
  zip.file("xl/drawings/_rels/drawing1.xml.rels", rels([["rId1", `${REL}/chart`, "../charts/chart1.xml"]]));
  zip.file("xl/charts/chart1.xml", CHART);

  zip.file("xl/worksheets/sheet3.xml", PIVOT_SHEET);
  zip.file(
    "xl/worksheets/_rels/sheet3.xml.rels",
    rels([["rId1", `${REL}/pivotTable`, "../pivotTables/pivotTable1.xml"]]),
  );
  zip.file("xl/pivotTables/pivotTable1.xml", PIVOT_TABLE);
  zip.file(
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    rels([["rId1", `${REL}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml"]]),
  );
  zip.file("xl/pivotCache/pivotCacheDefinition1.xml", PIVOT_CACHE);
  zip.file(
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
    rels([["rId1", `${REL}/pivotCacheRecords`, "pivotCacheRecords1.xml"]]),
  );
  zip.file("xl/pivotCache/pivotCacheRecords1.xml", PIVOT_RECORDS);
  zip.file("xl/connections.xml", CONNECTIONS);
  zip.file("xl/calcChain.xml", CALC_CHAIN);
  zip.file("xl/externalLinks/externalLink1.xml", EXTERNAL_LINK);
  zip.file(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/externalLinkPath" Target="Planung%202027.xlsx" TargetMode="External"/></Relationships>`,
  );
  zip.file("customXml/item1.xml", CUSTOM_XML);
  zip.file("customXml/itemProps1.xml", CUSTOM_XML_PROPS);
  zip.file("customXml/_rels/item1.xml.rels", rels([["rId1", `${REL}/customXmlProps`, "itemProps1.xml"]]));
  zip.file("docProps/custom.xml", CUSTOM_PROPS);
  if (options.macros) {
    // Not a real VBA project: bytes the writer must carry without looking at them.
    zip.file(
      "xl/vbaProject.bin",
      new Uint8Array(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256)),
    );
  }

  let packageRels = await text("_rels/.rels");
  packageRels = packageRels.replace(
    "</Relationships>",
    `<Relationship Id="rId90" Type="${REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
  );
  zip.file("_rels/.rels", packageRels);

  let types = await text("[Content_Types].xml");
  const main = "application/vnd.openxmlformats-officedocument";
  const overrides: [string, string][] = [
    ["/xl/worksheets/sheet3.xml", `${main}.spreadsheetml.worksheet+xml`],
    ["/xl/drawings/drawing1.xml", `${main}.drawing+xml`],
    ["/xl/charts/chart1.xml", `${main}.drawingml.chart+xml`],
    ["/xl/pivotTables/pivotTable1.xml", `${main}.spreadsheetml.pivotTable+xml`],
    ["/xl/pivotCache/pivotCacheDefinition1.xml", `${main}.spreadsheetml.pivotCacheDefinition+xml`],
    ["/xl/pivotCache/pivotCacheRecords1.xml", `${main}.spreadsheetml.pivotCacheRecords+xml`],
    ["/xl/connections.xml", `${main}.spreadsheetml.connections+xml`],
    ["/xl/calcChain.xml", `${main}.spreadsheetml.calcChain+xml`],
    ["/xl/externalLinks/externalLink1.xml", `${main}.spreadsheetml.externalLink+xml`],
    ["/customXml/itemProps1.xml", `${main}.customXmlProperties+xml`],
    ["/docProps/custom.xml", `${main}.custom-properties+xml`],
  ];
  types = types.replace(
    "</Types>",
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("") +
      "</Types>",
  );
  if (options.macros) {
    types = types
      .replace(`${main}.spreadsheetml.sheet.main+xml`, "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
      .replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
      );
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
