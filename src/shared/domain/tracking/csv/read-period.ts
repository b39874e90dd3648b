import { said, type Said, type SaidValue } from '../../../i18n/said';
import type { SaidKey } from '../../../i18n/shared-catalog';
import { monthNames } from '../../printed-date';
import { readTypedDate } from '../../typed-date';
import { actualLabelKeys } from '../tracking-records';
import { periodContaining, periodFirstDay, type PeriodKind } from '../periods';

export type PeriodReading =
  /**
   * The period key as the data file writes it. `monthFirst` says the cell was a date such as
   * 3/4/2027 that a reader abroad would take day first: it was read month first, as typed
   * dates always are, and the preview says so.
   */
  | { period: string; monthFirst: boolean }
  /** Starts with the field's name: "Period: …". */
  | { problem: Said };

type WrittenKind = Exclude<PeriodKind, 'week'>;

/** From the shortest stretch to the longest: a period can be read into one as long or longer. */
const lengthRank: Record<PeriodKind, number> = { day: 0, week: 1, month: 2, quarter: 3, year: 4 };

/** How a period of `kind` is written: "2027-11, 11/2027 or Nov 2027". */
function example(kind: PeriodKind): Said {
  return said('imports.results.example', { kind });
}

const yearOnly = /^(\d{4})$/;
const quarterAfter = /^(\d{4}) ?[-/]? ?Q(\d+)$/i;
const quarterBefore = /^Q(\d+) ?[-/]? ?(\d{4})$/i;
const yearMonth = /^(\d{4}) ?[-/.] ?(\d{1,2})$/;
const monthYear = /^(\d{1,2}) ?[-/.] ?(\d{2}|\d{4})$/;
const namedMonthYear = /^(\p{L}+)\.?[ ,/-]*(\d{2}|\d{4})$/u;
const yearNamedMonth = /^(\d{4})[ ,/-]*(\p{L}+)\.?$/u;
// Spreadsheets often export a date cell with its midnight time: "11/18/2027 0:00".
const midnight = /[ T](?:0?0:00(?::00(?:\.0+)?)?(?: ?AM)?|12:00(?::00)? ?AM)$/i;
const eitherWay = /^(\d{1,2})[-/](\d{1,2})[-/]\d+$/;
const threeNumbers = /\d+\D+\d+\D+\d+/;

const monthWords = [...monthNames.en, ...monthNames.es].map((name) => plain(name));

function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "Nov", "Sept", "noviembre": a month's first three or more letters, English or Spanish. */
function monthOfWord(word: string): number | null {
  const lower = plain(word);
  if (lower.length < 3) return null;
  const index = monthWords.findIndex((name) => name.startsWith(lower));
  return index === -1 ? null : (index % 12) + 1;
}

function tidy(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(midnight, '');
}

function refused(key: SaidKey, values: Record<string, SaidValue>): { problem: Said } {
  const detail = said(key, values);
  return { problem: said('imports.field', { label: said(actualLabelKeys.period), detail }) };
}

/** A month written with its year, in numbers or words; null when the cell is not one. */
function monthOf(typed: string): { year: string; month: number } | null {
  const numeric = yearMonth.exec(typed);
  if (numeric) return { year: numeric[1] ?? '', month: Number(numeric[2]) };
  const reversed = monthYear.exec(typed);
  if (reversed) return { year: reversed[2] ?? '', month: Number(reversed[1]) };
  const named = namedMonthYear.exec(typed);
  const namedMonth = monthOfWord(named?.[1] ?? '');
  if (named && namedMonth !== null) return { year: named[2] ?? '', month: namedMonth };
  const after = yearNamedMonth.exec(typed);
  const afterMonth = monthOfWord(after?.[2] ?? '');
  if (after && afterMonth !== null) return { year: after[1] ?? '', month: afterMonth };
  return null;
}

/** A cell written as a month, quarter or year; null when it is none of these. */
function readStretch(typed: string): { kind: WrittenKind; key: string } | { problem: Said } | null {
  if (yearOnly.test(typed)) return { kind: 'year', key: typed };
  const after = quarterAfter.exec(typed);
  const before = after ? null : quarterBefore.exec(typed);
  if (after || before) {
    const [year, number] = after ? [after[1], after[2]] : [before?.[2], before?.[1]];
    if (!['1', '2', '3', '4'].includes(number ?? '')) {
      return refused('imports.results.badQuarter', {
        number: number ?? '',
        example: example('quarter'),
      });
    }
    return { kind: 'quarter', key: `${year}-Q${number}` };
  }
  const month = monthOf(typed);
  if (!month) return null;
  // "Nov-27", as a spreadsheet shows a month, is also how it shows November 27: never guessed.
  if (month.year.length !== 4) {
    return refused('imports.results.yearNeeded', { cell: typed, example: example('month') });
  }
  if (month.month < 1 || month.month > 12) {
    return refused('imports.results.badMonth', {
      month: month.month,
      cell: typed,
      example: example('month'),
    });
  }
  return { kind: 'month', key: `${month.year}-${String(month.month).padStart(2, '0')}` };
}

/** A cell written as a date, read the one way typed dates are read (typed-date.ts). */
function readDay(
  typed: string,
  kind: PeriodKind,
): { kind: 'day'; key: string } | { problem: Said } {
  const date = readTypedDate(typed, said(actualLabelKeys.period));
  if (date.kind === 'date') return { kind: 'day', key: date.value };
  // A refusal about a date is worth showing when a date was meant; otherwise say what to write.
  if (
    date.kind === 'refused' &&
    (lengthRank[kind] <= lengthRank.week || threeNumbers.test(typed))
  ) {
    return { problem: date.message };
  }
  return unreadable(typed, kind);
}

function unreadable(typed: string, kind: PeriodKind): { problem: Said } {
  return refused('imports.results.unreadablePeriod', { cell: typed, kind, example: example(kind) });
}

/**
 * Reads a period cell for a goal whose results are kept by `kind`: a month as 2027-11, 11/2027,
 * Nov 2027 or November 2027 (English or Spanish names); a quarter as 2027-Q4 or Q4 2027; a year
 * as 2027; a day as typed dates are read (11/18/2027, 2027-11-18, month first). A shorter period
 * is read as the one holding it (a day of a monthly goal is its month, a day of a weekly goal its
 * week); a longer one is refused, as is a two-digit year, which could be a day.
 */
export function readPeriod(cell: string, kind: PeriodKind): PeriodReading {
  const typed = tidy(cell);
  if (typed === '') return refused('imports.results.periodEmpty', { example: example(kind) });
  const written = readStretch(typed) ?? readDay(typed, kind);
  if ('problem' in written) return written;
  // The data file's periods start at year 1000; typed dates read from year 100.
  if (Number(written.key.slice(0, 4)) < 1000) return unreadable(typed, kind);
  if (lengthRank[written.kind] > lengthRank[kind]) {
    return refused('imports.results.periodTooLong', {
      kind,
      cell: typed,
      written: written.kind,
      example: example(kind),
    });
  }
  const either = eitherWay.exec(typed);
  const [first, second] = [Number(either?.[1]), Number(either?.[2])];
  const monthFirst = either !== null && first <= 12 && second <= 12 && first !== second;
  return { period: periodContaining(kind, periodFirstDay(written.kind, written.key)), monthFirst };
}
