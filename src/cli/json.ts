// The JSON shapes of the `kam` command (DESIGN.md, "JSON outputs").

import type { Account } from "../domain/account";
import type { Finding, FindingSummary } from "../domain/finding";
import { subjectId } from "../domain/finding";
import type { Language } from "../domain/plan";
import { findingMessage } from "../i18n/findings";
import type { SheetMapping } from "../planner";

export type FindingJson = {
  code: string;
  severity: string;
  subject: { type: string; id: string; sheet?: string; row?: number; column?: string };
  field: string | null;
  message: string;
};

export function findingJson(f: Finding, language: Language): FindingJson {
  const subject: FindingJson["subject"] = { type: f.subject.type, id: subjectId(f.subject) };
  if (f.subject.type === "cell") {
    subject.sheet = f.subject.sheet;
    subject.row = f.subject.row;
    subject.column = f.subject.column;
  }
  return {
    code: f.code,
    severity: f.severity,
    subject,
    field: f.field,
    message: findingMessage(f, language),
  };
}

export function accountJson(a: Account): Record<string, unknown> {
  return {
    id: a.id,
    name: a.name,
    industry: a.industry,
    region: a.region,
    revenue: a.revenue,
    potential: a.potential,
    grossMargin: a.grossMargin,
    profitability: a.profitability,
    relationship: a.relationship,
    churnRisk: a.churnRisk,
    customerSince: a.customerSince,
    owner: a.owner,
    // The list when the sheet names the areas, else the count it gives.
    businessAreas: a.businessAreas ?? a.businessAreaCount,
    currency: a.currency,
    source: { sheet: a.source.sheet, row: a.source.row },
  };
}

export type FieldMappingJson = {
  column: string;
  /** Profiles: the value's row. */
  row?: number;
  header: string;
  scale: number | null;
  unit: string | null;
  year: number | null;
  reason: string;
  /** Profiles: the label and its value in one cell ("Umsatz 2025: 2,4 Mio. €"); absent otherwise. */
  labelInCell?: true;
};

/** `mapping` of `kam read --json` (DESIGN.md, "Field mapping"): how each sheet was read. */
export function mappingJson(m: SheetMapping): Record<string, unknown> {
  const fields: Record<string, FieldMappingJson> = {};
  for (const f of m.fields) {
    const field: FieldMappingJson = {
      column: f.column,
      header: f.header,
      scale: f.scale,
      unit: f.unit,
      year: f.year,
      reason: f.reason,
    };
    if (f.row !== null) field.row = f.row;
    if (f.labelInCell) field.labelInCell = true;
    fields[f.field] = field;
  }
  return {
    sheet: m.sheet,
    layout: m.layout,
    headerRows: m.headerRows,
    fields,
    missing: m.missing,
    skippedRows: m.rows
      .filter((r) => r.status !== "account" && r.status !== "excluded")
      .map((r) => ({ row: r.row, kind: r.status, text: r.key })),
    excludedRows: m.rows.filter((r) => r.status === "excluded").map((r) => ({ row: r.row, key: r.key })),
  };
}

export function summaryJson(summary: FindingSummary): FindingSummary {
  return { errors: summary.errors, warnings: summary.warnings, infos: summary.infos };
}
