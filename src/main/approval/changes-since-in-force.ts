import type { Review } from '../../shared/api/approval-contract';
import { revisionChanges, type RevisionChanges } from '../../shared/pdf/revision-changes';
import { decisionsOf, reasonsByGoal } from '../../shared/domain/annual-review/apply-decisions';
import type { Language } from '../../shared/domain/printed-date';
import type { Workbook } from '../../shared/domain/workbook';
import { inForceVersion } from '../tracking/tracking-view';

/**
 * How the revision being drafted differs from the one in force (the review step shows it, the
 * draft PDF prints it), with the board's reasons from the annual review of the one in force;
 * null while no new revision is drafted or the one in force cannot be read.
 */
export function changesSinceInForce(
  workbook: Workbook,
  language: Language = 'en',
): RevisionChanges | null {
  const inForce = inForceVersion(workbook);
  if ('problem' in inForce || inForce.version.revision >= workbook.agreement.revision) return null;
  const { revision, content } = inForce.version;
  const scope = workbook.scope.value;
  return revisionChanges(
    {
      revision,
      goals: content.goals,
      mission: content.scope.mission,
      missionSpanish: content.scope.missionSpanish,
    },
    { goals: workbook.goals, mission: scope.mission, missionSpanish: scope.missionSpanish },
    reasonsByGoal(decisionsOf(workbook.tracking.reviews, revision)),
    language,
  );
}

/** The changes as each language's draft prints them, for the review step to show its reader's. */
export function changesInEach(workbook: Workbook): Review['changes'] {
  const en = changesSinceInForce(workbook, 'en');
  const es = changesSinceInForce(workbook, 'es');
  return en && es ? { en, es } : null;
}
