import type { Review } from '../../shared/api/approval-contract';
import { reviewAgreement } from '../../shared/domain/review/review-agreement';
import { revisionChanges } from '../../shared/pdf/revision-changes';
import { inForceVersion } from '../tracking/tracking-view';
import type { Workbook } from '../../shared/domain/workbook';
import type { WorkbookStore } from '../services/editable-store';
import { applyVersioned } from '../services/save-versioned';
import { templateLibrary } from '../goals/template-library';
import type { AreaHandlers } from '../../shared/api/contract';

/** How the revision being drafted differs from the one in force; null while none is drafted. */
function changesOf(workbook: Workbook): Review['changes'] {
  const inForce = inForceVersion(workbook);
  if ('problem' in inForce || inForce.version.revision >= workbook.agreement.revision) return null;
  const { revision, content } = inForce.version;
  return revisionChanges(
    { revision, goals: content.goals, mission: content.scope.mission },
    { goals: workbook.goals, mission: workbook.scope.value.mission },
  );
}

/** The review step's view of one saved state: computed fresh, never stored. */
export function reviewOf(workbook: Workbook): Review {
  return {
    changes: changesOf(workbook),
    settings: workbook.review,
    findings: reviewAgreement({
      utility: workbook.utility.value,
      scope: workbook.scope.value,
      goals: workbook.goals,
      settings: workbook.review.value,
      customers: workbook.customers,
      templates: templateLibrary(),
    }),
  };
}

/** Step 6: the board's floors and reasons, and the checklist over everything entered so far. */

export function createReviewService(repository: WorkbookStore): AreaHandlers<'review'> {
  return {
    'review:get': () => reviewOf(repository.read()),
    'review:save': async (input) =>
      reviewOf(await repository.update((draft) => applyVersioned(draft, 'review', input))),
  };
}
