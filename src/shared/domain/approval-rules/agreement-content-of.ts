import type { AgreementContent } from '../agreement-version';
import type { Workbook } from '../workbook';

/**
 * What the board approves: the working copy's content without storage details (the records'
 * rev counters), so saving the same text again never changes the fingerprint. A copy, so that
 * later edits to the workbook cannot reach a frozen version.
 */
export function agreementContentOf(workbook: Workbook): AgreementContent {
  return structuredClone({
    revision: workbook.agreement.revision,
    utility: workbook.utility.value,
    scope: workbook.scope.value,
    goals: workbook.goals.map(({ rev: _rev, ...fields }) => fields),
    reviewSettings: workbook.review.value,
  });
}
