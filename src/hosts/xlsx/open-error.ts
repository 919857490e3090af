// Why a file could not be opened as an .xlsx workbook: the port's "unreadableFile" error with its
// reason; the catalogue (src/i18n/port-errors.ts) says it in one line a user can act on.

import { PortError, type UnreadableReason } from "../../sheet";
import { ZipLimitError } from "./zip";

function unreadable(reason: UnreadableReason, detail?: string): PortError {
  return new PortError("unreadableFile", {
    operation: "open",
    reason,
    ...(detail === undefined ? {} : { detail }),
  });
}

const ZIP = [0x50, 0x4b]; // "PK"
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // OLE2: .xls or encrypted OOXML

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Encrypted OOXML is an OLE2 file with an "EncryptedPackage" stream (names are UTF-16LE). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  let printable = 0;
  for (const b of sample) if (b === 9 || b === 10 || b === 13 || b >= 32) printable++;
  return printable / sample.length > 0.95 && !sample.includes(0);
}

/**
 * Rejects bytes that cannot be an .xlsx before the zip reader sees them; returns normally for anything
 * that starts like a zip archive.
 */
export function checkXlsxSignature(bytes: Uint8Array): void {
  if (bytes.length === 0) throw unreadable("empty");
  if (startsWith(bytes, COMPOUND_FILE)) {
    throw unreadable(hasUtf16Name(bytes, "EncryptedPackage") ? "encrypted" : "legacyXls");
  }
  if (!startsWith(bytes, ZIP)) throw unreadable(looksLikeText(bytes) ? "textFile" : "notZip");
}

/** One line from whatever the zip or XML reading threw on a damaged archive (or one over the limits). */
export function damaged(error: unknown): PortError {
  if (error instanceof ZipLimitError) {
    const megabytes = Math.round(error.bytes / (1024 * 1024));
    return unreadable("oversized", `${error.part}: ${megabytes} MB`);
  }
  const raw = error instanceof Error ? error.message : String(error);
  // JSZip appends a help URL to some messages; the user needs the first sentence only.
  const detail =
    raw
      .split(/ If it is, see |\n/)[0]
      ?.replace(/\s+/g, " ")
      .trim()
      .slice(0, 200) ?? "";
  return unreadable("damaged", detail || "unreadable content");
}

/**
 * A zip archive without an .xlsx workbook in it; named when it is another spreadsheet format the user
 * can save as .xlsx (an OpenDocument spreadsheet, an Excel binary workbook).
 */
export function noWorkbook(kind: "openDocument" | "binaryXlsb" | null = null): PortError {
  return unreadable(kind ?? "noWorkbook");
}
