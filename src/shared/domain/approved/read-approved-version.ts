import type { AgreementContent, ApprovalSnapshot, ApprovedVersion } from '../agreement-version';
import { fingerprintText } from '../approval-rules/compute-fingerprint';
import { nextReviewDate } from '../approval-rules/next-review-date';
import { usStateCodes, type UsStateCode } from '../us-states';
import { snapshotV1Schema, type SnapshotV1 } from './snapshot-v1';
import { snapshotV2Schema, type SnapshotV2 } from './snapshot-v2';
import { snapshotV3Schema, type SnapshotV3 } from './snapshot-v3';
import { snapshotV4Schema, type SnapshotV4 } from './snapshot-v4';
import { beforeSewer, notStretched } from './older-content';
import type { SnapshotFormat, StoredApproval } from './stored-approval';

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
  const snapshot = snapshotReaders[stored.snapshotFormat]({
    content: storedContent,
    meeting: storedMeeting,
    outcome: storedOutcome,
  });
  if (!snapshot) return { ok: false, problem: 'unreadable' };
  let nextReviewOn: string;
  try {
    nextReviewOn = nextReviewDate(snapshot.meeting.date);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  const { content, meeting, outcome } = snapshot;
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
 * One reader per snapshot format, each with its frozen schema, each answering today's shape
 * (or null when the snapshot does not read). A new format adds a reader; none is ever changed.
 */
const snapshotReaders: Record<SnapshotFormat, (covered: unknown) => ApprovalSnapshot | null> = {
  1: (covered) => {
    const snapshot = snapshotV1Schema.safeParse(covered);
    if (!snapshot.success || !consistent(snapshot.data)) return null;
    const content = withStateCode(beforeSewer(notStretched(snapshot.data.content)));
    return content && { ...snapshot.data, content };
  },
  2: (covered) => {
    const snapshot = snapshotV2Schema.safeParse(covered);
    if (!snapshot.success || !consistent(snapshot.data)) return null;
    const content = withStateCode(beforeSewer(notStretched(snapshot.data.content)));
    return content && { ...snapshot.data, content };
  },
  3: (covered) => {
    const snapshot = snapshotV3Schema.safeParse(covered);
    if (!snapshot.success || !consistent(snapshot.data)) return null;
    const content = withStateCode(beforeSewer(snapshot.data.content));
    return content && { ...snapshot.data, content };
  },
  4: (covered) => {
    const snapshot = snapshotV4Schema.safeParse(covered);
    if (!snapshot.success || !consistent(snapshot.data)) return null;
    const content = withStateCode(snapshot.data.content);
    return content && { ...snapshot.data, content };
  },
};

/**
 * A snapshot's content in today's shape. Format 4 is today's shape but for the state, whose
 * type is checked here; when the editing schemas gain a field, its default for older formats
 * goes in their reader (older-content.ts, as `notStretched` does for `stretch`).
 */
function withStateCode(content: SnapshotV4['content']): AgreementContent | null {
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
function consistent({ content }: SnapshotV1 | SnapshotV2 | SnapshotV3 | SnapshotV4): boolean {
  const goalIds = content.goals.map((goal) => goal.id);
  return new Set(goalIds).size === goalIds.length;
}
