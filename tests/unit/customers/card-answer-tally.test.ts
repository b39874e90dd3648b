import { describe, expect, it } from 'vitest';
import { tallyCardAnswers } from '../../../src/shared/domain/customers/card-answer-tally';
import { cardLists } from '../../../src/shared/domain/customers/card-questions';
import {
  blankEntryFields,
  type FeedbackEntry,
  type FeedbackEntryFields,
} from '../../../src/shared/domain/customers/feedback-entry';
import { sampleMarginPoints } from '../../../src/shared/domain/customers/sample-margin';

const card = (index: number, answers: Partial<FeedbackEntryFields>): FeedbackEntry => ({
  ...blankEntryFields(),
  ...answers,
  id: `e-${index}`,
  rev: 0,
  outreachId: 'meeting',
});

const cards = [
  card(1, {
    ratings: { taste: 5, pressure: 2, billing: 'dont-know' },
    problems: ['low-pressure', 'billing'],
    priorities: { reliable: 1, affordable: 2 },
    contact: ['mail'],
    importance: { 'goal:g1': 'very' },
  }),
  card(2, {
    ratings: { taste: 4, pressure: 1 },
    problems: ['none'],
    priorities: { reliable: 3, affordable: 1 },
    contact: ['mail', 'email'],
    importance: { 'goal:g1': 'somewhat', 'goal:gone': 'very' },
  }),
  // A sewer answer on a water system's card, and nothing else: not counted for this card.
  card(3, { ratings: { backups: 5 } }),
];

describe('every answer to the card’s grid and check-box questions, counted', () => {
  const tally = tallyCardAnswers(cards, cardLists('water'), ['goal:g1']);

  it('rates each aspect the card prints, "don’t know" apart from the ratings', () => {
    expect(tally.aspects.map((row) => row.aspect)).toEqual(cardLists('water').aspects);
    expect(tally.aspects.find((row) => row.aspect === 'taste')).toEqual({
      aspect: 'taste',
      rated: 2,
      dontKnow: 0,
      distribution: [0, 0, 0, 1, 1],
      satisfied: 2,
    });
    expect(tally.aspects.find((row) => row.aspect === 'billing')).toMatchObject({
      rated: 0,
      dontKnow: 1,
      satisfied: 0,
    });
    expect(tally.aspects.some((row) => row.aspect === 'backups')).toBe(false);
  });

  it('counts each box out of the cards that marked any, "None of these" included', () => {
    expect(tally.problems.cards).toBe(2);
    const counts = Object.fromEntries(tally.problems.counts.map((row) => [row.choice, row.count]));
    expect(counts).toMatchObject({ 'low-pressure': 1, billing: 1, none: 1, 'bad-taste': 0 });
    expect(tally.contact).toEqual({
      cards: 2,
      counts: [
        { choice: 'mail', count: 2 },
        { choice: 'email', count: 1 },
        { choice: 'text', count: 0 },
        { choice: 'bill', count: 0 },
        { choice: 'facebook', count: 0 },
        { choice: 'meetings', count: 0 },
      ],
    });
  });

  it('ranks the priorities: how often first, and the mean rank written', () => {
    expect(tally.priorities.find((row) => row.priority === 'reliable')).toEqual({
      priority: 'reliable',
      ranked: 2,
      first: 1,
      meanRank: 2,
    });
    expect(tally.priorities.find((row) => row.priority === 'informed')?.meanRank).toBeNull();
  });

  it('counts importance for the lines the card prints, not for a goal no longer on it', () => {
    expect(tally.importance).toEqual([
      { key: 'goal:g1', answered: 2, counts: { not: 0, somewhat: 1, very: 1 } },
    ]);
  });
});

describe('how far a share from few cards can be trusted', () => {
  it('gives the 95% margin of a share near one half, rounded up, in points', () => {
    expect(sampleMarginPoints(0)).toBeNull();
    expect(sampleMarginPoints(25)).toBe(20);
    expect(sampleMarginPoints(100)).toBe(10);
    expect(sampleMarginPoints(400)).toBe(5);
  });
});
