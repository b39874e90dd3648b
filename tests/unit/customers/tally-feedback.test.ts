import { describe, expect, it } from 'vitest';
import { feedbackTallySchema } from '../../../src/shared/domain/customers/feedback-summary';
import { tallyFeedback } from '../../../src/shared/domain/customers/tally-feedback';
import { makeEntry, makeOutreach } from './customer-fixtures';

const outreaches = [
  makeOutreach('mail', 'mail-survey', { reached: 200, answered: 40 }),
  makeOutreach('meeting', 'annual-meeting', { reached: 60, answered: 25 }),
  makeOutreach('doors-1', 'door-to-door', { reached: 12, answered: 10 }),
  makeOutreach('doors-2', 'door-to-door', { reached: null, answered: 5 }),
];

/** Six cards: three on pressure (two strong), two on billing, one on outages. */
const entries = [
  makeEntry('e1', 'meeting', 'pressure', {
    strength: 'strong',
    satisfaction: 2,
    acceptableOutageHours: 4,
    noticeDays: 2,
    willingToPay: 'as-now',
  }),
  makeEntry('e2', 'meeting', 'billing', {
    satisfaction: 5,
    acceptableOutageHours: 8,
    noticeDays: 7,
    willingToPay: 'plus-10',
  }),
  makeEntry('e3', 'doors-1', 'pressure', {
    strength: 'strong',
    satisfaction: 4,
    acceptableOutageHours: 4,
    willingToPay: 'as-now',
  }),
  makeEntry('e4', 'doors-2', 'outages', { satisfaction: 4, acceptableOutageHours: 24 }),
  makeEntry('e5', 'mail', 'billing', { satisfaction: 3, noticeDays: 2, willingToPay: 'plus-50' }),
  makeEntry('e6', 'mail', 'pressure', { willingToPay: 'as-now' }),
];

describe('tallyFeedback', () => {
  const tally = tallyFeedback({ outreaches, entries });

  it('matches the schema the agreement stores', () => {
    expect(feedbackTallySchema.parse(tally)).toEqual(tally);
    expect(tally.entries).toBe(6);
  });

  it('counts entries by topic, most first, with the strong ones', () => {
    expect(tally.byTopic).toEqual([
      { topic: 'pressure', count: 3, strong: 2 },
      { topic: 'billing', count: 2, strong: 0 },
      { topic: 'outages', count: 1, strong: 0 },
    ]);
  });

  it('counts outreach by method in the plan’s order, adding reach and answers', () => {
    expect(tally.byMethod).toEqual([
      { method: 'door-to-door', outreaches: 2, reached: 12, answered: 15, entries: 2 },
      { method: 'annual-meeting', outreaches: 1, reached: 60, answered: 25, entries: 2 },
      { method: 'mail-survey', outreaches: 1, reached: 200, answered: 40, entries: 2 },
    ]);
  });

  it('gives the share satisfied as the top two boxes of those who answered', () => {
    expect(tally.satisfaction).toEqual({
      answered: 5,
      shareSatisfied: 3 / 5,
      distribution: [0, 1, 1, 2, 1],
    });
  });

  it('gives the median acceptable outage and notice, every choice listed', () => {
    expect(tally.outage).toEqual({
      answered: 4,
      medianHours: 6,
      distribution: [
        { hours: 2, count: 0 },
        { hours: 4, count: 2 },
        { hours: 8, count: 1 },
        { hours: 24, count: 1 },
      ],
    });
    expect(tally.notice).toEqual({
      answered: 3,
      medianDays: 2,
      distribution: [
        { days: 1, count: 0 },
        { days: 2, count: 2 },
        { days: 7, count: 1 },
      ],
    });
  });

  it('gives the share willing to pay more (+10% or +50%)', () => {
    expect(tally.pay).toEqual({
      answered: 5,
      shareWilling: 2 / 5,
      distribution: [
        { choice: 'as-now', count: 3 },
        { choice: 'plus-10', count: 1 },
        { choice: 'plus-50', count: 1 },
      ],
    });
  });

  it('tallies nothing as zeros and empty shares, still listing every choice', () => {
    const empty = tallyFeedback({ outreaches: [], entries: [] });
    expect(feedbackTallySchema.parse(empty)).toEqual(empty);
    expect(empty.byTopic).toEqual([]);
    expect(empty.byMethod).toEqual([]);
    expect(empty.satisfaction).toEqual({
      answered: 0,
      shareSatisfied: null,
      distribution: [0, 0, 0, 0, 0],
    });
    expect(empty.outage.medianHours).toBeNull();
    expect(empty.outage.distribution.map((row) => row.count)).toEqual([0, 0, 0, 0]);
    expect(empty.notice.medianDays).toBeNull();
    expect(empty.pay.shareWilling).toBeNull();
    expect(empty.pay.distribution).toHaveLength(3);
  });

  it('lists a method held with no feedback yet', () => {
    const held = tallyFeedback({ outreaches: [makeOutreach('m', 'focus-group')], entries: [] });
    expect(held.byMethod).toEqual([
      { method: 'focus-group', outreaches: 1, reached: 0, answered: 0, entries: 0 },
    ]);
  });
});
