import { agreementContentOf } from '../../shared/domain/approval-rules/agreement-content-of';
import type { AgreementContent } from '../../shared/domain/agreement-version';
import type { ComplaintSummary } from '../../shared/domain/customers/feedback-summary';
import type { Language } from '../../shared/domain/printed-date';
import { missingSpanish, type MissingSpanish } from '../../shared/domain/spanish/missing-spanish';
import type { Workbook } from '../../shared/domain/workbook';
import { surveyGoals } from '../../shared/pdf/survey-printable-fields';
import { inForceVersion } from '../tracking/tracking-view';
import { approvedOrDraft } from './printable-version';

type CheckedDocument = 'agreement' | 'survey-forms' | 'reports' | 'board-packet' | 'minutes';

/** The content the chosen documents print the board's own words from. */
function printedContent(
  workbook: Workbook,
  complaints: ComplaintSummary,
  document: CheckedDocument,
  revision: number | null,
): AgreementContent | null {
  if (document === 'reports') {
    const inForce = inForceVersion(workbook);
    return 'problem' in inForce ? null : inForce.version.content;
  }
  // The minutes name the agreement they adopt; an approved revision's words are its own.
  if (document === 'agreement' || document === 'minutes') {
    const printable = approvedOrDraft(workbook, revision);
    if (printable) return printable.version.content;
  }
  return agreementContentOf(workbook, complaints);
}

/**
 * What a Spanish paper of the chosen documents would print in the board's English, so the user
 * can write it before printing. The survey card prints only the external goals' statements (no
 * mission, measure or unit), so only those are listed for it. Nothing for an English paper.
 */
export function spanishCheck(
  workbook: Workbook,
  complaints: ComplaintSummary,
  input: { document: CheckedDocument; revision: number | null; language: Language },
): MissingSpanish[] {
  if (input.language === 'en') return [];
  const content = printedContent(workbook, complaints, input.document, input.revision);
  if (content === null) return [];
  const missing = missingSpanish(content);
  if (input.document !== 'survey-forms') return missing;
  const onCard = new Set(surveyGoals(workbook.goals).map(({ goal }) => goal.id));
  return missing.filter(
    (item) =>
      item.where.kind === 'goal' && item.field === 'statement' && onCard.has(item.where.goalId),
  );
}
