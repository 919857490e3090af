// What a conflict, a co-author's change or a goal field's value reads like, in both languages: the
// task pane's conflict list and live notice and `kam write` say the same.

import type { Conflict } from "../domain/merge";
import type { GoalField } from "../domain/fingerprint";
import { METRIC_SCALE, type Goal, type Language, type Positioning } from "../domain/plan";
import { fillTemplate, formatAmount, formatDate, formatNumber, formatPercent, localeOf } from "./format";
import { KIND_LABEL, METRIC_LABEL, STATUS_LABEL } from "./labels";
import { GOAL_HEADERS } from "./sheets";

const TEXT = {
  de: {
    vision: "Vision",
    mission: "Mission",
    marketing: "Positionierung",
    empty: "leer",
    deleted: "gelöscht",
    goalField: "{goal} · {field}",
    goalDeleted: "{goal} (gelöscht oder geändert)",
    kept: "Ziel {goal}",
    changedTo: "{subject} geändert auf {value}",
    changed: "{subject} geändert",
    added: "{goal} hinzugefügt",
    removed: "{goal} gelöscht",
    cellChanged: "{sheet}: {address} geändert",
  },
  en: {
    vision: "Vision",
    mission: "Mission",
    marketing: "Positioning",
    empty: "empty",
    deleted: "deleted",
    goalField: "{goal} · {field}",
    goalDeleted: "{goal} (deleted or changed)",
    kept: "goal {goal}",
    changedTo: "{subject} changed to {value}",
    changed: "{subject} changed",
    added: "{goal} added",
    removed: "{goal} deleted",
    cellChanged: "{sheet}: {address} changed",
  },
} as const;

const QUOTES = { de: ["„", "“"], en: ["“", "”"] } as const;
const MAX_QUOTED = 80;

/** An ISO date-time as the reader's clock shows it: "01.12.2026, 10:22" / "1 Dec 2026, 10:22". */
export function formatDateTime(iso: string, language: Language, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "medium",
    timeStyle: "short",
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(date);
}

/** A text value quoted and cut to a readable length. */
export function quoted(text: string, language: Language): string {
  const [open, close] = QUOTES[language];
  const flat = text.replace(/\s+/g, " ").trim();
  const cut = flat.length > MAX_QUOTED ? `${flat.slice(0, MAX_QUOTED - 1)}…` : flat;
  return `${open}${cut}${close}`;
}

/** 7000000 EUR → "7,0 Mio. €" / "€7.0m": short enough for a notice (below a million: in full). */
export function compactAmount(amount: number, unit: string | null, language: Language): string {
  if (Math.abs(amount) < 1_000_000) return formatAmount(amount, unit, language);
  const code = unit?.toUpperCase();
  const currency = code === "EUR" || code === "USD" || code === "GBP" || code === "CHF" ? code : null;
  const options: Intl.NumberFormatOptions = {
    notation: "compact",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    ...(currency ? { style: "currency", currency, currencyDisplay: "narrowSymbol" } : {}),
  };
  const n = new Intl.NumberFormat(localeOf(language), options).format(amount);
  return currency || !unit ? n : `${n} ${unit}`;
}

/** A goal field's value as people read it; `goal` gives the metric and unit of figures. */
export function goalValueText(
  field: GoalField,
  value: Goal[GoalField],
  goal: Pick<Goal, "metric" | "unit"> | null,
  language: Language,
  compact = false,
): string {
  if (value === null || value === "") return TEXT[language].empty;
  switch (field) {
    case "kind":
      return KIND_LABEL[language][value as Goal["kind"]];
    case "metric":
      return METRIC_LABEL[language][value as Goal["metric"]];
    case "status":
      return STATUS_LABEL[language][value as NonNullable<Goal["status"]>];
    case "deadline":
    case "start":
    case "actualDate":
      return formatDate(String(value), language);
    case "statement":
      return quoted(String(value), language);
    case "baseline":
    case "target":
    case "actual": {
      const n = Number(value);
      const scale = goal ? METRIC_SCALE[goal.metric] : "any";
      if (scale === "fraction") return formatPercent(n, language);
      if (scale === "money")
        return compact
          ? compactAmount(n, goal?.unit ?? null, language)
          : formatAmount(n, goal?.unit ?? null, language);
      const unit = goal?.unit && goal.unit !== "%" ? ` ${goal.unit}` : "";
      return `${formatNumber(n, language)}${unit}`;
    }
    default:
      return String(value);
  }
}

function positioningText(p: Positioning | null, language: Language): string {
  if (p === null) return TEXT[language].empty;
  return [p.positioning, p.minGrossMargin === null ? null : formatPercent(p.minGrossMargin, language)]
    .filter((x) => x !== null)
    .join(", ");
}

/** What a conflict is about: "Mission", "G1 · Zielwert", "G3 (gelöscht oder geändert)". */
export function conflictSubject(conflict: Conflict, language: Language): string {
  const t = TEXT[language];
  switch (conflict.kind) {
    case "statement":
      return t[conflict.field];
    case "goalField":
      return fillTemplate(
        t.goalField,
        { goal: conflict.id, field: GOAL_HEADERS[language][conflict.field] },
        language,
      );
    case "goalDeleted":
      return fillTemplate(t.goalDeleted, { goal: conflict.id }, language);
  }
}

/** One side's value of a conflict; `goal` is the goal as it stands (for units of figures). */
export function conflictValue(
  conflict: Conflict,
  side: "mine" | "theirs",
  language: Language,
  goal: Pick<Goal, "metric" | "unit"> | null = null,
): string {
  switch (conflict.kind) {
    case "statement": {
      const value = conflict[side];
      if (conflict.field === "marketing") return positioningText(value as Positioning | null, language);
      return typeof value === "string" && value.trim() !== ""
        ? quoted(value, language)
        : TEXT[language].empty;
    }
    case "goalField":
      return goalValueText(conflict.field, conflict[side], goal, language);
    case "goalDeleted": {
      const value = conflict[side];
      return value === null
        ? TEXT[language].deleted
        : value.statement.trim() === ""
          ? fillTemplate(TEXT[language].kept, { goal: value.id }, language)
          : quoted(value.statement, language);
    }
  }
}

/** "Vision geändert", "G7: Zielwert geändert auf 7,0 Mio. €", "G8 hinzugefügt". */
export function changeText(
  change:
    | { kind: "statement"; field: "vision" | "mission" }
    | { kind: "goalField"; id: string; field: GoalField; value: Goal[GoalField] }
    | { kind: "goalAdded"; id: string }
    | { kind: "goalRemoved"; id: string }
    | { kind: "cells"; sheet: string; address: string },
  goal: Pick<Goal, "metric" | "unit"> | null,
  language: Language,
): string {
  const t = TEXT[language];
  switch (change.kind) {
    case "statement":
      return fillTemplate(t.changed, { subject: t[change.field] }, language);
    case "goalField":
      return fillTemplate(
        t.changedTo,
        {
          subject: `${change.id}: ${GOAL_HEADERS[language][change.field]}`,
          value: goalValueText(change.field, change.value, goal, language, true),
        },
        language,
      );
    case "goalAdded":
      return fillTemplate(t.added, { goal: change.id }, language);
    case "goalRemoved":
      return fillTemplate(t.removed, { goal: change.id }, language);
    case "cells":
      return fillTemplate(t.cellChanged, { sheet: change.sheet, address: change.address }, language);
  }
}
