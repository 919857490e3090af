// Reading the workbook through the port, and interpreting it with the user's choices (which sheets
// hold accounts, which one is marketing's) without reading it again.

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Account } from "../domain/account";
import type { Finding } from "../domain/finding";
import type { Positioning } from "../domain/plan";
import { checkAccounts } from "../domain/rules";
import type { NamedRange, WorkbookPort } from "../hosts/port";
import type { SheetGrid } from "../workbook/grid";
import { interpretGrids, loadWorkbook, type LoadedWorkbook } from "../workbook/load-workbook";
import { readPositioning } from "../workbook/read-marketing";

export type WorkbookContent = { grids: readonly SheetGrid[]; names: readonly NamedRange[] };

/** undefined: the sheet the reader detects; null: no marketing sheet; a name: that sheet. */
export type MarketingChoice = string | null | undefined;

export type Interpretation =
  | {
      ok: true;
      loaded: LoadedWorkbook;
      accounts: readonly Account[];
      /** Reading problems and account-data findings: what step 1 lists. */
      problems: readonly Finding[];
      /** Account-data findings alone (duplicates, suspect figures): the review lists them too. */
      accountFindings: readonly Finding[];
    }
  | { ok: false; error: unknown };

type Marketing = {
  marketingSheet: string | null;
  positioning: Positioning | null;
  /** Problems reading a marketing sheet the user picked (the detected one's are in the reading). */
  marketingProblems: readonly Finding[];
  marketingError: unknown;
};

export type WorkbookState = Marketing & {
  reading: boolean;
  content: WorkbookContent | null;
  /** Counts successful reads: 1 after the first one (the pane resumes a stored plan then). */
  reads: number;
  reread: () => void;
  chosenSheets: readonly string[] | null;
  chooseSheets: (sheets: readonly string[] | null) => void;
  marketingChoice: MarketingChoice;
  chooseMarketing: (choice: MarketingChoice) => void;
  interpretation: Interpretation | null;
};

export function useWorkbook(port: WorkbookPort, onError: (error: unknown) => void): WorkbookState {
  const [reading, setReading] = useState(true);
  const [content, setContent] = useState<WorkbookContent | null>(null);
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
    const read = async (): Promise<WorkbookContent> => {
      const loaded = await loadWorkbook(port);
      const names = await port.listNames();
      return { grids: loaded.grids, names };
    };
    read().then(
      (read) => {
        if (!live) return;
        setContent(read);
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

  const interpretation = useMemo((): Interpretation | null => {
    if (!content) return null;
    try {
      const loaded = interpretGrids(content.grids, chosenSheets ? { sheets: chosenSheets } : {});
      const accounts = loaded.reading.accounts;
      const accountFindings = checkAccounts(accounts);
      return {
        ok: true,
        loaded,
        accounts,
        problems: [...loaded.findings, ...accountFindings],
        accountFindings,
      };
    } catch (error) {
      return { ok: false, error };
    }
  }, [content, chosenSheets]);

  const marketing = useMemo((): Marketing => {
    const none: Marketing = {
      marketingSheet: null,
      positioning: null,
      marketingProblems: [],
      marketingError: null,
    };
    if (!content || !interpretation?.ok || marketingChoice === null) return none;
    if (marketingChoice === undefined) {
      const { marketingSheet, positioning } = interpretation.loaded;
      return { ...none, marketingSheet, positioning };
    }
    const grid = content.grids.find((g) => g.name === marketingChoice);
    if (!grid) return none;
    try {
      const read = readPositioning(grid);
      return {
        ...none,
        marketingSheet: grid.name,
        positioning: read.positioning,
        marketingProblems: read.findings,
      };
    } catch (error) {
      return { ...none, marketingSheet: grid.name, marketingError: error };
    }
  }, [content, interpretation, marketingChoice]);

  return {
    reading,
    content,
    reads,
    reread,
    chosenSheets,
    chooseSheets,
    marketingChoice,
    chooseMarketing,
    interpretation,
    ...marketing,
  };
}
