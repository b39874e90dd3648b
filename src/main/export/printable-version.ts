import type { ApprovedVersion } from '../../shared/domain/agreement-version';
import { revisionProblem, type RecordsAudit } from '../../shared/domain/approved/audit-records';
import type { Workbook } from '../../shared/domain/workbook';
import { saidSentences } from '../../shared/i18n/said-list';
import type { Standing } from '../../shared/pdf/standing-words';
import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';
import { auditOf } from '../services/records';

/** An approved revision that may be printed as approved, and whether it is still in force. */
export interface PrintableApproval {
  version: ApprovedVersion;
  standing: Standing;
}

/**
 * The approved revision `revision`, checked against its fingerprint; refused in plain words
 * when it was never approved, or when its record cannot be trusted (it is never printed as
 * approved then).
 */
export function approvedForPrint(workbook: Workbook, revision: number): PrintableApproval {
  return approvedIn(auditOf(workbook), workbook, revision);
}

function approvedIn(audit: RecordsAudit, workbook: Workbook, revision: number): PrintableApproval {
  const check = audit.revisions.findLast((candidate) => candidate.revision === revision);
  if (!check) {
    const { agreement } = workbook;
    const notYet = revision === agreement.revision && !audit.frozen;
    const key = notYet ? 'refusals.notApprovedYet' : 'refusals.noApprovedRevision';
    throw new AppError('conflict', refusal(key, { revision }));
  }
  const problem = revisionProblem(check);
  if (problem !== null || check.version === null) {
    throw new AppError('conflict', problem ?? refusal('refusals.cannotPrint', { revision }));
  }
  const next = audit.revisions.find((candidate) => candidate.revision === revision + 1);
  const standing: Standing = next
    ? { inForce: false, supersededBy: next.revision, supersededOn: next.meetingDate ?? '' }
    : { inForce: true };
  return { version: check.version, standing };
}

/**
 * What to print for a choice of revision: an approved revision, or (null) the working copy. A
 * working copy that is approved is that revision, so it prints without the DRAFT watermark; a
 * working copy whose status and approvals disagree prints nothing.
 */
export function approvedOrDraft(
  workbook: Workbook,
  revision: number | null,
): PrintableApproval | null {
  const audit = auditOf(workbook);
  if (revision !== null) return approvedIn(audit, workbook, revision);
  if (!audit.workingCopyTrusted) {
    // Untrusted means at least one problem with the working copy was found, so this is never empty.
    throw new AppError('conflict', saidSentences(audit.problems));
  }
  return audit.frozen ? approvedIn(audit, workbook, workbook.agreement.revision) : null;
}
