import type { FeedbackMethod } from '@shared/domain/customers/feedback-plan';
import type { OutreachCounts } from '@shared/domain/customers/outreach-words';
import { formatNumber } from '@shared/domain/numbers/number-text';
import type { Language } from '@shared/domain/printed-date';
import type { Text } from '../../i18n/use-text';

/** The known counts added up; "at least" when some outreach left its count blank. */
function total(values: (number | null)[]): { count: number; atLeast: boolean } | null {
  const known = values.filter((value) => value !== null);
  if (known.length === 0) return null;
  return {
    count: known.reduce((sum, value) => sum + value, 0),
    atLeast: known.length < values.length,
  };
}

/**
 * outreach-words.ts's `outreachCountWords` in the screen's language: "23 attended, 8 spoke",
 * "60 homes reached, 25 answered", "at least 40 attended". A count nobody typed is left out,
 * never shown as 0; null when neither is known. The agreement keeps the shared English words.
 */
export function outreachCountText(
  text: Text,
  language: Language,
  method: FeedbackMethod,
  counts: OutreachCounts[],
): string | null {
  const parts = (['reached', 'answered'] as const).flatMap((which) => {
    const sum = total(counts.map((outreach) => outreach[which]));
    if (sum === null) return [];
    const number = formatNumber(sum.count, language);
    const figure = sum.atLeast ? text('customers.count.atLeast', { figure: number }) : number;
    return [text(`customers.count.${method}.${which}`, { figure, count: sum.count })];
  });
  return parts.length === 0 ? null : parts.join(', ');
}

/** "2 outreaches" with what they counted: "2 outreaches, 80 attended, 35 spoke". */
export function outreachesText(
  text: Text,
  language: Language,
  method: FeedbackMethod,
  counts: OutreachCounts[],
): string {
  const took = outreachCountText(text, language, method, counts);
  const held = text('customers.count.outreaches', { count: counts.length });
  return took === null ? held : `${held}, ${took}`;
}
