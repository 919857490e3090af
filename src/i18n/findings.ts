// Finding messages in German (Sie-form) and English: what is wrong and what to do, in a sentence
// or two, with the subject's figures. A finding whose params carry a `reason` uses the variant of
// that name when there is one (e.g. VISION_LENGTH.short), else the code's general message.

import type { Finding, FindingCode } from "../domain/finding";
import type { Language } from "../domain/plan";
import { fillTemplate } from "./format";

type Messages = Record<FindingCode, string>;
type Variants = Partial<Record<FindingCode, Readonly<Record<string, string>>>>;

const de: Messages = {
  VISION_MISSING:
    "Die Vision fehlt. Formulieren Sie in einem Satz, was Ihr Unternehmen langfristig gemeinsam mit seinen Key Accounts erreichen will.",
  VISION_MONETARY:
    "Die Vision nennt Geld- oder Zahlenziele ({matches}). Beschreiben Sie stattdessen, was Sie langfristig mit Ihren Key Accounts erreichen wollen; Zahlen gehören in die Geschäftsziele.",
  VISION_NOT_CUSTOMER_CENTRIC:
    "Die Vision nennt weder Kunden noch Key Accounts oder Partner. Sagen Sie, was Sie mit Ihren Key Accounts erreichen wollen, z. B. „ein geschätzter und unverzichtbarer Partner für unsere Key Accounts“.",
  VISION_LENGTH:
    "Die Vision hat {words#Wort|Wörter}; gut merkbar sind {min} bis {max}. Passen Sie die Länge an.",
  MISSION_MISSING:
    "Die Mission fehlt. Beschreiben Sie, wie Sie die Vision umsetzen wollen, z. B. indem Sie sich tief in die Geschäfte Ihrer Key Accounts einbinden.",
  MISSION_NO_HOW:
    "Die Mission sagt nicht, wie Sie die Vision erreichen. Nennen Sie Mittel und Handlungen, z. B. „Dazu binden wir uns so tief wie möglich in die Geschäfte unserer Key Accounts ein.“",
  MISSION_REPEATS_VISION:
    "Die Mission wiederholt weitgehend die Vision ({overlap} ihrer Begriffe, u. a. {shared}). Beschreiben Sie stattdessen, mit welchen Mitteln und Aktivitäten Sie die Vision umsetzen.",
  MISSION_ACTIVITY_LIST:
    "Die Mission liest sich wie eine Checkliste für den Vertrieb ({matches}). Beschreiben Sie, wie Sie die langfristige Beziehung zu Ihren Key Accounts aufbauen, z. B. indem Sie sich tief in ihre Geschäfte einbinden; Besuchsrhythmus und CRM-Pflege gehören in die Vertriebsorganisation.",
  GOAL_ACCOUNT_UNKNOWN:
    "Der Kunde „{account}“ steht in keiner Kundenliste. Tragen Sie eine vorhandene Kunden-ID oder den genauen Kundennamen ein.",
  GOAL_KIND_MISMATCH:
    "Die Kennzahl {metric} ist {expected}, das Ziel ist aber als {kind} eingestuft. Stellen Sie die Art auf {expected} um oder wählen Sie eine passende Kennzahl.",
  GOAL_NO_STATEMENT:
    "Das Ziel hat keinen Text. Beschreiben Sie in einem Satz, was bei diesem Kunden erreicht werden soll.",
  GOAL_NO_TARGET:
    "Das Ziel hat keinen Zielwert und ist so nicht messbar. Tragen Sie einen Zielwert für {metric} ein.",
  GOAL_NO_DEADLINE:
    "Das Ziel hat keinen Termin. Tragen Sie ein, bis wann es erreicht sein soll (z. B. 31.12.2027).",
  GOAL_DEADLINE_PAST:
    "Der Termin {deadline} liegt vor dem Stichtag {asOf}. Setzen Sie einen neuen Termin oder setzen Sie den Status auf erreicht bzw. verworfen.",
  GOAL_DEADLINE_FAR:
    "Der Termin {deadline} liegt mehr als {years#Jahr|Jahre} nach dem Stichtag {asOf} (Planungshorizont bis {limit}). Setzen Sie ein näheres Zwischenziel, damit der Fortschritt überprüfbar bleibt.",
  GOAL_VALUE_OUT_OF_RANGE:
    "Der {field} {value} ist für {metric} nicht möglich (erlaubt: {min} bis {max}). Bitte korrigieren Sie den Wert.",
  GOAL_AMOUNT_NOT_A_RATE:
    "Der {field} {value} ist ein Geldbetrag, {metric} wird aber als Quote von 0 bis 100 % gemessen. Tragen Sie die Quote ein (z. B. 95 %); ein Betrag gehört in ein Umsatzziel.",
  GOAL_NOT_AN_IMPROVEMENT:
    "Der Zielwert {target} ist nicht besser als der Ausgangswert {baseline} ({metric}). Setzen Sie einen höheren Zielwert oder prüfen Sie den Ausgangswert.",
  GOAL_TARGET_ABOVE_POTENTIAL:
    "Der Zielumsatz {target} liegt über dem Umsatzpotenzial von {potential} bei {account}. Senken Sie den Zielwert oder aktualisieren Sie das Potenzial in der Kundenliste.",
  GOAL_GROWTH_IMPLAUSIBLE:
    "Das Ziel verlangt {growth} Wachstum pro Jahr (von {baseline} auf {target} in {years#Jahr|Jahren}), mehr als die Plausibilitätsgrenze von {ceiling}. Verschieben Sie den Termin oder setzen Sie einen erreichbaren Zielwert.",
  GOAL_MARGIN_BELOW_POSITIONING:
    "Die Zielmarge {target} liegt unter der Mindestbruttomarge von {minimum}, die das Marketing vorgibt. Setzen Sie mindestens {minimum} an oder klären Sie die Ausnahme mit dem Marketing.",
  GOAL_CONTRADICTS_POSITIONING:
    "Das Ziel widerspricht der Positionierung durch das Marketing. Passen Sie es an oder stimmen Sie es mit dem Marketing ab.",
  GOAL_SALES_OR_MARKETING_ACTIVITY:
    "Das Ziel klingt nach einer Vertriebs- oder Marketingaufgabe ({matches}). Formulieren Sie ein Ziel für die langfristige Geschäftsbeziehung, z. B. zu Kundenbindung, Umsatz oder neuen Geschäftsbereichen beim Kunden.",
  GOAL_DUPLICATE_ACROSS_ACCOUNTS:
    "Dasselbe Ziel steht bei {count} Kunden: {accounts}. Leiten Sie die Ziele aus dem Profil jedes einzelnen Kunden ab, statt sie zu kopieren.",
  GOAL_DUPLICATE_ID: "Die Ziel-ID „{id}“ ist schon vergeben. Geben Sie diesem Ziel eine eigene ID.",
  TEXT_OVER_CELL_LIMIT:
    "{field} hat {length} Zeichen, eine Excel-Zelle fasst höchstens {limit}. Kürzen Sie den Text; im Blatt steht er gekürzt, mit einem Hinweis am Ende.",
  GOAL_OFF_TRACK:
    "Das Ziel liegt nicht im Plan: Am {on} sind {attainment} des Wegs zum Zielwert geschafft, aber {elapsed} der Zeit bis zum Termin {deadline} sind verstrichen. Besprechen Sie mit dem Kunden, wie das Ziel noch erreicht wird, oder passen Sie Zielwert bzw. Termin an.",
  ACCOUNT_NO_ECONOMIC_GOAL:
    "Für {account} gibt es kein wirtschaftliches Ziel. Ergänzen Sie ein Ziel zu Umsatz, Bruttomarge oder Rentabilität.",
  ACCOUNT_NO_STRATEGIC_GOAL:
    "Für {account} gibt es kein strategisches Ziel. Ergänzen Sie ein Ziel zur Kundenbindung oder zu neuen Geschäftsbereichen.",
  ACCOUNT_RISK_UNADDRESSED:
    "{account} ist gefährdet, hat aber kein Ziel zu Kundenbindung oder Beziehungsstärke. Ergänzen Sie ein solches Ziel.",
  ACCOUNT_NO_GOALS:
    "Für {account} gibt es noch keine Ziele. Legen Sie aus dem Kundenprofil wirtschaftliche und strategische Ziele fest.",
  ACCOUNT_DUPLICATE:
    "„{key}“ steht doppelt: Blatt „{sheet}“, Zeile {row}, und schon Blatt „{otherSheet}“, Zeile {otherRow}. Führen Sie die Zeilen zusammen oder machen Sie sie eindeutig.",
  ACCOUNT_DATA_SUSPECT:
    "Der Wert für {field} bei {account} ist unplausibel ({value}). Bitte prüfen Sie ihn in der Kundenliste.",
  SHEET_NO_ACCOUNT_TABLE:
    "Auf dem Blatt „{sheet}“ wurde keine Kundentabelle gefunden. Prüfen Sie, ob es eine Kopfzeile mit Spalten wie Kunde, Umsatz und Potenzial gibt, oder wählen Sie ein anderes Blatt.",
  SHEET_FIELD_MISSING:
    "Auf dem Blatt „{sheet}“ wurde nichts für {field} gefunden. Wählen Sie die Spalte unter „So hat KAM Planner Ihr Blatt gelesen“ (oder mit kam --map {key}=SPALTE), oder ergänzen Sie eine Spalte mit einer Überschrift wie „{example}“.",
  SHEET_MAPPING_UNREADABLE:
    "Die gespeicherte Spaltenzuordnung für das Blatt „{sheet}“ ist nicht lesbar und wird nicht verwendet; das Blatt wird gelesen, wie KAM Planner es vorfindet. Wählen Sie die Spalten unter „So hat KAM Planner Ihr Blatt gelesen“ neu.",
  CELL_UNREADABLE:
    "„{value}“ ist als {field} nicht lesbar – erwartet wird {expected}. Der Wert bleibt leer; bitte korrigieren Sie die Zelle.",
  CELL_AMBIGUOUS:
    "„{value}“ ist als {field} nicht eindeutig: gelesen als {read} wie die übrigen Werte der Spalte, gemeint sein kann auch {alternative}. Schreiben Sie den Wert eindeutig.",
  ROWS_HIDDEN_SKIPPED:
    "Auf dem Blatt „{sheet}“ übersprungen, weil ausgeblendet: {count#Zeile|Zeilen} ({rows}). Blenden Sie sie ein, wenn dort Key Accounts stehen.",
  ROWS_NOT_ACCOUNTS:
    "Auf dem Blatt „{sheet}“ als Überschrift, Zwischensumme oder Anmerkung übersprungen: {count#Zeile|Zeilen} ({rows}). Steht dort doch ein Key Account, ergänzen Sie seine Kunden-ID oder seinen Namen in der Zeile.",
  ROWS_GROUP_MEMBERS:
    "Auf dem Blatt „{sheet}“ als Gesellschaften ihres Konzerns gelesen, nicht als eigene Kunden: {count#Zeile|Zeilen} ({rows}), eingerückt unter der Konzernzeile. Der Konzern ist der Key Account. Wird eine Gesellschaft als eigener Key Account geführt, ergänzen Sie ihre Kunden-ID.",
};

const deVariants: Variants = {
  GOAL_OFF_TRACK: {
    deadlinePassed:
      "Der Termin {deadline} ist verstrichen, aber am {on} sind erst {attainment} des Wegs zum Zielwert geschafft. Vereinbaren Sie einen neuen Termin oder setzen Sie den Status auf verworfen.",
  },
  VISION_MONETARY: {
    ambition:
      "Die Vision ist ein Größen- oder Marktziel in anderen Worten ({matches}). Beschreiben Sie, was Sie langfristig mit Ihren Key Accounts erreichen wollen; Marktanteile und Wachstum gehören in die Geschäftsziele.",
  },
  VISION_LENGTH: {
    short:
      "Die Vision ist mit {words#Wort|Wörtern} zu knapp, um zu tragen. Beschreiben Sie in {min} bis {max} Wörtern, wofür Sie bei Ihren Key Accounts langfristig stehen wollen.",
    long: "Die Vision ist mit {words#Wort|Wörtern} zu lang, um im Gedächtnis zu bleiben. Kürzen Sie sie auf höchstens {max} Wörter und verlagern Sie Details in Mission und Ziele.",
  },
  GOAL_ACCOUNT_UNKNOWN: {
    empty: "Das Ziel ist keinem Kunden zugeordnet. Tragen Sie die Kunden-ID oder den Kundennamen ein.",
  },
  GOAL_KIND_MISMATCH: {
    missing: "Das Ziel hat keine Art. Die Kennzahl {metric} ist {expected}; tragen Sie diese Art ein.",
    unknown:
      "Die Art „{value}“ ist unbekannt. Die Kennzahl {metric} ist {expected}; wählen Sie wirtschaftlich oder strategisch.",
    moneyTarget:
      "Das Ziel ist als strategisch eingestuft, sein Zielwert {target} ist aber ein Geldbetrag – damit ist es ein wirtschaftliches Ziel. Stellen Sie die Art auf wirtschaftlich und die Kennzahl auf Umsatz um, oder messen Sie, was strategisch zählt: Kundenbindung, Beziehung, neue Geschäftsbereiche.",
    economicWording:
      "Das Ziel ist als strategisch eingestuft, misst aber {wording} – das ist ein wirtschaftliches Ziel. Stellen Sie die Art auf wirtschaftlich um und wählen Sie die passende Kennzahl, oder formulieren Sie ein strategisches Ziel.",
  },
  GOAL_NO_DEADLINE: {
    invalid: "Der Termin „{value}“ ist kein gültiges Datum. Tragen Sie ein Datum ein, z. B. 31.12.2027.",
  },
  GOAL_VALUE_OUT_OF_RANGE: {
    negative:
      "Der {field} {value} ist negativ; {metric} kann nicht unter null liegen. Bitte korrigieren Sie den Wert.",
    count:
      "Der {field} {value} ist keine ganze Zahl ab 0. Tragen Sie für {metric} eine Anzahl ein (z. B. 3).",
    percentPoints:
      "Der {field} {value} liegt für {metric} außerhalb von {min} bis {max}. Meinten Sie {suggested} ({fraction})? Prozentwerte werden als Anteil eingetragen.",
  },
  GOAL_AMOUNT_NOT_A_RATE: {
    score:
      "Der {field} {value} ist ein Geldbetrag, {metric} wird aber als Bewertung von 1 bis 5 gemessen. Tragen Sie die Bewertung ein (z. B. 4); ein Betrag gehört in ein Umsatzziel.",
  },
  GOAL_NOT_AN_IMPROVEMENT: {
    accountBaseline:
      "Der Zielwert {target} ist nicht besser als der heutige Wert des Kunden ({metric}: {baseline}). Setzen Sie einen höheren Zielwert oder tragen Sie einen eigenen Ausgangswert ein.",
  },
  GOAL_CONTRADICTS_POSITIONING: {
    discount:
      "Das Ziel setzt auf Preiszugeständnisse ({wording}), das Marketing positioniert das Angebot aber als „{positioning}“. Formulieren Sie das Ziel über Nutzen und Qualität statt über den Preis.",
    segmentWording:
      "Das Ziel nennt das Segment „{segment}“, das das Marketing ausschließt. Streichen Sie den Bezug oder klären Sie die Ausnahme mit dem Marketing.",
    segmentAccount:
      "{account} gehört zur Branche „{industry}“, die das Marketing ausschließt (Segment „{segment}“). Bauen Sie das Geschäft dort nicht aus, ohne die Ausnahme mit dem Marketing zu klären.",
  },
  GOAL_DUPLICATE_ACROSS_ACCOUNTS: {
    capped:
      "Dasselbe Ziel steht bei {count} Kunden, darunter {accounts}. Leiten Sie die Ziele aus dem Profil jedes einzelnen Kunden ab, statt sie zu kopieren.",
    similar:
      "Fast dasselbe Ziel (bis auf Kundennamen und einzelne Wörter) steht bei {count} Kunden: {accounts}. Leiten Sie die Ziele aus dem Profil jedes einzelnen Kunden ab, statt sie zu kopieren.",
    similarCapped:
      "Fast dasselbe Ziel (bis auf Kundennamen und einzelne Wörter) steht bei {count} Kunden, darunter {accounts}. Leiten Sie die Ziele aus dem Profil jedes einzelnen Kunden ab, statt sie zu kopieren.",
  },
  ACCOUNT_RISK_UNADDRESSED: {
    churn:
      "{account} hat ein hohes Abwanderungsrisiko, aber kein Ziel zu Kundenbindung oder Beziehungsstärke. Ergänzen Sie ein solches Ziel, bevor der Kunde abwandert.",
    relationship:
      "Die Beziehung zu {account} ist mit {relationship} von 5 schwach, aber es gibt kein Ziel zu Kundenbindung oder Beziehungsstärke. Ergänzen Sie ein solches Ziel.",
    both: "{account} hat ein hohes Abwanderungsrisiko und eine schwache Beziehung ({relationship} von 5), aber kein Ziel zu Kundenbindung oder Beziehungsstärke. Ergänzen Sie ein solches Ziel.",
  },
  SHEET_FIELD_MISSING: {
    profile:
      "Auf dem Profilblatt „{sheet}“ wurde keine Angabe für {field} gefunden. Wählen Sie die Zelle unter „So hat KAM Planner Ihr Blatt gelesen“ (oder mit kam --map {key}=ZELLE), oder ergänzen Sie eine Zeile mit der Bezeichnung „{example}“ und dem Wert daneben.",
    key: "Auf dem Blatt „{sheet}“ wird weder eine Kunden-ID noch ein Kundenname gelesen, so lassen sich die Kunden nicht erkennen. Wählen Sie die Spalte unter „So hat KAM Planner Ihr Blatt gelesen“ (oder mit kam --map name=SPALTE).",
  },
  ACCOUNT_DUPLICATE: {
    id: "Die Kunden-ID „{key}“ steht doppelt: Blatt „{sheet}“, Zeile {row}, und schon Blatt „{otherSheet}“, Zeile {otherRow}. Ist es derselbe Kunde, behalten Sie eine der Zeilen; sind es verschiedene Kunden, vergeben Sie eindeutige IDs. (Eine Übersichtsliste und die Profilblätter derselben Kunden führt KAM Planner selbst zusammen.)",
    name: "Der Kunde „{key}“ steht doppelt: Blatt „{sheet}“, Zeile {row}, und schon Blatt „{otherSheet}“, Zeile {otherRow}. Führen Sie die Zeilen zusammen oder unterscheiden Sie die Namen.",
  },
  ACCOUNT_DATA_SUSPECT: {
    abovePotential:
      "Der Umsatz von {account} liegt mit {value} über dem Umsatzpotenzial von {potential}. Prüfen Sie beide Werte: Das Potenzial umfasst den gesamten Bedarf des Kunden.",
    negative:
      "Der Wert für {field} bei {account} ist negativ ({value}). Bitte prüfen Sie ihn in der Kundenliste.",
    outOfRange:
      "Der Wert für {field} bei {account} liegt mit {value} außerhalb von {min} bis {max}. Bitte prüfen Sie ihn in der Kundenliste.",
  },
};

const en: Messages = {
  VISION_MISSING:
    "The vision is missing. Say in one sentence what your company wants to achieve with its key accounts in the long run.",
  VISION_MONETARY:
    "The vision names money or figures ({matches}). Describe what you want to achieve with your key accounts instead; figures belong in the business goals.",
  VISION_NOT_CUSTOMER_CENTRIC:
    "The vision names no customers, key accounts or partners. Say what you want to achieve with your key accounts, e.g. “a valued and indispensable partner for our key accounts”.",
  VISION_LENGTH: "The vision has {words#word|words}; {min} to {max} are easy to remember. Adjust its length.",
  MISSION_MISSING:
    "The mission is missing. Describe how you will realise the vision, e.g. by embedding yourselves deeply in your key accounts' business.",
  MISSION_NO_HOW:
    "The mission does not say how you will achieve the vision. Name means and actions, e.g. “We embed ourselves as deeply as possible in our key accounts' business.”",
  MISSION_REPEATS_VISION:
    "The mission largely repeats the vision ({overlap} of its words, including {shared}). Describe instead the means and activities by which you will realise the vision.",
  MISSION_ACTIVITY_LIST:
    "The mission reads like a sales checklist ({matches}). Describe how you will build the long-term relationship with your key accounts, e.g. by embedding yourselves in their business; call cadences and CRM hygiene belong in the sales process.",
  GOAL_ACCOUNT_UNKNOWN:
    "The account “{account}” is not in any account list. Enter an existing account ID or the exact account name.",
  GOAL_KIND_MISMATCH:
    "The metric {metric} is {expected}, but the goal is classed as {kind}. Change the kind to {expected} or choose a matching metric.",
  GOAL_NO_STATEMENT:
    "The goal has no text. Describe in one sentence what is to be achieved with this account.",
  GOAL_NO_TARGET: "The goal has no target value, so it cannot be measured. Enter a target for {metric}.",
  GOAL_NO_DEADLINE:
    "The goal has no deadline. Enter the date by which it should be reached (e.g. 2027-12-31).",
  GOAL_DEADLINE_PAST:
    "The deadline {deadline} is before the as-of date {asOf}. Set a new deadline or mark the goal as achieved or dropped.",
  GOAL_DEADLINE_FAR:
    "The deadline {deadline} is more than {years#year|years} after the as-of date {asOf} (planning horizon ends {limit}). Set a nearer milestone so progress can be reviewed.",
  GOAL_VALUE_OUT_OF_RANGE:
    "The {field} {value} is not possible for {metric} (allowed: {min} to {max}). Please correct the value.",
  GOAL_AMOUNT_NOT_A_RATE:
    "The {field} {value} is an amount of money, but {metric} is measured as a rate from 0 to 100%. Enter the rate (e.g. 95%); an amount belongs in a revenue goal.",
  GOAL_NOT_AN_IMPROVEMENT:
    "The target {target} is no better than the baseline {baseline} ({metric}). Set a higher target or check the baseline.",
  GOAL_TARGET_ABOVE_POTENTIAL:
    "The revenue target {target} is above the revenue potential of {potential} at {account}. Lower the target or update the potential in the account list.",
  GOAL_GROWTH_IMPLAUSIBLE:
    "The goal requires {growth} growth a year (from {baseline} to {target} in {years#year|years}), above the plausibility ceiling of {ceiling}. Move the deadline out or set a reachable target.",
  GOAL_MARGIN_BELOW_POSITIONING:
    "The target margin {target} is below the minimum gross margin of {minimum} set by marketing. Aim for at least {minimum} or agree the exception with marketing.",
  GOAL_CONTRADICTS_POSITIONING:
    "The goal contradicts marketing's positioning. Adjust it or agree it with marketing.",
  GOAL_SALES_OR_MARKETING_ACTIVITY:
    "The goal reads like a sales or marketing task ({matches}). Set a goal for the long-term relationship instead, e.g. retention, revenue or new business areas with the account.",
  GOAL_DUPLICATE_ACROSS_ACCOUNTS:
    "The same goal is set for {count} accounts: {accounts}. Derive each account's goals from its own profile instead of copying them.",
  GOAL_DUPLICATE_ID: "The goal ID “{id}” is already in use. Give this goal an ID of its own.",
  TEXT_OVER_CELL_LIMIT:
    "The {field} has {length} characters; an Excel cell holds at most {limit}. Shorten it; the sheet holds it cut short, with a note at the end.",
  GOAL_OFF_TRACK:
    "The goal is off track: on {on}, {attainment} of the way to the target is covered, but {elapsed} of the time to the deadline {deadline} has passed. Agree with the account how the goal can still be reached, or adjust the target or deadline.",
  ACCOUNT_NO_ECONOMIC_GOAL:
    "{account} has no economic goal. Add a goal for revenue, gross margin or profitability.",
  ACCOUNT_NO_STRATEGIC_GOAL:
    "{account} has no strategic goal. Add a goal for retention or new business areas.",
  ACCOUNT_RISK_UNADDRESSED:
    "{account} is at risk but has no retention or relationship goal. Add such a goal.",
  ACCOUNT_NO_GOALS: "{account} has no goals yet. Set economic and strategic goals from the account profile.",
  ACCOUNT_DUPLICATE:
    "“{key}” appears twice: sheet “{sheet}”, row {row}, and already sheet “{otherSheet}”, row {otherRow}. Merge the rows or make them distinct.",
  ACCOUNT_DATA_SUSPECT:
    "The {field} figure of {account} looks wrong ({value}). Please check it in the account list.",
  SHEET_NO_ACCOUNT_TABLE:
    "No account table was found on the sheet “{sheet}”. Check that it has a header row with columns such as account, revenue and potential, or choose another sheet.",
  SHEET_FIELD_MISSING:
    "Nothing was found for {field} on the sheet “{sheet}”. Choose its column under “How KAM Planner read your sheet” (or with kam --map {key}=COLUMN), or add a column with a header such as “{example}”.",
  SHEET_MAPPING_UNREADABLE:
    "The stored column mapping for the sheet “{sheet}” cannot be read and is not used; the sheet is read as KAM Planner finds it. Choose the columns again under “How KAM Planner read your sheet”.",
  CELL_UNREADABLE:
    "“{value}” cannot be read as {field}; expected {expected}. The value is left empty; please correct the cell.",
  CELL_AMBIGUOUS:
    "“{value}” is ambiguous as {field}: read as {read}, like the column's other values, it may also mean {alternative}. Write the value unambiguously.",
  ROWS_HIDDEN_SKIPPED:
    "Skipped on the sheet “{sheet}” because hidden: {count#row|rows} ({rows}). Unhide them if they hold key accounts.",
  ROWS_NOT_ACCOUNTS:
    "Skipped on the sheet “{sheet}” as headings, subtotals or notes: {count#row|rows} ({rows}). If one of them is a key account, enter its account ID or name in the row.",
  ROWS_GROUP_MEMBERS:
    "Read on the sheet “{sheet}” as companies of their group, not as accounts of their own: {count#row|rows} ({rows}), indented under the group's row. The group is the key account. If a company is a key account of its own, enter its account ID.",
};

const enVariants: Variants = {
  GOAL_OFF_TRACK: {
    deadlinePassed:
      "The deadline {deadline} has passed, but on {on} only {attainment} of the way to the target is covered. Agree a new deadline or mark the goal as dropped.",
  },
  VISION_MONETARY: {
    ambition:
      "The vision is a size or market target in other words ({matches}). Describe what you want to achieve with your key accounts in the long run; market share and growth belong in the business goals.",
  },
  VISION_LENGTH: {
    short:
      "At {words#word|words} the vision is too short to inspire. Say in {min} to {max} words what you want to stand for with your key accounts in the long run.",
    long: "At {words#word|words} the vision is too long to remember. Cut it to at most {max} words and move details into the mission and the goals.",
  },
  GOAL_ACCOUNT_UNKNOWN: {
    empty: "The goal is not assigned to an account. Enter the account ID or the account name.",
  },
  GOAL_KIND_MISMATCH: {
    missing: "The goal has no kind. The metric {metric} is {expected}; enter that kind.",
    unknown:
      "The kind “{value}” is unknown. The metric {metric} is {expected}; choose economic or strategic.",
    moneyTarget:
      "The goal is classed as strategic, but its target {target} is an amount of money, which makes it an economic goal. Set the kind to economic and the metric to revenue, or measure what counts strategically: retention, relationship, new business areas.",
    economicWording:
      "The goal is classed as strategic, but it measures {wording}, which makes it an economic goal. Set the kind to economic and choose the matching metric, or phrase a strategic goal.",
  },
  GOAL_NO_DEADLINE: {
    invalid: "The deadline “{value}” is not a valid date. Enter a date, e.g. 2027-12-31.",
  },
  GOAL_VALUE_OUT_OF_RANGE: {
    negative: "The {field} {value} is negative; {metric} cannot be below zero. Please correct the value.",
    count: "The {field} {value} is not a whole number of 0 or more. Enter {metric} as a count (e.g. 3).",
    percentPoints:
      "The {field} {value} is outside {min} to {max} for {metric}. Did you mean {suggested} ({fraction})? Percentages are entered as fractions.",
  },
  GOAL_AMOUNT_NOT_A_RATE: {
    score:
      "The {field} {value} is an amount of money, but {metric} is measured as a score from 1 to 5. Enter the score (e.g. 4); an amount belongs in a revenue goal.",
  },
  GOAL_NOT_AN_IMPROVEMENT: {
    accountBaseline:
      "The target {target} is no better than the account's current figure ({metric}: {baseline}). Set a higher target or enter a baseline of your own.",
  },
  GOAL_CONTRADICTS_POSITIONING: {
    discount:
      "The goal relies on price concessions ({wording}), but marketing positions the offer as “{positioning}”. Phrase the goal in terms of value and quality rather than price.",
    segmentWording:
      "The goal names the segment “{segment}”, which marketing excludes. Remove the reference or agree the exception with marketing.",
    segmentAccount:
      "{account} is in the industry “{industry}”, which marketing excludes (segment “{segment}”). Do not grow the business there without agreeing the exception with marketing.",
  },
  GOAL_DUPLICATE_ACROSS_ACCOUNTS: {
    capped:
      "The same goal is set for {count} accounts, including {accounts}. Derive each account's goals from its own profile instead of copying them.",
    similar:
      "Nearly the same goal (apart from account names and a word or two) is set for {count} accounts: {accounts}. Derive each account's goals from its own profile instead of copying them.",
    similarCapped:
      "Nearly the same goal (apart from account names and a word or two) is set for {count} accounts, including {accounts}. Derive each account's goals from its own profile instead of copying them.",
  },
  ACCOUNT_RISK_UNADDRESSED: {
    churn:
      "{account} has a high churn risk but no retention or relationship goal. Add such a goal before the account drifts away.",
    relationship:
      "The relationship with {account} is weak ({relationship} out of 5), but there is no retention or relationship goal. Add such a goal.",
    both: "{account} has a high churn risk and a weak relationship ({relationship} out of 5), but no retention or relationship goal. Add such a goal.",
  },
  SHEET_FIELD_MISSING: {
    profile:
      "Nothing was found for {field} on the profile sheet “{sheet}”. Choose its cell under “How KAM Planner read your sheet” (or with kam --map {key}=CELL), or add a row labelled “{example}” with the value beside it.",
    key: "Neither an account ID nor an account name is read on the sheet “{sheet}”, so its accounts cannot be told apart. Choose the column under “How KAM Planner read your sheet” (or with kam --map name=COLUMN).",
  },
  ACCOUNT_DUPLICATE: {
    id: "The account ID “{key}” appears twice: sheet “{sheet}”, row {row}, and already sheet “{otherSheet}”, row {otherRow}. If it is the same customer, keep one of the rows; if they are different customers, give them distinct IDs. (KAM Planner itself merges an index list with the profile sheets of the same accounts.)",
    name: "The account “{key}” appears twice: sheet “{sheet}”, row {row}, and already sheet “{otherSheet}”, row {otherRow}. Merge the rows or tell the names apart.",
  },
  ACCOUNT_DATA_SUSPECT: {
    abovePotential:
      "The revenue of {account}, {value}, is above its revenue potential of {potential}. Check both figures: the potential is the account's whole demand.",
    negative: "The {field} figure of {account} is negative ({value}). Please check it in the account list.",
    outOfRange:
      "The {field} figure of {account} is {value}, outside {min} to {max}. Please check it in the account list.",
  },
};

export const FINDING_MESSAGES: Record<Language, Messages> = { de, en };
export const FINDING_MESSAGE_VARIANTS: Record<Language, Variants> = { de: deVariants, en: enVariants };

/** The template a finding is rendered with: its reason's variant when there is one. */
export function findingTemplate(f: Pick<Finding, "code" | "params">, language: Language): string {
  const reason = f.params.reason;
  const variant =
    typeof reason === "string" ? FINDING_MESSAGE_VARIANTS[language][f.code]?.[reason] : undefined;
  return variant ?? FINDING_MESSAGES[language][f.code];
}

/**
 * Added to a finding about a figure when the reader knows the cell it came from ("sourceCell"), so
 * a suspect value names its column: "Read from sheet “Kunden”, cell H7 (“Marge absolut (T€)”)."
 */
const SOURCE: Record<Language, string> = {
  de: "Gelesen aus Blatt „{sourceSheet}“, Zelle {sourceCell} („{sourceHeader}“).",
  en: "Read from sheet “{sourceSheet}”, cell {sourceCell} (“{sourceHeader}”).",
};

export function findingMessage(f: Finding, language: Language): string {
  const message = fillTemplate(findingTemplate(f, language), f.params, language);
  if (f.params.sourceCell === undefined) return message;
  return `${message} ${fillTemplate(SOURCE[language], f.params, language)}`;
}
