import { describe, expect, it } from 'vitest';
import { chartCanvas, chartLayout } from '../../../src/shared/pdf/reports/result-chart';

const size = { width: 170, height: 64 };

describe('chartLayout', () => {
  it('spreads the results from left to right, and centres a single one', () => {
    expect(chartLayout([1, 2, 3], [2], size).points.map((point) => point.x)).toEqual([9, 85, 161]);
    expect(chartLayout([4], [4], size)).toMatchObject({
      points: [{ x: 85, y: 32 }],
      low: 3,
      high: 5,
    });
  });
});

describe('chartCanvas', () => {
  it('marks only the misses when a year of daily results would crowd the dots', () => {
    const values = Array.from({ length: 60 }, (_, day) => (day === 10 || day === 40 ? 9 : 5));
    const meets = values.map((value) => value <= 8);
    const dots = chartCanvas(chartLayout(values, [8], size), meets).filter(
      (item) => item.type === 'ellipse',
    );
    expect(dots).toHaveLength(2);
    expect(dots.every((dot) => 'color' in dot && dot.color === '#ffffff')).toBe(true);
  });
});
