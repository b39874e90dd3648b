import { describe, expect, it } from 'vitest';
import { shareText } from '../../../src/shared/domain/numbers/share-text';

describe('a share in words, never more than the counts say', () => {
  it('rounds to whole percent, in the screen’s language', () => {
    expect(shareText(38, 400, 'en')).toBe('10%');
    expect(shareText(1, 3, 'en')).toBe('33%');
    expect(shareText(1, 3, 'es')).toMatch(/^33\s%$/);
  });

  it('says "under 1%" for a few and "over 99%" for all but a few, never 0% or 100%', () => {
    expect(shareText(1, 400, 'en')).toBe('under 1%');
    expect(shareText(399, 400, 'en')).toBe('over 99%');
    expect(shareText(0, 400, 'en')).toBe('0%');
    expect(shareText(400, 400, 'en')).toBe('100%');
  });

  it('has no share of nobody', () => {
    expect(shareText(0, 0, 'en')).toBe('—');
  });
});
