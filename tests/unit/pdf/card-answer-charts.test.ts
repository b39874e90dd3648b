import { describe, expect, it } from 'vitest';
import { tallyCardAnswers } from '../../../src/shared/domain/customers/card-answer-tally';
import { cardLists } from '../../../src/shared/domain/customers/card-questions';
import {
  blankEntryFields,
  type FeedbackEntry,
  type FeedbackEntryFields,
} from '../../../src/shared/domain/customers/feedback-entry';
import { tallyFeedback } from '../../../src/shared/domain/customers/tally-feedback';
import { cardAnswersSection } from '../../../src/shared/pdf/packet/card-answers-section';
import { chartRows, expectToScale } from './drawn-rows';

/** Seven cards a sewer district typed: ratings, problems and ways to hear from it. */
const answered: Partial<FeedbackEntryFields>[] = [
  { ratings: { backups: 5, odors: 4, billing: 2 }, problems: ['sewer-odor'], contact: ['mail'] },
  { ratings: { backups: 4, odors: 2 }, problems: ['sewer-odor', 'slow-drain'] },
  { ratings: { backups: 1, odors: 'dont-know' }, problems: ['sewage-backup'], contact: ['text'] },
  { ratings: { backups: 5 }, problems: ['none'], contact: ['mail', 'bill'] },
  { ratings: { odors: 5 }, problems: ['sewer-odor'] },
  { ratings: { billing: 4 } },
  {},
];

const entries: FeedbackEntry[] = answered.map((fields, index) => ({
  ...blankEntryFields('odor'),
  ...fields,
  id: `e${index}`,
  rev: 1,
  outreachId: 'o1',
}));

function section(language: 'en' | 'es') {
  const lists = cardLists('wastewater');
  return cardAnswersSection({
    tally: tallyFeedback({ outreaches: [], entries }),
    answers: tallyCardAnswers(entries, lists, []),
    systemType: 'wastewater',
    importance: [],
    language,
  });
}

describe('the packet’s charts of the card’s answers draw exactly the tallies beside them', () => {
  it('satisfied with each aspect: a share drawn to a full scale of 100%, its counts beside it', () => {
    const rows = chartRows(section('en'), 'Satisfied (4 or 5)');
    const byLabel = Object.fromEntries(rows.map((row) => [row.label, row]));
    // Backups: 3 of 4 rated 4 or 5; odors: 2 of 3 (a "don't know" is not a rating); billing 1 of 2.
    expect(byLabel['Sewer service without backups']?.figure).toBe('3 / 4 (75%)');
    expect(byLabel['Control of sewer odors']?.figure).toBe('2 / 3 (67%)');
    expect(byLabel['Billing']?.figure).toBe('1 / 2 (50%)');
    const full = byLabel['Sewer service without backups']!.width / 0.75;
    expect(byLabel['Control of sewer odors']!.width / full).toBeCloseTo(2 / 3, 6);
    expect(byLabel['Billing']!.width / full).toBeCloseTo(0.5, 6);
  });

  it('problems: each box’s count of the cards that marked any, drawn to one scale', () => {
    const rows = chartRows(section('en'), 'have you had any of these problems');
    const marked = rows.filter((row) => !row.figure.startsWith('0 '));
    expect(marked.map((row) => [row.label, row.figure])).toEqual([
      ['Sewage backup at home', '1 / 5 (20%)'],
      ['Sewer odor', '3 / 5 (60%)'],
      ['Slow drain', '1 / 5 (20%)'],
      ['None of these', '1 / 5 (20%)'],
    ]);
    expectToScale(
      rows,
      rows.map((row) => Number(row.figure.split(' ')[0])),
    );
  });

  it('says the same in Spanish, with the card’s Spanish words', () => {
    const rows = chartRows(section('es'), 'Satisfechos (4 o 5)');
    // Spanish sets a (no-break) space before the percent sign.
    expect(rows.map((row) => row.figure)).toContain('3 / 4 (75\u00a0%)');
  });
});
