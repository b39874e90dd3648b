import { agreementContentOf } from '../../shared/domain/approval-rules/agreement-content-of';
import type { ComplaintSummary } from '../../shared/domain/customers/feedback-summary';
import type { Language } from '../../shared/domain/printed-date';
import type { Workbook } from '../../shared/domain/workbook';
import type { AgreementPdfInput } from '../../shared/pdf/agreement-document';
import { changesAtReview } from '../annual-review/changes-at-review';
import { changesSinceInForce } from '../approval/changes-since-in-force';
import { approvedOrDraft } from './printable-version';

/**
 * What the agreement PDF prints for a choice of revision: an approved revision as it was
 * approved, or (null) the working copy, as a draft unless it is approved.
 */
export function agreementInput(
  workbook: Workbook,
  complaints: ComplaintSummary,
  revision: number | null,
  generatedOn: string,
  language: Language = 'en',
): AgreementPdfInput {
  const printable = approvedOrDraft(workbook, revision);
  if (!printable) {
    return {
      content: agreementContentOf(workbook, complaints),
      approval: null,
      generatedOn,
      changes: changesSinceInForce(workbook, language),
      language,
    };
  }
  const { content, meeting, outcome, fingerprint, nextReviewOn, fingerprintedText } =
    printable.version;
  return {
    content,
    approval: {
      meeting,
      outcome,
      fingerprint,
      nextReviewOn,
      fingerprintedText,
      standing: printable.standing,
    },
    generatedOn,
    changes: changesAtReview(workbook, printable.version, language),
    language,
  };
}
