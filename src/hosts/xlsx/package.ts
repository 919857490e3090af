// The OPC package of an .xlsx: its parts (zip entries), their relationships and content types.
// Reading inflates a part only when asked, within a size bound. Writing is an overlay: parts we
// generate or patch replace the original entry, removed parts are left out, and every other part is
// copied with its compressed bytes untouched (zip.ts).

import type { Codec } from "./codec";
import { decodeUtf8, encodeUtf8 } from "./utf8";
import { inflateEntry, newEntry, readZip, writeZip, ZipError, ZipLimitError, type ZipEntry } from "./zip";
import { attr, decodeXml, escapeAttr, findElement, findElements } from "./xml";

/** What one open may inflate: a hostile file (a 0.2 MB zip of one 200 MB string) stops here. */
export type PackageLimits = { partBytes: number; totalBytes: number };

export const DEFAULT_LIMITS: PackageLimits = { partBytes: 256 * 1024 * 1024, totalBytes: 1024 * 1024 * 1024 };

export type Relationship = {
  id: string;
  type: string;
  /** Resolved part name ("xl/worksheets/sheet1.xml"), or the raw target for external ones. */
  target: string;
  external: boolean;
};

export const REL = {
  officeDocument: "/officeDocument",
  worksheet: "/worksheet",
  sharedStrings: "/sharedStrings",
  styles: "/styles",
  table: "/table",
  calcChain: "/calcChain",
} as const;

/** Relationship types end the same in transitional and strict OOXML; compare by that ending. */
export function isRelType(rel: Relationship, suffix: string): boolean {
  return rel.type.endsWith(suffix);
}

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

export const REL_TYPE = {
  worksheet: `${NS.relationships}/worksheet`,
  table: `${NS.relationships}/table`,
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
} as const;

/** Resolves a relationship target against the folder of its source part. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

/** The target of `part` written relative to the folder of `source` (as Excel writes targets). */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? `_rels/${part}.rels` : `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

export function parseRels(source: string, xml: string): Relationship[] {
  return findElements(xml, "Relationship").map(({ tag }) => {
    const external = attr(tag, "TargetMode") === "External";
    const target = attr(tag, "Target") ?? "";
    return {
      id: attr(tag, "Id") ?? "",
      type: attr(tag, "Type") ?? "",
      target: external ? target : resolveTarget(source, target),
      external,
    };
  });
}

type Change = { name: string; bytes: Uint8Array } | null;

export class XlsxPackage {
  private readonly entries: readonly ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly changes = new Map<string, Change>();
  private readonly added: string[] = [];
  private inflated = 0;

  constructor(
    entries: readonly ZipEntry[],
    private readonly codec: Codec,
    private readonly limits: PackageLimits,
  ) {
    this.entries = entries;
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  static open(bytes: Uint8Array, codec: Codec, limits: PackageLimits = DEFAULT_LIMITS): XlsxPackage {
    return new XlsxPackage(readZip(bytes), codec, limits);
  }

  static empty(codec: Codec): XlsxPackage {
    return new XlsxPackage([], codec, DEFAULT_LIMITS);
  }

  has(name: string): boolean {
    const key = name.toLowerCase();
    const change = this.changes.get(key);
    return change === undefined ? this.byName.has(key) : change !== null;
  }

  /** The part as found in the opened file (null when it was not there), ignoring changes. */
  original(name: string): ZipEntry | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }

  /** Names of every part now in the package, original order first. */
  names(): string[] {
    const names: string[] = [];
    for (const e of this.entries) if (this.has(e.name)) names.push(e.name);
    for (const key of this.added) {
      const change = this.changes.get(key);
      if (change) names.push(change.name);
    }
    return names;
  }

  bytes(name: string): Uint8Array | null {
    const key = name.toLowerCase();
    const change = this.changes.get(key);
    if (change !== undefined) return change?.bytes ?? null;
    const entry = this.byName.get(key);
    if (!entry) return null;
    if (this.inflated + entry.size > this.limits.totalBytes)
      throw new ZipLimitError(entry.name, this.inflated + entry.size);
    const data = inflateEntry(entry, this.codec, this.limits.partBytes);
    this.inflated += data.length;
    return data;
  }

  text(name: string): string | null {
    const data = this.bytes(name);
    return data === null ? null : decodeUtf8(data);
  }

  set(name: string, content: string | Uint8Array): void {
    const key = name.toLowerCase();
    const bytes = typeof content === "string" ? encodeUtf8(content) : content;
    const existing = this.byName.get(key);
    if (!existing && !this.changes.has(key)) this.added.push(key);
    this.changes.set(key, { name: existing?.name ?? name, bytes });
  }

  remove(name: string): void {
    const key = name.toLowerCase();
    if (this.byName.has(key) || this.changes.has(key)) this.changes.set(key, null);
  }

  rels(source: string): Relationship[] {
    const xml = this.text(relsPartOf(source));
    return xml === null ? [] : parseRels(source, xml);
  }

  /** The workbook part, from the package relationships. */
  workbookPart(): string {
    const xml = this.text("_rels/.rels");
    const rel = xml === null ? undefined : parseRels("", xml).find((r) => isRelType(r, REL.officeDocument));
    if (!rel) throw new ZipError("no workbook in the package");
    return rel.target;
  }

  /** The zip archive: changed parts deflated, untouched parts copied with their compressed bytes. */
  save(when = new Date()): Uint8Array {
    const out: ZipEntry[] = [];
    for (const e of this.entries) {
      const change = this.changes.get(e.name.toLowerCase());
      if (change === undefined) out.push(e);
      else if (change !== null) out.push(newEntry(e.name, change.bytes, this.codec, when));
    }
    for (const key of this.added) {
      const change = this.changes.get(key);
      if (change) out.push(newEntry(change.name, change.bytes, this.codec, when));
    }
    return writeZip(out);
  }
}

/**
 * [Content_Types].xml patched: an Override per added part (one already there keeps its place and
 * gets the new type), none for removed parts.
 */
export function patchContentTypes(
  xml: string,
  add: readonly { part: string; type: string }[],
  remove: readonly string[],
): string {
  const key = (part: string) => `/${part}`.toLowerCase();
  const adding = new Map(add.map((a) => [key(a.part), a]));
  const removed = new Set(remove.map(key));
  let out = xml;
  for (const span of findElements(xml, "Override").reverse()) {
    const name = decodeXml(attr(span.tag, "PartName") ?? "").toLowerCase();
    const replacement = adding.get(name);
    if (replacement) {
      adding.delete(name);
      const element = `<Override PartName="/${escapeAttr(replacement.part)}" ContentType="${escapeAttr(replacement.type)}"/>`;
      const same = attr(span.tag, "ContentType") === replacement.type;
      if (!same) out = out.slice(0, span.start) + element + out.slice(span.end);
    } else if (removed.has(name)) out = out.slice(0, span.start) + out.slice(span.end);
  }
  const overrides = [...adding.values()]
    .map((a) => `<Override PartName="/${escapeAttr(a.part)}" ContentType="${escapeAttr(a.type)}"/>`)
    .join("");
  const root = findElement(out, "Types");
  if (!root) throw new ZipError("damaged [Content_Types].xml");
  return out.slice(0, root.contentEnd) + overrides + out.slice(root.contentEnd);
}

/** A relationships part patched: some relationships removed, some added. */
export function patchRels(
  xml: string | null,
  add: readonly { id: string; type: string; target: string }[],
  removeIds: ReadonlySet<string>,
): string {
  let out =
    xml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRels}"></Relationships>`;
  for (const span of findElements(out, "Relationship").reverse()) {
    if (removeIds.has(attr(span.tag, "Id") ?? "")) out = out.slice(0, span.start) + out.slice(span.end);
  }
  const root = findElement(out, "Relationships");
  if (!root) throw new ZipError("damaged relationships part");
  const added = add
    .map(
      (r) =>
        `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/>`,
    )
    .join("");
  if (root.contentStart === root.contentEnd && root.tag.endsWith("/>")) {
    return `${out.slice(0, root.start)}${root.tag.slice(0, -2)}>${added}</Relationships>${out.slice(root.end)}`;
  }
  return out.slice(0, root.contentEnd) + added + out.slice(root.contentEnd);
}

/** A relationship id not used in `rels` ("rId7"). */
export function freeRelId(rels: readonly { id: string }[], taken: ReadonlySet<string> = new Set()): string {
  const used = new Set([...rels.map((r) => r.id), ...taken]);
  for (let n = rels.length + 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}
