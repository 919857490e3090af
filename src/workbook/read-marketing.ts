// STUB — to be implemented: marketing's positioning sheet → Positioning.
import type { Finding } from "../domain/finding";
import type { Positioning } from "../domain/plan";
import type { SheetGrid } from "./grid";

export function findMarketingSheet(_grids: readonly SheetGrid[]): SheetGrid | undefined {
  throw new Error("not implemented");
}

export function readPositioning(_grid: SheetGrid): { positioning: Positioning; findings: Finding[] } {
  throw new Error("not implemented");
}
