import type { ApprovedVersion } from '../agreement-version';
import { said, type Said } from '../../i18n/said';
import { saidEach } from '../../i18n/said-each';
import { plainDate } from '../plain-date';
import { printedDate } from '../printed-date';
import type { Workbook } from '../workbook';
import { readApprovedVersion, type Sha256Hex } from './read-approved-version';
import type { StoredApproval } from './stored-approval';

/** One stored approval after its check: readable and intact, or why it cannot be trusted. */
export interface RevisionCheck {
  revision: number;
  /** The fingerprint stored with it: the one printed on the board's paper copy. */
  fingerprint: string;
  recordedAt: string;
  /** The meeting's date as stored, when it can be read at all (to name the revision). */
  meetingDate: string | null;
  state: 'intact' | 'altered' | 'unreadable' | 'duplicate';
  /** Present only when intact: what may be shown and printed as approved. */
  version: ApprovedVersion | null;
}

/** The board's records as they stand on this computer, checked. */
export interface RecordsAudit {
  revisions: RevisionCheck[];
  /** Whether the working copy is locked: it is, once any record says it was approved. */
  frozen: boolean;
  /** False when the working copy's revision and status disagree with the approvals kept. */
  workingCopyTrusted: boolean;
  /** Sentences for the reader, each naming what was found and what to do. */
  problems: Said[];
}

/** Why no new approval is recorded while the records cannot be trusted. */
export const recordsChanged = said('approvalRules.recordsChanged');

/**
 * Checks every approved revision against its fingerprint and the records against each other,
 * as they are opened and before anything is shown, printed or checked. Nothing here trusts the
 * status flag alone: a text editor can flip it.
 */
export function auditRecords(workbook: Workbook, sha256Hex: Sha256Hex): RecordsAudit {
  const problems: Said[] = [];
  const counts = new Map<number, number>();
  for (const stored of workbook.approvals) {
    counts.set(stored.revision, (counts.get(stored.revision) ?? 0) + 1);
  }
  const revisions = workbook.approvals.map((stored) =>
    checkRevision(stored, (counts.get(stored.revision) ?? 0) > 1, sha256Hex),
  );
  for (const check of revisions) {
    const problem = revisionProblem(check);
    // Two copies of one revision are named once, as one sentence says both.
    if (problem && !problems.some((each) => sameSaid(each, problem))) problems.push(problem);
  }
  const workingCopy = workingCopyProblems(workbook);
  problems.push(...workingCopy, ...entryProblems(workbook));
  return {
    revisions,
    frozen: isFrozen(workbook),
    workingCopyTrusted: workingCopy.length === 0,
    problems,
  };
}

/**
 * Whether the working copy is locked: it is as soon as its status or a kept approval of its
 * revision says so, so flipping the status back to "draft" by hand unlocks nothing.
 */
export function isFrozen(workbook: Workbook): boolean {
  const { revision, status } = workbook.agreement;
  return status === 'approved' || workbook.approvals.some((each) => each.revision === revision);
}

function checkRevision(
  stored: StoredApproval,
  duplicate: boolean,
  sha256Hex: Sha256Hex,
): RevisionCheck {
  const meetingDate = storedMeetingDate(stored);
  const { revision, fingerprint, recordedAt } = stored;
  const base = { revision, fingerprint, recordedAt, meetingDate };
  if (duplicate) return { ...base, state: 'duplicate' as const, version: null };
  const read = readApprovedVersion(stored, sha256Hex);
  return read.ok
    ? { ...base, state: 'intact' as const, version: read.version }
    : { ...base, state: read.problem, version: null };
}

/** The meeting date a stored record gives, read without trusting its shape; null if none. */
export function storedMeetingDate(stored: Pick<StoredApproval, 'meeting'>): string | null {
  const meeting = stored.meeting;
  if (typeof meeting !== 'object' || meeting === null || Array.isArray(meeting)) return null;
  const date = (meeting as Record<string, unknown>).date;
  return typeof date === 'string' && date !== '' ? date : null;
}

/** A meeting's day inside a shared sentence: "March 12, 2026", "12 de marzo de 2026". */
export function meetingDaySaid(isoDate: string): Said {
  return saidEach({ en: plainDate(isoDate), es: printedDate(isoDate, 'es') });
}

/** "Revision 1, approved at the board meeting of March 12, 2026," (or "Revision 1"). */
export function revisionName(revision: number, meetingDate: string | null): Said {
  return meetingDate
    ? said('records.nameApproved', { revision, date: meetingDaySaid(meetingDate) })
    : said('records.name', { revision });
}

/** The problem sentence for one revision, or null when it is intact. */
export function revisionProblem(check: RevisionCheck): Said | null {
  const name = revisionName(check.revision, check.meetingDate);
  switch (check.state) {
    case 'intact':
      return null;
    case 'altered':
      return said('records.altered', { name });
    case 'unreadable':
      return said('records.unreadable', { name });
    case 'duplicate':
      return said('records.duplicate', { revision: check.revision });
  }
}

/** The working copy's revision and status must follow from the approvals kept. */
function workingCopyProblems(workbook: Workbook): Said[] {
  const { revision, status } = workbook.agreement;
  const approved = workbook.approvals.map((each) => each.revision);
  const problems: Said[] = [];
  const inOrder = approved.every((each, index) => each === index + 1);
  if (!inOrder) {
    problems.push(said('records.outOfOrder', { numbers: approved.join(', ') }));
  }
  const thisOne = workbook.approvals.findLast((each) => each.revision === revision);
  if (status === 'draft' && thisOne) {
    const name = revisionName(revision, storedMeetingDate(thisOne));
    problems.push(said('records.markedDraft', { name }));
  }
  if (status === 'approved' && !thisOne) {
    problems.push(said('records.approvalMissing', { revision }));
  }
  const missing = Array.from({ length: revision - 1 }, (_, index) => index + 1).filter(
    (each) => !approved.includes(each),
  );
  if (missing.length > 0 && inOrder) {
    problems.push(
      said('records.earlierMissing', {
        revision,
        count: missing.length,
        missing: missing.join(', '),
      }),
    );
  }
  return problems;
}

/** Goals sharing an id, or votes by someone not on the board: never written by the app. */
function entryProblems(workbook: Workbook): Said[] {
  const problems: Said[] = [];
  const seen = new Set<string>();
  for (const goal of workbook.goals) {
    if (seen.has(goal.id)) problems.push(said('records.sharedGoalId', { id: goal.id }));
    seen.add(goal.id);
  }
  const board = new Set(workbook.utility.value.board.map((member) => member.id));
  for (const vote of workbook.meeting.value.votes) {
    if (!board.has(vote.memberId)) {
      problems.push(said('records.strangerVote', { id: vote.memberId }));
    }
  }
  return problems;
}

/** Whether two sentences are the same message with the same values (built the same way). */
function sameSaid(first: Said, second: Said): boolean {
  return JSON.stringify(first) === JSON.stringify(second);
}
