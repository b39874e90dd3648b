import type { AgreementContent, ApprovedVersion } from '../agreement-version';
import { fingerprintText } from '../approval-rules/compute-fingerprint';
import { nextReviewDate } from '../approval-rules/next-review-date';
import { usStateCodes, type UsStateCode } from '../us-states';
import { snapshotReaders, type NewestSnapshot } from './snapshot-formats';
import type { StoredApproval } from './stored-approval';

/** SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits (main passes node:crypto's). */
export type Sha256Hex = (text: string) => string;

/** Why a stored approval cannot be shown or printed as approved. */
export type SnapshotProblem = 'altered' | 'unreadable';

export type ReadApproval =
  { ok: true; version: ApprovedVersion } | { ok: false; problem: SnapshotProblem };

/**
 * Reads any stored approval for showing and printing: first the fingerprint is recomputed from
 * the stored snapshot (a mismatch means it was changed after approval), then the snapshot is
 * read with the frozen schema of its format and brought to today's shape. Pure.
 */
export function readApprovedVersion(stored: StoredApproval, sha256Hex: Sha256Hex): ReadApproval {
  let text: string;
  try {
    text = fingerprintText(stored);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  if (sha256Hex(text) !== stored.fingerprint) return { ok: false, problem: 'altered' };
  const { content: storedContent, meeting: storedMeeting, outcome: storedOutcome } = stored;
  const read = snapshotReaders[stored.snapshotFormat]({
    content: storedContent,
    meeting: storedMeeting,
    outcome: storedOutcome,
  });
  const content = read && consistent(read) ? withStateCode(read.content) : null;
  if (!read || !content) return { ok: false, problem: 'unreadable' };
  const { meeting, outcome } = read;
  let nextReviewOn: string;
  try {
    nextReviewOn = nextReviewDate(meeting.date);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  return {
    ok: true,
    version: {
      revision: stored.revision,
      recordedAt: stored.recordedAt,
      nextReviewOn,
      content,
      meeting,
      outcome,
      fingerprint: stored.fingerprint,
      fingerprintedText: text,
    },
  };
}

/**
 * A snapshot's content in today's shape. The newest format is today's shape but for the state,
 * whose type is checked here; when the editing schemas gain a field, a new snapshot format gives
 * older content its empty value (snapshot-formats.ts).
 */
function withStateCode(content: NewestSnapshot['content']): AgreementContent | null {
  const { state } = content.utility;
  if (state !== null && !isStateCode(state)) return null;
  return { ...content, utility: { ...content.utility, state } };
}

function isStateCode(code: string): code is UsStateCode {
  return (usStateCodes as readonly string[]).includes(code);
}

/**
 * What LOS Builder never writes: goals sharing an id. (Votes are not checked against the
 * board here: a version approved by an earlier release may keep a former member's row, which
 * its tally ignored; the fingerprint already covers every row.)
 */
function consistent({ content }: NewestSnapshot): boolean {
  const goalIds = content.goals.map((goal) => goal.id);
  return new Set(goalIds).size === goalIds.length;
}
