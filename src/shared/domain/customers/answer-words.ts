import type { Language } from '../printed-date';
import {
  cleanupHourChoices,
  noticeDayChoices,
  outageHourChoices,
  overflowNoticeHourChoices,
  payChoices,
  type PayChoice,
} from './feedback-entry';

/** One answer to a card question, in one language. */
export interface ChoiceWords {
  /** In full, as the survey card prints it and the entry form offers it. */
  card: string;
  /** In brief, to fit a tally sheet's narrow tick column. */
  tally: string;
}

/** Each answer of a question, keyed by its stored value, in each language papers are printed in. */
export type Worded<Value extends PropertyKey> = Record<Value, Record<Language, ChoiceWords>>;

type OutageHours = (typeof outageHourChoices)[number];
type NoticeDays = (typeof noticeDayChoices)[number];
type CleanupHours = (typeof cleanupHourChoices)[number];
type OverflowNoticeHours = (typeof overflowNoticeHourChoices)[number];

function hours(count: number): Record<Language, ChoiceWords> {
  return {
    en: { card: `${count} hours`, tally: `${count} h` },
    es: { card: `${count} horas`, tally: `${count} h` },
  };
}

const aDay = {
  en: { card: 'A day', tally: 'day' },
  es: { card: 'Un día', tally: 'día' },
};

/** "A planned shutoff for repairs is acceptable for up to:" */
export const outageHourWords: Worded<OutageHours> = {
  2: hours(2),
  4: hours(4),
  8: hours(8),
  24: {
    en: { card: 'A full day', tally: 'day' },
    es: { card: 'Un día completo', tally: 'día' },
  },
};

/** "How much notice do you need before a planned shutoff?" */
export const noticeDayWords: Worded<NoticeDays> = {
  1: { en: { card: '1 day', tally: '1 day' }, es: { card: '1 día', tally: '1 día' } },
  2: { en: { card: '2 days', tally: '2 days' }, es: { card: '2 días', tally: '2 días' } },
  7: { en: { card: 'A week', tally: 'week' }, es: { card: 'Una semana', tally: 'sem.' } },
};

/** "After a sewage backup at your home, a crew should be there within:" */
export const cleanupHourWords: Worded<CleanupHours> = {
  2: hours(2),
  4: hours(4),
  8: hours(8),
  24: aDay,
};

/** "If sewage overflows near your home, we should tell you within:" */
export const overflowNoticeHourWords: Worded<OverflowNoticeHours> = {
  4: hours(4),
  24: aDay,
  72: { en: { card: '3 days', tally: '3 days' }, es: { card: '3 días', tally: '3 días' } },
};

/**
 * "For better service, would you pay:" The card spells each answer out; the entry form and the
 * agreement name it in brief (`label`, English only, as both are).
 */
export const payChoiceWords: Record<PayChoice, Record<Language, ChoiceWords> & { label: string }> =
  {
    'as-now': {
      label: 'As now',
      en: { card: 'The same as now', tally: 'same' },
      es: { card: 'Lo mismo que ahora', tally: 'igual' },
    },
    'plus-10': {
      label: '+10%',
      en: { card: 'Up to 10% more', tally: '+10%' },
      es: { card: 'Hasta 10% más', tally: '+10%' },
    },
    'plus-50': {
      label: '+50%',
      en: { card: 'Up to 50% more', tally: '+50%' },
      es: { card: 'Hasta 50% más', tally: '+50%' },
    },
  };

/** A question's answers in the order the schema lists them, in one language and one form. */
function inOrder<Value extends PropertyKey>(choices: readonly Value[], words: Worded<Value>) {
  return (language: Language, form: keyof ChoiceWords): string[] =>
    choices.map((choice) => words[choice][language][form]);
}

/**
 * Each card question's answers as a list: the survey card's boxes, the tally sheet's columns
 * and the entry form's buttons all come from here, so they cannot fall out of step.
 */
export const answersIn = {
  outage: inOrder(outageHourChoices, outageHourWords),
  notice: inOrder(noticeDayChoices, noticeDayWords),
  cleanup: inOrder(cleanupHourChoices, cleanupHourWords),
  overflowNotice: inOrder(overflowNoticeHourChoices, overflowNoticeHourWords),
  pay: inOrder(payChoices, payChoiceWords),
};

/**
 * The words of an answer counted in a tally, where it is a plain number; undefined for a value
 * no card offers today, which an older approval's figures may still hold.
 */
export function wordsOfCount<Value extends number>(
  words: Worded<Value>,
  value: number,
  language: Language = 'en',
): ChoiceWords | undefined {
  const byNumber: Partial<Record<number, Record<Language, ChoiceWords>>> = words;
  return byNumber[value]?.[language];
}
