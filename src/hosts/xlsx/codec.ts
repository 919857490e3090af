// Inflate and deflate for the zip container, injected so that one package reader and writer runs
// everywhere: the `kam` CLI passes Node's native zlib (zlibCodec), the browser uses fflate, a small
// maintained pure-JS library (the default).

import { deflateSync, inflateSync } from "fflate";

export type Codec = {
  /** Raw DEFLATE data → at most `size` bytes (the size the archive declares; more is cut or refused). */
  inflate(data: Uint8Array, size: number): Uint8Array;
  /** Bytes → raw DEFLATE data. */
  deflate(data: Uint8Array): Uint8Array;
  /** CRC-32 of bytes, when the platform has a fast one (else the package computes it). */
  crc32?: (data: Uint8Array) => number;
};

export const fflateCodec: Codec = {
  // A buffer of the declared size: fflate stops there, so a lying size cannot cost more memory.
  inflate: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflate: (data) => deflateSync(data, { level: 6 }),
};

/** The part of Node's zlib the codec needs (passed in by the CLI, so this module stays browser-safe). */
export type ZlibLike = {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array;
  deflateRawSync(data: Uint8Array, options: { level: number }): Uint8Array;
  crc32?: (data: Uint8Array) => number;
};

export function zlibCodec(zlib: ZlibLike): Codec {
  const crc = zlib.crc32;
  return {
    // maxOutputLength: zlib throws instead of growing past the declared size.
    inflate: (data, size) => zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, size) }),
    deflate: (data) => zlib.deflateRawSync(data, { level: 6 }),
    ...(crc === undefined ? {} : { crc32: (data: Uint8Array) => crc(data) }),
  };
}
