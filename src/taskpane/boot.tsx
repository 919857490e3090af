// Mounting the task pane inside Excel, in the order of Microsoft's React template: Office.js is
// ready → the Office host over Excel → FluentProvider → the pane. Excel and Office are passed in,
// so the jsdom test boots the same code over the strict fake Excel.

import { FluentProvider, Link, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import type { Language } from "../domain/plan";
import { createOfficeHost, OfficeHostError } from "../hosts/office";
import { officeErrorMessage } from "../i18n/office-errors";
import { ui, uiLanguage } from "../i18n/ui";
import { TaskPane } from "./TaskPane";
import { todayIso } from "./today";

/** The Office host's errors carry a code; the catalogue says what failed and what to do. */
function describeOfficeError(error: unknown, language: Language): string | null {
  return error instanceof OfficeHostError ? officeErrorMessage(error, language) : null;
}

export type BootOptions = {
  excel: typeof Excel;
  office: typeof Office;
  /** False when Office.js says the page is not running in Excel (opened in a plain browser). */
  inExcel?: boolean;
  /** ISO date the plan is judged against; today unless a test fixes it. */
  asOf?: string;
};

export function mountTaskPane(
  container: HTMLElement,
  { excel, office, inExcel = true, asOf = todayIso() }: BootOptions,
): Root {
  // German for de-*, else English (Office.context.displayLanguage is the Office UI language).
  const language = uiLanguage(office.context.displayLanguage);
  document.documentElement.lang = language;
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <main>
        {inExcel ? (
          <TaskPane
            port={createOfficeHost(excel, office)}
            language={language}
            asOf={asOf}
            describeError={describeOfficeError}
          />
        ) : (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {ui(language, "notInExcel")} <Link href="workbench.html">{ui(language, "openWorkbench")}</Link>
            </MessageBarBody>
          </MessageBar>
        )}
      </main>
    </FluentProvider>,
  );
  return root;
}
