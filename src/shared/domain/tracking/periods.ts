import type { MeasureFrequency } from '../goal';
import { monthNames } from '../printed-date';
import { plainDate } from '../plain-date';

/**
 * The stretch of time one actual result covers, by how often the goal is measured. Weeks start
 * on Sunday, as US calendars (and the app's date picker) do; a continuous measure is reported
 * month by month; a goal measured every two or three years is recorded for the year it was
 * measured; a goal measured at each event is recorded on the event's day.
 */
export const periodKinds = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof periodKinds)[number];

const kindByFrequency: Record<MeasureFrequency, PeriodKind> = {
  continuous: 'month',
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
  'every-2-3-years': 'year',
  'each-event': 'day',
};

export function periodKindOf(frequency: MeasureFrequency): PeriodKind {
  return kindByFrequency[frequency];
}

/**
 * How each period is written in the data file: a day and a week (by its Sunday) as YYYY-MM-DD,
 * a month as YYYY-MM, a quarter as YYYY-Q1…Q4, a year as YYYY.
 */
const keyPatterns: Record<PeriodKind, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  week: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
};

const dayMs = 86_400_000;

function utcDay(isoDay: string): Date | null {
  const match = keyPatterns.day.exec(isoDay);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1000 ? date : null;
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Whether `key` is a period of this kind as the data file writes it (a week: its Sunday). */
export function isPeriodKey(kind: PeriodKind, key: string): boolean {
  if (kind === 'day') return utcDay(key) !== null;
  if (kind === 'week') return utcDay(key)?.getUTCDay() === 0;
  const match = keyPatterns[kind].exec(key);
  return match !== null && Number(match[1]) >= 1000;
}

function requireDay(isoDay: string): Date {
  const date = utcDay(isoDay);
  if (!date) throw new Error(`Expected a real date written YYYY-MM-DD, not "${isoDay}".`);
  return date;
}

function requireKey(kind: PeriodKind, key: string): RegExpExecArray {
  const match = isPeriodKey(kind, key) ? keyPatterns[kind].exec(key) : null;
  if (!match) throw new Error(`"${key}" is not a ${kind} as the data file writes it.`);
  return match;
}

/** The period of this kind that holds the day (YYYY-MM-DD). */
export function periodContaining(kind: PeriodKind, isoDay: string): string {
  const date = requireDay(isoDay);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  switch (kind) {
    case 'day':
      return isoDay;
    case 'week':
      return isoOf(new Date(date.getTime() - date.getUTCDay() * dayMs));
    case 'month':
      return `${year}-${pad(month)}`;
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'year':
      return String(year);
  }
}

/** The first day of a period (YYYY-MM-DD). */
export function periodFirstDay(kind: PeriodKind, key: string): string {
  const match = requireKey(kind, key);
  switch (kind) {
    case 'day':
    case 'week':
      return key;
    case 'month':
      return `${key}-01`;
    case 'quarter':
      return `${match[1]}-${pad((Number(match[2]) - 1) * 3 + 1)}-01`;
    case 'year':
      return `${key}-01-01`;
  }
}

/** The period after this one. */
export function followingPeriod(kind: PeriodKind, key: string): string {
  const match = requireKey(kind, key);
  const year = Number(match[1]);
  switch (kind) {
    case 'day':
      return isoOf(new Date(requireDay(key).getTime() + dayMs));
    case 'week':
      return isoOf(new Date(requireDay(key).getTime() + 7 * dayMs));
    case 'month': {
      const month = Number(match[2]);
      return month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`;
    }
    case 'quarter': {
      const quarter = Number(match[2]);
      return quarter === 4 ? `${year + 1}-Q1` : `${year}-Q${quarter + 1}`;
    }
    case 'year':
      return String(year + 1);
  }
}

/** The last day of a period (YYYY-MM-DD). */
export function periodLastDay(kind: PeriodKind, key: string): string {
  const next = requireDay(periodFirstDay(kind, followingPeriod(kind, key)));
  return isoOf(new Date(next.getTime() - dayMs));
}

/** Whether the period is over on `today`: its last day is before today. */
export function periodHasEnded(kind: PeriodKind, key: string, today: string): boolean {
  return periodLastDay(kind, key) < today;
}

/**
 * The periods that ended on or before `today`'s eve, from the one holding `fromDay` on, oldest
 * first: the ones an actual result is owed for since the agreement was approved.
 */
export function endedPeriodsSince(kind: PeriodKind, fromDay: string, today: string): string[] {
  const ended: string[] = [];
  for (
    let key = periodContaining(kind, fromDay);
    periodHasEnded(kind, key, today);
    key = followingPeriod(kind, key)
  ) {
    ended.push(key);
  }
  return ended;
}

const quarterMonths = ['January–March', 'April–June', 'July–September', 'October–December'];

/** The period in plain words: "March 2027", "January–March 2027", "the week of March 7, 2027". */
export function periodName(kind: PeriodKind, key: string): string {
  const match = requireKey(kind, key);
  switch (kind) {
    case 'day':
      return plainDate(key);
    case 'week':
      return `the week of ${plainDate(key)}`;
    case 'month':
      return `${monthNames.en[Number(match[2]) - 1]} ${match[1]}`;
    case 'quarter':
      return `${quarterMonths[Number(match[2]) - 1]} ${match[1]}`;
    case 'year':
      return key;
  }
}
