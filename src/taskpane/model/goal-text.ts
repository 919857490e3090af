// A goal's figures as the pane shows them: money with its currency, fractions as percent.

import { METRIC_SCALE, type Goal, type Language } from "../../domain/plan";
import { formatAmount, formatDate, formatNumber, formatPercent } from "../../i18n/format";
import { METRIC_LABEL } from "../../i18n/sheets";
import { ui } from "../../i18n/ui";

export function figureLabel(
  value: number | null,
  goal: Pick<Goal, "metric" | "unit">,
  language: Language,
): string {
  if (value === null) return "–";
  switch (METRIC_SCALE[goal.metric]) {
    case "money":
      return formatAmount(value, goal.unit, language);
    case "fraction":
      return formatPercent(value, language);
    case "score":
    case "count":
      return formatNumber(value, language);
    case "any":
      return goal.unit && goal.unit !== "%"
        ? `${formatNumber(value, language)} ${goal.unit}`
        : formatNumber(value, language);
  }
}

/** "Revenue: 1.850.000 € → 2.300.000 € bis 31.12.2027". */
export function goalLine(goal: Goal, baseline: number | null, language: Language): string {
  return ui(language, "goalLine", {
    metric: METRIC_LABEL[language][goal.metric],
    baseline: figureLabel(baseline, goal, language),
    target: figureLabel(goal.target, goal, language),
    deadline: goal.deadline ? formatDate(goal.deadline, language) : "–",
  });
}
