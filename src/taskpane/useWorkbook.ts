// Opening the workbook through the planner: read once through the port, then interpreted with
// the user's choices (which sheets hold accounts, which one is marketing's) without reading again.

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  interpretWorkbook,
  readWorkbook,
  type OpenedWorkbook,
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
};

export function useWorkbook(port: WorkbookPort, onError: (error: unknown) => void): WorkbookState {
  const [reading, setReading] = useState(true);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [reads, setReads] = useState(0);
  const [request, setRequest] = useState(0);
  const [chosenSheets, chooseSheets] = useState<readonly string[] | null>(null);
  const [marketingChoice, chooseMarketing] = useState<MarketingChoice>(undefined);
  // Held in a ref so that a new callback from the parent never triggers a new read.
  const reportError = useRef(onError);
  reportError.current = onError;

  useEffect(() => {
    let live = true;
    setReading(true);
    readWorkbook(port).then(
      (read) => {
        if (!live) return;
        setSnapshot(read);
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

  const opened = useMemo((): OpenedWorkbook | null => {
    if (!snapshot) return null;
    const choices: WorkbookChoices = { sheets: chosenSheets };
    if (marketingChoice !== undefined) choices.marketing = marketingChoice;
    return interpretWorkbook(snapshot, choices);
  }, [snapshot, chosenSheets, marketingChoice]);

  return { reading, opened, reads, reread, chosenSheets, chooseSheets, marketingChoice, chooseMarketing };
}
