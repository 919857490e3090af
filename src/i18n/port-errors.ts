// What the port's errors and skipped features mean to a user, in both languages: what failed and
// what to do. Every host throws the same coded PortError, so a German user reads German whichever
// host failed. A host's own message is never the main text; its code is kept for support.

import type { Language } from "../domain/plan";
import type {
  PortErrorCode,
  PortErrorParams,
  SkippedFeature,
  UnreadableReason,
  UnsupportedFormat,
} from "../sheet";
import { fillTemplate } from "./format";

/**
 * Per code, the message — or several, most specific first: the first whose placeholders the
 * error's parameters can all fill is used, so no one ever reads a raw "{sheet}".
 */
type Catalogue = Record<PortErrorCode, string | readonly string[]> &
  Record<`unreadable.${UnreadableReason}`, string> &
  Record<`skipped.${SkippedFeature["feature"]}`, string> &
  Record<`format.${UnsupportedFormat}`, string>;

const en: Catalogue = {
  sheetNotFound: [
    "There is no sheet named '{sheet}' (any more). Check the sheet name and try again.",
    "A sheet KAM Planner needs is missing. Reload the add-in and try again.",
  ],
  sheetExists: [
    "A sheet named '{sheet}' already exists. Choose another name or allow replacing it.",
    "A sheet of that name already exists. Choose another name or allow replacing it.",
  ],
  nameTaken: [
    "'{sheet}' could not be written: the table or name '{name}' is already used in this workbook. Rename the existing one, then try again.",
    "A table or name KAM Planner needs is already used in this workbook ('{name}'). Rename the existing one, then try again.",
    "'{sheet}' could not be written: a sheet, table or name of the same name already exists. Rename the existing one, then try again.",
    "A sheet, table or name KAM Planner needs already exists. Rename the existing one, then try again.",
  ],
  sheetHidden: [
    "The sheet '{sheet}' is hidden. Unhide it (right-click a sheet tab › Unhide), then try again.",
    "That sheet is hidden. Unhide it (right-click a sheet tab › Unhide), then try again.",
  ],
  accessDenied:
    "Excel refused the change: the sheet or workbook is protected or the file is read-only. Unprotect it (Review › Unprotect) or save a copy you can edit, then try again.",
  tooLarge: [
    "The data for '{sheet}' is too large for Excel on the web in one go. Try again; if it keeps failing, use Excel on the desktop or a smaller selection.",
    "The data is too large for Excel on the web in one go. Try again; if it keeps failing, use Excel on the desktop or a smaller selection.",
  ],
  hostBusy: "Excel is in cell-edit mode: press Enter or Esc, then try again.",
  hostTooOld:
    "This version of Excel is too old for KAM Planner (it needs {requirement}). Please update Excel or use Excel on the web.",
  unreadableFile: "The file cannot be opened as an .xlsx workbook: {reason}.",
  unsupportedFormat:
    "The workbook is saved as {format}, which KAM Planner reads but cannot write into yet. Nothing was written; save it in Excel as an Excel Workbook (.xlsx), or use the add-in inside Excel.",
  rejected: [
    "Excel did not accept what KAM Planner sent for '{sheet}'. Please report this with the workbook.",
    "Excel did not accept what KAM Planner sent. Please report this with the workbook.",
  ],
  itemNotFound: "Something KAM Planner expected in the workbook is missing. Reload the add-in and try again.",
  cleanupFailed: [
    "Writing '{sheet}' failed and could not be undone completely: check the sheet '{other}' (delete it if it is a temporary sheet KAM-tmp-…).",
    "Writing failed and could not be undone completely: check the sheet '{other}' (delete it if it is a temporary sheet KAM-tmp-…).",
  ],
  invalidSpec: "KAM Planner built a sheet Excel cannot hold ({detail}). Please report this.",
  changedMeanwhile: [
    "Someone changed '{sheet}' while KAM Planner was about to write it. Nothing was written; write again to include their change.",
    "Someone changed the workbook while KAM Planner was about to write it. Nothing was written; write again to include their change.",
  ],
  collaborating: [
    "'{sheet}' would have to be rebuilt, but others may be editing this workbook. Nothing was written; try again when you are the only one editing it.",
    "A sheet would have to be rebuilt, but others may be editing this workbook. Nothing was written; try again when you are the only one editing it.",
  ],
  hostFailed: [
    "Something went wrong in Excel ({hostCode}). Try again; if it keeps failing, reload the add-in.",
    "Something went wrong. Try again; if it keeps failing, reload the add-in.",
  ],
  "unreadable.empty": "the file is empty",
  "unreadable.textFile": "it is a text file",
  "unreadable.notZip": "it is not a zip archive",
  "unreadable.legacyXls": "it is an Excel 97-2003 .xls workbook; save it as .xlsx in Excel first",
  "unreadable.encrypted": "it is password-protected; remove the password in Excel first",
  "unreadable.openDocument":
    "it is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) first",
  "unreadable.binaryXlsb": "it is an Excel binary workbook (.xlsb); save it as .xlsx in Excel first",
  "unreadable.noWorkbook": "it is a zip archive without a workbook in it",
  "unreadable.damaged": "the file is damaged; open it in Excel, repair it there and save it again",
  "unreadable.oversized":
    "it unpacks to more than KAM Planner reads at once ({detail}); if it is a real workbook, remove unused data in Excel and save it again",
  "skipped.validation": "Dropdown lists were not added: this Excel lacks {reason}.",
  "skipped.freeze": "The header rows were not frozen: this Excel lacks {reason}.",
  "skipped.print": "Print settings were not applied: this Excel lacks {reason}.",
  "skipped.tabColor": "The sheet tab was not coloured: this Excel lacks {reason}.",
  "skipped.names": "Named ranges were not created: this Excel lacks {reason}.",
  "skipped.table": "Some table options were not applied: this Excel lacks {reason}.",
  "skipped.conditionalFormats":
    "Progress is not coloured (no conditional formats): this Excel lacks {reason}. The figures are all there.",
  "skipped.chart":
    "The portfolio chart was not drawn: this Excel lacks {reason}. Its figures are in the review table; the task pane shows the chart.",
  "format.strictOoxml": "Strict Open XML Spreadsheet",
  "format.prefixedXml": "SpreadsheetML with namespace prefixes (written by another program)",
};

const de: Catalogue = {
  sheetNotFound: [
    "Es gibt kein Blatt namens „{sheet}“ (mehr). Prüfen Sie den Blattnamen und versuchen Sie es erneut.",
    "Ein Blatt, das KAM Planner braucht, fehlt. Laden Sie das Add-In neu und versuchen Sie es erneut.",
  ],
  sheetExists: [
    "Ein Blatt namens „{sheet}“ gibt es schon. Wählen Sie einen anderen Namen oder erlauben Sie das Ersetzen.",
    "Ein Blatt dieses Namens gibt es schon. Wählen Sie einen anderen Namen oder erlauben Sie das Ersetzen.",
  ],
  nameTaken: [
    "„{sheet}“ konnte nicht geschrieben werden: die Tabelle oder der Name „{name}“ ist in dieser Arbeitsmappe schon vergeben. Benennen Sie das Vorhandene um und versuchen Sie es dann erneut.",
    "Eine Tabelle oder ein Name, den KAM Planner braucht, ist in dieser Arbeitsmappe schon vergeben („{name}“). Benennen Sie das Vorhandene um und versuchen Sie es dann erneut.",
    "„{sheet}“ konnte nicht geschrieben werden: ein Blatt, eine Tabelle oder ein Name gleichen Namens existiert schon. Benennen Sie das Vorhandene um und versuchen Sie es dann erneut.",
    "Ein Blatt, eine Tabelle oder ein Name, den KAM Planner braucht, existiert schon. Benennen Sie das Vorhandene um und versuchen Sie es dann erneut.",
  ],
  sheetHidden: [
    "Das Blatt „{sheet}“ ist ausgeblendet. Blenden Sie es ein (Rechtsklick auf ein Blattregister › Einblenden) und versuchen Sie es erneut.",
    "Dieses Blatt ist ausgeblendet. Blenden Sie es ein (Rechtsklick auf ein Blattregister › Einblenden) und versuchen Sie es erneut.",
  ],
  accessDenied:
    "Excel hat die Änderung abgelehnt: Blatt oder Arbeitsmappe sind geschützt oder die Datei ist schreibgeschützt. Heben Sie den Schutz auf (Überprüfen › Schutz aufheben) oder speichern Sie eine bearbeitbare Kopie und versuchen Sie es dann erneut.",
  tooLarge: [
    "Die Daten für „{sheet}“ sind für Excel im Web auf einmal zu groß. Versuchen Sie es erneut; klappt es weiterhin nicht, nutzen Sie Excel am Desktop oder eine kleinere Auswahl.",
    "Die Daten sind für Excel im Web auf einmal zu groß. Versuchen Sie es erneut; klappt es weiterhin nicht, nutzen Sie Excel am Desktop oder eine kleinere Auswahl.",
  ],
  hostBusy:
    "Excel ist im Bearbeitungsmodus einer Zelle: Drücken Sie die Eingabetaste oder Esc und versuchen Sie es dann erneut.",
  hostTooOld:
    "Diese Excel-Version ist für KAM Planner zu alt (benötigt wird {requirement}). Bitte aktualisieren Sie Excel oder nutzen Sie Excel im Web.",
  unreadableFile: "Die Datei lässt sich nicht als .xlsx-Arbeitsmappe öffnen: {reason}.",
  unsupportedFormat:
    "Die Arbeitsmappe ist als {format} gespeichert; KAM Planner kann sie lesen, aber noch nicht hineinschreiben. Es wurde nichts geschrieben; speichern Sie sie in Excel als Excel-Arbeitsmappe (.xlsx) oder nutzen Sie das Add-In in Excel.",
  rejected: [
    "Excel hat nicht angenommen, was KAM Planner für „{sheet}“ gesendet hat. Bitte melden Sie das zusammen mit der Arbeitsmappe.",
    "Excel hat nicht angenommen, was KAM Planner gesendet hat. Bitte melden Sie das zusammen mit der Arbeitsmappe.",
  ],
  itemNotFound:
    "In der Arbeitsmappe fehlt etwas, das KAM Planner erwartet. Laden Sie das Add-In neu und versuchen Sie es erneut.",
  cleanupFailed: [
    "Das Schreiben von „{sheet}“ ist fehlgeschlagen und ließ sich nicht vollständig rückgängig machen: prüfen Sie das Blatt „{other}“ (löschen Sie es, wenn es ein Zwischenblatt KAM-tmp-… ist).",
    "Das Schreiben ist fehlgeschlagen und ließ sich nicht vollständig rückgängig machen: prüfen Sie das Blatt „{other}“ (löschen Sie es, wenn es ein Zwischenblatt KAM-tmp-… ist).",
  ],
  invalidSpec:
    "KAM Planner hat ein Blatt erzeugt, das Excel nicht aufnehmen kann ({detail}). Bitte melden Sie das.",
  changedMeanwhile: [
    "Jemand hat „{sheet}“ geändert, während KAM Planner es schreiben wollte. Es wurde nichts geschrieben; schreiben Sie erneut, um die Änderung einzubeziehen.",
    "Jemand hat die Arbeitsmappe geändert, während KAM Planner schreiben wollte. Es wurde nichts geschrieben; schreiben Sie erneut, um die Änderung einzubeziehen.",
  ],
  collaborating: [
    "„{sheet}“ müsste neu aufgebaut werden, aber womöglich bearbeiten andere diese Arbeitsmappe gerade. Es wurde nichts geschrieben; versuchen Sie es, wenn Sie allein darin arbeiten.",
    "Ein Blatt müsste neu aufgebaut werden, aber womöglich bearbeiten andere diese Arbeitsmappe gerade. Es wurde nichts geschrieben; versuchen Sie es, wenn Sie allein darin arbeiten.",
  ],
  hostFailed: [
    "In Excel ist etwas schiefgegangen ({hostCode}). Versuchen Sie es erneut; klappt es weiterhin nicht, laden Sie das Add-In neu.",
    "Etwas ist schiefgegangen. Versuchen Sie es erneut; klappt es weiterhin nicht, laden Sie das Add-In neu.",
  ],
  "unreadable.empty": "die Datei ist leer",
  "unreadable.textFile": "es ist eine Textdatei",
  "unreadable.notZip": "es ist kein Zip-Archiv",
  "unreadable.legacyXls":
    "es ist eine Excel-97-2003-Arbeitsmappe (.xls); speichern Sie sie in Excel zuerst als .xlsx",
  "unreadable.encrypted": "sie ist kennwortgeschützt; entfernen Sie das Kennwort zuerst in Excel",
  "unreadable.openDocument":
    "es ist eine OpenDocument-Tabelle (.ods); speichern Sie sie zuerst als Excel-Arbeitsmappe (.xlsx)",
  "unreadable.binaryXlsb":
    "es ist eine binäre Excel-Arbeitsmappe (.xlsb); speichern Sie sie in Excel zuerst als .xlsx",
  "unreadable.noWorkbook": "es ist ein Zip-Archiv ohne Arbeitsmappe darin",
  "unreadable.damaged":
    "die Datei ist beschädigt; öffnen Sie sie in Excel, lassen Sie sie dort reparieren und speichern Sie sie erneut",
  "unreadable.oversized":
    "sie entpackt sich zu mehr, als KAM Planner auf einmal liest ({detail}); ist es eine echte Arbeitsmappe, entfernen Sie in Excel ungenutzte Daten und speichern Sie sie erneut",
  "skipped.validation": "Auswahllisten wurden nicht angelegt: diesem Excel fehlt {reason}.",
  "skipped.freeze": "Die Kopfzeilen wurden nicht fixiert: diesem Excel fehlt {reason}.",
  "skipped.print": "Die Druckeinstellungen wurden nicht übernommen: diesem Excel fehlt {reason}.",
  "skipped.tabColor": "Das Blattregister wurde nicht eingefärbt: diesem Excel fehlt {reason}.",
  "skipped.names": "Die benannten Bereiche wurden nicht angelegt: diesem Excel fehlt {reason}.",
  "skipped.table": "Einige Tabellenoptionen wurden nicht übernommen: diesem Excel fehlt {reason}.",
  "skipped.conditionalFormats":
    "Der Fortschritt wird nicht eingefärbt (keine bedingten Formate): diesem Excel fehlt {reason}. Die Zahlen stehen vollständig im Blatt.",
  "skipped.chart":
    "Das Portfolio-Diagramm wurde nicht gezeichnet: diesem Excel fehlt {reason}. Seine Zahlen stehen in der Review-Tabelle; der Aufgabenbereich zeigt das Diagramm.",
  "format.strictOoxml": "Strict Open XML-Arbeitsmappe",
  "format.prefixedXml": "SpreadsheetML mit Namensraum-Präfixen (von einem anderen Programm geschrieben)",
};

export const PORT_ERROR_TEXT: Record<Language, Catalogue> = { en, de };

/** Why a file could not be opened, as a clause ("it is a text file"). */
export function unreadableReason(params: PortErrorParams, language: Language): string {
  const template = PORT_ERROR_TEXT[language][`unreadable.${params.reason ?? "damaged"}`];
  return fillTemplate(template, { detail: params.detail ?? "?" }, language);
}

/** The user's message for a PortError (or anything with its code and params). */
export function portErrorMessage(
  error: { code: PortErrorCode; params: PortErrorParams },
  language: Language,
): string {
  const text = PORT_ERROR_TEXT[language];
  const { params } = error;
  const values: Record<string, string> = {};
  for (const key of ["sheet", "name", "other", "requirement", "hostCode"] as const) {
    const value = params[key];
    if (value !== undefined) values[key] = value;
  }
  values.detail = params.detail ?? "?";
  values.reason = unreadableReason(params, language);
  if (params.format !== undefined) values.format = text[`format.${params.format}`];
  const entry = text[error.code];
  const templates: readonly string[] = typeof entry === "string" ? [entry] : entry;
  const fits = (t: string) => [...t.matchAll(/\{(\w+)/g)].every((m) => m[1] !== undefined && m[1] in values);
  const template = templates.find(fits) ?? templates[templates.length - 1] ?? "";
  return fillTemplate(template, values, language);
}

/**
 * The user's lines for features a host had to leave out: one line per feature, however many
 * sheets it was missing on.
 */
export function skippedFeatureMessages(skipped: readonly SkippedFeature[], language: Language): string[] {
  const lines = skipped.map((s) =>
    fillTemplate(PORT_ERROR_TEXT[language][`skipped.${s.feature}`], { reason: s.reason }, language),
  );
  return [...new Set(lines)];
}
