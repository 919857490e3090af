// Opening the workbook through the planner: read once through the port, then interpreted with
// the user's choices (which sheets hold accounts, which one is marketing's, which column holds which
// field) without reading again. Column choices are stored in the workbook as they are made, one
// save after the other, so that every later read — here, in the workbench, `kam`, co-authors —
// uses them; the pane shows them at once, before the save is through.

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  interpretWorkbook,
  readWorkbook,
  saveColumnChoices,
  type OpenedWorkbook,
  type SheetChoice,
  type WorkbookChoices,
  type WorkbookSnapshot,
} from "../planner";
import type { WorkbookPort } from "../sheet";

/** undefined: the sheet the reader detects; null: no marketing sheet; a name: that sheet. */
export type MarketingChoice = string | null | undefined;

export type WorkbookState = {
  reading: boolean;
  /** The workbook as the planner understands it with the current choices; null until read. */
  opened: OpenedWorkbook | null;
  /** Counts successful reads: 1 after the first one (the pane resumes a stored plan then). */
  reads: number;
  reread: () => void;
  chosenSheets: readonly string[] | null;
  chooseSheets: (sheets: readonly string[] | null) => void;
  marketingChoice: MarketingChoice;
  chooseMarketing: (choice: MarketingChoice) => void;
  /** A sheet's column choices (null: as KAM Planner finds it), shown at once and stored in the workbook. */
  chooseColumns: (sheet: string, choice: SheetChoice | null) => void;
  /** Where storing the column choices stands. */
  saving: SaveState;
};

export type SaveState = "idle" | "saving" | "saved" | "failed";

export function useWorkbook(
  port: WorkbookPort,
  onError: (error: unknown) => void,
  onSaveError: (error: unknown) => void = onError,
): WorkbookState {
  const [reading, setReading] = useState(true);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [reads, setReads] = useState(0);
  const [request, setRequest] = useState(0);
  const [chosenSheets, chooseSheets] = useState<readonly string[] | null>(null);
  const [marketingChoice, chooseMarketing] = useState<MarketingChoice>(undefined);
  // Newer than the snapshot: cleared when the workbook is read again (the read holds them then).
  const [columns, setColumns] = useState<Readonly<Record<string, SheetChoice | null>>>({});
  const [saving, setSaving] = useState<SaveState>("idle");
  const saves = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef(0);
  // Held in a ref so that a new callback from the parent never triggers a new read.
  const reportError = useRef(onError);
  reportError.current = onError;
  const reportSaveError = useRef(onSaveError);
  reportSaveError.current = onSaveError;

  useEffect(() => {
    let live = true;
    setReading(true);
    readWorkbook(port).then(
      (read) => {
        if (!live) return;
        setSnapshot(read);
        setColumns({});
        setReads((n) => n + 1);
        setReading(false);
      },
      (error: unknown) => {
        if (!live) return;
        setReading(false);
        reportError.current(error);
      },
    );
    return () => {
      live = false;
    };
  }, [port, request]);

  const reread = useCallback(() => {
    setRequest((n) => n + 1);
  }, []);

  const chooseColumns = useCallback(
    (sheet: string, choice: SheetChoice | null) => {
      setColumns((current) => ({ ...current, [sheet]: choice }));
      setSaving("saving");
      pending.current++;
      // One save after the other: each re-reads the settings sheet the one before wrote.
      const save = saves.current.then(() => saveColumnChoices(port, { [sheet]: choice }));
      saves.current = save.catch(() => undefined);
      save.then(
        () => {
          pending.current--;
          if (pending.current === 0) setSaving((state) => (state === "failed" ? state : "saved"));
        },
        (error: unknown) => {
          pending.current--;
          setSaving("failed");
          reportSaveError.current(error);
        },
      );
    },
    [port],
  );

  const opened = useMemo((): OpenedWorkbook | null => {
    if (!snapshot) return null;
    const choices: WorkbookChoices = { sheets: chosenSheets, columns };
    if (marketingChoice !== undefined) choices.marketing = marketingChoice;
    return interpretWorkbook(snapshot, choices);
  }, [snapshot, chosenSheets, marketingChoice, columns]);

  return {
    reading,
    opened,
    reads,
    reread,
    chosenSheets,
    chooseSheets,
    marketingChoice,
    chooseMarketing,
    chooseColumns,
    saving,
  };
}
