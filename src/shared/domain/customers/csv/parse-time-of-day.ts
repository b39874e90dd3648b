import { clockOf } from './parse-log-time';

// "2:05 PM", "2:05:33 pm", "2 p.m.", "2.05pm"; and 24-hour "14:05" or "14:05:33".
const twelveHour = /^(\d{1,2})(?:[:.](\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*([ap])\.?\s*m\.?$/i;
const twentyFourHour = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?$/;

/**
 * A time of day as a log's own time column writes it, as "HH:mm", or null when it is not one:
 * "2:05 PM", "2 pm", "14:05", "14:05:33" (seconds are dropped). Bare numbers such as "1405"
 * are not read: an account or ticket number looks just like them.
 */
export function parseTimeOfDay(value: string): string | null {
  const text = value.trim();
  const twelve = twelveHour.exec(text);
  if (twelve !== null) {
    const [, hour = '', minute = '00', second, meridiem] = twelve;
    return clockOf(hour, minute, second, meridiem);
  }
  const twentyFour = twentyFourHour.exec(text);
  if (twentyFour === null) return null;
  const [, hour = '', minute = '', second] = twentyFour;
  return clockOf(hour, minute, second, undefined);
}

// A date before the time, as in "12/30/1899 2:05 PM" or "1899-12-30T14:05:00".
const datedTime = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[T ,]+(.+)$/i;

/**
 * What a time column's cell says: a time of day, or the time after a date (spreadsheets save a
 * time-only cell as "12/30/1899 2:05 PM", Excel's day zero, now and then; only the time counts).
 * Null when it holds no time.
 */
export function timeInCell(value: string): string | null {
  const text = value.trim();
  const clock = parseTimeOfDay(text);
  if (clock !== null) return clock;
  const afterDate = datedTime.exec(text)?.[1];
  return afterDate === undefined ? null : parseTimeOfDay(afterDate);
}
