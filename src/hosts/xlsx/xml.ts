// Just enough XML for the package parts we read and patch: attributes of a start tag, entity
// decoding, escaping, and finding elements by local name (any namespace prefix). Parts we patch are
// edited as text at the element boundaries found here, so everything around them stays as it was.

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, code: string) => {
    if (code.startsWith("#x")) return safeCodePoint(Number.parseInt(code.slice(2), 16)) ?? whole;
    if (code.startsWith("#")) return safeCodePoint(Number.parseInt(code.slice(1), 10)) ?? whole;
    return ENTITIES[code] ?? whole;
  });
}

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

export function escapeAttr(text: string): string {
  return text.replace(/[&<>"\n\r\t]/g, (c) =>
    c === "&"
      ? "&amp;"
      : c === "<"
        ? "&lt;"
        : c === ">"
          ? "&gt;"
          : c === '"'
            ? "&quot;"
            : `&#${c.charCodeAt(0)};`,
  );
}

/** Excel's escapes in cell text (ST_Xstring): "_x000D_" is a CR, "_x005F_x000D_" a literal "_x000D_". */
export function decodeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** The attributes of a start tag ("<c r="A1" s="3">"), by name as written (with prefix). */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /([^\s=/<>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const start = tag.search(/\s/);
  if (start < 0) return found;
  pattern.lastIndex = start;
  for (let m = pattern.exec(tag); m; m = pattern.exec(tag)) {
    found.set(m[1] ?? "", decodeXml(m[2] ?? m[3] ?? ""));
  }
  return found;
}

/** One attribute of a start tag, by local name (ignores a prefix), decoded; null when absent. */
export function attr(tag: string, name: string): string | null {
  for (const [key, value] of attributes(tag)) {
    if (key === name || key.endsWith(`:${name}`)) return value;
  }
  return null;
}

export type ElementSpan = {
  /** Offset of "<" of the start tag. */
  start: number;
  /** Offset just after the end tag (or the self-closing start tag). */
  end: number;
  /** The start tag itself. */
  tag: string;
  /** Offset just after the start tag: where content begins. */
  contentStart: number;
  /** Offset of "<" of the end tag (= end for a self-closing element). */
  contentEnd: number;
};

/** The local name of a tag starting at `at` ("<x:sheet …" → "sheet"), and where the name ends. */
function tagName(xml: string, at: number): { name: string; end: number } {
  let end = at + 1;
  while (end < xml.length) {
    const c = xml.charCodeAt(end);
    // whitespace, "/", ">"
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62) break;
    end++;
  }
  const full = xml.slice(at + 1, end);
  const colon = full.indexOf(":");
  return { name: colon < 0 ? full : full.slice(colon + 1), end };
}

/** The end of the tag starting at `at`: after its ">", skipping ">" inside quoted attribute values. */
function tagEnd(xml: string, at: number): number {
  let quote = 0;
  for (let i = at + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  return xml.length;
}

/**
 * Where the next tag starts after a comment or CDATA section at `at` (-1 when none follows, or the
 * section is not closed); null when no comment or CDATA section starts at `at`.
 */
function afterCommentOrCdata(xml: string, at: number): number | null {
  for (const [open, close] of [
    ["<!--", "-->"],
    ["<![CDATA[", "]]>"],
  ] as const) {
    if (!xml.startsWith(open, at)) continue;
    const end = xml.indexOf(close, at + open.length);
    return end < 0 ? -1 : xml.indexOf("<", end + close.length);
  }
  return null;
}

/**
 * Every element with local name `name` in `xml[from, to)`, outermost only (an element of the same
 * name nested in a found one is not reported separately). Comments, CDATA and processing
 * instructions are skipped.
 */
export function findElements(xml: string, name: string, from = 0, to = xml.length): ElementSpan[] {
  const found: ElementSpan[] = [];
  let at = xml.indexOf("<", from);
  while (at >= 0 && at < to) {
    const after = afterCommentOrCdata(xml, at);
    if (after !== null) {
      at = after;
      continue;
    }
    const next = xml.charCodeAt(at + 1);
    // "?" processing instruction, "/" an end tag, "!" a declaration
    if (next === 63 || next === 47 || next === 33) {
      at = xml.indexOf("<", tagEnd(xml, at));
      continue;
    }
    const { name: local } = tagName(xml, at);
    const end = tagEnd(xml, at);
    if (local !== name) {
      at = xml.indexOf("<", end);
      continue;
    }
    const tag = xml.slice(at, end);
    if (tag.endsWith("/>")) {
      found.push({ start: at, end, tag, contentStart: end, contentEnd: end });
      at = xml.indexOf("<", end);
      continue;
    }
    const close = closingTag(xml, at, end, name);
    found.push({ start: at, end: close.end, tag, contentStart: end, contentEnd: close.start });
    at = xml.indexOf("<", close.end);
  }
  return found;
}

/** The end tag matching the start tag at `start` (nesting of the same name counted). */
function closingTag(
  xml: string,
  start: number,
  contentStart: number,
  name: string,
): { start: number; end: number } {
  let depth = 1;
  let at = xml.indexOf("<", contentStart);
  while (at >= 0) {
    const after = afterCommentOrCdata(xml, at);
    if (after !== null) {
      at = after;
      continue;
    }
    const end = tagEnd(xml, at);
    const isEnd = xml.charCodeAt(at + 1) === 47;
    const { name: local } = tagName(xml, isEnd ? at + 1 : at);
    if (local === name && xml.charCodeAt(at + 1) !== 63 && xml.charCodeAt(at + 1) !== 33) {
      if (isEnd) {
        depth--;
        if (depth === 0) return { start: at, end };
      } else if (!xml.slice(at, end).endsWith("/>")) depth++;
    }
    at = xml.indexOf("<", end);
  }
  return { start: xml.length, end: xml.length };
}

export function findElement(xml: string, name: string, from = 0, to = xml.length): ElementSpan | null {
  return findElements(xml, name, from, to)[0] ?? null;
}

/** The text content of an element (entities decoded; nested tags dropped). */
export function textOf(xml: string, span: ElementSpan): string {
  return decodeXml(xml.slice(span.contentStart, span.contentEnd).replace(/<[^>]*>/g, ""));
}

/** The namespace prefix of the document's root element ("" for none), e.g. "x" for "<x:workbook". */
export function rootPrefix(xml: string, rootName: string): string {
  const root = findElement(xml, rootName);
  if (!root) return "";
  const full = root.tag.slice(1).split(/[\s/>]/)[0] ?? "";
  const colon = full.indexOf(":");
  return colon < 0 ? "" : full.slice(0, colon);
}

/** The prefix a root element binds to `namespace` (xmlns:r="…" → "r"), or null. */
export function prefixFor(rootTag: string, namespace: string): string | null {
  for (const [key, value] of attributes(rootTag)) {
    if (value === namespace && key.startsWith("xmlns:")) return key.slice(6);
  }
  return null;
}

/** Replaces or adds one attribute in a start tag, keeping everything else as written. */
export function setAttr(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const escaped = escapeAttr(value);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${escaped}"`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).trimEnd()} ${name}="${escaped}"${tag.slice(close)}`;
}

/** Removes one attribute from a start tag. */
export function removeAttr(tag: string, name: string): string {
  const pattern = new RegExp(`\\s${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`);
  return tag.replace(pattern, "");
}
