// A problem that ends the command with exit code 2 and one line on stderr. The text is looked up
// in the CLI catalogue at the edge, so the same problem reads well in German and English.

import type { ParamValue } from "../domain/finding";
import type { CliText } from "../i18n/cli";

export class CliProblem extends Error {
  /**
   * @param reason a catalogue text filled in as the `{reason}` parameter (e.g. "permission
   *   denied" in the user's language); a plain `reason` param is used as written.
   */
  constructor(
    readonly text: CliText,
    readonly params: Readonly<Record<string, ParamValue>> = {},
    readonly reason: CliText | null = null,
  ) {
    super(text);
    this.name = "CliProblem";
  }
}
