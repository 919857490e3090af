// What exceljs cannot carry through a load/save round trip: charts, chart sheets, pivot tables,
// slicers, timelines, threaded comments, sparklines, form controls, external links and macros.
// exceljs drops them silently, so before writing a user's workbook we look into the package and
// name what would be lost; callers refuse to write rather than lose a user's work.

import JSZip from "jszip";
import type { LostPart, LostPartKind } from "../../sheet";

export type UnkeptKind = LostPartKind;
export type UnkeptPart = LostPart;

type Rel = { id: string; type: string; target: string };

const ATTR = (name: string) => new RegExp(`\\b${name}="([^"]*)"`);

function attr(tag: string, name: string): string | null {
  return ATTR(name).exec(tag)?.[1] ?? null;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Resolves a relationship target against the folder of the part that owns the .rels file. */
function resolve(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

async function text(zip: JSZip, part: string): Promise<string | null> {
  const file = zip.file(part);
  return file ? file.async("string") : null;
}

async function rels(zip: JSZip, part: string): Promise<Rel[]> {
  const xml = await text(zip, relsPathOf(part));
  if (xml === null) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: attr(m[0], "Id") ?? "",
    type: attr(m[0], "Type") ?? "",
    target: resolve(part, decodeXml(attr(m[0], "Target") ?? "")),
  }));
}

const endsWith = (rel: Rel, suffix: string) => rel.type.endsWith(`/${suffix}`);

/** Sheets of the workbook with the package part that holds each one. */
async function sheetParts(zip: JSZip): Promise<{ name: string; part: string }[]> {
  const workbook = await text(zip, "xl/workbook.xml");
  if (workbook === null) return [];
  const byId = new Map((await rels(zip, "xl/workbook.xml")).map((r) => [r.id, r.target]));
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].flatMap((m) => {
    const name = attr(m[0], "name");
    const id = attr(m[0], "r:id");
    const part = id === null ? undefined : byId.get(id);
    return name === null || part === undefined ? [] : [{ name: decodeXml(name), part }];
  });
}

export async function findUnkeptParts(bytes: Uint8Array): Promise<UnkeptPart[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return []; // not a zip: opening the workbook reports that
  }
  const found: UnkeptPart[] = [];
  const add = (kind: UnkeptKind, sheet: string | null) => {
    if (!found.some((f) => f.kind === kind && f.sheet === sheet)) found.push({ kind, sheet });
  };

  for (const { name, part } of await sheetParts(zip)) {
    if (part.startsWith("xl/chartsheets/")) {
      add("chartSheet", name);
      continue;
    }
    for (const rel of await rels(zip, part)) {
      if (endsWith(rel, "pivotTable")) add("pivotTable", name);
      else if (endsWith(rel, "threadedComment")) add("threadedComments", name);
      else if (endsWith(rel, "ctrlProp") || endsWith(rel, "control")) add("control", name);
      else if (rel.type.endsWith("/slicer")) add("slicer", name);
      else if (rel.type.endsWith("/timeline")) add("timeline", name);
      else if (endsWith(rel, "drawing")) {
        // Pictures survive in exceljs; charts inside the drawing do not.
        if ((await rels(zip, rel.target)).some((r) => endsWith(r, "chart"))) add("chart", name);
      }
    }
    const xml = await text(zip, part);
    if (xml?.includes("sparklineGroup")) add("sparklines", name);
  }
  const names = Object.keys(zip.files);
  if (names.some((n) => n.startsWith("xl/externalLinks/"))) add("externalLink", null);
  if (names.some((n) => /vbaProject\.bin$/i.test(n))) add("macros", null);
  if (names.some((n) => n.startsWith("xl/slicerCaches/")) && !found.some((f) => f.kind === "slicer"))
    add("slicer", null);
  return found;
}
