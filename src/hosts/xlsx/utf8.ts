// UTF-8 for part names and XML text: the platform's TextDecoder/TextEncoder where there is one
// (Node, browsers), fflate's otherwise (some test environments lack them).

import { strFromU8, strToU8 } from "fflate";

const decoder = typeof TextDecoder === "function" ? new TextDecoder("utf-8") : null;
const encoder = typeof TextEncoder === "function" ? new TextEncoder() : null;

export function decodeUtf8(bytes: Uint8Array): string {
  return decoder ? decoder.decode(bytes) : strFromU8(bytes);
}

export function encodeUtf8(text: string): Uint8Array {
  return encoder ? encoder.encode(text) : strToU8(text);
}
