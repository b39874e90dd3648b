import type {
  ApprovalView,
  Handlers,
  Unprintable,
  VersionSummary,
} from '../../../src/shared/api/contract';
import type { ExportResult } from '../../../src/shared/api/export-result';
import type { ErrorCode } from '../../../src/shared/api/result';
import type { ApprovedVersion } from '../../../src/shared/domain/agreement-version';
import { emptyMeeting } from '../../../src/shared/domain/approval';
import { agreementContentOf } from '../../../src/shared/domain/approval-rules/agreement-content-of';
import { approvalBlockers } from '../../../src/shared/domain/approval-rules/approval-blockers';
import { computeFingerprint } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import { matchesTypedFingerprint } from '../../../src/shared/domain/approval-rules/matches-typed-fingerprint';
import { nextReviewDate } from '../../../src/shared/domain/approval-rules/next-review-date';
import { shortFingerprint } from '../../../src/shared/domain/approval-rules/short-fingerprint';
import { voteOutcome } from '../../../src/shared/domain/approval-rules/vote-outcome';
import type { ComplaintLog } from '../../../src/shared/domain/customers/complaint-log';
import { summarizeComplaints } from '../../../src/shared/domain/customers/summarize-complaints';
import { reviewAgreement } from '../../../src/shared/domain/review/review-agreement';
import type { Workbook } from '../../../src/shared/domain/workbook';

/** An error a handler throws; the memory Api answers it as a Result with this code. */
export class MemoryError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** How the memory Api's exports answer, set by each test. */
export interface ExportSettings {
  delivery: 'download' | 'saved' | 'cancelled';
  unprintable: Unprintable[];
  opened: boolean;
}

type ApprovalMethods =
  | 'approval:get'
  | 'approval:saveMeeting'
  | 'approval:approve'
  | 'approval:newRevision'
  | 'approval:checkCopy'
  | 'export:check'
  | 'export:agreementPdf'
  | 'export:customerSummaryPdf'
  | 'export:openSaved';

export function frozenMessageOf(workbook: Workbook): string {
  return `Revision ${workbook.agreement.revision} was approved by the board and can no longer be changed. Start a new revision to make changes.`;
}

/** Refuses an edit to an approved working copy, as the real freeze guard does. */
export function assertEditable(workbook: Workbook): void {
  if (workbook.agreement.status === 'approved') {
    throw new MemoryError('frozen', frozenMessageOf(workbook));
  }
}

function summaryOf(version: ApprovedVersion): VersionSummary {
  return {
    revision: version.revision,
    approvedAt: version.approvedAt,
    fingerprint: version.fingerprint,
    shortFingerprint: shortFingerprint(version.fingerprint),
    resolutionNumber: version.meeting.resolutionNumber,
    outcomeSummary: version.outcome.summary,
  };
}

function motionOf(workbook: Workbook) {
  const board = workbook.utility.value.board;
  const meeting = workbook.meeting.value;
  const outcome = voteOutcome(meeting, board);
  const findings = reviewAgreement({
    utility: workbook.utility.value,
    scope: workbook.scope.value,
    goals: workbook.goals,
    settings: workbook.review.value,
    customers: workbook.customers,
  });
  return { meeting, outcome, blockers: approvalBlockers({ findings, meeting, outcome, board }) };
}

function viewOf(workbook: Workbook): ApprovalView {
  const { outcome, blockers } = motionOf(workbook);
  const frozen = workbook.agreement.status === 'approved';
  return structuredClone({
    agreement: workbook.agreement,
    meeting: workbook.meeting,
    outcome,
    blockers: frozen ? [frozenMessageOf(workbook)] : blockers,
    versions: workbook.approvals.map(summaryOf),
  });
}

/**
 * Steps 7 and 8 for the memory Api, built on the real vote rules and fingerprint so the
 * screens are tested against the same outcomes and blockers the app computes.
 */
export function approvalHandlers(state: {
  workbook: Workbook;
  exports: ExportSettings;
  complaintLog: ComplaintLog;
}): Pick<Handlers, ApprovalMethods> {
  const deliver = (fileName: string): Promise<ExportResult> => {
    const { delivery } = state.exports;
    if (delivery === 'cancelled') return Promise.resolve({ status: 'cancelled' });
    if (delivery === 'saved') return Promise.resolve({ status: 'saved', fileName });
    // "%PDF-1.7" in base64, enough for a test to recognise the bytes it was handed.
    return Promise.resolve({ status: 'download', fileName, base64: 'JVBERi0xLjc=' });
  };
  return {
    'approval:get': () => Promise.resolve(viewOf(state.workbook)),
    'approval:saveMeeting': ({ rev, value }) => {
      assertEditable(state.workbook);
      if (rev !== state.workbook.meeting.rev) {
        throw new MemoryError('conflict', 'This was changed in another window.');
      }
      state.workbook.meeting = { rev: rev + 1, value };
      return Promise.resolve(viewOf(state.workbook));
    },
    'approval:approve': async () => {
      const workbook = state.workbook;
      assertEditable(workbook);
      const { meeting, outcome, blockers } = motionOf(workbook);
      if (blockers.length > 0) throw new MemoryError('conflict', blockers.join(' '));
      const content = agreementContentOf(workbook, summarizeComplaints(state.complaintLog));
      workbook.approvals.push({
        revision: workbook.agreement.revision,
        approvedAt: `${meeting.date}T20:00:00.000Z`,
        nextReviewOn: nextReviewDate(meeting.date),
        content,
        meeting: structuredClone(meeting),
        outcome,
        fingerprint: await computeFingerprint({ content, meeting, outcome }),
      });
      workbook.agreement = { ...workbook.agreement, status: 'approved' };
      return viewOf(workbook);
    },
    'approval:newRevision': () => {
      const workbook = state.workbook;
      if (workbook.agreement.status !== 'approved') {
        throw new MemoryError('conflict', 'This revision is still a draft.');
      }
      const { seats, quorumRule, quorumFixed, threshold } = workbook.meeting.value;
      workbook.agreement = { revision: workbook.agreement.revision + 1, status: 'draft' };
      workbook.meeting = {
        rev: workbook.meeting.rev + 1,
        value: { ...structuredClone(emptyMeeting), seats, quorumRule, quorumFixed, threshold },
      };
      return Promise.resolve(viewOf(workbook));
    },
    'approval:checkCopy': ({ fingerprint }) => {
      const found = state.workbook.approvals.findLast((version) =>
        matchesTypedFingerprint(fingerprint, version.fingerprint),
      );
      return Promise.resolve({ match: found ? summaryOf(found) : null });
    },
    'export:check': () =>
      Promise.resolve({ unprintable: structuredClone(state.exports.unprintable) }),
    'export:agreementPdf': ({ revision }) =>
      deliver(`LOS Agreement revision ${revision ?? state.workbook.agreement.revision}.pdf`),
    'export:customerSummaryPdf': ({ revision, language }) =>
      deliver(`LOS Customer Summary revision ${revision} (${language}).pdf`),
    'export:openSaved': () => Promise.resolve({ opened: state.exports.opened }),
  };
}
