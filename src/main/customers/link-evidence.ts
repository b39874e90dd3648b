import { maxEvidenceLinks } from '../../shared/domain/customers/customer-records';
import { sameRef, type EvidenceLink } from '../../shared/domain/customers/evidence';
import type { Workbook } from '../../shared/domain/workbook';
import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';

/**
 * Inside an update: links evidence to a goal. Only an existing external goal can rest on
 * customers' feedback (internal goals are set by staff), and an entry must still be there.
 * Linking the same evidence twice changes nothing.
 */
export function linkEvidence(draft: Workbook, link: EvidenceLink): void {
  const goal = draft.goals.find((candidate) => candidate.id === link.goalId);
  if (!goal) {
    throw new AppError('invalid-input', refusal('refusals.evidenceGoalGone'));
  }
  if (goal.kind !== 'external') {
    throw new AppError('invalid-input', refusal('refusals.evidenceGoalInternal'));
  }
  const { ref } = link;
  if (ref.kind === 'entry' && !draft.customers.entries.some((entry) => entry.id === ref.entryId)) {
    throw new AppError('invalid-input', refusal('refusals.evidenceEntryGone'));
  }
  const links = draft.customers.evidence;
  if (links.some((other) => other.goalId === link.goalId && sameRef(other.ref, ref))) return;
  if (links.length >= maxEvidenceLinks) {
    const max = maxEvidenceLinks;
    throw new AppError('invalid-input', refusal('refusals.evidenceLinksFull', { max }));
  }
  links.push(link);
}
