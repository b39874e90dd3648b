import { describe, expect, it } from 'vitest';
import { printedDate, shortDate } from '../../../src/shared/domain/printed-date';
import { baselineInWords, targetInWords } from '../../../src/shared/pdf/target-words';

const goal = { direction: 'at-most' as const, target: 8, targetHigh: null, unit: 'hours' };

describe('targets, baselines and dates in words', () => {
  it('writes a target with its unit, in English or Spanish', () => {
    expect(targetInWords(goal)).toBe('at most 8 hours');
    expect(targetInWords(goal, 'es')).toBe('como máximo 8 horas');
    expect(targetInWords({ ...goal, direction: 'at-least', target: 1800, unit: 'kWh/MG' })).toBe(
      'at least 1,800 kWh/MG',
    );
    expect(
      targetInWords({ ...goal, direction: 'range', target: 35, targetHigh: 80, unit: 'psi' }),
    ).toBe('between 35 and 80 psi');
    expect(targetInWords({ ...goal, direction: 'yes-no', target: 1 }, 'es')).toBe('sí');
    expect(targetInWords({ ...goal, target: null })).toBe('not set yet');
  });

  it('never guesses "at most" for a draft goal whose direction is not chosen yet', () => {
    const unchosen = { ...goal, direction: null };
    expect(targetInWords(unchosen)).toBe('8 hours (at most, at least or a range: not chosen yet)');
    expect(targetInWords(unchosen, 'es')).toBe('8 horas (máximo, mínimo o rango: aún sin elegir)');
    expect(targetInWords({ ...unchosen, target: null })).toBe('not set yet');
  });

  it('writes a baseline with its date, or why there is none', () => {
    const baseline = { value: 10, asOf: '2025-12-31', source: '', missingReason: '' };
    expect(baselineInWords({ ...goal, baseline })).toBe('10 hours (as of December 31, 2025)');
    expect(
      baselineInWords({
        ...goal,
        baseline: { ...baseline, value: null, missingReason: 'New meter.' },
      }),
    ).toBe('none yet: New meter.');
  });

  it('prints dates the way people write them, without a time zone shifting the day', () => {
    expect(printedDate('2026-03-12')).toBe('March 12, 2026');
    expect(printedDate('2026-03-12T23:59:00.000-07:00', 'es')).toBe('12 de marzo de 2026');
    expect(shortDate('2025-12-31')).toBe('Dec. 31, 2025');
    expect(shortDate('2025-09-01')).toBe('Sept. 1, 2025');
    expect(shortDate('2025-05-01')).toBe('May 1, 2025');
    expect(printedDate('soon')).toBe('soon');
  });
});
