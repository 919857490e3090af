// Payload sizes: the JSON of what a sync sends (queued operations with their arguments) and what it gets
// back (loaded properties). Excel on the web limits both to 5 MB ("Resource limits and performance
// optimization for Office Add-ins": "Excel on the web has a payload size limit for requests and
// responses of 5MB"; errors RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded).

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** UTF-8 byte length of a string, without relying on Buffer or TextEncoder (jsdom). */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  // JSON.stringify(undefined) is undefined at runtime, whatever its declared type says.
  const json = JSON.stringify(value) as string | undefined;
  return utf8Length(json ?? "");
}
