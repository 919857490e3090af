// Listens to changes of the goal sheet and the account sheets (the port's watch: Worksheet.onChanged
// in Excel; a file never changes) and reports them in bursts: a co-author's edit often arrives as
// several events, and the pane reads the workbook once per burst.

import { useEffect, useRef } from "react";
import type { SheetChange, WorkbookPort } from "../sheet";

/** Quiet time after the last change before the burst is reported. */
const SETTLE_MS = 400;

export function useWorkbookWatch(
  port: WorkbookPort,
  sheets: readonly string[],
  onChanges: (changes: readonly SheetChange[]) => void,
  onError: (error: unknown) => void,
): void {
  const report = useRef(onChanges);
  report.current = onChanges;
  const fail = useRef(onError);
  fail.current = onError;
  const key = [...sheets].sort().join("\u0000");

  useEffect(() => {
    const watched = key === "" ? [] : key.split("\u0000");
    if (watched.length === 0) return;
    let live = true;
    let unwatch: (() => Promise<void>) | null = null;
    let burst: SheetChange[] = [];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      const changes = burst;
      burst = [];
      if (live && changes.length > 0) report.current(changes);
    };
    port
      .watch(watched, (change) => {
        burst.push(change);
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(flush, SETTLE_MS);
      })
      .then(
        (stop) => {
          if (live) unwatch = stop;
          else void stop().catch(() => undefined);
        },
        (error: unknown) => {
          if (live) fail.current(error);
        },
      );
    return () => {
      live = false;
      if (timer !== null) clearTimeout(timer);
      // Stopping may fail once Excel is gone (the pane is closing): nothing left to tell anyone.
      void unwatch?.().catch(() => undefined);
    };
  }, [port, key]);
}
