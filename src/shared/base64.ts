/**
 * Bytes as base64, in pure code that runs in the page and in main alike (no Buffer), in chunks
 * small enough for one call's arguments.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}
