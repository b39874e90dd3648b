import { describe, expect, it } from 'vitest';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { breakLongWords, userText } from '../../../src/shared/pdf/user-text';
import { draftInput } from '../../fixtures/pdf/pdf-inputs';
import { stringsWithKeys } from './document-walk';

const zeroWidthSpace = '\u200B';

describe('breakLongWords', () => {
  it('leaves ordinary words, accents and 30-character runs alone', () => {
    const text = 'Peña, Año, café — bacteriologically 123456789012345678901234567890';
    expect(breakLongWords(text)).toBe(text);
  });

  it('puts an invisible break at least every 16 characters of a longer run, losing nothing', () => {
    const run = 'x'.repeat(20_000);
    const broken = breakLongWords(`see ${run} here`);
    expect(broken.replaceAll(zeroWidthSpace, '')).toBe(`see ${run} here`);
    const pieces = broken.split(/[\s\u200B]/u);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(16);
  });

  it('does not split a character made of two UTF-16 units (emoji)', () => {
    const broken = breakLongWords('😀'.repeat(40));
    expect(Array.from(broken.replaceAll(zeroWidthSpace, '')).every((c) => c === '😀')).toBe(true);
  });

  it('is applied to every user value, including in the goals table', () => {
    expect(userText('https://example.org/' + 'a'.repeat(40)).text).toContain(zeroWidthSpace);
    const long = 'W'.repeat(200);
    const [first, ...rest] = draftInput.content.goals;
    if (first === undefined) throw new Error('fixture has goals');
    const definition = agreementDocument({
      ...draftInput,
      content: { ...draftInput.content, goals: [{ ...first, statement: long }, ...rest] },
    });
    const statement = stringsWithKeys(definition.content).find((entry) =>
      entry.value.startsWith('WWWW'),
    );
    expect(statement?.value.replaceAll(zeroWidthSpace, '')).toBe(long);
    expect(statement?.value).toContain(zeroWidthSpace);
  });
});
