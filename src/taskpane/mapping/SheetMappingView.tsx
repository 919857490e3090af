// How one sheet was read: every field with its column (or profile cell) and unit, the user's
// corrections, the fields not found, and which rows were read as accounts (each can be excluded).

import { Button, Checkbox, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { ArrowUndo20Regular } from "@fluentui/react-icons";
import { useId } from "react";
import type { Language } from "../../domain/plan";
import { formatList, term } from "../../i18n/format";
import { rowStatusText } from "../../i18n/mapping";
import { ui } from "../../i18n/ui";
import {
  chooseField,
  chooseRow,
  sheetChoice,
  type OpenedWorkbook,
  type SheetChoice,
  type SheetMapping,
} from "../../planner";
import { FieldRow } from "./FieldRow";
import { fieldViews } from "./mapping-view";
import { useMappingStyles } from "./useMappingStyles.styles";

/** Rows shown with a checkbox; a list of thousands of accounts is better corrected in the sheet. */
const MAX_ROWS = 200;

export type SheetMappingViewProps = {
  language: Language;
  opened: OpenedWorkbook;
  mapping: SheetMapping;
  onChoose: (sheet: string, choice: SheetChoice | null) => void;
};

export function SheetMappingView({ language, opened, mapping, onChoose }: SheetMappingViewProps) {
  const styles = useMappingStyles();
  const fieldsId = useId();
  const rowsId = useId();
  const { sheet } = mapping;
  const views = fieldViews(mapping);
  const stored = sheetChoice(opened, sheet);
  const hasChoices = Object.keys(stored.fields).length > 0 || stored.exclude.length > 0;
  const accounts = mapping.rows.filter((r) => r.status === "account" || r.status === "excluded");
  const skipped = mapping.rows.filter((r) => r.status !== "account" && r.status !== "excluded");
  const excludedRows = accounts.filter((r) => r.status === "excluded").length;
  const read = mapping.accountRows - excludedRows;

  return (
    <div className={styles.section}>
      <h5 id={fieldsId} className={styles.subheading}>
        {ui(language, "mappingFields", { sheet })}
      </h5>
      <ul className={styles.fields} aria-labelledby={fieldsId}>
        {views.map((view) => (
          <FieldRow
            key={view.field}
            language={language}
            view={view}
            layout={mapping.layout}
            onChoosePlace={(at) => {
              onChoose(sheet, chooseField(opened, sheet, view.field, { at }));
            }}
            onChooseUnit={(unit) => {
              onChoose(sheet, chooseField(opened, sheet, view.field, { unit }));
            }}
          />
        ))}
      </ul>

      {mapping.missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {ui(language, "mappingMissing", {
              fields: formatList(
                mapping.missing.map((f) => term(`field.${f}`, language)),
                language,
              ),
            })}
          </MessageBarBody>
        </MessageBar>
      )}

      {mapping.layout === "list" && (
        <div role="group" aria-labelledby={rowsId} className={styles.rows}>
          <h5 id={rowsId} className={styles.subheading}>
            {ui(language, "mappingRowsHeading", { count: read, rows: mapping.accountRows })}
          </h5>
          {accounts.slice(0, MAX_ROWS).map((r) => (
            <Checkbox
              key={r.row}
              checked={r.status === "account"}
              label={ui(language, "mappingRowLabel", { row: String(r.row), key: r.label ?? r.key ?? "" })}
              onChange={(_event, data) => {
                onChoose(sheet, chooseRow(opened, sheet, r.row, data.checked !== true));
              }}
            />
          ))}
          {mapping.accountRows > MAX_ROWS && (
            <Text className={styles.caption}>{ui(language, "mappingMoreRows", { count: MAX_ROWS })}</Text>
          )}
          {skipped.length > 0 && (
            <Text className={styles.caption}>
              {ui(language, "mappingSkippedRows", {
                rows: skipped
                  .map((r) =>
                    ui(language, "mappingSkippedRow", {
                      row: String(r.row),
                      kind:
                        r.key === null
                          ? rowStatusText(r.status, language)
                          : `${rowStatusText(r.status, language)}: ${r.key}`,
                    }),
                  )
                  .join("; "),
              })}
            </Text>
          )}
        </div>
      )}

      {hasChoices && (
        <div className={styles.actions}>
          <Button
            icon={<ArrowUndo20Regular />}
            onClick={() => {
              onChoose(sheet, null);
            }}
          >
            {ui(language, "mappingReset", { sheet })}
          </Button>
        </div>
      )}
    </div>
  );
}
