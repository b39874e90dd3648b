import { describe, expect, it } from 'vitest';
import { describeTime, describeTimes } from '../../src/shared/domain/time-text';

describe('a moment as text', () => {
  it('is the local day, month, year and time to the minute', () => {
    expect(describeTime(new Date(2026, 10, 26, 14, 5, 9))).toBe('26 Nov 2026 at 14:05');
    expect(describeTime(new Date(2027, 0, 3, 9, 0, 0), true)).toBe('3 Jan 2027 at 09:00:00');
  });

  it('adds seconds to two moments only when the minute would make them look the same', () => {
    expect(
      describeTimes(new Date(2026, 11, 6, 11, 31, 5), new Date(2026, 11, 6, 11, 31, 48)),
    ).toEqual(['6 Dec 2026 at 11:31:05', '6 Dec 2026 at 11:31:48']);
    expect(
      describeTimes(new Date(2026, 11, 6, 11, 31, 5), new Date(2026, 11, 6, 11, 32, 1)),
    ).toEqual(['6 Dec 2026 at 11:31', '6 Dec 2026 at 11:32']);
  });
});
