import type { Review } from '../../shared/api/contract';
import { reviewAgreement } from '../../shared/domain/review/review-agreement';
import type { ReviewSettings } from '../../shared/domain/review-settings';
import type { Workbook } from '../../shared/domain/workbook';
import type { WorkbookStore } from './editable-store';
import { applyVersioned } from './save-versioned';
import { templateLibrary } from './template-library';

/** The review step's view of one saved state: computed fresh, never stored. */
export function reviewOf(workbook: Workbook): Review {
  return {
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
export function createReviewService(repository: WorkbookStore) {
  return {
    get: (): Review => reviewOf(repository.read()),
    save: async (input: { rev: number; value: ReviewSettings }): Promise<Review> =>
      reviewOf(await repository.update((draft) => applyVersioned(draft, 'review', input))),
  };
}
