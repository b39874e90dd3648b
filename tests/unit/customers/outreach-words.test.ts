import { describe, expect, it } from 'vitest';
import {
  outreachCountWords,
  outreachesWords,
} from '../../../src/shared/domain/customers/outreach-words';

describe('outreachCountWords', () => {
  it('counts a meeting by attendance, never as "0 answered" or "? of 23"', () => {
    expect(outreachCountWords('annual-meeting', [{ reached: 23, answered: null }])).toBe(
      '23 attended',
    );
    expect(outreachCountWords('focus-group', [{ reached: 9, answered: 6 }])).toBe(
      '9 attended, 6 spoke',
    );
  });

  it('counts a survey as sent and returned', () => {
    expect(outreachCountWords('mail-survey', [{ reached: 1200, answered: 84 }])).toBe(
      '1,200 sent, 84 returned',
    );
    expect(outreachCountWords('mail-survey', [{ reached: null, answered: 84 }])).toBe(
      '84 returned',
    );
  });

  it('counts door to door as homes reached and people who answered', () => {
    expect(outreachCountWords('door-to-door', [{ reached: 60, answered: 25 }])).toBe(
      '60 homes reached, 25 answered',
    );
    expect(outreachCountWords('door-to-door', [{ reached: 1, answered: 0 }])).toBe(
      '1 home reached, 0 answered',
    );
  });

  it('words the other ways of asking too', () => {
    expect(outreachCountWords('internet-poll', [{ reached: 500, answered: 61 }])).toBe(
      '500 reached, 61 answered',
    );
    expect(outreachCountWords('complaint-log', [{ reached: 1, answered: null }])).toBe(
      '1 call logged',
    );
  });

  it('says nothing when neither count is known, rather than a 0', () => {
    expect(outreachCountWords('annual-meeting', [{ reached: null, answered: null }])).toBeNull();
    expect(outreachCountWords('annual-meeting', [])).toBeNull();
  });

  it('adds several outreaches up, saying "at least" where one left a count blank', () => {
    const meetings = [
      { reached: 23, answered: 8 },
      { reached: 17, answered: null },
    ];
    expect(outreachCountWords('annual-meeting', meetings)).toBe('40 attended, at least 8 spoke');
    expect(outreachesWords('annual-meeting', meetings)).toBe(
      '2 outreaches, 40 attended, at least 8 spoke',
    );
    expect(outreachesWords('door-to-door', [{ reached: null, answered: null }])).toBe('1 outreach');
  });
});
