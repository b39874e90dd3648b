const datePattern = /^\d{4}-\d{2}-\d{2}/;

/** The number written in text[start, end); digits only, as datePattern has checked. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index += 1) value = value * 10 + text.charCodeAt(index) - 48;
  return value;
}

/**
 * Days since 1 March of year 0 on the proleptic Gregorian calendar, read by position: a
 * complaint log of 100,000 rows is read for several goals, and a Date per end is slow there.
 */
function dayNumber(isoDay: string): number | null {
  if (!datePattern.test(isoDay)) return null;
  const month = digits(isoDay, 5, 7);
  const year = digits(isoDay, 0, 4) - (month <= 2 ? 1 : 0);
  const shifted = (month + 9) % 12;
  return (
    365 * year +
    Math.floor(year / 4) -
    Math.floor(year / 100) +
    Math.floor(year / 400) +
    Math.floor((153 * shifted + 2) / 5) +
    digits(isoDay, 8, 10) -
    1
  );
}

/**
 * Working days from one date to a later one: the Mondays to Fridays after `from`, up to and
 * including `to`. A complaint received on a Friday and settled on the Monday took 1 working
 * day; one settled the day it came in took 0. Only weekends are left out: the app knows no
 * holidays, so a span across one counts a day more, and the words say so where the figure is
 * shown. Times of day are ignored (a working day is a date). Null when `to` is before `from`
 * or either is not a date.
 */
export function workingDaysBetween(from: string, to: string): number | null {
  const start = dayNumber(from);
  const end = dayNumber(to);
  if (start === null || end === null || end < start) return null;
  const days = end - start;
  let count = Math.floor(days / 7) * 5;
  // The days left after whole weeks, counted one by one from the day after the start. Day 0
  // (1 March of year 0) was a Wednesday: 0 is Sunday below, as Date.getUTCDay counts.
  const startDay = (start + 3) % 7;
  for (let step = 1; step <= days % 7; step += 1) {
    const weekday = (startDay + step) % 7;
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}
