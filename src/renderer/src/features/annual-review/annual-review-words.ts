import type { SuggestionKind } from '@shared/domain/annual-review/review-suggestion';
import { amountWithUnit } from '@shared/domain/numbers/unit-words';
import type { Language } from '@shared/domain/printed-date';
import type { ReviewChoice, ReviewDecision } from '@shared/domain/tracking/review-records';
import type { MessageKey } from '../../i18n/catalog';
import type { Text } from '../../i18n/use-text';

/** Each choice as the radio says it. */
export const choiceWords: Record<ReviewChoice, MessageKey> = {
  keep: 'annual.choice.keep',
  raise: 'annual.choice.raise',
  lower: 'annual.choice.lower',
  drop: 'annual.choice.drop',
  reword: 'annual.choice.reword',
};

/** A saved decision in a few words, beside the goal: "raise the target to 7 breaks". */
export function decidedWords(
  text: Text,
  language: Language,
  decision: ReviewDecision,
  unit: string,
): string {
  const { choice, newTarget } = decision;
  if ((choice === 'raise' || choice === 'lower') && newTarget !== null) {
    return text('annual.decided', { choice, target: amountWithUnit(newTarget, unit, language) });
  }
  return text(choiceWords[choice]).toLowerCase();
}

/** The mark before a suggestion, so it reads without its colour. */
export const suggestionMarks: Record<SuggestionKind, string> = {
  'consider-raising': '↑',
  keep: '✓',
  missed: '✗',
  'no-results': '?',
  'no-target': '?',
};
