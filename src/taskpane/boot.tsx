// Mounting the task pane inside Excel, in the order of Microsoft's React template: Office.js is
// ready → the Office host over Excel → FluentProvider → the pane. Excel and Office are passed in,
// so the jsdom test boots the same code over the strict fake Excel.

import { FluentProvider, Link, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { todayIso } from "../domain/dates";
import { createOfficeHost } from "../hosts/office";
import { languageOfDisplay } from "../domain/language";
import { ui } from "../i18n/ui";
import { TaskPane } from "./TaskPane";

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
  { excel, office, inExcel = true, asOf = todayIso(new Date()) }: BootOptions,
): Root {
  // German for de-*, else English (Office.context.displayLanguage is the Office UI language).
  const language = languageOfDisplay(office.context.displayLanguage);
  document.documentElement.lang = language;
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <main>
        {inExcel ? (
          <TaskPane port={createOfficeHost(excel, office)} language={language} asOf={asOf} />
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
