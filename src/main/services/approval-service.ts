import type { ApprovalView, VersionSummary } from '../../shared/api/contract';
import type { AgreementContent, ApprovedVersion } from '../../shared/domain/agreement-version';
import { emptyMeeting, type Meeting, type VoteOutcome } from '../../shared/domain/approval';
import { agreementContentOf } from '../../shared/domain/approval-rules/agreement-content-of';
import { approvalBlockers } from '../../shared/domain/approval-rules/approval-blockers';
import { canonicalJson } from '../../shared/domain/approval-rules/canonical-json';
import { computeFingerprint } from '../../shared/domain/approval-rules/compute-fingerprint';
import { matchesTypedFingerprint } from '../../shared/domain/approval-rules/matches-typed-fingerprint';
import { shortFingerprint } from '../../shared/domain/approval-rules/short-fingerprint';
import { nextReviewDate } from '../../shared/domain/approval-rules/next-review-date';
import { voteOutcome } from '../../shared/domain/approval-rules/vote-outcome';
import type { ComplaintSummary } from '../../shared/domain/customers/feedback-summary';
import type { Workbook } from '../../shared/domain/workbook';
import { AppError } from '../app-error';
import { assertEditable, editableStore, frozenMessage, type WorkbookStore } from './editable-store';
import { reviewOf } from './review-service';
import { applyVersioned } from './save-versioned';

/** The meeting as recorded, its computed outcome, and what stands in the way of approval. */
interface Vote {
  meeting: Meeting;
  outcome: VoteOutcome;
  blockers: string[];
}

/** What the board would approve right now: the content, the meeting and the computed outcome. */
interface Motion extends Vote {
  content: AgreementContent;
}

function voteOf(workbook: Workbook): Vote {
  const board = workbook.utility.value.board;
  const meeting = workbook.meeting.value;
  const outcome = voteOutcome(meeting, board);
  const { findings } = reviewOf(workbook);
  return { meeting, outcome, blockers: approvalBlockers({ findings, meeting, outcome, board }) };
}

function motionOf(workbook: Workbook, complaints: ComplaintSummary): Motion {
  return { ...voteOf(workbook), content: agreementContentOf(workbook, complaints) };
}

export function versionSummaryOf(version: ApprovedVersion): VersionSummary {
  return {
    revision: version.revision,
    approvedAt: version.approvedAt,
    fingerprint: version.fingerprint,
    shortFingerprint: shortFingerprint(version.fingerprint),
    resolutionNumber: version.meeting.resolutionNumber,
    outcomeSummary: version.outcome.summary,
  };
}

/** Steps 7 and 8 as the screen shows them; an approved working copy can only start a new revision. */
export function approvalViewOf(workbook: Workbook): ApprovalView {
  const { outcome, blockers } = voteOf(workbook);
  const frozen = workbook.agreement.status === 'approved';
  return {
    agreement: workbook.agreement,
    meeting: workbook.meeting,
    outcome,
    blockers: frozen ? [frozenMessage(workbook)] : blockers,
    versions: workbook.approvals.map(versionSummaryOf),
  };
}

function sameMotion(a: Motion, b: Motion): boolean {
  const { content, meeting, outcome } = a;
  return (
    canonicalJson({ content, meeting, outcome }) ===
    canonicalJson({ content: b.content, meeting: b.meeting, outcome: b.outcome })
  );
}

const changedElsewhere =
  'The agreement or the meeting was changed in another window while it was being approved. Reload, check it, and approve again.';

export interface ApprovalServiceOptions {
  /** The complaint log in figures: part of what the board approves. */
  complaints: () => ComplaintSummary;
  /** When "now" is; tests pass a fixed clock. */
  clock?: () => Date;
}

/**
 * Steps 7 and 8: the board's meeting and vote, approval (which freezes the working copy) and
 * new revisions. Approved versions are kept, oldest first, each with its fingerprint.
 */
export function createApprovalService(repository: WorkbookStore, options: ApprovalServiceOptions) {
  const clock = options.clock ?? (() => new Date());
  const editable = editableStore(repository);
  return {
    get: (): ApprovalView => approvalViewOf(repository.read()),

    saveMeeting: async (input: { rev: number; value: Meeting }): Promise<ApprovalView> =>
      approvalViewOf(await editable.update((draft) => applyVersioned(draft, 'meeting', input))),

    /**
     * Refused while any blocker stands. The fingerprint is computed outside the store's queue
     * (it is asynchronous), so the save checks that nothing it covers changed meanwhile.
     */
    approve: async (): Promise<ApprovalView> => {
      const before = repository.read();
      assertEditable(before);
      const motion = motionOf(before, options.complaints());
      if (motion.blockers.length > 0) throw new AppError('conflict', motion.blockers.join(' '));
      const { content, meeting, outcome } = motion;
      const version: ApprovedVersion = {
        revision: before.agreement.revision,
        approvedAt: clock().toISOString(),
        nextReviewOn: nextReviewDate(meeting.date),
        content,
        meeting,
        outcome,
        fingerprint: await computeFingerprint({ content, meeting, outcome }),
      };
      const saved = await editable.update((draft) => {
        // The complaint log is read again here: an import finished meanwhile changes the figures.
        if (!sameMotion(motionOf(draft, options.complaints()), motion)) {
          throw new AppError('conflict', changedElsewhere);
        }
        draft.approvals.push(version);
        draft.agreement = { ...draft.agreement, status: 'approved' };
      });
      return approvalViewOf(saved);
    },

    /** The approved content stays as the new draft; the meeting keeps the board's rules only. */
    newRevision: async (): Promise<ApprovalView> => {
      const saved = await repository.update((draft) => {
        const { revision, status } = draft.agreement;
        if (status !== 'approved') {
          throw new AppError(
            'conflict',
            `Revision ${revision} is still a draft: it can be changed as it is, so there is no need for a new revision.`,
          );
        }
        const { seats, quorumRule, quorumFixed, threshold } = draft.meeting.value;
        draft.agreement = { revision: revision + 1, status: 'draft' };
        draft.meeting = {
          rev: draft.meeting.rev + 1,
          value: { ...structuredClone(emptyMeeting), seats, quorumRule, quorumFixed, threshold },
        };
      });
      return approvalViewOf(saved);
    },

    /** The newest approved version whose fingerprint starts with the digits typed from paper. */
    checkCopy: (input: { fingerprint: string }): { match: VersionSummary | null } => {
      const found = repository
        .read()
        .approvals.findLast((version) =>
          matchesTypedFingerprint(input.fingerprint, version.fingerprint),
        );
      return { match: found ? versionSummaryOf(found) : null };
    },
  };
}
