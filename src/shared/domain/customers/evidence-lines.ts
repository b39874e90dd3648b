import type { Said } from '../../i18n/said';
import { describeEvidenceList, type EvidenceContext } from './describe-evidence';

/** Each piece of evidence linked to a goal, in words, in the order it was linked. */
export function evidenceLines(goalId: string, context: EvidenceContext): Said[] {
  const refs = context.records.evidence
    .filter((link) => link.goalId === goalId)
    .map((link) => link.ref);
  return describeEvidenceList(refs, context);
}
