import type { AgreementContent } from '../agreement-version';
import { customerFeedbackContentOf } from '../customers/customer-feedback-content-of';
import type { ComplaintSummary } from '../customers/feedback-summary';
import type { Workbook } from '../workbook';

/**
 * What the board approves: the working copy's content without storage details (the records'
 * rev counters), so saving the same text again never changes the fingerprint. A copy, so that
 * later edits to the workbook cannot reach a frozen version. `complaints` is the complaint log
 * in figures (it lives in its own file); customers' names and addresses never get in.
 */
export function agreementContentOf(
  workbook: Workbook,
  complaints: ComplaintSummary,
): AgreementContent {
  return structuredClone({
    revision: workbook.agreement.revision,
    utility: workbook.utility.value,
    scope: workbook.scope.value,
    goals: workbook.goals.map(({ rev: _rev, ...fields }) => fields),
    reviewSettings: workbook.review.value,
    customerFeedback: customerFeedbackContentOf({
      records: workbook.customers,
      goals: workbook.goals,
      complaints,
    }),
  });
}
