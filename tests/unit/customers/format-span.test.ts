import { describe, expect, it } from 'vitest';
import {
  formatDays,
  formatSpan,
  formatSpanFigure,
} from '../../../src/shared/domain/customers/format-span';

describe('formatDays', () => {
  it.each([
    [0, 'same day'],
    [1, '1 day'],
    [2, '2 days'],
    [1000, '1,000 days'],
  ])('writes %s days as %s', (days, words) => {
    expect(formatDays(days)).toBe(words);
  });
});

describe('formatSpanFigure', () => {
  it('writes a figure in hours as it always has, so an approved version prints as it did', () => {
    expect(formatSpanFigure(0, undefined)).toBe('0 min');
    expect(formatSpanFigure(24, undefined)).toBe('24 h');
    expect(formatSpanFigure(60, undefined)).toBe('2.5 days');
  });

  it('writes a figure in days as whole days, never in minutes or hours', () => {
    expect(formatSpanFigure(0, 'days')).toBe('same day');
    expect(formatSpanFigure(24, 'days')).toBe('1 day');
    expect(formatSpanFigure(48, 'days')).toBe('2 days');
  });

  it('writes a dash for no figure', () => {
    expect(formatSpanFigure(null, undefined)).toBe('—');
    expect(formatSpanFigure(null, 'days')).toBe('—');
  });
});

describe('formatSpan', () => {
  it('writes one complaint’s span at its own precision', () => {
    expect(formatSpan({ unit: 'hours', hours: 0.75 })).toBe('45 min');
    expect(formatSpan({ unit: 'hours', hours: 4 })).toBe('4 h');
    expect(formatSpan({ unit: 'days', days: 0 })).toBe('same day');
    expect(formatSpan({ unit: 'days', days: 3 })).toBe('3 days');
  });
});
