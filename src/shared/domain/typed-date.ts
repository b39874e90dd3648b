import { said, type Said, type SaidValue } from '../i18n/said';
import { saidEach } from '../i18n/said-each';
import type { SaidKey } from '../i18n/shared-catalog';
import { monthNames, printedDate, weekdayNames, type Language } from './printed-date';

/**
 * What a person typed into a date field, read once by the rules below so every field (and
 * anything else that reads typed dates) agrees on them.
 *
 * Accepted, with any case and spacing:
 * - year first: 2027-01-14, 2027-1-14, 2027/01/14, 2027.01.14 (the stored form is one of them);
 * - month first, the US convention: 1/14/2027, 01/14/2027, 1-14-2027, 1/14/27;
 * - the month in words: Jan 14 2027, Jan. 14, 2027, January 14th, 2027, 14 January 2027,
 *   14-Jan-27, 2027 Jan 14; a month is its first three or more letters (Sept, Janu);
 * - the month in Spanish words, whatever the screen's language (a Spanish reader types them
 *   on an English screen too): 14 de enero de 2027, enero 14, 2027, 14-ene-2027, accents
 *   optional; no prefix of a Spanish month names another month in English;
 * - any of these after a day of the week, Thursday, January 14, 2027 or jueves, 14 de enero de
 *   2027 (what the field shows back), which must then be the right day. A word that is a month
 *   ("mar", marzo) is read as the month, never as a day of the week (martes).
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
  /** Names the field, says what is wrong and gives an example, said in the reader's language. */
  | { kind: 'refused'; message: Said };

type Style = 'year-first' | 'month-first' | 'named';

interface Day {
  year: number;
  month: number;
  day: number;
}

/** A real day, or what is wrong, in words that follow the field's name. */
type Reading = { day: Day } | { problem: Said };

// The names dates are printed with (printed-date.ts), so a date reads back as it is printed.
// A list, not Intl: building the first Intl date format costs a slow laptop a tenth of a
// second, and this module loads with step 1.
const weekdays: Record<Language, readonly string[]> = {
  en: weekdayNames,
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
};

/** The example a refusal gives for each way of writing: one day, January 14, 2027. */
const sampleDay: Day = { year: 2027, month: 1, day: 14 };

const yearFirst = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const monthFirst = /^(\d{1,2})([-/])(\d{1,2})\2(\d+)$/;
const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d+)$/;
const withoutYear = /^\d{1,2}[-/.]\d{1,2}$/;
const leadingWord = /^(\p{L}+)\.?,? ?(.*)$/u;

/**
 * Reads a typed date; `label` is the field's name (a shared message, or the screen's own text),
 * which every refusal starts with. The refusal is a Said whose examples, names of months and
 * days of the week travel in both wordings, so whoever shows it says it in the reader's
 * language ("such as 14 de enero de 2027"): a form on a Spanish screen and an import read in
 * main alike, and a refusal shown before a switch of language follows the switch.
 */
export function readTypedDate(text: string, label: string | Said): TypedDate {
  const clean = tidy(text);
  if (clean === '') return { kind: 'empty' };
  const reading = new DateReader().read(clean);
  return 'day' in reading
    ? { kind: 'date', value: isoOf(reading.day) }
    : { kind: 'refused', message: said('dates.refused', { label, problem: reading.problem }) };
}

/**
 * A stored date with its day of the week in `language`: "Thursday, January 14, 2027" or
 * "jueves, 14 de enero de 2027"; anything else as is.
 */
export function dayInWords(isoDate: string, language: Language = 'en'): string {
  const day = storedDay(isoDate);
  if (day === null) return isoDate;
  return `${weekdays[language][weekdayOf(day)] ?? ''}, ${printedDate(isoDate, language)}`;
}

// Full-width digits, typographic dashes and non-breaking spaces come in with pasted text.
function tidy(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The problems, their examples written in each language (`saidEach`). */
class DateReader {
  read(clean: string): Reading {
    const lead = leadingWord.exec(clean);
    const named = lead ? weekdayNumber(lead[1] ?? '') : -1;
    const rest = lead?.[2] ?? '';
    if (named === -1) return this.readDate(clean);
    if (rest === '') return this.unreadable(clean);
    const reading = this.readDate(rest);
    if (!('day' in reading)) return reading;
    const actual = weekdayOf(reading.day);
    if (actual === named) return reading;
    return problem('dates.wrongWeekday', {
      date: this.written(reading.day, 'named'),
      actual: inEach((language) => weekdays[language][actual] ?? ''),
      typed: inEach((language) => weekdays[language][named] ?? ''),
    });
  }

  private readDate(clean: string): Reading {
    return /\p{L}/u.test(clean) ? this.readNamed(clean) : this.readNumeric(clean);
  }

  private readNumeric(clean: string): Reading {
    const text = clean.replace(/ ?([-/.]) ?/g, '$1');
    const iso = yearFirst.exec(text);
    if (iso) {
      const year = this.yearOf(iso[1] ?? '', 'year-first');
      if (typeof year !== 'number') return year;
      return this.checked({ year, month: Number(iso[3]), day: Number(iso[4]) }, 'year-first', text);
    }
    const us = monthFirst.exec(text);
    if (us) {
      const [first, second, yearText] = [Number(us[1]), Number(us[3]), us[4] ?? ''];
      if (first > 12 && yearText.length === 2) {
        return problem('dates.twoWays', { typed: quoted(text), ...this.numericSamples() });
      }
      const year = this.yearOf(yearText, 'month-first');
      if (typeof year !== 'number') return year;
      const dayFirst = { year, month: second, day: first };
      if (first > 12 && isReal(dayFirst)) return this.putsDayFirst(text, dayFirst);
      return this.checked({ year, month: first, day: second }, 'month-first', text);
    }
    const dots = dotted.exec(text);
    if (dots) {
      const year = dots[3]?.length === 4 ? Number(dots[3]) : Number.NaN;
      const dayFirst = { year, month: Number(dots[2]), day: Number(dots[1]) };
      if (dayFirst.day > 12 && year >= 100 && isReal(dayFirst)) {
        return this.putsDayFirst(text, dayFirst);
      }
      return problem('dates.dayOrMonthFirst', { typed: quoted(text), ...this.numericSamples() });
    }
    if (withoutYear.test(text)) {
      return problem('dates.addYear', { example: this.written(sampleDay, 'month-first') });
    }
    return this.unreadable(clean);
  }

  private readNamed(clean: string): Reading {
    const tokens = clean
      .replace(/(\d)(?:st|nd|rd|th)\b/gi, '$1')
      .replace(/(\p{L})\./gu, '$1 ')
      .replace(/(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L})/gu, ' ')
      .split(/[ ,/-]+/)
      // "14 de enero de 2027": the Spanish "de" joins the parts and says nothing of them.
      .filter((token) => token !== '' && plain(token) !== 'de');
    const numbers = tokens.filter((token) => /^\d+$/.test(token));
    const words = tokens.filter((token) => !/^\d+$/.test(token));
    const [word = ''] = words;
    const month = monthNumber(word);
    if (words.length !== 1 || !/^\p{L}+$/u.test(word)) return this.unreadable(clean);
    // A day of the week anywhere but first is more likely a slip than a date to guess at.
    if (month === -1) {
      return weekdayNumber(word) === -1 ? this.unknownWord(word) : this.unreadable(clean);
    }
    if (numbers.length < 2) {
      const missing =
        numbers.length === 0 ? 'dayAndYear' : numbers[0]?.length === 4 ? 'day' : 'year';
      return problem('dates.addMissing', { missing, example: this.written(sampleDay, 'named') });
    }
    const monthAt = tokens.indexOf(word);
    const [first = '', second = ''] = numbers;
    if (numbers.length > 2 || monthAt === 2) return this.unreadable(clean);
    // 2027 Jan 14 is year first; Jan 14 2027 and 14 Jan 2027 end with the year.
    const [dayText, yearText] =
      monthAt === 1 && first.length === 4 ? [second, first] : [first, second];
    if (dayText.length > 2) return this.unreadable(clean);
    const year = this.yearOf(yearText, 'named');
    if (typeof year !== 'number') return year;
    return this.checked({ year, month, day: Number(dayText) }, 'named', clean);
  }

  private yearOf(digits: string, style: Style): number | { problem: Said } {
    const year = Number(digits);
    if (digits.length === 2) return year < 70 ? 2000 + year : 1900 + year;
    if (digits.length === 4 && year >= 100) return year;
    return problem('dates.writeYear', {
      how: digits.length === 4 ? 'full' : 'fourDigits',
      example: this.written(sampleDay, style),
    });
  }

  private checked(day: Day, style: Style, typed: string): Reading {
    const { year, month } = day;
    if (month < 1 || month > 12) {
      return problem('dates.noMonth', {
        month,
        typed: quoted(typed),
        example: this.written(sampleDay, style),
      });
    }
    const last = daysInMonth(year, month);
    if (day.day >= 1 && day.day <= last) return { day };
    const example = this.written({ year, month, day: day.day < 1 ? 1 : last }, style);
    if (day.day < 1) return problem('dates.noDay', { day: day.day, typed: quoted(typed), example });
    return problem('dates.shortMonth', {
      month: inEach((language) => monthNames[language][month - 1] ?? ''),
      year,
      last,
      typed: quoted(typed),
      example,
    });
  }

  private putsDayFirst(typed: string, day: Day): Reading {
    return problem('dates.dayFirst', {
      typed: quoted(typed),
      monthFirst: this.written(day, 'month-first'),
      iso: isoOf(day),
    });
  }

  private unreadable(clean: string): Reading {
    return problem('dates.unreadable', { typed: quoted(clean) });
  }

  private unknownWord(word: string): Reading {
    return problem('dates.unknownWord', { typed: quoted(word) });
  }

  private numericSamples(): { monthFirst: SaidValue; yearFirst: SaidValue } {
    return {
      monthFirst: this.written(sampleDay, 'month-first'),
      yearFirst: this.written(sampleDay, 'year-first'),
    };
  }

  private written(day: Day, style: Style): SaidValue {
    if (style === 'month-first') return `${day.month}/${day.day}/${day.year}`;
    return style === 'named' ? inEach((language) => printedDate(isoOf(day), language)) : isoOf(day);
  }
}

/** A word only printed-date.ts's names can say in each language: both travel. */
function inEach(words: (language: Language) => string): Said {
  return saidEach({ en: words('en'), es: words('es') });
}

function problem(key: SaidKey, values: Record<string, SaidValue>): { problem: Said } {
  return { problem: said(key, values) };
}

/** Long pastes stay readable in the message. */
function quoted(text: string): string {
  const characters = Array.from(text);
  return `“${characters.length > 40 ? `${characters.slice(0, 39).join('')}…` : text}”`;
}

/** A name without case or accents, so "Miercoles" and "SÁBADO" are read. */
function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The first three or more letters of a name, any case: "Sept" and "Thurs" both count. */
function namePrefix(names: readonly string[], word: string): number {
  const lower = plain(word);
  if (lower.length < 3) return -1;
  return names.findIndex((name) => plain(name).startsWith(lower));
}

/** A month's number from its English or Spanish name or their first letters; -1 for neither. */
function monthNumber(word: string): number {
  const english = namePrefix(monthNames.en, word);
  const index = english === -1 ? namePrefix(monthNames.es, word) : english;
  return index === -1 ? -1 : index + 1;
}

/** A day of the week in English or Spanish; a word that is also a month ("mar") is the month. */
function weekdayNumber(word: string): number {
  if (monthNumber(word) !== -1) return -1;
  const english = namePrefix(weekdays.en, word);
  return english === -1 ? namePrefix(weekdays.es, word) : english;
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
