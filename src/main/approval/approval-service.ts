import type { ApprovalView, VersionSummary } from '../../shared/api/approval-contract';
import type { AgreementContent } from '../../shared/domain/agreement-version';
import type { Meeting, VoteOutcome } from '../../shared/domain/approval';
import { agreementContentOf } from '../../shared/domain/approval-rules/agreement-content-of';
import { approvalBlockers } from '../../shared/domain/approval-rules/approval-blockers';
import { fingerprintText } from '../../shared/domain/approval-rules/compute-fingerprint';
import { meetingAfterToday } from '../../shared/domain/approval-rules/meeting-after-today';
import { matchesTypedFingerprint } from '../../shared/domain/approval-rules/matches-typed-fingerprint';
import { shortFingerprint } from '../../shared/domain/approval-rules/short-fingerprint';
import { storedOutcomeSaid, voteOutcome } from '../../shared/domain/approval-rules/vote-outcome';
import {
  recordsChanged,
  revisionProblem,
  type RecordsAudit,
  type RevisionCheck,
} from '../../shared/domain/approved/audit-records';
import { readApprovedVersion } from '../../shared/domain/approved/read-approved-version';
import {
  currentSnapshotFormat,
  type StoredApproval,
} from '../../shared/domain/approved/stored-approval';
import type { Said } from '../../shared/i18n/said';
import { saidSentences } from '../../shared/i18n/said-list';
import type { ComplaintSummary } from '../../shared/domain/customers/feedback-summary';
import type { Workbook } from '../../shared/domain/workbook';
import { AppError } from '../app-error';
import { editableStore, frozenMessage, type WorkbookStore } from '../services/editable-store';
import { localDate } from '../../shared/domain/local-date';
import { auditOf, sha256Hex } from '../services/records';
import { reviewOf } from './review-service';
import { startNextRevision } from './next-revision';
import { applyVersioned } from '../services/save-versioned';
import type { AreaHandlers } from '../../shared/api/contract';

/** The meeting as recorded, its computed outcome, and what stands in the way of approval. */
interface Vote {
  meeting: Meeting;
  outcome: VoteOutcome;
  blockers: Said[];
}

function voteOf(workbook: Workbook): Vote {
  const board = workbook.utility.value.board;
  const meeting = workbook.meeting.value;
  const outcome = voteOutcome(meeting, board);
  const { findings } = reviewOf(workbook);
  return { meeting, outcome, blockers: approvalBlockers({ findings, meeting, outcome, board }) };
}

/** The versions list: each kept revision with its meeting date and whether it can be trusted. */
export function versionSummaryOf(check: RevisionCheck, newest: number): VersionSummary {
  const { version } = check;
  return {
    revision: check.revision,
    meetingDate: check.meetingDate ?? '',
    recordedAt: check.recordedAt,
    fingerprint: check.fingerprint,
    shortFingerprint: shortFingerprint(check.fingerprint),
    resolutionNumber: version?.meeting.resolutionNumber ?? '',
    outcomeSummary: version ? storedOutcomeSaid(version.outcome, version.meeting.threshold) : null,
    inForce: check.revision === newest,
    problem: revisionProblem(check),
  };
}

function summariesOf(audit: RecordsAudit): VersionSummary[] {
  const newest = Math.max(0, ...audit.revisions.map((check) => check.revision));
  return audit.revisions.map((check) => versionSummaryOf(check, newest));
}

export interface ApprovalServiceOptions {
  /** The complaint log in figures: part of what the board approves. */
  complaints: () => ComplaintSummary;
  /** When "now" is; tests pass a fixed clock. */
  clock?: () => Date;
}

/**
 * Steps 7 and 8: the board's meeting and vote, approval (which freezes the working copy) and
 * new revisions. Approved revisions are kept, oldest first, each with its fingerprint, and
 * checked against it every time they are shown.
 */

export function createApprovalService(
  repository: WorkbookStore,
  options: ApprovalServiceOptions,
): Omit<AreaHandlers<'approval'>, 'approval:checkPdf'> {
  const clock = options.clock ?? (() => new Date());
  const editable = editableStore(repository);

  /** Steps 7 and 8 as the screen shows them; a frozen working copy can only start a new revision. */
  const viewOf = (workbook: Workbook): ApprovalView => {
    const audit = auditOf(workbook);
    const { outcome, blockers } = voteOf(workbook);
    const refusals = audit.frozen
      ? [frozenMessage(workbook)]
      : audit.problems.length > 0
        ? [recordsChanged, ...blockers]
        : blockers;
    return {
      agreement: { ...workbook.agreement, status: audit.frozen ? 'approved' : 'draft' },
      meeting: workbook.meeting,
      outcome,
      blockers: refusals,
      meetingAfterToday: audit.frozen
        ? null
        : meetingAfterToday(workbook.meeting.value, localDate(clock())),
      versions: summariesOf(audit),
      problems: audit.problems,
    };
  };

  return {
    'approval:get': () => viewOf(repository.read()),

    'approval:saveMeeting': async (input) =>
      viewOf(await editable.update((draft) => applyVersioned(draft, 'meeting', input))),

    /**
     * Refused while any blocker stands, while the records on this computer cannot be trusted,
     * and, until confirmed, for a meeting dated after today. The snapshot and its fingerprint
     * are made inside the store's queue from the state being saved, so nothing can slip in
     * between.
     */
    'approval:approve': async (input) => {
      const saved = await editable.update((draft, before) => {
        if (auditOf(before).problems.length > 0) throw new AppError('conflict', recordsChanged);
        const { meeting, outcome, blockers } = voteOf(before);
        if (blockers.length > 0) throw new AppError('conflict', saidSentences(blockers));
        const later = meetingAfterToday(meeting, localDate(clock()));
        if (later && !input?.meetingAfterTodayConfirmed) throw new AppError('conflict', later);
        const content = agreementContentOf(before, options.complaints());
        const record = storedApproval(content, meeting, outcome, clock());
        // The frozen format is stricter than the editing schemas (no goal without an area); the
        // review keeps such goals out, and this makes sure no unreadable approval is ever kept.
        if (!readApprovedVersion(record, sha256Hex).ok) {
          throw new Error(
            `The approval does not read in snapshot format ${currentSnapshotFormat}.`,
          );
        }
        draft.approvals.push(record);
        draft.agreement = { ...draft.agreement, status: 'approved' };
      });
      return viewOf(saved);
    },

    /** The approved content stays as the new draft; the meeting keeps the board's rules only. */
    'approval:newRevision': async () => {
      const saved = await repository.update((draft, before) => {
        startNextRevision(draft, before);
      });
      return viewOf(saved);
    },

    /**
     * The newest kept revision whose fingerprint starts with the digits typed from paper. The
     * answer says when that revision's record was changed on this computer after approval.
     */
    'approval:checkCopy': (input) => {
      const summaries = summariesOf(auditOf(repository.read()));
      const found = summaries.findLast((summary) =>
        matchesTypedFingerprint(input.fingerprint, summary.fingerprint),
      );
      return { match: found ?? null };
    },
  };
}

/** The record kept for an approval: the snapshot as plain JSON and its fingerprint. */
function storedApproval(
  content: AgreementContent,
  meeting: Meeting,
  outcome: VoteOutcome,
  now: Date,
): StoredApproval {
  const covered = structuredClone({ content, meeting, outcome });
  const text = fingerprintText(covered);
  return {
    revision: content.revision,
    snapshotFormat: currentSnapshotFormat,
    recordedAt: now.toISOString(),
    // Stored as the canonical text reads back, so what is kept is exactly what was hashed.
    ...(JSON.parse(text) as Pick<StoredApproval, 'content' | 'meeting' | 'outcome'>),
    fingerprint: sha256Hex(text),
  };
}
