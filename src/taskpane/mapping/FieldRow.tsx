// One field of a sheet's mapping: where it was read (a column or a profile cell, which the user
// may change), its unit (money and margins), the first values read and why it was read there.

import { Select, Text } from "@fluentui/react-components";
import { useId } from "react";
import type { Language } from "../../domain/plan";
import { term } from "../../i18n/format";
import { mappingText, reasonText } from "../../i18n/mapping";
import { ui } from "../../i18n/ui";
import type { UnitChoice } from "../../planner";
import { samplesText, type FieldView } from "./mapping-view";
import { useMappingStyles } from "./useMappingStyles.styles";

export type FieldRowProps = {
  language: Language;
  view: FieldView;
  layout: "list" | "profile";
  /** A column letter or profile cell; null: the sheet does not hold the field. */
  onChoosePlace: (at: string | null) => void;
  onChooseUnit: (unit: UnitChoice) => void;
};

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function isUnit(value: string, units: readonly UnitChoice[]): value is UnitChoice {
  return units.some((u) => u === value);
}

export function FieldRow({ language, view, layout, onChoosePlace, onChooseUnit }: FieldRowProps) {
  const styles = useMappingStyles();
  const nameId = useId();
  const name = capitalised(term(`field.${view.field}`, language));
  const { mapping } = view;
  return (
    <li className={styles.field} aria-labelledby={nameId}>
      <Text id={nameId} className={styles.fieldName}>
        {name}
      </Text>
      <div className={styles.controls}>
        <Select
          className={styles.column}
          aria-label={ui(language, layout === "list" ? "mappingColumnLabel" : "mappingCellLabel", {
            field: name,
          })}
          value={view.at}
          onChange={(_event, data) => {
            onChoosePlace(data.value === "" ? null : data.value);
          }}
        >
          <option value="">{ui(language, "mappingNotRead")}</option>
          {view.options.map((o) => (
            <option key={o.at} value={o.at}>
              {ui(language, "mappingOption", { at: o.at, header: o.header })}
            </option>
          ))}
        </Select>
        {mapping && view.units.length > 0 && (
          <Select
            className={styles.unit}
            aria-label={ui(language, "mappingUnitLabel", { field: name })}
            value={view.unit ?? ""}
            onChange={(_event, data) => {
              if (isUnit(data.value, view.units)) onChooseUnit(data.value);
            }}
          >
            {view.units.map((u) => (
              <option key={u} value={u}>
                {mappingText(language, `unit.${u}`)}
              </option>
            ))}
          </Select>
        )}
      </div>
      {mapping && (
        <Text className={styles.caption}>
          {samplesText(mapping, language)} ·{" "}
          {ui(language, "mappingWhy", { reason: reasonText(mapping, language) })}
        </Text>
      )}
    </li>
  );
}
