import type { Review } from '../../shared/api/approval-contract';
import { reviewAgreement } from '../../shared/domain/review/review-agreement';
import type { Workbook } from '../../shared/domain/workbook';
import type { WorkbookStore } from '../services/editable-store';
import { applyVersioned } from '../services/save-versioned';
import { templateLibrary } from '../goals/template-library';
import type { AreaHandlers } from '../../shared/api/contract';
import { changesInEach } from './changes-since-in-force';

/** The review step's view of one saved state: computed fresh, never stored. */
export function reviewOf(workbook: Workbook): Review {
  return {
    changes: changesInEach(workbook),
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
