// The workbook the workbench works on: opened from a file, a drop or the bundled sample, held by
// the xlsx host in memory, previewed after every change and downloaded as .xlsx. The xlsx host
// (with fflate) is loaded on first use, so the page renders without it.

import { useCallback, useEffect, useRef, useState } from "react";
import type { Language } from "../domain/plan";
import type { WorkbookPort } from "../sheet";
import type { XlsxWorkbook } from "../hosts/xlsx";
import { ui } from "../i18n/ui";
import { reasonOf } from "../taskpane/useErrors";
import { emptyPort } from "./empty-port";
import type { WorkbookPreview } from "./preview-model";

export type Session = {
  /** Changes with every opened workbook: the task pane starts afresh for each. */
  id: number;
  name: string | null;
  port: WorkbookPort;
  xlsx: XlsxWorkbook | null;
};

export type Selection = { sheet: string; address: string | null };

/** What the page says about the file; rendered in the current language when shown. */
export type FileNotice = { key: "wbOpening" | "wbOpened"; name: string };

/** The bundled samples, served next to workbench.html (same origin, no network beyond it). */
export const SAMPLES = {
  de: "Beispiel-Kundenportfolio.xlsx",
  en: "sample-profiles-en.xlsx",
} as const;

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name);
}

/** "Kundenportfolio.xlsx" → "Kundenportfolio-kam.xlsx" (the CLI's naming). */
export function downloadName(name: string | null): string {
  const base = (name ?? "workbook").replace(/\.xlsx$/i, "");
  return base.endsWith("-kam") ? `${base}.xlsx` : `${base}-kam.xlsx`;
}

export type WorkbookFile = {
  session: Session;
  preview: WorkbookPreview | null;
  selection: Selection | null;
  selectSheet: (sheet: string) => void;
  busy: FileNotice | null;
  status: FileNotice | null;
  /** The preview could not be built (the error is reported); the pane still works. */
  previewFailed: boolean;
  openBytes: (bytes: ArrayBuffer, name: string) => Promise<void>;
  openFile: (file: File) => Promise<void>;
  loadSample: (file: string) => Promise<void>;
  /** Re-reads the preview after the task pane wrote. */
  refresh: () => void;
  download: () => Promise<void>;
};

type FailureKey = "wbOpenFailed" | "wbSampleFailed" | "wbDownloadFailed";

/** `onError` gets the finished text (what failed and why); the page shows it until dismissed. */
/** Wraps the port of each opened workbook (the e2e page adds a simulated co-author this way). */
export type PortDecorator = (port: WorkbookPort) => WorkbookPort;

export function useWorkbookFile(
  language: Language,
  onError: (text: string) => void,
  decorate: PortDecorator | null = null,
): WorkbookFile {
  const report = useCallback(
    (key: FailureKey, error: unknown, params: Record<string, string> = {}) => {
      onError(ui(language, key, { ...params, reason: reasonOf(error, language) }));
    },
    [language, onError],
  );
  const [session, setSession] = useState<Session>(() => ({
    id: 0,
    name: null,
    port: emptyPort(ui(language, "wbNoWorkbook")),
    xlsx: null,
  }));
  const [preview, setPreview] = useState<WorkbookPreview | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [busy, setBusy] = useState<FileNotice | null>(null);
  const [status, setStatus] = useState<FileNotice | null>(null);
  const [previewFailed, setPreviewFailed] = useState(false);
  const [version, setVersion] = useState(0);
  const nextId = useRef(1);

  // The preview follows the workbook (after opening and after every write) and the language
  // (number formats use the reader's separators).
  useEffect(() => {
    const xlsx = session.xlsx;
    if (!xlsx) return;
    let live = true;
    const build = async () => {
      const { previewOf } = await import("./preview-model.js");
      return previewOf(xlsx, language);
    };
    build().then(
      (built) => {
        if (!live) return;
        setPreview(built);
        setPreviewFailed(false);
        setSelection((old) =>
          old && built.sheets.some((s) => s.name === old.sheet)
            ? old
            : { sheet: built.activeSheet ?? built.sheets.find((s) => s.visible)?.name ?? "", address: null },
        );
      },
      (error: unknown) => {
        if (!live) return;
        setPreviewFailed(true);
        report("wbOpenFailed", error, { name: session.name ?? "" });
      },
    );
    return () => {
      live = false;
    };
  }, [session, version, language, report]);

  const openBytes = useCallback(
    async (bytes: ArrayBuffer, name: string) => {
      setBusy({ key: "wbOpening", name });
      setStatus(null);
      try {
        const { openXlsx } = await import("../hosts/xlsx/index.js");
        const xlsx = await openXlsx(bytes);
        // The pane's "select this cell" also selects it in the preview.
        const own: WorkbookPort = {
          listSheets: () => xlsx.listSheets(),
          readSheet: (sheet) => xlsx.readSheet(sheet),
          listNames: () => xlsx.listNames(),
          writeSheet: (spec, options) => xlsx.writeSheet(spec, options),
          writeSheets: (writes) => xlsx.writeSheets(writes),
          collaboration: () => xlsx.collaboration(),
          watch: (sheets, onChange) => xlsx.watch(sheets, onChange),
          activate: async (sheet, address) => {
            await xlsx.activate(sheet, address);
            setSelection({ sheet, address: address ?? null });
          },
        };
        const port = decorate ? decorate(own) : own;
        setPreview(null);
        setSelection(null);
        setSession({ id: nextId.current++, name, port, xlsx });
        setStatus({ key: "wbOpened", name });
      } catch (error) {
        report("wbOpenFailed", error, { name });
      } finally {
        setBusy(null);
      }
    },
    [report, decorate],
  );

  const openFile = useCallback(
    async (file: File) => {
      if (!isXlsxName(file.name)) {
        onError(ui(language, "wbNotXlsx", { name: file.name }));
        return;
      }
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch (error) {
        report("wbOpenFailed", error, { name: file.name });
        return;
      }
      await openBytes(bytes, file.name);
    },
    [language, openBytes, report, onError],
  );

  const loadSample = useCallback(
    async (file: string) => {
      let bytes: ArrayBuffer;
      try {
        const response = await fetch(`assets/samples/${encodeURIComponent(file)}`);
        if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
        bytes = await response.arrayBuffer();
      } catch (error) {
        report("wbSampleFailed", error);
        return;
      }
      await openBytes(bytes, file);
    },
    [openBytes, report],
  );

  const refresh = useCallback(() => {
    setVersion((v) => v + 1);
  }, []);

  const download = useCallback(async () => {
    const xlsx = session.xlsx;
    if (!xlsx) return;
    try {
      const bytes = await xlsx.save();
      const blob = new Blob([bytes.slice().buffer], { type: XLSX_TYPE });
      const url = URL.createObjectURL(blob);
      const anchor = document.createElement("a");
      anchor.href = url;
      anchor.download = downloadName(session.name);
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
      // The browser has taken the blob once the click was handled.
      setTimeout(() => {
        URL.revokeObjectURL(url);
      }, 10_000);
    } catch (error) {
      report("wbDownloadFailed", error);
    }
  }, [session, report]);

  const selectSheet = useCallback((sheet: string) => {
    setSelection({ sheet, address: null });
  }, []);

  return {
    session,
    preview,
    selection,
    selectSheet,
    busy,
    status,
    previewFailed,
    openBytes,
    openFile,
    loadSample,
    refresh,
    download,
  };
}
