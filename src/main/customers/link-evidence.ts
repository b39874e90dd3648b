import { maxEvidenceLinks } from '../../shared/domain/customers/customer-records';
import { sameRef, type EvidenceLink } from '../../shared/domain/customers/evidence';
import type { Workbook } from '../../shared/domain/workbook';
import { AppError } from '../app-error';

/**
 * Inside an update: links evidence to a goal. Only an existing external goal can rest on
 * customers' feedback (internal goals are set by staff), and an entry must still be there.
 * Linking the same evidence twice changes nothing.
 */
export function linkEvidence(draft: Workbook, link: EvidenceLink): void {
  const goal = draft.goals.find((candidate) => candidate.id === link.goalId);
  if (!goal) {
    throw new AppError(
      'invalid-input',
      'This goal is no longer in the list; it may have been deleted in another window. Reload and choose the goal again.',
    );
  }
  if (goal.kind !== 'external') {
    throw new AppError(
      'invalid-input',
      'Customer feedback can only be the evidence for an external goal. Choose an external goal, or make a new one.',
    );
  }
  const { ref } = link;
  if (ref.kind === 'entry' && !draft.customers.entries.some((entry) => entry.id === ref.entryId)) {
    throw new AppError(
      'invalid-input',
      'This piece of feedback is no longer in the list; it may have been deleted in another window. Reload and try again.',
    );
  }
  const links = draft.customers.evidence;
  if (links.some((other) => other.goalId === link.goalId && sameRef(other.ref, ref))) return;
  if (links.length >= maxEvidenceLinks) {
    throw new AppError(
      'invalid-input',
      `The workbook can hold at most ${maxEvidenceLinks.toLocaleString('en-US')} evidence links. Remove one before adding another.`,
    );
  }
  links.push(link);
}
