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
import { sortBySeverity } from "../../domain/finding";
import type { Language } from "../../domain/plan";
import { findingMessage } from "../../i18n/findings";
import { formatList, formatPercent } from "../../i18n/format";
import { ui } from "../../i18n/ui";
import { positioningFor, resumePlan, workbookFindings, type SheetReading } from "../../planner";
import { FindingItem } from "../FindingItem";
import { MappingSection } from "../mapping/MappingSection";
import { findingLocation, subjectLabel, type CellLocation } from "../model/locations";
import { useStepStyles } from "../useTaskPaneStyles.styles";
import type { WorkbookState } from "../useWorkbook";

export type AccountsStepProps = {
  language: Language;
  workbook: WorkbookState;
  onActivate: (location: CellLocation) => void;
  headingId: string;
};

function sheetDescription(
  reading: SheetReading | undefined,
  headerRows: readonly number[],
  language: Language,
): string {
  if (!reading) return ui(language, "sheetNone");
  switch (reading.layout) {
    case "list": {
      const [first] = headerRows;
      const row = String(reading.headerRow ?? "?");
      return first !== undefined && headerRows.length > 1
        ? ui(language, "sheetListRows", { first: String(first), row, count: reading.accounts })
        : ui(language, "sheetList", { row, count: reading.accounts });
    }
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

export function AccountsStep({ language, workbook, onActivate, headingId }: AccountsStepProps) {
  const styles = useStepStyles();
  const legendId = useId();
  const { opened, reading } = workbook;
  const grids = opened?.snapshot.grids ?? [];
  const readings = opened?.sheetReadings ?? [];
  const readingOf = (name: string) => readings.find((r) => r.sheet === name);
  // The add-in's own goal and review sheets are not offered as account sheets.
  const offered = opened?.accountSheets ?? [];
  const checked = (name: string): boolean =>
    workbook.chosenSheets ? workbook.chosenSheets.includes(name) : holdsAccounts(readingOf(name));

  const toggle = (name: string, on: boolean) => {
    const current = offered.map((g) => g.name).filter(checked);
    const next = on ? [...current, name] : current.filter((n) => n !== name);
    workbook.chooseSheets(offered.map((g) => g.name).filter((n) => next.includes(n)));
  };

  const accounts = opened?.accounts ?? [];
  const problems = opened ? sortBySeverity(workbookFindings(opened)) : [];
  const sourceSheets = [...new Set(accounts.map((a) => a.source.sheet))];
  // What the checks will use: marketing's sheet, else the copy kept with the stored plan.
  const stored = opened ? resumePlan(opened) : null;
  const positioning = opened && stored ? positioningFor(opened, stored) : (opened?.positioning ?? null);

  return (
    <>
      <h2 id={headingId} className={styles.heading}>
        {ui(language, "accountsHeading")}
      </h2>
      <p className={styles.intro}>{ui(language, "accountsIntro")}</p>

      {reading && <Spinner size="tiny" labelPosition="after" label={ui(language, "readingWorkbook")} />}

      {opened && offered.length === 0 && !reading && (
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
            const headerRows = opened?.mappings.find((m) => m.sheet === grid.name)?.headerRows ?? [];
            const description = sheetDescription(readingOf(grid.name), headerRows, language);
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

      {opened && offered.length > 0 && (
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

      {opened && (
        <MappingSection
          language={language}
          opened={opened}
          saving={workbook.saving}
          onChoose={workbook.chooseColumns}
        />
      )}

      {offered.length > 0 && (
        <div className={styles.section}>
          <Field label={ui(language, "marketingLabel")} hint={ui(language, "marketingHint")}>
            <Select
              value={opened?.marketingSheet ?? ""}
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

      {opened && (
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
