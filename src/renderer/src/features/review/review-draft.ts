import { floorKeys, type FloorKey } from '@shared/domain/goal';
import type { ReviewSettings } from '@shared/domain/review-settings';
import { numberFromDraft, type NumberDraft } from '../../form-kit/number-draft';

/** The board's settings as the form holds them: the floors may be half-typed text. */
export type ReviewDraft = Omit<ReviewSettings, 'floors'> & {
  floors: Record<keyof ReviewSettings['floors'], NumberDraft>;
};

export function reviewToDraft(settings: ReviewSettings): ReviewDraft {
  return structuredClone(settings);
}

/**
 * Every floor is saved, shown or not: a sewer district's form hides the pressure floor, but
 * keeps its value for the day the utility takes on drinking water too.
 */
export function reviewDraftToInput(draft: ReviewDraft): unknown {
  const floors = Object.fromEntries(
    floorKeys.map((key): [FloorKey, unknown] => [key, numberFromDraft(draft.floors[key])]),
  );
  return { ...draft, floors };
}
