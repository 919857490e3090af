// The cells found for one account (a list row or a profile's label/value pairs) → an Account and
// a CELL_UNREADABLE finding for every cell that should hold a figure but cannot be read (an Excel
// error in a text field, a formula never calculated included), CELL_AMBIGUOUS for a cell read one
// of two ways.

import { emptyAccount, type Account, type AccountField } from "../domain/account";
import type { Finding, ParamValue } from "../domain/finding";
import { finding } from "../domain/finding";
import { columnLetter, type GridCell } from "../sheet";
import { withoutIndent } from "./row-kinds";
import type { ColumnContext, ExpectTerm, ValueLocale } from "./account-values";
import {
  PLAIN_CONTEXT,
  cellText,
  readAreas,
  readFraction,
  readMoney,
  readRisk,
  onRelationshipScale,
  readScore,
  readSince,
  readText,
} from "./account-values";

/** A cell that holds an account field, with its address as Excel shows it (1-based). */
export type PlacedCell = { field: AccountField; cell: GridCell; row: number; column: number };

export function unreadableCell(
  sheet: string,
  placed: { cell: GridCell; row: number; column: number },
  field: string,
  expected: ExpectTerm,
): Finding {
  return finding(
    "CELL_UNREADABLE",
    { type: "cell", sheet, row: placed.row, column: columnLetter(placed.column) },
    field,
    {
      value: cellText(placed.cell),
      field: { term: `field.${field}` },
      expected: { term: expected },
    },
  );
}

/** A cell read one way that could be read another: both readings named (never a silent choice). */
export function ambiguousCell(
  sheet: string,
  placed: { cell: GridCell; row: number; column: number },
  field: string,
  read: ParamValue,
  alternative: ParamValue,
): Finding {
  return finding(
    "CELL_AMBIGUOUS",
    { type: "cell", sheet, row: placed.row, column: columnLetter(placed.column) },
    field,
    { value: cellText(placed.cell), field: { term: `field.${field}` }, read, alternative },
  );
}

export function readAccount(
  sheet: string,
  sourceRow: number,
  cells: readonly PlacedCell[],
  contexts: ReadonlyMap<AccountField, ColumnContext>,
  locale: ValueLocale,
): { account: Account; findings: Finding[] } {
  const account = emptyAccount(sheet, sourceRow);
  const findings: Finding[] = [];
  let moneyCurrency: string | null = null;
  // Margins given as amounts, divided by the revenue once the whole row is read.
  const amounts: { field: "grossMargin" | "profitability"; amount: number }[] = [];
  for (const placed of cells) {
    const { field, cell } = placed;
    const ctx = contexts.get(field) ?? PLAIN_CONTEXT;
    const problem = (expected: ExpectTerm) => findings.push(unreadableCell(sheet, placed, field, expected));
    const ambiguous = (read: ParamValue, alternative: ParamValue) =>
      findings.push(ambiguousCell(sheet, placed, field, read, alternative));
    if (cell.formula !== undefined) {
      problem("expect.calculated");
      continue;
    }
    switch (field) {
      case "name": {
        if (cell.error === true) problem("expect.value");
        // "  └ Tochter GmbH": the tree glyph shows the structure, it is not part of the name.
        const name = readText(cell);
        account.name = name === null ? null : withoutIndent(name);
        break;
      }
      case "id":
      case "industry":
      case "region":
      case "owner":
        if (cell.error === true) problem("expect.value");
        account[field] = readText(cell);
        break;
      case "revenue":
      case "potential": {
        const money = readMoney(cell, ctx, locale);
        if (!money.ok) problem(money.expected);
        else if (money.value) {
          account[field] = money.value.amount;
          moneyCurrency ??= money.value.currency;
        }
        break;
      }
      case "grossMargin":
      case "profitability": {
        if (ctx.absolute) {
          const money = readMoney(cell, ctx, locale);
          if (!money.ok) problem(money.expected);
          else if (money.value) amounts.push({ field, amount: money.value.amount });
          break;
        }
        const fraction = readFraction(cell, ctx, locale);
        if (fraction.ok) {
          account[field] = fraction.value;
          if (fraction.value !== null && fraction.alternative !== undefined)
            ambiguous({ percent: fraction.value }, { percent: fraction.alternative });
        } else problem(fraction.expected);
        break;
      }
      case "relationship": {
        const score = readScore(cell, locale);
        if (score.ok)
          account.relationship =
            score.value === null ? null : onRelationshipScale(score.value, ctx.scoreRange);
        else problem(score.expected);
        break;
      }
      case "churnRisk": {
        const risk = readRisk(cell, ctx, locale);
        if (risk.ok) account.churnRisk = risk.value;
        else problem(risk.expected);
        break;
      }
      case "customerSince": {
        const since = readSince(cell, locale, ctx);
        if (since.ok) {
          account.customerSince = since.value;
          if (since.value !== null && since.alternative !== undefined)
            ambiguous({ date: since.value }, { date: since.alternative });
        } else problem(since.expected);
        break;
      }
      case "businessAreas": {
        const areas = readAreas(cell, locale);
        if (!areas.ok) problem(areas.expected);
        else if (areas.value) {
          account.businessAreas = areas.value.list;
          account.businessAreaCount = areas.value.count;
        }
        break;
      }
    }
  }
  account.currency = moneyCurrency;
  const revenue = account.revenue;
  if (revenue !== null && revenue > 0)
    for (const { field, amount } of amounts) account[field] = amount / revenue;
  return { account, findings };
}
