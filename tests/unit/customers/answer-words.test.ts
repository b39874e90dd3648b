import { describe, expect, it } from 'vitest';
import {
  answersIn,
  cleanupHourWords,
  noticeDayWords,
  outageHourWords,
  overflowNoticeHourWords,
  payChoiceWords,
  wordsOfCount,
  type ChoiceWords,
} from '../../../src/shared/domain/customers/answer-words';
import {
  cleanupHourChoices,
  feedbackStrengths,
  feedbackTopics,
  noticeDayChoices,
  outageHourChoices,
  overflowNoticeHourChoices,
  payChoices,
} from '../../../src/shared/domain/customers/feedback-entry';
import {
  feedbackMethods,
  feedbackMethodTitles,
} from '../../../src/shared/domain/customers/feedback-plan';
import { feedbackTopicWords } from '../../../src/shared/domain/customers/topic-words';
import type { Language } from '../../../src/shared/domain/printed-date';
import { catalogs } from '../../../src/renderer/src/i18n/catalog';

// Typed by Language, so a language added to the papers must be added here too.
const everyLanguage: Record<Language, true> = { en: true, es: true };
const languages = Object.keys(everyLanguage) as Language[];

/** The values of `choices` whose words are missing or blank in some language. */
function unworded<Value extends PropertyKey>(
  choices: readonly Value[],
  wordsOf: (value: Value) => Partial<Record<Language, ChoiceWords>> | undefined,
): string[] {
  return choices.flatMap((value) =>
    languages.flatMap((language) => {
      const words = wordsOf(value)?.[language];
      const blank = words === undefined || words.card.trim() === '' || words.tally.trim() === '';
      return blank ? [`${String(value)} (${language})`] : [];
    }),
  );
}

/** Looks a value up as a plain key, as a value added to the enum alone would be. */
function lookUp<Table extends object>(table: Table, value: PropertyKey) {
  return (table as Partial<Record<PropertyKey, Table[keyof Table]>>)[value];
}

describe('every answer a customer can give has its words in every language', () => {
  it.each([
    ['acceptable outage', outageHourChoices, outageHourWords],
    ['notice wanted', noticeDayChoices, noticeDayWords],
    ['backup cleanup', cleanupHourChoices, cleanupHourWords],
    ['told of an overflow', overflowNoticeHourChoices, overflowNoticeHourWords],
    ['willing to pay', payChoices, payChoiceWords],
  ] as const)('%s: on the card and on the tally sheet', (_question, choices, table) => {
    expect(unworded<PropertyKey>(choices, (value) => lookUp(table, value))).toEqual([]);
  });

  it('willing to pay: a short label for the entry form and the agreement', () => {
    for (const choice of payChoices) expect(payChoiceWords[choice].label).not.toBe('');
  });

  it('each topic: a title, and a tally column word in every language', () => {
    for (const topic of feedbackTopics) {
      const words = lookUp(feedbackTopicWords, topic);
      expect(words?.title, topic).toMatch(/\S/);
      for (const language of languages) expect(words?.tally[language], topic).toMatch(/\S/);
    }
  });

  it('each way of asking and each strength: a title', () => {
    for (const method of feedbackMethods) expect(feedbackMethodTitles[method]).toMatch(/\S/);
    for (const strength of feedbackStrengths) {
      expect(catalogs.en[`customers.strength.${strength}`]).toMatch(/\S/);
    }
  });
});

describe('the answers are listed in the order the schema stores them', () => {
  it('words each value as the card and the tally sheet print it', () => {
    expect(answersIn.outage('en', 'card')).toEqual(['2 hours', '4 hours', '8 hours', 'A full day']);
    expect(answersIn.outage('es', 'tally')).toEqual(['2 h', '4 h', '8 h', 'día']);
    expect(answersIn.notice('es', 'card')).toEqual(['1 día', '2 días', 'Una semana']);
    expect(answersIn.overflowNotice('en', 'card')).toEqual(['4 hours', 'A day', '3 days']);
    expect(answersIn.pay('en', 'card')).toEqual([
      'The same as now',
      'Up to 10% more',
      'Up to 50% more',
    ]);
    expect(answersIn.pay('es', 'tally')).toEqual(['igual', '+10%', '+50%']);
  });

  it('finds a tallied count’s words by its value, and none for a value no card offers', () => {
    expect(wordsOfCount(outageHourWords, 24)?.card).toBe('A full day');
    expect(wordsOfCount(cleanupHourWords, 24, 'es')?.card).toBe('Un día');
    expect(wordsOfCount(outageHourWords, 12)).toBeUndefined();
  });
});
