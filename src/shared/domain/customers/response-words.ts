import type { SaidKey } from '../../i18n/shared-catalog';
import { shareText } from '../numbers/share-text';
import type { Language } from '../printed-date';
import type { FeedbackTally } from './feedback-summary';
import { sampleMarginPoints, smallSample } from './sample-margin';

/** A shared message in the reader's language: the screen's catalog, or a paper's sayIn. */
export type SharedText = (key: SaidKey, values?: Record<string, string | number>) => string;

/**
 * Each way of asking's response rate (answered of reached), then how far the cards typed can be
 * trusted: a margin of error for a share, and that those who answered chose to. Step 4's tallies
 * and the board packet say it alike.
 */
export function responseWords(
  text: SharedText,
  language: Language,
  tally: FeedbackTally,
): string[] {
  const rates = tally.byMethod.map(({ method, reached, answered }) =>
    reached === 0
      ? text('cardTally.rateUnknown', { method: text(`evidence.method.${method}`) })
      : text('cardTally.rate', {
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
      ? text('cardTally.small', { count: tally.entries, points })
      : text('cardTally.margin', { count: tally.entries, points });
  return [...rates, note];
}
