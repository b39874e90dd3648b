import type { FeedbackTally } from '@shared/domain/customers/feedback-summary';
import { sampleMarginPoints, smallSample } from '@shared/domain/customers/sample-margin';
import type { Language } from '@shared/domain/printed-date';
import type { Text } from '../../i18n/use-text';

/**
 * A share in whole percent that never says more than the counts do: "under 1%" rather than
 * "0%" for a few, "over 99%" rather than "100%" for all but a few.
 */
export function shareText(part: number, whole: number, language: Language): string {
  if (whole === 0) return '—';
  const format = (share: number) =>
    share.toLocaleString(language, { style: 'percent', maximumFractionDigits: 0 });
  const share = part / whole;
  if (part > 0 && share < 0.005)
    return language === 'es' ? `menos de ${format(0.01)}` : `under ${format(0.01)}`;
  if (part < whole && share >= 0.995)
    return language === 'es' ? `más de ${format(0.99)}` : `over ${format(0.99)}`;
  return format(share);
}

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
