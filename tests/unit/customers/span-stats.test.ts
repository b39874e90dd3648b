import { describe, expect, it } from 'vitest';
import {
  median,
  percentile,
  rankPercentile,
} from '../../../src/shared/domain/customers/span-stats';

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
  });

  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });

  it('does not reorder the values it is given', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('percentile (as Excel PERCENTILE.INC)', () => {
  it('interpolates between the closest ranks', () => {
    // Excel: =PERCENTILE.INC({15,20,35,40,50}, 0.4) is 29; =PERCENTILE.INC({1,…,10}, 0.9) is 9.1.
    expect(percentile([50, 15, 40, 20, 35], 0.4)).toBeCloseTo(29, 10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 10);
    expect(percentile([4, 26, 1, 8], 0.9)).toBeCloseTo(20.6, 10);
  });

  it('gives the smallest and largest value at 0 and 1, and the one value for one', () => {
    expect(percentile([3, 9, 1], 0)).toBe(1);
    expect(percentile([3, 9, 1], 1)).toBe(9);
    expect(percentile([6], 0.9)).toBe(6);
  });

  it('is null for no values, and refuses a p outside 0 to 1', () => {
    expect(percentile([], 0.9)).toBeNull();
    expect(() => percentile([1, 2], 90)).toThrow(RangeError);
    expect(() => percentile([1, 2], Number.NaN)).toThrow(RangeError);
  });
});

describe('rankPercentile (nearest rank, for whole days)', () => {
  it('is a value some item has, at or below which at least that share lie', () => {
    expect(rankPercentile([0, 1], 0.5)).toBe(0);
    expect(rankPercentile([0, 1, 2], 0.5)).toBe(1);
    expect(rankPercentile([3, 0, 1, 2, 0, 0, 1, 0, 0, 5], 0.9)).toBe(3);
    expect(rankPercentile([0, 0, 0, 0, 0, 0, 0, 0, 0, 7], 0.9)).toBe(0);
    expect(rankPercentile([4], 0.9)).toBe(4);
  });

  it('gives the smallest at 0 and the largest at 1; null for no values', () => {
    expect(rankPercentile([5, 2, 9], 0)).toBe(2);
    expect(rankPercentile([5, 2, 9], 1)).toBe(9);
    expect(rankPercentile([], 0.5)).toBeNull();
    expect(() => rankPercentile([1], 1.5)).toThrow(RangeError);
  });

  it('keeps "90% within" true for every count of items', () => {
    for (let count = 1; count <= 300; count++) {
      const days = Array.from({ length: count }, (_, index) => index % 7);
      const p90 = rankPercentile(days, 0.9) ?? -1;
      expect(days.filter((value) => value <= p90).length / count).toBeGreaterThanOrEqual(0.9);
      const below = days.filter((value) => value < p90).length / count;
      expect(below).toBeLessThan(0.9);
    }
  });
});
