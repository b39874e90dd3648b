import { sayIn } from '../../../src/shared/i18n/say-in';
import { describe, expect, it } from 'vitest';
import {
  hasRoomToSpare,
  reviewSuggestion,
} from '../../../src/shared/domain/annual-review/review-suggestion';
import type { TargetTerms } from '../../../src/shared/domain/tracking/meets-target';

const atMost9: TargetTerms = { direction: 'at-most', target: 9, targetHigh: null };
const atLeast90: TargetTerms = { direction: 'at-least', target: 90, targetHigh: null };

/** The suggestion with its words in English, as the review screen shows it to an English reader. */
function suggestionInEnglish(...given: Parameters<typeof reviewSuggestion>) {
  const { kind, text } = reviewSuggestion(...given);
  return { kind, text: sayIn(text, 'en') };
}

describe('room to spare: better than the target by at least a tenth of it', () => {
  it('holds an "at most 9" goal to 8.1 or less', () => {
    // A tenth of 9 is 0.9: 9 − 0.9 = 8.1 is the boundary, and it counts.
    expect(hasRoomToSpare(atMost9, 8.1)).toBe(true);
    expect(hasRoomToSpare(atMost9, 8.11)).toBe(false);
    expect(hasRoomToSpare(atMost9, 9)).toBe(false);
  });

  it('holds an "at least 90" goal to 99 or more', () => {
    expect(hasRoomToSpare(atLeast90, 99)).toBe(true);
    expect(hasRoomToSpare(atLeast90, 98.99)).toBe(false);
  });

  it('reads the boundary exactly where a tenth is not a round binary number', () => {
    // 3 + 0.3 is 3.3000000000000003 in floating point; 3.3 is still exactly the boundary.
    const atLeast3: TargetTerms = { direction: 'at-least', target: 3, targetHigh: null };
    expect(hasRoomToSpare(atLeast3, 3.3)).toBe(true);
    expect(hasRoomToSpare(atLeast3, 3.29)).toBe(false);
  });

  it('measures a negative target by its size', () => {
    // At least −10 (a tenth of 10 is 1): −9 has room, −9.5 not.
    const atLeastMinus10: TargetTerms = { direction: 'at-least', target: -10, targetHigh: null };
    expect(hasRoomToSpare(atLeastMinus10, -9)).toBe(true);
    expect(hasRoomToSpare(atLeastMinus10, -9.5)).toBe(false);
  });

  it('never finds room against a target of zero, a yes-or-no goal or a range', () => {
    expect(hasRoomToSpare({ direction: 'at-most', target: 0, targetHigh: null }, 0)).toBe(false);
    expect(hasRoomToSpare({ direction: 'at-most', target: 0, targetHigh: null }, -5)).toBe(false);
    expect(hasRoomToSpare({ direction: 'yes-no', target: 1, targetHigh: null }, 1)).toBe(false);
    expect(hasRoomToSpare({ direction: 'range', target: 35, targetHigh: 80 }, 50)).toBe(false);
  });
});

describe('the suggestion from a year of results', () => {
  it('suggests raising when every period was met with room to spare', () => {
    expect(suggestionInEnglish(atMost9, { values: [8.1, 4, 0], missingPeriods: 0 })).toEqual({
      kind: 'consider-raising',
      text: 'Met every period with room to spare: consider raising it.',
    });
  });

  it('suggests keeping it when one result only just met the target', () => {
    expect(suggestionInEnglish(atMost9, { values: [8.1, 4, 9], missingPeriods: 0 })).toEqual({
      kind: 'keep',
      text: 'Met every result: keep it.',
    });
  });

  it('suggests keeping it, not raising, when periods went unmeasured', () => {
    expect(suggestionInEnglish(atMost9, { values: [1, 2], missingPeriods: 1 })).toEqual({
      kind: 'keep',
      text: 'Met every result (1 period not measured): keep it.',
    });
  });

  it('counts the misses: budget for it, or lower it with a reason', () => {
    // 9 is met (at most includes the target); 9.01 and 12 are missed.
    expect(suggestionInEnglish(atMost9, { values: [9, 9.01, 12, 3], missingPeriods: 0 })).toEqual({
      kind: 'missed',
      text: 'Missed 2 of 4 results: budget for it, or lower it with a reason.',
    });
    expect(suggestionInEnglish(atLeast90, { values: [89.9], missingPeriods: 2 })).toMatchObject({
      kind: 'missed',
      text: 'Missed 1 of 1 result: budget for it, or lower it with a reason.',
    });
  });

  it('asks for a measurement before deciding when there is no result', () => {
    expect(suggestionInEnglish(atMost9, { values: [], missingPeriods: 3 })).toEqual({
      kind: 'no-results',
      text: 'No results: measure it before deciding.',
    });
  });

  it('judges a yes-or-no goal and a range as kept or missed, never as room to spare', () => {
    const yes = { direction: 'yes-no', target: 1, targetHigh: null } as const;
    expect(suggestionInEnglish(yes, { values: [1, 1], missingPeriods: 0 }).kind).toBe('keep');
    expect(suggestionInEnglish(yes, { values: [1, 0], missingPeriods: 0 }).kind).toBe('missed');
    const range = { direction: 'range', target: 35, targetHigh: 80 } as const;
    expect(suggestionInEnglish(range, { values: [35, 80], missingPeriods: 0 }).kind).toBe('keep');
    expect(suggestionInEnglish(range, { values: [34.9], missingPeriods: 0 }).kind).toBe('missed');
  });

  it('asks for a target when results cannot be judged', () => {
    const noTarget = { direction: 'at-most', target: null, targetHigh: null } as const;
    expect(suggestionInEnglish(noTarget, { values: [4], missingPeriods: 0 }).kind).toBe(
      'no-target',
    );
  });
});
