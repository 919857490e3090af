// The port before any workbook is open: no sheets, nothing to write into. It needs no xlsx code, so
// the workbench shows the task pane at once and loads the xlsx host only when a file is opened.

import type { WorkbookPort } from "../sheet";

export class NoWorkbookError extends Error {
  override readonly name = "NoWorkbookError";
}

export function emptyPort(message: string): WorkbookPort {
  return {
    listSheets: () => Promise.resolve([]),
    listNames: () => Promise.resolve([]),
    readSheet: () => Promise.reject(new NoWorkbookError(message)),
    writeSheet: () => Promise.reject(new NoWorkbookError(message)),
    writeSheets: () => Promise.reject(new NoWorkbookError(message)),
    collaboration: () => Promise.resolve("inactive"),
    // Nothing open, nothing changes.
    watch: () => Promise.resolve(() => Promise.resolve()),
    activate: () => Promise.reject(new NoWorkbookError(message)),
  };
}
