// What the Office host's errors and skipped features mean to a user, in both languages: what failed
// and what to do. Excel's own messages are not shown (Microsoft: not meant for end users); its code
// travels in `params.excelCode` for support.

import type { Language } from "../domain/plan";
import type { SkippedFeature } from "../hosts/port";
import type { OfficeErrorCode, OfficeErrorParams, OfficeHostError } from "../hosts/office/errors";
import { fillTemplate } from "./format";

type Catalogue = Record<OfficeErrorCode, string> & Record<`skipped.${SkippedFeature["feature"]}`, string>;

const en: Catalogue = {
  cellEditMode: "Excel is in cell-edit mode: press Enter or Esc, then try again.",
  sheetExists: "A sheet named '{sheet}' already exists. Choose another name or allow replacing it.",
  sheetNotFound: "There is no sheet named '{sheet}' (any more). Check the sheet name and try again.",
  itemNotFound: "Something KAM Planner expected in the workbook is missing. Reload the add-in and try again.",
  tableNameTaken:
    "The table name '{name}' is already used in this workbook (sheet '{other}'). Rename or delete that table, then try again.",
  itemAlreadyExists:
    "'{sheet}' could not be written: a sheet, table or name of the same name already exists. Rename the existing one and try again.",
  invalidArgument:
    "Excel did not accept what KAM Planner sent for '{sheet}'. Please report this with the workbook.",
  payloadTooLarge:
    "The data for '{sheet}' is too large for Excel on the web in one go. Try again; if it keeps failing, use Excel on the desktop or a smaller selection.",
  accessDenied:
    "Excel refused the change: the sheet or workbook is protected or the file is read-only. Unprotect it (Review › Unprotect) or save a copy you can edit, then try again.",
  excelTooOld:
    "This version of Excel is too old for KAM Planner ({detail}). Please update Excel or use Excel on the web.",
  invalidSpec: "KAM Planner built a sheet Excel cannot hold ({detail}). Please report this.",
  cleanupFailed:
    "Writing '{sheet}' failed and the temporary sheet '{other}' could not be removed. Delete '{other}' by hand; your other sheets are unchanged.",
  generalException: "Excel reported an internal error. Save your work, then try again.",
  unknown: "Something went wrong in Excel ({excelCode}). Try again; if it keeps failing, reload the add-in.",
  "skipped.validation": "Dropdown lists were not added: this Excel lacks {reason}.",
  "skipped.freeze": "The header rows were not frozen: this Excel lacks {reason}.",
  "skipped.print": "Print settings were not applied: this Excel lacks {reason}.",
  "skipped.tabColor": "The sheet tab was not coloured: this Excel lacks {reason}.",
  "skipped.names": "Named ranges were not created: this Excel lacks {reason}.",
  "skipped.table": "Some table options were not applied: this Excel lacks {reason}.",
};

const de: Catalogue = {
  cellEditMode:
    "Excel ist im Bearbeitungsmodus einer Zelle: Drücken Sie die Eingabetaste oder Esc und versuchen Sie es dann erneut.",
  sheetExists:
    "Ein Blatt namens '{sheet}' gibt es schon. Wählen Sie einen anderen Namen oder erlauben Sie das Ersetzen.",
  sheetNotFound:
    "Es gibt kein Blatt namens '{sheet}' (mehr). Prüfen Sie den Blattnamen und versuchen Sie es erneut.",
  itemNotFound:
    "In der Arbeitsmappe fehlt etwas, das KAM Planner erwartet. Laden Sie das Add-In neu und versuchen Sie es erneut.",
  tableNameTaken:
    "Der Tabellenname '{name}' ist in dieser Arbeitsmappe schon vergeben (Blatt '{other}'). Benennen Sie diese Tabelle um oder löschen Sie sie und versuchen Sie es dann erneut.",
  itemAlreadyExists:
    "'{sheet}' konnte nicht geschrieben werden: ein Blatt, eine Tabelle oder ein Name gleichen Namens existiert schon. Benennen Sie das Vorhandene um und versuchen Sie es erneut.",
  invalidArgument:
    "Excel hat nicht angenommen, was KAM Planner für '{sheet}' gesendet hat. Bitte melden Sie das zusammen mit der Arbeitsmappe.",
  payloadTooLarge:
    "Die Daten für '{sheet}' sind für Excel im Web auf einmal zu groß. Versuchen Sie es erneut; klappt es weiterhin nicht, nutzen Sie Excel am Desktop oder eine kleinere Auswahl.",
  accessDenied:
    "Excel hat die Änderung abgelehnt: Blatt oder Arbeitsmappe sind geschützt oder die Datei ist schreibgeschützt. Heben Sie den Schutz auf (Überprüfen › Schutz aufheben) oder speichern Sie eine bearbeitbare Kopie und versuchen Sie es dann erneut.",
  excelTooOld:
    "Diese Excel-Version ist für KAM Planner zu alt ({detail}). Bitte aktualisieren Sie Excel oder nutzen Sie Excel im Web.",
  invalidSpec:
    "KAM Planner hat ein Blatt erzeugt, das Excel nicht aufnehmen kann ({detail}). Bitte melden Sie das.",
  cleanupFailed:
    "Das Schreiben von '{sheet}' ist fehlgeschlagen und das Zwischenblatt '{other}' ließ sich nicht entfernen. Löschen Sie '{other}' bitte von Hand; Ihre übrigen Blätter sind unverändert.",
  generalException:
    "Excel hat einen internen Fehler gemeldet. Speichern Sie Ihre Arbeit und versuchen Sie es dann erneut.",
  unknown:
    "In Excel ist etwas schiefgegangen ({excelCode}). Versuchen Sie es erneut; klappt es weiterhin nicht, laden Sie das Add-In neu.",
  "skipped.validation": "Auswahllisten wurden nicht angelegt: diesem Excel fehlt {reason}.",
  "skipped.freeze": "Die Kopfzeilen wurden nicht fixiert: diesem Excel fehlt {reason}.",
  "skipped.print": "Die Druckeinstellungen wurden nicht übernommen: diesem Excel fehlt {reason}.",
  "skipped.tabColor": "Das Blattregister wurde nicht eingefärbt: diesem Excel fehlt {reason}.",
  "skipped.names": "Die benannten Bereiche wurden nicht angelegt: diesem Excel fehlt {reason}.",
  "skipped.table": "Einige Tabellenoptionen wurden nicht übernommen: diesem Excel fehlt {reason}.",
};

export const OFFICE_ERROR_TEXT: Record<Language, Catalogue> = { en, de };

function templateParams(params: OfficeErrorParams): Record<string, string> {
  const out: Record<string, string> = { excelCode: "?" };
  for (const [key, value] of Object.entries(params)) if (typeof value === "string") out[key] = value;
  return out;
}

/** The user's message for an OfficeHostError. */
export function officeErrorMessage(
  error: Pick<OfficeHostError, "code" | "params">,
  language: Language,
): string {
  return fillTemplate(OFFICE_ERROR_TEXT[language][error.code], templateParams(error.params), language);
}

/** The user's message for a feature the host had to leave out. */
export function skippedFeatureMessage(skipped: SkippedFeature, language: Language): string {
  return fillTemplate(
    OFFICE_ERROR_TEXT[language][`skipped.${skipped.feature}`],
    { reason: skipped.reason },
    language,
  );
}
