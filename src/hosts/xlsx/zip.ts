// The zip container of an .xlsx, read and written without a library: entries keep their compressed
// bytes, so a part we do not touch is copied into the written file exactly as it was (same method,
// same CRC, same compressed bytes). Only the parts we generate are deflated. Inflate and deflate are
// injected (codec.ts): native zlib in Node, fflate in the browser.

import type { Codec } from "./codec";
import { decodeUtf8, encodeUtf8 } from "./utf8";

export type ZipEntry = {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** DOS time and date of the entry, kept for untouched parts. */
  time: number;
  date: number;
  /** The compressed bytes as found in the file (a view, not a copy). */
  data: Uint8Array;
};

export class ZipError extends Error {}

/** A part (or the whole package) would inflate beyond what one open may cost. */
export class ZipLimitError extends ZipError {
  constructor(
    readonly part: string,
    readonly bytes: number,
  ) {
    super(`part ${part} unpacks to ${bytes} bytes`);
  }
}

/**
 * Real XML compresses 5-30 times; more than 100 times in a part of more than 32 MB is a crafted
 * file (a zip bomb: one 200 MB string in a 0.2 MB file), refused before anything is inflated.
 */
const MAX_RATIO = 100;
const RATIO_CHECKED_FROM = 32 * 1024 * 1024;

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UTF8_FLAG = 0x0800;

function u16(b: Uint8Array, at: number): number {
  if (at + 2 > b.length) throw new ZipError("truncated zip archive");
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw new ZipError("truncated zip archive");
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16) | ((b[at + 3] ?? 0) << 24)) >>> 0;
}

function u64(b: Uint8Array, at: number): number {
  const value = u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;
  if (!Number.isSafeInteger(value)) throw new ZipError("zip64 size out of range");
  return value;
}

function findEndOfCentralDirectory(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let at = b.length - 22; at >= stop; at--) {
    if (b[at] === 0x50 && b[at + 1] === 0x4b && u32(b, at) === EOCD) return at;
  }
  throw new ZipError("not a zip archive (no central directory)");
}

/** Values of a zip64 extended-information extra field, in the order the spec gives them. */
function zip64Values(extra: Uint8Array, wanted: number): number[] {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = u16(extra, at);
    const length = u16(extra, at + 2);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let i = 0; i < wanted && 8 * (i + 1) <= length; i++) values.push(u64(extra, at + 4 + 8 * i));
      return values;
    }
    at += 4 + length;
  }
  return [];
}

/** The entries of a zip archive in central-directory order. Throws ZipError for a damaged one. */
export function readZip(b: Uint8Array): ZipEntry[] {
  const end = findEndOfCentralDirectory(b);
  let count = u16(b, end + 10);
  let offset = u32(b, end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(b, end - 20) === EOCD64_LOCATOR) {
    const at = u64(b, end - 20 + 8);
    if (u32(b, at) !== EOCD64) throw new ZipError("damaged zip64 directory");
    count = u64(b, at + 32);
    offset = u64(b, at + 48);
  }
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(b, at) !== CENTRAL) throw new ZipError("damaged central directory");
    const flags = u16(b, at + 8);
    const method = u16(b, at + 10);
    const time = u16(b, at + 12);
    const date = u16(b, at + 14);
    const crc32 = u32(b, at + 16);
    let compressedSize = u32(b, at + 20);
    let size = u32(b, at + 24);
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const commentLength = u16(b, at + 32);
    let localOffset = u32(b, at + 42);
    const nameBytes = b.subarray(at + 46, at + 46 + nameLength);
    const extra = b.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    // Part names are ASCII in practice; read as UTF-8 whether or not the flag says so.
    const name = decodeUtf8(nameBytes);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const wanted = [size, compressedSize, localOffset].filter((v) => v === 0xffffffff).length;
      const values = zip64Values(extra, wanted);
      if (size === 0xffffffff) size = values.shift() ?? size;
      if (compressedSize === 0xffffffff) compressedSize = values.shift() ?? compressedSize;
      if (localOffset === 0xffffffff) localOffset = values.shift() ?? localOffset;
    }
    if ((flags & 1) !== 0) throw new ZipError(`encrypted zip entry ${name}`);
    if (u32(b, localOffset) !== LOCAL) throw new ZipError(`damaged zip entry ${name}`);
    const start = localOffset + 30 + u16(b, localOffset + 26) + u16(b, localOffset + 28);
    if (start + compressedSize > b.length) throw new ZipError(`truncated zip entry ${name}`);
    // A name twice is ambiguous: the first one wins, as in most readers.
    if (!seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      entries.push({
        name,
        method,
        crc32,
        compressedSize,
        size,
        time,
        date,
        data: b.subarray(start, start + compressedSize),
      });
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of an entry; `limit` bounds what a lying or hostile archive can cost. */
export function inflateEntry(entry: ZipEntry, codec: Codec, limit: number): Uint8Array {
  if (entry.size > limit) throw new ZipLimitError(entry.name, entry.size);
  if (entry.size > RATIO_CHECKED_FROM && entry.size > MAX_RATIO * entry.compressedSize)
    throw new ZipLimitError(entry.name, entry.size);
  if (entry.method === 0) return entry.data;
  if (entry.method !== 8) throw new ZipError(`unsupported compression in ${entry.name}`);
  try {
    return codec.inflate(entry.data, entry.size);
  } catch (error) {
    throw new ZipError(
      `damaged part ${entry.name}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** DOS date and time of a JS date (local time, as zip tools write it). */
export function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.max(1980, when.getFullYear());
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | Math.floor(when.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}

/** A new entry from uncompressed bytes: deflated unless that does not help. */
export function newEntry(name: string, bytes: Uint8Array, codec: Codec, when: Date): ZipEntry {
  const deflated = bytes.length > 64 ? codec.deflate(bytes) : null;
  const useDeflate = deflated !== null && deflated.length < bytes.length;
  const data = useDeflate ? deflated : bytes;
  return {
    name,
    method: useDeflate ? 8 : 0,
    crc32: (codec.crc32 ?? crc32)(bytes),
    compressedSize: data.length,
    size: bytes.length,
    ...dosDateTime(when),
    data,
  };
}

/** Writes the entries as a zip archive (zip64 is not needed: an .xlsx stays far below 4 GB). */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const names = entries.map((e) => encodeUtf8(e.name));
  let total = 22;
  entries.forEach((e, i) => {
    const n = names[i]?.length ?? 0;
    total += 30 + n + e.data.length + 46 + n;
  });
  if (total > 0xffffffff || entries.length > 0xffff)
    throw new ZipError("workbook too large for a zip archive");
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  const header = (e: ZipEntry, name: Uint8Array, central: boolean, offset: number) => {
    const flags = UTF8_FLAG;
    if (central) {
      view.setUint32(at, CENTRAL, true);
      view.setUint16(at + 4, 20, true);
      at += 2;
    } else view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, flags, true);
    view.setUint16(at + 8, e.method, true);
    view.setUint16(at + 10, e.time, true);
    view.setUint16(at + 12, e.date, true);
    view.setUint32(at + 14, e.crc32, true);
    view.setUint32(at + 18, e.compressedSize, true);
    view.setUint32(at + 22, e.size, true);
    view.setUint16(at + 26, name.length, true);
    view.setUint16(at + 28, 0, true);
    if (central) {
      // comment length, disk, internal and external attributes stay 0
      view.setUint32(at + 40, offset, true);
      at += 44;
    } else at += 30;
    out.set(name, at);
    at += name.length;
  };
  entries.forEach((e, i) => {
    const name = names[i] ?? new Uint8Array();
    offsets.push(at);
    header(e, name, false, 0);
    out.set(e.data, at);
    at += e.data.length;
  });
  const centralStart = at;
  entries.forEach((e, i) => {
    header(e, names[i] ?? new Uint8Array(), true, offsets[i] ?? 0);
  });
  view.setUint32(at, EOCD, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
