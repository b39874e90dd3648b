import { monthNames, printedDate, weekdayNames } from './printed-date';

/**
 * What a person typed into a date field, read once by the rules below so every field (and
 * anything else that reads typed dates) agrees on them.
 *
 * Accepted, with any case and spacing:
 * - year first: 2027-01-14, 2027-1-14, 2027/01/14, 2027.01.14 (the stored form is one of them);
 * - month first, the US convention: 1/14/2027, 01/14/2027, 1-14-2027, 1/14/27;
 * - the month in words: Jan 14 2027, Jan. 14, 2027, January 14th, 2027, 14 January 2027,
 *   14-Jan-27, 2027 Jan 14; a month is its first three or more letters (Sept, Janu);
 * - any of these after a day of the week, Thursday, January 14, 2027 (what the field shows
 *   back), which must then be the right day.
 *
 * Read but worth knowing: 3/4/2027 is March 4, never April 3, because the app is for US
 * utilities; the day in words beside the field shows the reading. Two-digit years are
 * 2000–2069 for 00–69 and 1970–1999 for 70–99, the POSIX rule the complaint-log reader uses.
 *
 * Refused, so nothing is guessed:
 * - day first, 14/01/2027: a reader abroad means January 14, a US reader sees no date;
 * - dots between day, month and year, 01.02.2027: where dots are used the day comes first;
 * - a two-digit year after a first part that cannot be a month, 27-01-14: year or day first?
 * - no year (Jan 14, 1/14), no day (January 2027), a one-, three- or five-digit year;
 * - a day the month does not have, 2027-02-30, 2/29/2027: no date ever rolls over into the
 *   next month; a month outside 1–12;
 * - a day of the week that does not match the date.
 *
 * Years run from 0100 to 9999, what the stored form (calendarDate) holds, so every stored
 * value reads back as itself and anything refused here is refused by the schema too.
 */
export type TypedDate =
  | { kind: 'empty' }
  /** YYYY-MM-DD, the stored form. */
  | { kind: 'date'; value: string }
  /** Names the field, says what is wrong and gives an example. */
  | { kind: 'refused'; message: string };

type Style = 'year-first' | 'month-first' | 'named';

interface Day {
  year: number;
  month: number;
  day: number;
}

/** A real day, or what is wrong, in words that follow the field's name. */
type Reading = { day: Day } | { problem: string };

// The names dates are printed with (printed-date.ts), so a date reads back as it is printed.
// A list, not Intl: building the first Intl date format costs a slow laptop a tenth of a
// second, and this module loads with step 1.
const englishMonths = monthNames.en;

const samples: Record<Style, string> = {
  'year-first': '2027-01-14',
  'month-first': '1/14/2027',
  named: 'January 14, 2027',
};

const yearFirst = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const monthFirst = /^(\d{1,2})([-/])(\d{1,2})\2(\d+)$/;
const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d+)$/;
const withoutYear = /^\d{1,2}[-/.]\d{1,2}$/;
const leadingWord = /^([a-z]+)\.?,? ?(.*)$/i;

/** Reads a typed date; `label` is the field's name, which every refusal starts with. */
export function readTypedDate(text: string, label: string): TypedDate {
  const clean = tidy(text);
  if (clean === '') return { kind: 'empty' };
  const reading = readWithWeekday(clean);
  return 'day' in reading
    ? { kind: 'date', value: isoOf(reading.day) }
    : { kind: 'refused', message: `${label}: ${reading.problem}` };
}

/** A stored date with its day of the week, "Thursday, January 14, 2027"; anything else as is. */
export function dayInWords(isoDate: string): string {
  const day = storedDay(isoDate);
  return day === null ? isoDate : `${weekdayNames[weekdayOf(day)]}, ${printedDate(isoDate)}`;
}

// Full-width digits, typographic dashes and non-breaking spaces come in with pasted text.
function tidy(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function readWithWeekday(clean: string): Reading {
  const lead = leadingWord.exec(clean);
  const said = lead ? weekdayNumber(lead[1] ?? '') : -1;
  const rest = lead?.[2] ?? '';
  if (said === -1) return readDate(clean);
  if (rest === '') return unreadable(clean);
  const reading = readDate(rest);
  if (!('day' in reading)) return reading;
  const actual = weekdayOf(reading.day);
  if (actual === said) return reading;
  return {
    problem: `${written(reading.day, 'named')} is a ${weekdayNames[actual]}, not a ${weekdayNames[said]}. Check the date, or leave out the day of the week, such as ${written(reading.day, 'named')}.`,
  };
}

function readDate(clean: string): Reading {
  return /[a-z]/i.test(clean) ? readNamed(clean) : readNumeric(clean);
}

function readNumeric(clean: string): Reading {
  const text = clean.replace(/ ?([-/.]) ?/g, '$1');
  const iso = yearFirst.exec(text);
  if (iso) {
    const year = yearOf(iso[1] ?? '', 'year-first');
    if (typeof year !== 'number') return year;
    return checked({ year, month: Number(iso[3]), day: Number(iso[4]) }, 'year-first', text);
  }
  const us = monthFirst.exec(text);
  if (us) {
    const [first, second, yearText] = [Number(us[1]), Number(us[3]), us[4] ?? ''];
    if (first > 12 && yearText.length === 2) {
      return {
        problem: `${quoted(text)} could be read more than one way. Write the year in full, such as ${samples['month-first']} or ${samples['year-first']}.`,
      };
    }
    const year = yearOf(yearText, 'month-first');
    if (typeof year !== 'number') return year;
    const dayFirst = { year, month: second, day: first };
    if (first > 12 && isReal(dayFirst)) return putsDayFirst(text, dayFirst);
    return checked({ year, month: first, day: second }, 'month-first', text);
  }
  const dots = dotted.exec(text);
  if (dots) {
    const year = dots[3]?.length === 4 ? Number(dots[3]) : Number.NaN;
    const dayFirst = { year, month: Number(dots[2]), day: Number(dots[1]) };
    if (dayFirst.day > 12 && year >= 100 && isReal(dayFirst)) return putsDayFirst(text, dayFirst);
    return {
      problem: `${quoted(text)} could be day first or month first. Write it with the month first, such as ${samples['month-first']}, or the year first, such as ${samples['year-first']}.`,
    };
  }
  if (withoutYear.test(text))
    return { problem: `add the year, such as ${samples['month-first']}.` };
  return unreadable(clean);
}

function readNamed(clean: string): Reading {
  const tokens = clean
    .replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1')
    .replace(/([a-z])\./gi, '$1 ')
    .replace(/(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/gi, ' ')
    .split(/[ ,/-]+/)
    .filter((token) => token !== '');
  const numbers = tokens.filter((token) => /^\d+$/.test(token));
  const words = tokens.filter((token) => !/^\d+$/.test(token));
  const [word = ''] = words;
  const month = monthNumber(word);
  if (words.length !== 1 || !/^[a-z]+$/i.test(word)) return unreadable(clean);
  // A day of the week anywhere but first is more likely a slip than a date to guess at.
  if (month === -1) return weekdayNumber(word) === -1 ? unknownWord(word) : unreadable(clean);
  if (numbers.length < 2) {
    const missing =
      numbers.length === 0 ? 'day and the year' : numbers[0]?.length === 4 ? 'day' : 'year';
    return { problem: `add the ${missing}, such as ${samples.named}.` };
  }
  const monthAt = tokens.indexOf(word);
  const [first = '', second = ''] = numbers;
  if (numbers.length > 2 || monthAt === 2) return unreadable(clean);
  // 2027 Jan 14 is year first; Jan 14 2027 and 14 Jan 2027 end with the year.
  const [dayText, yearText] =
    monthAt === 1 && first.length === 4 ? [second, first] : [first, second];
  if (dayText.length > 2) return unreadable(clean);
  const year = yearOf(yearText, 'named');
  if (typeof year !== 'number') return year;
  return checked({ year, month, day: Number(dayText) }, 'named', clean);
}

function yearOf(digits: string, style: Style): number | { problem: string } {
  const year = Number(digits);
  if (digits.length === 2) return year < 70 ? 2000 + year : 1900 + year;
  if (digits.length === 4 && year >= 100) return year;
  const how = digits.length === 4 ? 'in full' : 'with four digits';
  return { problem: `write the year ${how}, such as ${samples[style]}.` };
}

function checked(day: Day, style: Style, typed: string): Reading {
  const { year, month } = day;
  if (month < 1 || month > 12) {
    return {
      problem: `there is no month ${month}, so ${quoted(typed)} is not a date. Months run from 1 to 12, such as ${samples[style]}.`,
    };
  }
  const last = daysInMonth(year, month);
  if (day.day < 1 || day.day > last) {
    const why =
      day.day < 1
        ? `there is no day ${day.day}`
        : `${englishMonths[month - 1]} ${year} has ${last} days`;
    const fix = written({ year, month, day: day.day < 1 ? 1 : last }, style);
    return {
      problem: `${why}, so ${quoted(typed)} is not a date. Write a real day, such as ${fix}.`,
    };
  }
  return { day };
}

function putsDayFirst(typed: string, day: Day): Reading {
  return {
    problem: `${quoted(typed)} puts the day first. Write it as ${written(day, 'month-first')} (month first) or ${isoOf(day)}.`,
  };
}

function unreadable(clean: string): Reading {
  return {
    problem: `${quoted(clean)} is not a date this field can read. Write it such as 1/14/2027, Jan 14 2027 or 2027-01-14.`,
  };
}

function unknownWord(word: string): Reading {
  return {
    problem: `${quoted(word)} is not a month or a day of the week. Write it such as January 14, 2027 or 1/14/2027.`,
  };
}

function written(day: Day, style: Style): string {
  if (style === 'month-first') return `${day.month}/${day.day}/${day.year}`;
  return style === 'named' ? printedDate(isoOf(day)) : isoOf(day);
}

/** Long pastes stay readable in the message. */
function quoted(text: string): string {
  const characters = Array.from(text);
  return `“${characters.length > 40 ? `${characters.slice(0, 39).join('')}…` : text}”`;
}

/** The first three or more letters of a name, any case: "Sept" and "Thurs" both count. */
function namePrefix(names: readonly string[], word: string): number {
  const lower = word.toLowerCase();
  if (lower.length < 3) return -1;
  return names.findIndex((name) => name.toLowerCase().startsWith(lower));
}

function monthNumber(word: string): number {
  const index = namePrefix(englishMonths, word);
  return index === -1 ? -1 : index + 1;
}

function weekdayNumber(word: string): number {
  return namePrefix(weekdayNames, word);
}

function isReal(day: Day): boolean {
  return (
    day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= daysInMonth(day.year, day.month)
  );
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function isoOf({ year, month, day }: Day): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function storedDay(isoDate: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return day.year >= 100 && isReal(day) ? day : null;
}

// Date.UTC is exact from year 100 on, the range read here.
function weekdayOf({ year, month, day }: Day): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
