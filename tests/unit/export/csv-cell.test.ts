import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../../src/shared/export/csv-cell';

describe('csvCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 505 555 0100', "'+1 505 555 0100"],
    ['-3 breaks', "'-3 breaks"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', '"\'\rcmd"'],
  ])('shows text starting like a formula, never runs it: %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('neutralises inside the quotes, so the quote char is part of the text', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
  });

  it('leaves a formula character that is not first as it is', () => {
    expect(csvCell('a=b, c+d')).toBe('"a=b, c+d"');
  });

  it('quotes only what must be quoted, doubling quotes (RFC 4180)', () => {
    expect(csvCell('Main breaks')).toBe('Main breaks');
    expect(csvCell('at most 9, yearly')).toBe('"at most 9, yearly"');
    expect(csvCell('the "Mutual"')).toBe('"the ""Mutual"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('line one\r\nline two')).toBe('"line one\r\nline two"');
  });

  it('keeps accents and the characters markup would escape exactly', () => {
    expect(csvCell('María José Peña')).toBe('María José Peña');
    expect(csvCell(`Smith & Sons <Agua> it's`)).toBe(`Smith & Sons <Agua> it's`);
    expect(csvCell(`& < " '`)).toBe(`"& < "" '"`);
  });

  it('writes numbers as numbers: negative and decimal ones too, never neutralised', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(-0)).toBe('0');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(1234567)).toBe('1234567');
  });

  it('writes nothing for no value, and for a number no spreadsheet reads alike', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell('')).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('csvText', () => {
  it('starts with the byte-order mark and ends every row with CRLF', () => {
    expect(csvText([['a', 1], [], ['b']])).toBe('\uFEFFa,1\r\n\r\nb\r\n');
  });

  it('reads back cell for cell with a CSV parser, line breaks and quotes included', () => {
    const rows = [
      ['Note', 'Result'],
      ['=HYPERLINK("http://x")', -3],
      ['two\nlines, and a "quote"', 2.75],
      ['Peña & <Agua>', null],
    ];
    const parsed = Papa.parse<string[]>(csvText(rows).slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['Note', 'Result'],
      ['\'=HYPERLINK("http://x")', '-3'],
      ['two\nlines, and a "quote"', '2.75'],
      ['Peña & <Agua>', ''],
    ]);
  });
});
