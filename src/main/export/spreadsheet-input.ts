import type { ComplaintSummary } from '../../shared/domain/customers/feedback-summary';
import type { Workbook } from '../../shared/domain/workbook';
import type { SheetAgreement, SpreadsheetInput } from '../../shared/export/results-spreadsheet';
import { sayIn } from '../../shared/i18n/say-in';
import { auditOf } from '../services/records';
import { inForceVersion } from '../tracking/tracking-view';

/**
 * What the results spreadsheet reads from the open utility: the revision in force as the
 * overview reads it (or the working draft, saying why), every approved revision that can be
 * trusted (each result is held to its own revision's goals), the customer records and the
 * complaint log's summary.
 */
export function spreadsheetInput(
  workbook: Workbook,
  complaints: ComplaintSummary,
  exportedOn: string,
): SpreadsheetInput {
  const { revisions } = auditOf(workbook);
  const inForce = inForceVersion(workbook);
  const agreement: SheetAgreement =
    'version' in inForce
      ? {
          approved: true,
          revision: inForce.version.revision,
          approvedOn: inForce.version.meeting.date,
          nextReviewOn: inForce.version.nextReviewOn,
          goals: inForce.version.content.goals,
        }
      : {
          approved: false,
          revision: workbook.agreement.revision,
          goals: workbook.goals,
          // The results spreadsheet is written in English (shared/export).
          problem: revisions.length === 0 ? null : sayIn(inForce.problem, 'en'),
        };
  return {
    utilityName: workbook.utility.value.name,
    systemType: workbook.utility.value.systemType,
    exportedOn,
    agreement,
    approvedRevisions: revisions.flatMap(({ revision, version }) =>
      version ? [{ revision, goals: version.content.goals }] : [],
    ),
    actuals: workbook.tracking.actuals,
    feedback: workbook.customers,
    complaints,
  };
}
