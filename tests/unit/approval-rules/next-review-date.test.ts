import { describe, expect, it } from 'vitest';
import { nextReviewDate } from '../../../src/shared/domain/approval-rules/next-review-date';

describe('nextReviewDate', () => {
  it.each([
    ['2026-03-12', '2027-03-12'],
    ['2026-12-31', '2027-12-31'],
    ['2026-01-01', '2027-01-01'],
    ['2028-02-29', '2029-02-28'],
    ['2027-02-28', '2028-02-28'],
    ['2099-02-28', '2100-02-28'],
    ['2095-02-28', '2096-02-28'],
    ['2000-02-29', '2001-02-28'],
  ])('reviews a meeting on %s on %s', (meeting, review) => {
    expect(nextReviewDate(meeting)).toBe(review);
  });

  it.each([
    '',
    '12/03/2026',
    '2026-3-12',
    '2026-03-12T10:00',
    '2026-02-29',
    '2026-13-01',
    '2026-04-31',
    '2026-00-10',
    '2026-01-00',
  ])('refuses "%s"', (date) => {
    expect(() => nextReviewDate(date)).toThrow(/YYYY-MM-DD/);
  });
});
