// The spec's conditional formats as Excel's custom rules ("use a formula to determine which cells to
// format"): Range.conditionalFormats.add("Custom") with the rule's formula and the fill, font colour
// and weight (ExcelApi 1.6). A new rule goes to the top of the sheet's priority list, so the rules are
// added last to first: the spec's first rule ends up with the highest priority, as the spec means.

import { rangeAddress, type ConditionalFormat, type SheetSpec } from "../../sheet";
import { utf8Length, type BudgetedBatch } from "./payload";
import { styleRange } from "./style-layers";

export async function queueConditionalFormats(
  batch: BudgetedBatch,
  target: Excel.Worksheet,
  spec: SheetSpec,
): Promise<void> {
  const rules: readonly ConditionalFormat[] = spec.conditionalFormats ?? [];
  for (const rule of [...rules].reverse()) {
    const address = rangeAddress(styleRange(spec, rule.range));
    await batch.add(utf8Length(address + rule.formula), () => {
      const format = target.getRange(address).conditionalFormats.add("Custom");
      format.custom.rule.formula = rule.formula;
      const { fill, fontColor, bold } = rule.style;
      if (fill !== undefined) format.custom.format.fill.color = fill;
      if (fontColor !== undefined) format.custom.format.font.color = fontColor;
      if (bold !== undefined) format.custom.format.font.bold = bold;
    });
  }
}
