/** How a file writes numeric dates: 3/4/2026 is 4 March when month-first, 3 April when day-first. */
export type DateOrder = 'month-first' | 'day-first';

const time = String.raw`(?:[T ,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([ap])\.?m\.?)?)?`;
// ISO and year-first dates; a zone ("Z", "+02:00") is dropped: the log is local wall-clock time.
const yearFirst = new RegExp(
  String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${time}\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$`,
  'i',
);
const numeric = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})${time}$`, 'i');
/** A numeric date whose first part is 13–31, so it cannot be a month. */
const dayFirstStart = /^\s*(?:1[3-9]|2\d|3[01])[/.-]\d{1,2}[/.-]/;

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (monthDays[month - 1] ?? 0);
}

/** Two-digit years: 00–69 are 2000s, 70–99 are 1900s (the POSIX rule). */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

/** "14:05" from a clock's parts (12-hour when `meridiem` is "a" or "p"); null when no such time. */
export function clockOf(
  hourText: string,
  minuteText: string,
  secondText: string | undefined,
  meridiem: string | undefined,
): string | null {
  let hour = Number(hourText);
  const minute = Number(minuteText);
  if (minute > 59 || (secondText !== undefined && Number(secondText) > 59)) return null;
  if (meridiem === undefined) {
    if (hour > 23) return null;
  } else {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem.toLowerCase() === 'p';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  return `${pad(hour)}:${pad(minute)}`;
}

function logTimeOf(
  year: number,
  month: number,
  day: number,
  clock: [string | undefined, string | undefined, string | undefined, string | undefined],
): string | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const [hour, minute, second, meridiem] = clock;
  if (hour === undefined || minute === undefined) return date;
  const hhmm = clockOf(hour, minute, second, meridiem);
  return hhmm === null ? null : `${date}T${hhmm}`;
}

/**
 * A date as a complaint log writes it, as a log time ("2026-03-14" or "2026-03-14T14:05"), or
 * null when it is not a real date. Reads M/D/YYYY, M/D/YY (D/M/… when day-first), ISO
 * YYYY-MM-DD with a space or T, each with an optional HH:mm[:ss] [AM|PM]; seconds and zones
 * are dropped.
 */
export function parseLogTime(value: string, order: DateOrder): string | null {
  const text = value.trim();
  const iso = yearFirst.exec(text);
  if (iso !== null) {
    const [, year, month, day, hour, minute, second, meridiem] = iso;
    return logTimeOf(Number(year), Number(month), Number(day), [hour, minute, second, meridiem]);
  }
  const match = numeric.exec(text);
  if (match === null) return null;
  const [, first, second, year, hour, minute, seconds, meridiem] = match;
  const [month, day] = order === 'month-first' ? [first, second] : [second, first];
  return logTimeOf(fullYear(year ?? ''), Number(month), Number(day), [
    hour,
    minute,
    seconds,
    meridiem,
  ]);
}

/**
 * True for a real date whose first part cannot be a month, such as 31/1/2026. A typo that is no
 * date either way (31/02/2026) must not turn every other date of the file around.
 */
export function showsDayFirst(value: string): boolean {
  return dayFirstStart.test(value) && parseLogTime(value, 'day-first') !== null;
}

/** Day-first only when some date's first part cannot be a month (31/1/2026); month-first otherwise. */
export function dateOrderOf(values: Iterable<string>): DateOrder {
  for (const value of values) if (showsDayFirst(value)) return 'day-first';
  return 'month-first';
}
