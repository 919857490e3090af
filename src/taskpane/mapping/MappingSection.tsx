// "How KAM Planner read your sheets": one collapsible part per list or profile sheet (the first
// open), and where storing the user's corrections in the workbook stands.

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  MessageBar,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import { useId } from "react";
import type { Language } from "../../domain/plan";
import { ui } from "../../i18n/ui";
import type { OpenedWorkbook, SheetChoice, SheetMapping } from "../../planner";
import type { SaveState } from "../useWorkbook";
import { SheetMappingView } from "./SheetMappingView";
import { useMappingStyles } from "./useMappingStyles.styles";

export type MappingSectionProps = {
  language: Language;
  opened: OpenedWorkbook;
  saving: SaveState;
  onChoose: (sheet: string, choice: SheetChoice | null) => void;
};

function title(mapping: SheetMapping, language: Language): string {
  if (mapping.layout === "profile") return ui(language, "mappingSheetProfile", { sheet: mapping.sheet });
  return ui(language, "mappingSheetList", { sheet: mapping.sheet, rows: mapping.headerRows.join("–") });
}

export function MappingSection({ language, opened, saving, onChoose }: MappingSectionProps) {
  const styles = useMappingStyles();
  const headingId = useId();
  const { mappings } = opened;
  if (mappings.length === 0) return null;
  const first = mappings[0]?.sheet;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {ui(language, "mappingHeading")}
      </h3>
      <p className={styles.caption}>{ui(language, "mappingIntro")}</p>
      {saving === "saving" && (
        <Spinner size="tiny" labelPosition="after" label={ui(language, "mappingSaving")} />
      )}
      {saving === "saved" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{ui(language, "mappingSaved")}</MessageBarBody>
        </MessageBar>
      )}
      <Accordion collapsible multiple defaultOpenItems={first === undefined ? [] : [first]}>
        {mappings.map((mapping) => (
          <AccordionItem key={mapping.sheet} value={mapping.sheet}>
            <AccordionHeader as="h4">{title(mapping, language)}</AccordionHeader>
            <AccordionPanel>
              <SheetMappingView language={language} opened={opened} mapping={mapping} onChoose={onChoose} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
