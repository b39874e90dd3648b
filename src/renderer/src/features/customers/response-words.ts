import type { FeedbackTally } from '@shared/domain/customers/feedback-summary';
import { sampleMarginPoints, smallSample } from '@shared/domain/customers/sample-margin';
import type { Language } from '@shared/domain/printed-date';
import type { Text } from '../../i18n/use-text';
import { shareText } from '@shared/domain/numbers/share-text';

/**
 * Each way of asking's response rate (answered of reached), then how far the cards typed can be
 * trusted: a margin of error for a share, and that those who answered chose to.
 */
export function responseWords(text: Text, language: Language, tally: FeedbackTally): string[] {
  const rates = tally.byMethod.map(({ method, reached, answered }) =>
    reached === 0
      ? text('customers.answers.rateUnknown', { method: text(`evidence.method.${method}`) })
      : text('customers.answers.rate', {
          method: text(`evidence.method.${method}`),
          answered,
          reached,
          share: shareText(answered, reached, language),
        }),
  );
  const points = sampleMarginPoints(tally.entries);
  if (points === null) return rates;
  const note =
    tally.entries < smallSample
      ? text('customers.answers.small', { count: tally.entries, points })
      : text('customers.answers.margin', { count: tally.entries, points });
  return [...rates, note];
}
