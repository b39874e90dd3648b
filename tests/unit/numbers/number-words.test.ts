import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatNumber, takesSingular } from '../../../src/shared/domain/numbers/number-text';
import { countOf, plural, wordFor } from '../../../src/shared/domain/numbers/plural';
import { amountWithUnit, unitFor } from '../../../src/shared/domain/numbers/unit-words';
import { targetInWords } from '../../../src/shared/pdf/target-words';

const workingDay = { one: 'working day', other: 'working days' };
const diaHabil = { one: 'día hábil', other: 'días hábiles' };

describe('plurals and number words, in English and Spanish', () => {
  it('writes 0, 1, 2 and 1,000 with the word that agrees, in both languages', () => {
    expect([0, 1, 2, 1000].map((n) => countOf(n, workingDay))).toEqual([
      '0 working days',
      '1 working day',
      '2 working days',
      '1,000 working days',
    ]);
    expect([0, 1, 2, 1000].map((n) => countOf(n, diaHabil, 'es'))).toEqual([
      '0 días hábiles',
      '1 día hábil',
      '2 días hábiles',
      '1,000 días hábiles',
    ]);
    expect([0, 1, 2, 1000].map((n) => plural(n, 'complaint'))).toEqual([
      '0 complaints',
      '1 complaint',
      '2 complaints',
      '1,000 complaints',
    ]);
    expect(plural(1, 'outreach', 'outreaches')).toBe('1 outreach');
    expect(plural(3, 'outreach', 'outreaches')).toBe('3 outreaches');
  });

  it('makes a typed unit agree with its number: 1 working day, not 1 working days', () => {
    const say = (n: number, language: 'en' | 'es') => amountWithUnit(n, 'working days', language);
    expect([0, 1, 2, 1000].map((n) => say(n, 'en'))).toEqual([
      '0 working days',
      '1 working day',
      '2 working days',
      '1,000 working days',
    ]);
    expect([0, 1, 2, 1000].map((n) => say(n, 'es'))).toEqual([
      '0 días hábiles',
      '1 día hábil',
      '2 días hábiles',
      '1,000 días hábiles',
    ]);
    expect(
      targetInWords({ direction: 'at-most', target: 1, targetHigh: null, unit: 'working days' }),
    ).toBe('at most 1 working day');
    expect(
      targetInWords(
        { direction: 'at-most', target: 1, targetHigh: null, unit: 'working days' },
        'es',
      ),
    ).toBe('como máximo 1 día hábil');
  });

  it('inflects the noun of a longer unit and leaves symbols alone', () => {
    const cases: [number, string, string][] = [
      [1, 'hours', '1 hour'],
      [8, 'hour', '8 hours'],
      [1, 'Working days', '1 Working day'],
      [1, 'days per year', '1 day per year'],
      [1, 'breaks per 100 miles per year', '1 break per 100 miles per year'],
      [1, 'gallons per person per day', '1 gallon per person per day'],
      [1, 'inches', '1 inch'],
      [1, 'deliveries', '1 delivery'],
      [1, 'feet', '1 foot'],
      [1, 'days without water', '1 day without water'],
      [1, 'per 1,000 connections a year', '1 per 1,000 connections a year'],
      [1, 'psi', '1 psi'],
      [1, 'cfs', '1 cfs'],
      [1, 'kWh/MG', '1 kWh/MG'],
      [1, '%', '1%'],
      [1, '% of production', '1% of production'],
      [1.5, 'hours', '1.5 hours'],
      [1.004, 'hours', '1 hour'],
      [0.5, 'days', '0.5 days'],
      [12_345.678, 'gallons', '12,345.68 gallons'],
      [1, '', '1'],
    ];
    for (const [value, unit, words] of cases) expect(amountWithUnit(value, unit), unit).toBe(words);
  });

  it('says known units in Spanish and keeps unknown ones as the board typed them', () => {
    const cases: [number, string, string][] = [
      [1, 'hours', '1 hora'],
      [8, 'hours', '8 horas'],
      [1, 'month', '1 mes'],
      [3, 'months', '3 meses'],
      [2, 'per year', '2 al año'],
      [1, 'days per year', '1 día al año'],
      [33, '% a year', '33% al año'],
      [20, 'psi', '20 psi'],
      [15, '% of production', '15% of production'],
      [9, 'per 100 miles a year', '9 por cada 100 millas al año'],
      [1, 'overflows per year', '1 desbordamiento al año'],
      [2, 'hydrant flushes per year', '2 hydrant flushes per year'],
      [2, 'días hábiles', '2 días hábiles'],
      [1, 'días hábiles', '1 día hábil'],
    ];
    for (const [value, unit, words] of cases) {
      expect(amountWithUnit(value, unit, 'es'), unit).toBe(words);
    }
    expect(unitFor(1, 'días hábiles', 'en')).toBe('días hábiles');
  });

  it('prints every number with a thousands comma and at most two decimals', () => {
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(1000, 'es')).toBe('1,000');
    expect(formatNumber(2.5, 'es')).toBe('2.5');
    expect(formatNumber(1_000_000)).toBe('1,000,000');
    expect(formatNumber(0.333)).toBe('0.33');
  });

  test.prop([
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.constantFrom<('en' | 'es')[]>('en', 'es'),
  ])(
    'only a count that prints as 1 or -1 takes the singular, in either language',
    (count, language) => {
      expect(takesSingular(count, language)).toBe(Math.abs(count) === 1);
      expect(wordFor(count, workingDay, language)).toBe(
        Math.abs(count) === 1 ? 'working day' : 'working days',
      );
    },
  );
});
