// Text of the `kam` command in both languages. Problems are one line: what failed and what to do.

import type { Language } from "../domain/plan";

const en = {
  usage: `Usage:
  kam read    <workbook.xlsx> [--sheet NAME]… [--map FIELD=COLUMN]… [--lang de|en] [--json]
  kam check   <workbook.xlsx> [--plan plan.json] [--as-of YYYY-MM-DD] [--lang de|en] [--json]
  kam suggest <workbook.xlsx> [--account ID] [--as-of YYYY-MM-DD] [--lang de|en] [--json]
  kam write   <workbook.xlsx> --plan plan.json [--out out.xlsx] [--prefer mine|theirs] [--as-of YYYY-MM-DD] [--lang de|en]

  --prefer mine|theirs when the plan file and the workbook changed the same field since KAM Planner last
                       wrote it: keep the plan file's value (mine) or the workbook's (theirs); without it,
                       kam write lists the conflicts and writes nothing (exit code 2)
  --map FIELD=COLUMN   read a field from that column for this run (repeatable; every command):
                       revenue=F, Kunden!potential=G, potential=C7 on profile sheets, churnRisk=- (not read)
  Without --lang, answers in the language of the workbook's headers.

Exit codes: 0 done (check: no errors), 1 check found errors, 2 bad usage, unreadable input or undecided conflicts.`,
  noCommand: "no command given - use read, check, suggest or write (kam --help)",
  unknownCommand: "unknown command '{command}' - use read, check, suggest or write",
  noWorkbook: "no workbook given - kam {command} <workbook.xlsx>",
  tooManyArgs: "unexpected argument '{arg}'",
  badOption: "{reason}",
  badLanguage: "--lang must be de or en, not '{value}'",
  badAsOf: "--as-of must be a date YYYY-MM-DD, not '{value}'",
  badMap:
    "--map must be FIELD=COLUMN (e.g. revenue=F, Kunden!potential=G, potential=C7, churnRisk=-), not '{value}'; fields: {fields}",
  planRequired: "kam write needs --plan plan.json",
  fileMissing: "cannot read {file}: the file does not exist",
  fileIsDirectory: "cannot read {file}: it is a folder, not a file",
  fileUnreadable: "cannot read {file}: {reason}",
  fileUnwritable: "cannot write {file}: {reason}",
  reasonPermission: "permission denied",
  reasonNoSpace: "no space left on the disk",
  reasonNoFolder: "the folder does not exist",
  reasonIsFolder: "it is a folder",
  fileNotRegular:
    "cannot read {file}: it is not a regular file (a pipe, device or socket) - give the path of the file itself",
  fileTooLarge:
    "cannot read {file}: it is larger than {limit} MB, more than any workbook or plan KAM Planner reads",
  reasonNotRegular: "it is not a regular file (a pipe, device or socket)",
  reasonReadOnlyFile: "the file is read-only - make it writable or choose another --out",
  reasonReadOnlyFs: "the file system is read-only - choose another --out",
  reasonNameTooLong: "the file name is too long",
  reasonLinkLoop: "too many symbolic links",
  outEmpty: "--out needs a file name, e.g. --out review.xlsx",
  outExtension:
    "--out {file}: the result is an Excel workbook and must end in {extension} - Excel opens it only under that extension",
  planIsWorkbook:
    "{file} is an Excel workbook, not a plan - --plan takes the plan as a JSON file (like Beispiel-Plan.json); the workbook is the first argument",
  planEncoding: "plan {file} is saved as {encoding}, not UTF-8 - save it as UTF-8 and try again",
  planNotText: "{file} is not a text file - --plan takes the plan as a JSON file (like Beispiel-Plan.json)",
  noSuchSheet: "no sheet '{sheet}' in {file} - its sheets: {sheets}",
  noAccountRows:
    "no accounts in {file}: {sheets} has a header row but no account rows below it - add the accounts under the header",
  interrupted: "interrupted - nothing written",
  notXlsx: "{file} is not a readable .xlsx workbook: {reason}",
  emptyWorkbook: "{file} has no sheets with content - nothing to read",
  noAccounts:
    "no account table found in {file} (looked at: {sheets}) - a list needs a header row with at least a name or ID column, a profile sheet label/value pairs",
  planInvalid: "plan {file} is invalid: {problem}",
  unknownAccount: "no account '{account}' in the workbook - known: {known}",
  planFromWorkbook: "plan read from the workbook's goal sheet",
  noPlan: "no plan given (--plan) and no goal sheet in the workbook: only the account data was checked",
  accountsRead: "{count#account|accounts} read",
  sheetLine: "{sheet}: {layout}, {count#account|accounts}",
  sheetLineNoAccounts: "{sheet}: {layout}",
  layoutList: "list (header row {row})",
  layoutListRows: "list (header rows {first}–{row})",
  layoutProfile: "profile",
  layoutNone: "no account table",
  layoutMarketing: "marketing positioning",
  findingsHeading: "Findings",
  mappingHeading: "How {sheet} was read:",
  mappingHeadingMany: "How {sheet} were read:",
  mappingField: "Field",
  mappingColumn: "Column",
  mappingHeader: "Header",
  mappingUnit: "Unit",
  mappingYear: "Year",
  mappingWhy: "Why",
  mappingMissing: "not found: {fields} (kam read --map FIELD=COLUMN chooses a column)",
  mappingSkipped: "not read as accounts: {rows}",
  mappingExcluded: "excluded by you: {rows}",
  rowWithKind: "{row} ({kind})",
  noFindings: "No findings.",
  groupVision: "Vision",
  groupMission: "Mission",
  groupWorkbook: "Workbook",
  groupPlan: "Plan",
  colId: "ID",
  colName: "Account",
  colRevenue: "Revenue",
  colPotential: "Potential",
  colShare: "Share of wallet",
  colMargin: "Margin",
  colRelationship: "Rel.",
  colRisk: "Churn risk",
  colOwner: "KAM",
  suggestionsFor: "Suggestions for {account}",
  noSuggestions: "No suggestions: the figures give no reason for a goal, or they are missing.",
  rationale: "Why",
  written: "written {file}",
  writeRenamed:
    "a sheet named '{wanted}' exists and was not created by KAM Planner - wrote '{actual}' instead",
  badPrefer: "--prefer must be mine or theirs, not '{value}'",
  conflicts:
    "{count#conflict|conflicts} with changes made in the workbook - nothing written. Decide with --prefer mine (the plan file) or --prefer theirs (the workbook)",
  conflictsHeading: "Changed in the plan file and in the workbook since KAM Planner last wrote it:",
  conflictsHeadingSince:
    "Changed in the plan file and in the workbook since KAM Planner last wrote it ({when}):",
  conflictsNoBase:
    "The workbook does not say what KAM Planner last wrote, so these differences cannot be told apart from edits:",
  conflictLine: "{subject}: plan file {mine} | workbook {theirs}",
  writtenBy: "{when} by {who}",
};

const de: typeof en = {
  usage: `Aufruf:
  kam read    <mappe.xlsx> [--sheet NAME]… [--map FELD=SPALTE]… [--lang de|en] [--json]
  kam check   <mappe.xlsx> [--plan plan.json] [--as-of JJJJ-MM-TT] [--lang de|en] [--json]
  kam suggest <mappe.xlsx> [--account ID] [--as-of JJJJ-MM-TT] [--lang de|en] [--json]
  kam write   <mappe.xlsx> --plan plan.json [--out ausgabe.xlsx] [--prefer mine|theirs] [--as-of JJJJ-MM-TT] [--lang de|en]

  --prefer mine|theirs wenn Plan-Datei und Arbeitsmappe dasselbe Feld geändert haben, seit KAM Planner sie zuletzt
                       geschrieben hat: den Wert der Plan-Datei (mine) oder der Arbeitsmappe (theirs) behalten;
                       ohne die Option listet kam write die Konflikte und schreibt nichts (Exit-Code 2)
  --map FELD=SPALTE    liest ein Feld für diesen Aufruf aus dieser Spalte (mehrfach; bei jedem Befehl):
                       revenue=F, Kunden!potential=G, potential=C7 auf Profilblättern, churnRisk=- (nicht lesen)
  Ohne --lang antwortet kam in der Sprache der Überschriften der Arbeitsmappe.

Exit-Codes: 0 fertig (check: keine Fehler), 1 check hat Fehler gefunden, 2 falscher Aufruf, unlesbare Eingabe oder offene Konflikte.`,
  noCommand: "kein Befehl angegeben - read, check, suggest oder write verwenden (kam --help)",
  unknownCommand: "unbekannter Befehl '{command}' - read, check, suggest oder write verwenden",
  noWorkbook: "keine Arbeitsmappe angegeben - kam {command} <mappe.xlsx>",
  tooManyArgs: "unerwartetes Argument '{arg}'",
  badOption: "{reason}",
  badLanguage: "--lang muss de oder en sein, nicht '{value}'",
  badAsOf: "--as-of muss ein Datum JJJJ-MM-TT sein, nicht '{value}'",
  badMap:
    "--map muss FELD=SPALTE sein (z. B. revenue=F, Kunden!potential=G, potential=C7, churnRisk=-), nicht '{value}'; Felder: {fields}",
  planRequired: "kam write braucht --plan plan.json",
  fileMissing: "{file} kann nicht gelesen werden: die Datei existiert nicht",
  fileIsDirectory: "{file} kann nicht gelesen werden: das ist ein Ordner, keine Datei",
  fileUnreadable: "{file} kann nicht gelesen werden: {reason}",
  fileUnwritable: "{file} kann nicht geschrieben werden: {reason}",
  reasonPermission: "keine Berechtigung",
  reasonNoSpace: "kein Platz mehr auf dem Datenträger",
  reasonNoFolder: "der Ordner existiert nicht",
  reasonIsFolder: "das ist ein Ordner",
  fileNotRegular:
    "{file} kann nicht gelesen werden: das ist keine normale Datei (eine Pipe, ein Gerät oder ein Socket) - geben Sie den Pfad der Datei selbst an",
  fileTooLarge:
    "{file} kann nicht gelesen werden: größer als {limit} MB, mehr als jede Arbeitsmappe oder jeder Plan, den KAM Planner liest",
  reasonNotRegular: "das ist keine normale Datei (eine Pipe, ein Gerät oder ein Socket)",
  reasonReadOnlyFile:
    "die Datei ist schreibgeschützt - heben Sie den Schutz auf oder wählen Sie ein anderes --out",
  reasonReadOnlyFs: "das Dateisystem ist schreibgeschützt - wählen Sie ein anderes --out",
  reasonNameTooLong: "der Dateiname ist zu lang",
  reasonLinkLoop: "zu viele symbolische Verknüpfungen",
  outEmpty: "--out braucht einen Dateinamen, z. B. --out review.xlsx",
  outExtension:
    "--out {file}: das Ergebnis ist eine Excel-Arbeitsmappe und muss auf {extension} enden - Excel öffnet sie nur unter dieser Endung",
  planIsWorkbook:
    "{file} ist eine Excel-Arbeitsmappe, kein Plan - --plan erwartet den Plan als JSON-Datei (wie Beispiel-Plan.json); die Arbeitsmappe ist das erste Argument",
  planEncoding:
    "Plan {file} ist als {encoding} gespeichert, nicht als UTF-8 - speichern Sie ihn als UTF-8 und versuchen Sie es erneut",
  planNotText:
    "{file} ist keine Textdatei - --plan erwartet den Plan als JSON-Datei (wie Beispiel-Plan.json)",
  noSuchSheet: "kein Blatt '{sheet}' in {file} - vorhandene Blätter: {sheets}",
  noAccountRows:
    "keine Kunden in {file}: {sheets} hat eine Kopfzeile, aber keine Kundenzeilen darunter - tragen Sie die Kunden unter der Kopfzeile ein",
  interrupted: "abgebrochen - nichts geschrieben",
  notXlsx: "{file} ist keine lesbare .xlsx-Arbeitsmappe: {reason}",
  emptyWorkbook: "{file} enthält keine Blätter mit Inhalt - nichts zu lesen",
  noAccounts:
    "keine Kundentabelle in {file} gefunden (geprüft: {sheets}) - eine Liste braucht eine Kopfzeile mit mindestens einer Namens- oder ID-Spalte, ein Profilblatt Bezeichnung/Wert-Paare",
  planInvalid: "Plan {file} ist ungültig: {problem}",
  unknownAccount: "kein Kunde '{account}' in der Arbeitsmappe - vorhanden: {known}",
  planFromWorkbook: "Plan aus dem Zielblatt der Arbeitsmappe gelesen",
  noPlan:
    "kein Plan angegeben (--plan) und kein Zielblatt in der Arbeitsmappe: nur die Kundendaten wurden geprüft",
  accountsRead: "{count#Kunde|Kunden} gelesen",
  sheetLine: "{sheet}: {layout}, {count#Kunde|Kunden}",
  sheetLineNoAccounts: "{sheet}: {layout}",
  layoutList: "Liste (Kopfzeile {row})",
  layoutListRows: "Liste (Kopfzeilen {first}–{row})",
  layoutProfile: "Profilblatt",
  layoutNone: "keine Kundentabelle",
  layoutMarketing: "Marketing-Positionierung",
  findingsHeading: "Befunde",
  mappingHeading: "So wurde {sheet} gelesen:",
  mappingHeadingMany: "So wurden {sheet} gelesen:",
  mappingField: "Feld",
  mappingColumn: "Spalte",
  mappingHeader: "Überschrift",
  mappingUnit: "Einheit",
  mappingYear: "Jahr",
  mappingWhy: "Warum",
  mappingMissing: "nicht gefunden: {fields} (kam read --map FELD=SPALTE wählt eine Spalte)",
  mappingSkipped: "nicht als Kunden gelesen: {rows}",
  mappingExcluded: "von Ihnen ausgeschlossen: {rows}",
  rowWithKind: "{row} ({kind})",
  noFindings: "Keine Befunde.",
  groupVision: "Vision",
  groupMission: "Mission",
  groupWorkbook: "Arbeitsmappe",
  groupPlan: "Plan",
  colId: "ID",
  colName: "Kunde",
  colRevenue: "Umsatz",
  colPotential: "Potenzial",
  colShare: "Share of Wallet",
  colMargin: "Marge",
  colRelationship: "Bez.",
  colRisk: "Abwanderung",
  colOwner: "KAM",
  suggestionsFor: "Vorschläge für {account}",
  noSuggestions: "Keine Vorschläge: die Kennzahlen geben keinen Anlass für ein Ziel, oder sie fehlen.",
  rationale: "Warum",
  written: "{file} geschrieben",
  writeRenamed:
    "ein Blatt '{wanted}' existiert und stammt nicht von KAM Planner - stattdessen '{actual}' geschrieben",
  badPrefer: "--prefer muss mine oder theirs sein, nicht '{value}'",
  conflicts:
    "{count#Konflikt|Konflikte} mit Änderungen in der Arbeitsmappe - nichts geschrieben. Entscheiden Sie mit --prefer mine (die Plan-Datei) oder --prefer theirs (die Arbeitsmappe)",
  conflictsHeading:
    "In der Plan-Datei und in der Arbeitsmappe geändert, seit KAM Planner sie zuletzt geschrieben hat:",
  conflictsHeadingSince:
    "In der Plan-Datei und in der Arbeitsmappe geändert, seit KAM Planner sie zuletzt geschrieben hat ({when}):",
  conflictsNoBase:
    "Die Arbeitsmappe verrät nicht, was KAM Planner zuletzt geschrieben hat; diese Unterschiede lassen sich daher nicht von Änderungen unterscheiden:",
  conflictLine: "{subject}: Plan-Datei {mine} | Arbeitsmappe {theirs}",
  writtenBy: "{when} von {who}",
};

export type CliText = keyof typeof en;
export const CLI_TEXT: Record<Language, Record<CliText, string>> = { de, en };
