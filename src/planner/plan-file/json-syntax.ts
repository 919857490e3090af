// Where a JSON text breaks: JSON.parse's messages carry a position only for some errors and
// differ between engines, so the first error is found by scanning.

/**
 * Offset of the first JSON syntax error in `text` (or -1). JSON.parse's messages carry a position
 * only for some errors and differ between engines, so the offset is found by scanning.
 */
export function jsonSyntaxErrorOffset(text: string): number {
  let i = 0;
  const stack: string[] = [];
  const skipSpace = () => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i++;
  };
  const scanString = (): boolean => {
    i++; // opening quote
    while (i < text.length) {
      const ch = text.charAt(i);
      if (ch === '"') {
        i++;
        return true;
      }
      if (ch < " ") return false;
      if (ch === "\\") {
        i++;
        if (i < text.length && '"\\/bfnrt'.includes(text.charAt(i))) {
          i++;
          continue;
        }
        if (text.charAt(i) !== "u") return false;
        for (let n = 0; n < 4; n++) {
          i++;
          if (!/[0-9a-fA-F]/.test(text.charAt(i))) return false;
        }
        i++;
      } else i++;
    }
    return false;
  };
  const scanValue = (): "open" | boolean => {
    const ch = text.charAt(i);
    if (ch === "{" || ch === "[") {
      stack.push(ch);
      i++;
      return "open";
    }
    if (ch === '"') return scanString();
    const literal = ["true", "false", "null"].find((word) => word.startsWith(ch));
    if (literal === undefined) return scanNumber();
    // Letter by letter, so the error is at the first one that differs.
    for (const letter of literal) {
      if (text.charAt(i) !== letter) return false;
      i++;
    }
    return true;
  };
  const digits = (): boolean => {
    const start = i;
    while (i < text.length && text.charAt(i) >= "0" && text.charAt(i) <= "9") i++;
    return i > start;
  };
  // Stops at the first character that breaks the number, where the engine reports it too.
  const scanNumber = (): boolean => {
    if (text.charAt(i) === "-") i++;
    if (text.charAt(i) === "0") i++;
    else if (!digits()) return false;
    if (text.charAt(i) === ".") {
      i++;
      if (!digits()) return false;
    }
    if (text.charAt(i) === "e" || text.charAt(i) === "E") {
      i++;
      if (text.charAt(i) === "+" || text.charAt(i) === "-") i++;
      if (!digits()) return false;
    }
    return true;
  };
  // "first…": right after { or [, where the object or array may also close at once.
  let expect: "value" | "firstValue" | "key" | "firstKey" | "after" = "value";
  for (;;) {
    skipSpace();
    const ch = text.charAt(i);
    const top = stack[stack.length - 1];
    if ((expect === "firstKey" && ch === "}") || (expect === "firstValue" && ch === "]")) {
      stack.pop();
      i++;
      expect = "after";
    } else if (expect === "key" || expect === "firstKey") {
      if (ch !== '"' || !scanString()) return i;
      skipSpace();
      if (text.charAt(i) !== ":") return i;
      i++;
      expect = "value";
    } else if (expect === "value" || expect === "firstValue") {
      const scanned = scanValue();
      if (scanned === false) return i;
      expect = scanned === true ? "after" : ch === "{" ? "firstKey" : "firstValue";
    } else if (top === undefined) {
      return i < text.length ? i : -1;
    } else if (ch === ",") {
      i++;
      expect = top === "{" ? "key" : "value";
    } else if ((top === "{" && ch === "}") || (top === "[" && ch === "]")) {
      stack.pop();
      i++;
    } else {
      return i;
    }
  }
}

/** Line and column (1-based) of a JSON.parse error. */
export function syntaxPosition(error: unknown, text: string): { line: number; column: number } {
  let offset = jsonSyntaxErrorOffset(text);
  if (offset < 0) {
    // The scanner saw no error (e.g. nesting too deep for the engine): use what the engine says.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : "");
    offset = position ? Math.min(Number(position[1]), text.length) : text.length;
  }
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
