// Shared by the task pane tests: the pane rendered inside Fluent's provider, over the xlsx host
// opened on the bundled samples, with a port wrapper that records what the pane asked for.

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within, type RenderResult } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Language } from "../../src/domain/plan";
import type { WorkbookPort } from "../../src/sheet/port";
import { openXlsx, type XlsxWorkbook } from "../../src/hosts/xlsx";
import { TaskPane, type TaskPaneProps } from "../../src/taskpane/TaskPane";

export const AS_OF = "2026-12-01";

export async function openSample(file = "Beispiel-Kundenportfolio.xlsx"): Promise<XlsxWorkbook> {
  return openXlsx(readFileSync(join(__dirname, "../../assets/samples", file)));
}

export type Recorded = {
  port: WorkbookPort;
  activated: { sheet: string; address: string | undefined }[];
  written: string[];
};

/** Delegates to `port` and records activate and writeSheet calls; `fail` makes a method reject. */
export function recording(
  port: WorkbookPort,
  fail: Partial<Record<keyof WorkbookPort, Error>> = {},
): Recorded {
  const activated: Recorded["activated"] = [];
  const written: string[] = [];
  const failing = <T,>(method: keyof WorkbookPort, run: () => Promise<T>): Promise<T> => {
    const error = fail[method];
    return error ? Promise.reject(error) : run();
  };
  return {
    activated,
    written,
    port: {
      listSheets: () => failing("listSheets", () => port.listSheets()),
      readSheet: (name) => failing("readSheet", () => port.readSheet(name)),
      listNames: () => failing("listNames", () => port.listNames()),
      writeSheet: (spec, options) =>
        failing("writeSheet", () => {
          written.push(spec.name);
          return port.writeSheet(spec, options);
        }),
      writeSheets: (writes) =>
        failing("writeSheets", () => {
          written.push(...writes.map((w) => w.spec.name));
          return port.writeSheets(writes);
        }),
      collaboration: () => port.collaboration(),
      watch: (sheets, onChange) => port.watch(sheets, onChange),
      activate: (sheet, address) =>
        failing("activate", () => {
          activated.push({ sheet, address });
          return port.activate(sheet, address);
        }),
    },
  };
}

export function renderPane(
  port: WorkbookPort,
  props: Partial<Omit<TaskPaneProps, "port">> & { language?: Language } = {},
): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <main>
        <TaskPane port={port} language="de" asOf={AS_OF} {...props} />
      </main>
    </FluentProvider>,
  );
}

/** Waits until the workbook was read (the accounts summary is shown). */
export async function accountsRead(): Promise<HTMLElement> {
  return screen.findByText(/Eingelesene Kunden: \d+|Accounts read: \d+/, {}, { timeout: 5000 });
}

export function stepTab(name: RegExp): HTMLElement {
  return within(screen.getByRole("tablist")).getByRole("tab", { name });
}
