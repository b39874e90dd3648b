import type { SuggestionKind } from '@shared/domain/annual-review/review-suggestion';
import { amountWithUnit } from '@shared/domain/numbers/unit-words';
import type { ReviewChoice, ReviewDecision } from '@shared/domain/tracking/review-records';

/** Each choice as the radio says it. */
export const choiceWords: Record<ReviewChoice, string> = {
  keep: 'Keep it',
  raise: 'Raise the target',
  lower: 'Lower the target',
  drop: 'Drop the goal',
  reword: 'Reword it',
};

/** A saved decision in a few words, beside the goal: "raise the target to 7 breaks". */
export function decidedWords(decision: ReviewDecision, unit: string): string {
  const { choice, newTarget } = decision;
  if ((choice === 'raise' || choice === 'lower') && newTarget !== null) {
    return `${choice} the target to ${amountWithUnit(newTarget, unit)}`;
  }
  return choiceWords[choice].toLowerCase();
}

/** The mark before a suggestion, so it reads without its colour. */
export const suggestionMarks: Record<SuggestionKind, string> = {
  'consider-raising': '↑',
  keep: '✓',
  missed: '✗',
  'no-results': '?',
  'no-target': '?',
};
