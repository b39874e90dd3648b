import type { ReviewSettings } from '../../../../shared/domain/review-settings';
import { numberFromDraft, type NumberDraft } from '../../wizard/number-draft';

/** The board's settings as the form holds them: the floors may be half-typed text. */
export type ReviewDraft = Omit<ReviewSettings, 'floors'> & {
  floors: Record<keyof ReviewSettings['floors'], NumberDraft>;
};

export function reviewToDraft(settings: ReviewSettings): ReviewDraft {
  return structuredClone(settings);
}

export function reviewDraftToInput(draft: ReviewDraft): unknown {
  return {
    ...draft,
    floors: {
      'minimum-pressure': numberFromDraft(draft.floors['minimum-pressure']),
      'tier-1-notice': numberFromDraft(draft.floors['tier-1-notice']),
    },
  };
}
