// A SheetSpec comes from the add-in's own layouts; anything Excel would reject is a layout bug and is
// reported before the workbook is touched (code "invalidSpec"), not halfway through a write.

import { PortError, specProblem, type SheetSpec } from "../../sheet";

import { styleExtent } from "./style-layers";

export { rowSpan } from "../../sheet";

/** Styles are resolved cell by cell; anything larger is a layout bug, not a sheet. */
const MAX_STYLED_CELLS = 5_000_000;

export function checkSpec(spec: SheetSpec): void {
  const fail = (detail: string): never => {
    throw new PortError("invalidSpec", { sheet: spec.name, detail });
  };
  const problem = specProblem(spec);
  if (problem !== null) fail(problem);
  const extent = styleExtent(spec);
  if (extent.rows * extent.columns > MAX_STYLED_CELLS)
    fail(`${extent.rows} × ${extent.columns} cells is too large`);
}
