import type { ApprovedVersion } from '../../shared/domain/agreement-version';
import type { RevisionCheck } from '../../shared/domain/approved/audit-records';
import { decisionsOf } from '../../shared/domain/annual-review/apply-decisions';
import type { Language } from '../../shared/domain/printed-date';
import type { Workbook } from '../../shared/domain/workbook';
import { revisionChanges, type RevisionChanges } from '../../shared/pdf/revision-changes';
import { auditOf } from '../services/records';

/**
 * "What changed since revision N" for an approved revision started from an annual review:
 * worked out when it is printed from the two approved revisions, each checked against its
 * fingerprint, so every line is what the board approved (decision 53). The reasons given at the
 * review are left out here: they are outside every fingerprint, and nothing in a signed agreement
 * may be text a hand edit could change unnoticed; the draft the board voted on printed them.
 * Null for a revision whose predecessor was never reviewed in the app, so every revision approved
 * before the annual review existed prints exactly as it always did.
 */
export function changesAtReview(
  workbook: Workbook,
  version: ApprovedVersion,
  language: Language = 'en',
): RevisionChanges | null {
  // The revision just before; when its record cannot be trusted, nothing is compared with it.
  const previous = auditOf(workbook)
    .revisions.filter((check) => check.revision < version.revision)
    .reduce<RevisionCheck | null>(
      (found, check) => (!found || check.revision > found.revision ? check : found),
      null,
    )?.version;
  if (!previous) return null;
  const decisions = decisionsOf(workbook.tracking.reviews, previous.revision);
  if (decisions.size === 0) return null;
  return revisionChanges(
    {
      revision: previous.revision,
      goals: previous.content.goals,
      mission: previous.content.scope.mission,
      missionSpanish: previous.content.scope.missionSpanish,
    },
    {
      goals: version.content.goals,
      mission: version.content.scope.mission,
      missionSpanish: version.content.scope.missionSpanish,
    },
    new Map(),
    language,
  );
}
