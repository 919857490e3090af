// Text for a terminal. Cells and sheet names are the workbook's, and a workbook may hold terminal
// escape sequences (clear screen, colours, window title), BEL, backspace or carriage returns, and
// bidirectional overrides that reorder what is shown. Text output shows each such character as a
// visible escape (\x1b, \u202e) instead; JSON output stays exact (JSON escapes controls itself).

/**
 * C0 and C1 controls and DEL; the bidirectional embeddings, overrides, isolates and marks; line
 * and paragraph separators. Tab and line feed are listed too: callers decide whether to keep them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escaped(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** Output text with its own line breaks kept: every other unsafe character escaped. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (ch) => (ch === "\n" ? ch : escaped(ch)));
}

/** One line (a table cell, a message on stderr): line breaks and tabs escaped as well. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE, escaped);
}
