import { describe, expect, it } from 'vitest';
import { readResultValue } from '../../../../src/shared/domain/tracking/csv/read-result-value';
import { english } from '../../../support/english-said';

const breaks = { direction: 'at-most' as const, unit: 'breaks per 100 miles' };
const share = { direction: 'at-most' as const, unit: '%' };
const yesNo = { direction: 'yes-no' as const, unit: '' };

/** A reading with its problem in English, as a reader of the preview sees it. */
function inEnglish(reading: ReturnType<typeof readResultValue>) {
  return reading.kind === 'problem' ? { ...reading, problem: english(reading.problem) } : reading;
}

describe('reading a result cell', () => {
  it.each([
    ['12', 12],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    [' 0.5 ', 0.5],
    ['.5', 0.5],
    ['-3', -3],
  ])('reads %j as %d', (cell, value) => {
    expect(readResultValue(cell, breaks)).toEqual({ kind: 'value', value });
  });

  it('reads a % sign only where the goal counts a share', () => {
    expect(readResultValue('95%', share)).toEqual({ kind: 'value', value: 95 });
    expect(readResultValue('12.5 %', share)).toEqual({ kind: 'value', value: 12.5 });
    expect(inEnglish(readResultValue('95%', breaks))).toEqual({
      kind: 'problem',
      problem:
        "Result: '95%' has a % sign, but this goal is measured in breaks per 100 miles: leave out the sign.",
    });
  });

  it('never guesses at commas and points in the wrong places', () => {
    expect(inEnglish(readResultValue('12,5', breaks))).toEqual({
      kind: 'problem',
      problem:
        "Result: '12,5' cannot be read as a number: write it like 1,234.5, with a comma only between thousands and a point only before decimals.",
    });
    expect(readResultValue('1.234,5', breaks)).toMatchObject({ kind: 'problem' });
  });

  it('names a cell that is not a number', () => {
    expect(inEnglish(readResultValue('n/a', breaks))).toEqual({
      kind: 'problem',
      problem: "Result: 'n/a' is not a number.",
    });
  });

  it.each([
    ['yes', 1],
    ['Y', 1],
    ['1', 1],
    ['Sí', 1],
    ['si', 1],
    ['TRUE', 1],
    ['no', 0],
    ['N', 0],
    ['0', 0],
    ['false', 0],
  ])('reads %j as %d for a yes-or-no goal', (cell, value) => {
    expect(readResultValue(cell, yesNo)).toEqual({ kind: 'value', value });
  });

  it('refuses anything else for a yes-or-no goal', () => {
    expect(inEnglish(readResultValue('maybe', yesNo))).toEqual({
      kind: 'problem',
      problem: "Result: 'maybe' is not an answer. Write yes or no (or y/n, 1/0, sí/no).",
    });
    expect(readResultValue('2', yesNo)).toMatchObject({ kind: 'problem' });
  });

  it('takes an empty cell as a result not measured yet', () => {
    expect(readResultValue('  ', breaks)).toEqual({ kind: 'empty' });
  });
});
