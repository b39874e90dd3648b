import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  cleanLine,
  cleanMultiline,
  decimalNumber,
  lineText,
  paragraphText,
  rowId,
  wholeNumber,
} from '../../src/shared/domain/text';
import { problemsOf } from './schemas/issues';

const bidiControls = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];

describe('cleanLine', () => {
  it('removes every bidi override and isolate', () => {
    for (const bidi of bidiControls) {
      expect(cleanLine(`Pay ${bidi}evil${bidi} now`)).toBe('Pay evil now');
    }
  });

  it('removes C0 and C1 control characters', () => {
    expect(cleanLine('Ce\u0000dar\u0007 Fl\u001Bats\u007F\u0085\u009F')).toBe('Cedar Flats');
  });

  it('turns tabs and line breaks into a single space', () => {
    expect(cleanLine('Cedar\r\n\tFlats\u2028Water\u2029Co')).toBe('Cedar Flats Water Co');
  });

  it('normalises to NFC', () => {
    expect(cleanLine('Jose\u0301')).toBe('José');
    expect(cleanLine('Jose\u0301')).toHaveLength(4);
  });

  it('composes an accent separated from its letter by a removed character', () => {
    expect(cleanLine('Jose\u202E\u0301')).toBe('José');
    expect(cleanLine('Jose\u0000\u0301')).toBe('José');
  });

  it('trims spaces, including non-breaking ones, at both ends', () => {
    expect(cleanLine('  \u00A0Cedar Flats \u3000')).toBe('Cedar Flats');
  });

  it('keeps ordinary text, accents and other scripts as typed', () => {
    const text = 'Ana Chávez — 水道 «Ørsted» 👩‍🔧';
    expect(cleanLine(text)).toBe(text);
  });
});

describe('cleanMultiline', () => {
  it('keeps line breaks and tabs but makes Windows and old Mac line ends plain', () => {
    expect(cleanMultiline('One well.\r\nNo hydrants.\rStorage\t120,000 gal')).toBe(
      'One well.\nNo hydrants.\nStorage\t120,000 gal',
    );
  });

  it('removes control and bidi characters and normalises to NFC', () => {
    expect(cleanMultiline('Mi\u0000ssion\u202E: agua para todos, Jose\u0301\u2066')).toBe(
      'Mission: agua para todos, José',
    );
  });

  it('trims blank lines at both ends', () => {
    expect(cleanMultiline('\n\n  Mission.\n\n')).toBe('Mission.');
  });
});

describe('lineText', () => {
  const schema = lineText('validation.label.utility.name', 10);

  it('stores the cleaned text', () => {
    expect(schema.parse('  Cedar\u202E ')).toBe('Cedar');
    expect(schema.parse('')).toBe('');
  });

  it('measures the length after cleaning', () => {
    expect(schema.parse(`  ${'a'.repeat(10)}\u0000\u202E  `)).toBe('a'.repeat(10));
  });

  it('refuses text over the maximum with a message naming the field and the limit', () => {
    expect(problemsOf(schema, 'a'.repeat(11))).toEqual([
      {
        path: [],
        message: 'Name of the utility is too long: shorten it to 10 characters or fewer.',
      },
    ]);
  });

  it('refuses what is not text', () => {
    for (const value of [12, null, undefined, ['a'], { a: 1 }]) {
      expect(problemsOf(schema, value)).toEqual([
        { path: [], message: 'Name of the utility must be text.' },
      ]);
    }
  });
});

describe('paragraphText', () => {
  const schema = paragraphText('validation.label.scope.mission', 12);

  it('keeps line breaks', () => {
    expect(schema.parse('Safe\r\nwater')).toBe('Safe\nwater');
  });

  it('refuses text over the maximum with a message naming the field and the limit', () => {
    expect(problemsOf(schema, 'a'.repeat(13))).toEqual([
      { path: [], message: 'Mission statement is too long: shorten it to 12 characters or fewer.' },
    ]);
  });

  it('refuses what is not text', () => {
    expect(problemsOf(schema, 5)).toEqual([
      { path: [], message: 'Mission statement must be text.' },
    ]);
  });
});

describe('calendarDate', () => {
  const schema = calendarDate('validation.label.boardMember.termEnds');
  const notReal = 'Term ends must be a real date, such as 2027-06-30.';

  it('accepts an empty date (not known yet)', () => {
    expect(schema.parse('')).toBe('');
    expect(schema.parse('   ')).toBe('');
  });

  it('accepts real dates, including a leap day', () => {
    for (const date of ['2027-06-30', '2028-02-29', '2000-02-29', '1999-12-31']) {
      expect(schema.parse(date)).toBe(date);
    }
    expect(schema.parse(' 2027-06-30 ')).toBe('2027-06-30');
  });

  it('refuses dates that do not exist', () => {
    for (const date of [
      '2027-02-30',
      '2027-02-29',
      '1900-02-29',
      '2027-13-01',
      '2027-00-10',
      '2027-04-31',
      '2027-06-00',
    ]) {
      expect(problemsOf(schema, date), date).toEqual([{ path: [], message: notReal }]);
    }
  });

  it('refuses other ways of writing a date', () => {
    for (const date of [
      '30/06/2027',
      '06/30/2027',
      '2027-6-30',
      '2027/06/30',
      '2027-06-30T00:00:00Z',
      'June 30, 2027',
      '٢٠٢٧-٠٦-٣٠',
    ]) {
      expect(problemsOf(schema, date), date).toEqual([{ path: [], message: notReal }]);
    }
  });

  it('refuses what is not text', () => {
    expect(problemsOf(schema, 20270630)).toEqual([
      { path: [], message: 'Term ends must be a date.' },
    ]);
    expect(problemsOf(schema, null)).toEqual([{ path: [], message: 'Term ends must be a date.' }]);
  });
});

describe('wholeNumber', () => {
  const schema = wholeNumber('validation.label.utility.connections', 1_000_000, 250);

  it('accepts whole numbers in range, and null for not entered yet', () => {
    for (const value of [0, 1, 212, 1_000_000, null]) expect(schema.parse(value)).toBe(value);
  });

  it('refuses fractions with a message naming the field', () => {
    expect(problemsOf(schema, 2.5)).toEqual([
      { path: [], message: 'Connections must be a whole number, such as 250.' },
    ]);
  });

  it('refuses negative numbers', () => {
    expect(problemsOf(schema, -1)).toEqual([
      { path: [], message: 'Connections cannot be negative.' },
    ]);
  });

  it('refuses numbers over the maximum, naming the maximum', () => {
    const tooLarge = 'Connections looks too large: enter a number up to 1,000,000.';
    expect(problemsOf(schema, 1_000_001)).toEqual([{ path: [], message: tooLarge }]);
    for (const huge of [1e20, Number.MAX_VALUE]) {
      const messages = problemsOf(schema, huge).map((p) => p.message);
      expect(messages).toContain(tooLarge);
      for (const message of messages) expect(message).toMatch(/^Connections /);
    }
  });

  it('refuses NaN, Infinity and text, never reading a string as a number', () => {
    const notANumber = [{ path: [], message: 'Connections must be a number, such as 250.' }];
    for (const value of [NaN, Infinity, -Infinity, '', '12', ' 12 ', '0', undefined, true, [12]]) {
      expect(problemsOf(schema, value), String(value)).toEqual(notANumber);
    }
  });
});

describe('decimalNumber', () => {
  const schema = decimalNumber('validation.label.utility.milesOfMain', 100_000, 12.5);

  it('accepts fractions in range and null', () => {
    for (const value of [0, 12.5, 0.01, 100_000, null]) expect(schema.parse(value)).toBe(value);
  });

  it('refuses negative, too large, non-finite and text values with messages naming the field', () => {
    expect(problemsOf(schema, -0.5)).toEqual([
      { path: [], message: 'Miles of water main cannot be negative.' },
    ]);
    expect(problemsOf(schema, 100_000.5)).toEqual([
      { path: [], message: 'Miles of water main looks too large: enter a number up to 100,000.' },
    ]);
    for (const value of [NaN, Infinity, '', '12.5']) {
      expect(problemsOf(schema, value)).toEqual([
        { path: [], message: 'Miles of water main must be a number, such as 12.5.' },
      ]);
    }
  });
});

describe('rowId', () => {
  it('accepts app-made ids', () => {
    for (const id of ['b1', 'op-1', 'h_1', 'a'.repeat(64), 'V1StGXR8_Z5jdHi6B-myT'])
      expect(rowId.parse(id)).toBe(id);
  });

  it('refuses empty, long or punctuated ids', () => {
    const message = 'Row id must be 1–64 letters, digits, dashes or underscores.';
    for (const id of ['', 'a'.repeat(65), 'b 1', 'b.1', '__proto__ ', '../x', 'é']) {
      expect(problemsOf(rowId, id), id).toEqual([{ path: [], message }]);
    }
  });
});
