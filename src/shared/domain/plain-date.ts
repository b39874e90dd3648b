import { printedDate } from './printed-date';

/**
 * A calendar date (YYYY-MM-DD) as a board member would write it, "March 14, 2027", in app
 * messages and on screen; anything else is returned as it is.
 */
export function plainDate(isoDate: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? printedDate(isoDate) : isoDate;
}

/** The local calendar day of a timestamp, such as an approval's approvedAt, in plain words. */
export function plainDay(timestamp: string): string {
  const when = new Date(timestamp);
  if (Number.isNaN(when.getTime())) return timestamp;
  const pad = (n: number) => String(n).padStart(2, '0');
  return plainDate(`${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`);
}
