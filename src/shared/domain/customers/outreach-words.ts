import { formatNumber } from '../numbers/number-text';
import { plural, wordFor } from '../numbers/plural';
import type { FeedbackMethod } from './feedback-plan';

/** An outreach's two counts as the user typed them; either may be left blank. */
export interface OutreachCounts {
  reached: number | null;
  answered: number | null;
}

/** A count with its word, such as "23 attended"; `figure` is "23" or "at least 23". */
type Phrase = (figure: string, count: number) => string;

/**
 * What the two counts mean for each way of asking: everyone at a meeting attended it and some
 * spoke; a survey is sent and returned; at the doors, homes are reached and people answer.
 */
const countPhrases: Record<FeedbackMethod, { reached: Phrase; answered: Phrase }> = {
  'door-to-door': {
    reached: (figure, count) =>
      `${figure} ${wordFor(count, { one: 'home', other: 'homes' })} reached`,
    answered: (figure) => `${figure} answered`,
  },
  'annual-meeting': {
    reached: (figure) => `${figure} attended`,
    answered: (figure) => `${figure} spoke`,
  },
  'focus-group': {
    reached: (figure) => `${figure} attended`,
    answered: (figure) => `${figure} spoke`,
  },
  'mail-survey': {
    reached: (figure) => `${figure} sent`,
    answered: (figure) => `${figure} returned`,
  },
  'internet-poll': {
    reached: (figure) => `${figure} reached`,
    answered: (figure) => `${figure} answered`,
  },
  'complaint-log': {
    reached: (figure, count) =>
      `${figure} ${wordFor(count, { one: 'call', other: 'calls' })} logged`,
    answered: (figure) => `${figure} answered the questions`,
  },
};

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
 * How many took part, in the words that fit the way of asking, for one outreach or several of
 * the same method added up: "23 attended, 8 spoke", "300 sent, 84 returned", "60 homes
 * reached, 25 answered", "at least 40 attended" (when one meeting's count was left blank).
 * A count nobody typed is left out, never shown as 0; null when neither is known. Every place
 * that shows outreach figures (the outreach table, the chart's words, the agreement) uses it.
 */
export function outreachCountWords(
  method: FeedbackMethod,
  counts: OutreachCounts[],
): string | null {
  const phrases = countPhrases[method];
  const parts = (['reached', 'answered'] as const).flatMap((which) => {
    const sum = total(counts.map((outreach) => outreach[which]));
    if (sum === null) return [];
    const figure = `${sum.atLeast ? 'at least ' : ''}${formatNumber(sum.count)}`;
    return [phrases[which](figure, sum.count)];
  });
  return parts.length === 0 ? null : parts.join(', ');
}

/** "2 outreaches" with what they counted: "2 outreaches, 80 attended, 35 spoke". */
export function outreachesWords(method: FeedbackMethod, counts: OutreachCounts[]): string {
  const took = outreachCountWords(method, counts);
  const held = plural(counts.length, 'outreach', 'outreaches');
  return took === null ? held : `${held}, ${took}`;
}
