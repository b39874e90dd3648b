import { describe, expect, it } from 'vitest';
import {
  blankEntryFields,
  type FeedbackEntry,
} from '../../../src/shared/domain/customers/feedback-entry';
import { tallyFeedback } from '../../../src/shared/domain/customers/tally-feedback';
import { standardAnswers } from '../../../src/shared/pdf/feedback-answers';

/** One card answering every question with its longest choice. */
const card: FeedbackEntry = {
  ...blankEntryFields('pressure'),
  id: 'e1',
  rev: 0,
  outreachId: 'o1',
  acceptableOutageHours: 24,
  noticeDays: 7,
  cleanupHours: 24,
  overflowNoticeHours: 72,
  willingToPay: 'plus-10',
};

describe('the agreement’s answers to the card questions', () => {
  const lines = standardAnswers(tallyFeedback({ outreaches: [], entries: [card] }), 'both');

  it('words a day or more as the card does, each question in its own words', () => {
    expect(lines).toContain(
      'A planned shutoff is acceptable for up to 24 h (the median of 1 answer; 2 h: 0, 4 h: 0, 8 h: 0, a full day: 1).',
    );
    expect(lines).toContain(
      'A crew should be at a sewage backup in a home within 24 h (the median of 1 answer; 2 h: 0, 4 h: 0, 8 h: 0, a day: 1).',
    );
    expect(lines).toContain(
      'Customers want to be told of a sewage overflow near their home within 3 days (the median of 1 answer; 4 h: 0, a day: 0, 3 days: 1).',
    );
  });

  it('names each pay answer in brief, as the entry form does', () => {
    expect(lines).toContain(
      'Willing to pay more for better service: 100% of 1 who answered (as now: 0, +10%: 1, +50%: 0).',
    );
  });
});
