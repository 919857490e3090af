// Step 1: which sheets hold the accounts, what was read, and every reading problem (selecting one
// selects its cell in the workbook).

import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { ArrowSync20Regular } from "@fluentui/react-icons";
import { useId } from "react";
import type { Finding } from "../../domain/finding";
import type { Language } from "../../domain/plan";
import { findingMessage } from "../../i18n/findings";
import { formatList, formatPercent } from "../../i18n/format";
import { ui } from "../../i18n/ui";
import type { SheetGrid } from "../../workbook/grid";
import type { SheetReading } from "../../workbook/read-accounts";
import { FindingItem } from "../FindingItem";
import { reasonOf } from "../useErrors";
import { findingLocation, subjectLabel, type CellLocation } from "../model/locations";
import { sortBySeverity } from "../model/findings-view";
import { useStepStyles } from "../useTaskPaneStyles.styles";
import type { WorkbookState } from "../useWorkbook";

export type AccountsStepProps = {
  language: Language;
  workbook: WorkbookState;
  /** Sheets the add-in wrote itself (goal and review sheet): not offered as account sheets. */
  plannerSheets: readonly string[];
  /** Further reading problems, e.g. unreadable cells of a stored goal sheet. */
  extraProblems: readonly Finding[];
  onActivate: (location: CellLocation) => void;
  headingId: string;
};

function sheetDescription(reading: SheetReading | undefined, language: Language): string {
  if (!reading) return ui(language, "sheetNone");
  switch (reading.layout) {
    case "list":
      return ui(language, "sheetList", { row: reading.headerRow ?? "?", count: reading.accounts });
    case "profile":
      return ui(language, "sheetProfile", { count: reading.accounts });
    case "marketing":
      return ui(language, "sheetMarketing");
    case "none":
      return ui(language, "sheetNone");
  }
}

const holdsAccounts = (reading: SheetReading | undefined): boolean =>
  reading?.layout === "list" || reading?.layout === "profile";

export function AccountsStep({
  language,
  workbook,
  plannerSheets,
  extraProblems,
  onActivate,
  headingId,
}: AccountsStepProps) {
  const styles = useStepStyles();
  const legendId = useId();
  const { content, interpretation, reading } = workbook;
  const grids: readonly SheetGrid[] = content?.grids ?? [];
  const readings = interpretation?.ok ? interpretation.loaded.reading.sheets : [];
  const readingOf = (name: string) => readings.find((r) => r.sheet === name);
  const offered = grids.filter((g) => !plannerSheets.includes(g.name));
  const checked = (name: string): boolean =>
    workbook.chosenSheets ? workbook.chosenSheets.includes(name) : holdsAccounts(readingOf(name));

  const toggle = (name: string, on: boolean) => {
    const current = offered.map((g) => g.name).filter(checked);
    const next = on ? [...current, name] : current.filter((n) => n !== name);
    workbook.chooseSheets(offered.map((g) => g.name).filter((n) => next.includes(n)));
  };

  const accounts = interpretation?.ok ? interpretation.accounts : [];
  const problems: Finding[] = sortBySeverity([
    ...(interpretation?.ok ? interpretation.problems : []),
    ...workbook.marketingProblems,
    ...extraProblems,
  ]);
  const sourceSheets = [...new Set(accounts.map((a) => a.source.sheet))];
  const { positioning } = workbook;

  return (
    <>
      <h2 id={headingId} className={styles.heading}>
        {ui(language, "accountsHeading")}
      </h2>
      <p className={styles.intro}>{ui(language, "accountsIntro")}</p>

      {reading && <Spinner size="tiny" labelPosition="after" label={ui(language, "readingWorkbook")} />}

      {content && offered.length === 0 && !reading && (
        <MessageBar intent="info">
          <MessageBarBody>{ui(language, "noSheets")}</MessageBarBody>
        </MessageBar>
      )}

      {offered.length > 0 && (
        <div role="group" aria-labelledby={legendId} className={styles.section}>
          <h3 id={legendId} className={styles.subheading}>
            {ui(language, "sheetsLegend")}
          </h3>
          {offered.map((grid) => {
            const description = sheetDescription(readingOf(grid.name), language);
            const hidden = grid.visible ? "" : `, ${ui(language, "sheetHidden")}`;
            return (
              <Checkbox
                key={grid.name}
                checked={checked(grid.name)}
                onChange={(_event, data) => {
                  toggle(grid.name, data.checked === true);
                }}
                label={`${grid.name} – ${description}${hidden}`}
              />
            );
          })}
        </div>
      )}

      {interpretation?.ok === false && (
        <MessageBar intent="error">
          <MessageBarBody>
            {ui(language, "errorReading", { reason: reasonOf(interpretation.error, language) })}
          </MessageBarBody>
        </MessageBar>
      )}

      {content && interpretation?.ok && offered.length > 0 && (
        <MessageBar intent={accounts.length > 0 ? "success" : "warning"} layout="multiline">
          <MessageBarBody>
            {accounts.length > 0
              ? ui(language, "accountsReadFrom", {
                  count: accounts.length,
                  sheets: formatList(sourceSheets, language),
                })
              : ui(language, "noAccounts")}
          </MessageBarBody>
        </MessageBar>
      )}

      {offered.length > 0 && (
        <div className={styles.section}>
          <Field label={ui(language, "marketingLabel")} hint={ui(language, "marketingHint")}>
            <Select
              value={workbook.marketingSheet ?? ""}
              onChange={(_event, data) => {
                workbook.chooseMarketing(data.value === "" ? null : data.value);
              }}
            >
              <option value="">{ui(language, "marketingNone")}</option>
              {offered.map((g) => (
                <option key={g.name} value={g.name}>
                  {g.name}
                </option>
              ))}
            </Select>
          </Field>
          {workbook.marketingError !== null && (
            <MessageBar intent="error">
              <MessageBarBody>
                {ui(language, "errorReading", { reason: reasonOf(workbook.marketingError, language) })}
              </MessageBarBody>
            </MessageBar>
          )}
          {positioning && (
            <ul className={styles.helpList}>
              {positioning.positioning && (
                <li>{ui(language, "positioningLine", { value: positioning.positioning })}</li>
              )}
              {positioning.minGrossMargin !== null && (
                <li>
                  {ui(language, "minMarginLine", {
                    value: formatPercent(positioning.minGrossMargin, language),
                  })}
                </li>
              )}
              {positioning.focusSegments.length > 0 && (
                <li>
                  {ui(language, "focusLine", { value: formatList(positioning.focusSegments, language) })}
                </li>
              )}
              {positioning.excludedSegments.length > 0 && (
                <li>
                  {ui(language, "excludedLine", {
                    value: formatList(positioning.excludedSegments, language),
                  })}
                </li>
              )}
            </ul>
          )}
        </div>
      )}

      {content && interpretation?.ok && (
        <section className={styles.section} aria-labelledby={`${headingId}-problems`}>
          <h3 id={`${headingId}-problems`} className={styles.subheading}>
            {ui(language, "problemsHeading", { count: problems.length })}
          </h3>
          {problems.length === 0 ? (
            <Text>{ui(language, "noProblems")}</Text>
          ) : (
            <>
              <Text className={styles.caption}>{ui(language, "problemsHint")}</Text>
              <ul className={styles.plainList}>
                {problems.map((finding, index) => {
                  const location = findingLocation(finding, accounts, grids);
                  const label = subjectLabel(finding, language, accounts);
                  return (
                    <FindingItem
                      key={`${finding.code}-${index}`}
                      language={language}
                      severity={finding.severity}
                      label={label}
                      message={findingMessage(finding, language)}
                      showLabel={location ? ui(language, "showFindingLabel", { subject: label }) : undefined}
                      onShow={
                        location
                          ? () => {
                              onActivate(location);
                            }
                          : undefined
                      }
                    />
                  );
                })}
              </ul>
            </>
          )}
        </section>
      )}

      <div className={styles.row}>
        <Button icon={<ArrowSync20Regular />} onClick={workbook.reread} disabled={reading}>
          {ui(language, "readAgain")}
        </Button>
      </div>
    </>
  );
}
