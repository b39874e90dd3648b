import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { cleanLine, cleanMultiline } from '../../../src/shared/domain/text';
import { unicodeText } from './arbitraries';

describe('cleaning, for any text', () => {
  const anyText = fc.oneof(unicodeText(200), fc.string({ unit: 'binary', maxLength: 200 }));

  test.prop([anyText])('cleaning twice gives the same text as cleaning once', (text) => {
    expect(cleanLine(cleanLine(text))).toBe(cleanLine(text));
    expect(cleanMultiline(cleanMultiline(text))).toBe(cleanMultiline(text));
  });

  test.prop([anyText])('the result is NFC, trimmed and free of bidi controls', (text) => {
    for (const cleaned of [cleanLine(text), cleanMultiline(text)]) {
      expect(cleaned).toBe(cleaned.normalize('NFC'));
      expect(cleaned).toBe(cleaned.trim());
      expect(cleaned).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    }
    expect(cleanLine(text)).not.toMatch(/[\n\r\t\u2028\u2029]/);
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 100 })])(
    'ordinary text without hidden characters only loses spaces at its ends',
    (text) => {
      const plain = text.replace(/[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/gu, '');
      expect(cleanLine(plain)).toBe(plain.normalize('NFC').trim());
    },
  );
});
