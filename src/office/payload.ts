/**
 * The size of what a write sends to Excel. Excel on the web refuses a request over 5 MB, so a
 * write is packed into syncs that each stay under SYNC_PAYLOAD_LIMIT, leaving room for the
 * small requests (formats, names) around the cell arrays.
 */

/** Bytes a single sync may carry: 4.5 MB, under Excel on the web's 5 MB request limit. */
export const SYNC_PAYLOAD_LIMIT = 4.5 * 1024 * 1024;

/** Bytes of a value as UTF-8 JSON, the form in which a request carries it. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}
