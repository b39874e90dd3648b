import type { AgreementContent } from '../agreement-version';
import type { Meeting, VoteOutcome } from '../approval';
import { canonicalJson } from './canonical-json';

export interface FingerprintInput {
  content: AgreementContent;
  meeting: Meeting;
  outcome: VoteOutcome;
}

/**
 * The fingerprint of an approved version: SHA-256 of the canonical JSON of exactly
 * { content, meeting, outcome }, as 64 lowercase hex digits (docs/fingerprint.md). Only those
 * three members are taken, so an ApprovedVersion can be passed as it is to check it.
 */
export async function computeFingerprint(value: FingerprintInput): Promise<string> {
  const text = canonicalJson({
    content: value.content,
    meeting: value.meeting,
    outcome: value.outcome,
  });
  // Web Crypto, present in Node 20 and in every browser, keeps this module free of node:crypto.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
