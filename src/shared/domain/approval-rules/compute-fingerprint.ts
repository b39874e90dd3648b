import { canonicalJson } from './canonical-json';

/** The three covered members: typed when just approved, plain JSON when read back from disk. */
export interface FingerprintInput {
  content: unknown;
  meeting: unknown;
  outcome: unknown;
}

/**
 * The exact text a fingerprint is the SHA-256 of: the canonical JSON of { content, meeting,
 * outcome } (docs/fingerprint.md). Its UTF-8 bytes are also what an approved PDF carries as its
 * attachment, so anyone can recompute the fingerprint with standard tools. Only those three
 * members are taken, so a whole approved record can be passed as it is.
 */
export function fingerprintText(value: FingerprintInput): string {
  return canonicalJson({ content: value.content, meeting: value.meeting, outcome: value.outcome });
}

/** The fingerprint, 64 lowercase hex digits, with Web Crypto (present in Node and browsers). */
export async function computeFingerprint(value: FingerprintInput): Promise<string> {
  const bytes = new TextEncoder().encode(fingerprintText(value));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
