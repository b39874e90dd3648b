import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/shared/domain/text';
import { dayInWords, readTypedDate } from '../../src/shared/domain/typed-date';
import { sayIn } from '../../src/shared/i18n/say-in';

const label = 'Meeting date';
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoOf = ({ year, month, day }: Day) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** The oracle for "is this a real day": JavaScript's own calendar, not the code under test. */
function isReal({ year, month, day }: Day): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Real days, drawn from JavaScript's calendar so leap days and month ends come up. */
const realDay = (minYear: number, maxYear: number) =>
  fc
    .date({
      min: new Date(Date.UTC(minYear, 0, 1)),
      max: new Date(Date.UTC(maxYear, 11, 31)),
      noInvalidDate: true,
    })
    .map((date) => ({
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
    }));

const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** Every accepted way of writing a day with its year in full. */
const fullYearWriters: Record<string, (d: Day) => string> = {
  'stored form': isoOf,
  'year first, no zeros': (d) => `${d.year}-${d.month}-${d.day}`,
  'year first with slashes': (d) => `${d.year}/${pad(d.month)}/${pad(d.day)}`,
  'month first': (d) => `${d.month}/${d.day}/${d.year}`,
  'month first with zeros': (d) => `${pad(d.month)}/${pad(d.day)}/${d.year}`,
  'month first with dashes': (d) => `${d.month}-${d.day}-${d.year}`,
  'short month': (d) => `${months[d.month - 1]?.slice(0, 3)} ${d.day} ${d.year}`,
  'short month with a dot and comma': (d) =>
    `${months[d.month - 1]?.slice(0, 3)}. ${d.day}, ${d.year}`,
  'long month': (d) => `${months[d.month - 1]} ${d.day}, ${d.year}`,
  'long month, ordinal day': (d) => `${months[d.month - 1]} ${ordinal(d.day)}, ${d.year}`,
  'day first with the month in words': (d) => `${d.day} ${months[d.month - 1]} ${d.year}`,
  'spreadsheet style': (d) => `${d.day}-${months[d.month - 1]?.slice(0, 3)}-${d.year}`,
  'year first with the month in words': (d) =>
    `${d.year} ${months[d.month - 1]?.slice(0, 3)} ${d.day}`,
  'capitals and extra spaces': (d) =>
    `  ${months[d.month - 1]?.toUpperCase()}   ${d.day} ,${d.year} `,
  'the words the field shows back': (d) => dayInWords(isoOf(d)),
};

/** Two-digit years, read as 1970–2069. */
const shortYearWriters: Record<string, (d: Day) => string> = {
  'month first': (d) => `${d.month}/${d.day}/${pad(d.year % 100)}`,
  'short month': (d) => `${months[d.month - 1]?.slice(0, 3)} ${d.day} ${pad(d.year % 100)}`,
  'spreadsheet style': (d) => `${d.day}-${months[d.month - 1]?.slice(0, 3)}-${pad(d.year % 100)}`,
};

function valueOf(text: string): string | undefined {
  const reading = readTypedDate(text, label);
  return reading.kind === 'date' ? reading.value : undefined;
}

function messageOf(text: string): string {
  const reading = readTypedDate(text, label);
  if (reading.kind !== 'refused') throw new Error(`"${text}" was not refused`);
  return sayIn(reading.message, 'en');
}

/** Dates a refusal offers as examples: outside the quoted text the person typed. */
function examplesIn(message: string): string[] {
  const own = message.replace(/“[^”]*”/g, '');
  const written = /\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}/g;
  return own.match(written) ?? [];
}

describe('readTypedDate: what the issue names', () => {
  it.each([
    ['1/14/2027'],
    ['1/14/27'],
    ['2027-01-14'],
    ['Jan 14 2027'],
    ['January 14, 2027'],
    ['Thursday, January 14, 2027'],
  ])('reads %s as January 14, 2027', (text) => {
    expect(readTypedDate(text, label)).toEqual({ kind: 'date', value: '2027-01-14' });
  });

  it('refuses 14/01/2027, which once became January 1, 2001, and says how to write it', () => {
    expect(messageOf('14/01/2027')).toBe(
      'Meeting date: “14/01/2027” puts the day first. Write it as 1/14/2027 (month first) or 2027-01-14.',
    );
  });

  it('refuses 2027-02-30, which once became March 2, 2027', () => {
    expect(messageOf('2027-02-30')).toBe(
      'Meeting date: February 2027 has 28 days, so “2027-02-30” is not a date. Write a real day, such as 2027-02-28.',
    );
  });

  it('shows the day it understood in words', () => {
    expect(dayInWords('2027-01-14')).toBe('Thursday, January 14, 2027');
    expect(dayInWords('2028-02-29')).toBe('Tuesday, February 29, 2028');
    expect(dayInWords('not a date')).toBe('not a date');
  });
});

describe('readTypedDate: documented choices', () => {
  it('reads two numbers that could both be months month first, as in the US', () => {
    expect(valueOf('3/4/2027')).toBe('2027-03-04');
  });

  it('reads two-digit years as 1970–2069', () => {
    expect(valueOf('1/14/69')).toBe('2069-01-14');
    expect(valueOf('1/14/70')).toBe('1970-01-14');
    expect(valueOf('Jan 14 00')).toBe('2000-01-14');
  });

  it('treats empty and blank text as no date yet', () => {
    expect(readTypedDate('', label)).toEqual({ kind: 'empty' });
    expect(readTypedDate(' \u00A0 ', label)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['01.02.2027', 'could be day first or month first'],
    ['27-01-14', 'could be read more than one way'],
    ['14.01.2027', 'puts the day first. Write it as 1/14/2027 (month first) or 2027-01-14.'],
    ['January 14', 'add the year, such as January 14, 2027.'],
    ['1/14', 'add the year, such as 1/14/2027.'],
    ['January 2027', 'add the day, such as January 14, 2027.'],
    ['1/14/202', 'write the year with four digits, such as 1/14/2027.'],
    ['0027-01-14', 'write the year in full, such as 2027-01-14.'],
    ['2027-13-01', 'there is no month 13'],
    ['2/29/2027', 'February 2027 has 28 days, so “2/29/2027” is not a date'],
    ['April 31, 2027', 'such as April 30, 2027.'],
    ['1/0/2027', 'there is no day 0'],
    ['Janvier 14 2027', '“Janvier” is not a month or a day of the week'],
    ['next Tuesday', '“next Tuesday” is not a date this field can read'],
    ['Friday, January 14, 2027', 'January 14, 2027 is a Thursday, not a Friday.'],
  ])('refuses %s: %s', (text, words) => {
    const message = messageOf(text);
    expect(message.startsWith('Meeting date: ')).toBe(true);
    expect(message).toContain(words);
  });
});

describe('readTypedDate: properties', () => {
  for (const [format, write] of Object.entries(fullYearWriters)) {
    test.prop([realDay(1900, 2199)])(`any real day written ${format} reads as that day`, (d) => {
      expect(valueOf(write(d))).toBe(isoOf(d));
    });
  }

  for (const [format, write] of Object.entries(shortYearWriters)) {
    test.prop([realDay(1970, 2069)])(`any real day written ${format}, two-digit year`, (d) => {
      expect(valueOf(write(d))).toBe(isoOf(d));
    });
  }

  test.prop([realDay(100, 9999)])('any stored date reads back as itself', (d) => {
    expect(valueOf(isoOf(d))).toBe(isoOf(d));
  });

  test.prop([
    fc.integer({ min: 1900, max: 2199 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.constantFrom(
      'stored form',
      'month first',
      'long month',
      'day first with the month in words',
    ),
  ])('never rolls over: accepted only when the day exists, and then as written', (y, m, d, f) => {
    const day = { year: y, month: m, day: d };
    // A month in words cannot be out of range.
    fc.pre((m >= 1 && m <= 12) || f === 'stored form' || f === 'month first');
    const reading = readTypedDate((fullYearWriters[f] ?? isoOf)(day), label);
    if (isReal(day)) expect(reading).toEqual({ kind: 'date', value: isoOf(day) });
    else expect(reading.kind).toBe('refused');
  });

  test.prop([realDay(1900, 2199).filter((d) => d.day > 12), fc.constantFrom('/', '-', '.')])(
    'refuses a day written first and offers both ways to write it',
    (d, separator) => {
      const message = messageOf(`${d.day}${separator}${d.month}${separator}${d.year}`);
      expect(message).toContain(`${d.month}/${d.day}/${d.year}`);
      expect(message).toContain(isoOf(d));
    },
  );

  test.prop([realDay(1900, 2199).filter((d) => d.day <= 12 && d.day !== d.month)])(
    'refuses dotted dates whose day and month could swap',
    (d) => {
      expect(messageOf(`${pad(d.day)}.${pad(d.month)}.${d.year}`)).toContain(
        'could be day first or month first',
      );
    },
  );

  test.prop([realDay(1900, 2199), fc.integer({ min: 1, max: 6 })])(
    'refuses a day of the week that does not match',
    (d, off) => {
      const shown = dayInWords(isoOf(d));
      const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
      const right = shown.slice(0, shown.indexOf(','));
      const all = [...weekdays, 'Saturday'];
      const wrong = all[(all.indexOf(right) + off) % 7] ?? '';
      expect(messageOf(`${wrong}${shown.slice(right.length)}`)).toContain(`not a ${wrong}`);
    },
  );

  const dateLike = fc
    .array(
      fc.oneof(
        fc.integer({ min: 0, max: 3000 }).map(String),
        fc.constantFrom('/', '-', '.', ' ', ',', 'Jan', 'sept', 'May', 'Thu', 'th', 'x', '0'),
      ),
      { maxLength: 7 },
    )
    .map((parts) => parts.join(''));

  test.prop([fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), dateLike)])(
    'any text is read as a real day, or refused with a message naming the field and a real example',
    (text) => {
      const reading = readTypedDate(text, label);
      if (reading.kind === 'empty') {
        expect(text.trim()).toBe('');
      } else if (reading.kind === 'date') {
        expect(calendarDate('validation.label.meeting.date').safeParse(reading.value).data).toBe(
          reading.value,
        );
        expect(valueOf(reading.value)).toBe(reading.value);
      } else {
        const message = sayIn(reading.message, 'en');
        expect(message.startsWith(`${label}: `)).toBe(true);
        const examples = examplesIn(message);
        expect(examples.length).toBeGreaterThan(0);
        for (const example of examples) expect(valueOf(example)).toBeDefined();
      }
    },
  );

  const storedShape = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);

  test.prop([fc.oneof(storedShape, dateLike, fc.string())])(
    'agrees with the stored form: what the schema takes reads as itself, what it refuses is refused here',
    (text) => {
      const stored = calendarDate('validation.label.meeting.date').safeParse(text);
      const reading = readTypedDate(text, label);
      if (stored.success && stored.data !== '') {
        expect(reading).toEqual({ kind: 'date', value: stored.data });
      }
      if (reading.kind === 'refused') expect(stored.success).toBe(false);
    },
  );

  test.prop([realDay(1000, 9999)])('names the same weekday as the platform calendar', (d) => {
    const platform = new Date(Date.UTC(2000, d.month - 1, d.day));
    platform.setUTCFullYear(d.year);
    expect(dayInWords(isoOf(d))).toBe(
      platform.toLocaleDateString('en-US', {
        weekday: 'long',
        month: 'long',
        day: 'numeric',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    );
  });
});
