/**
 * The annual review a year after the meeting (DOMAIN.md §4), as YYYY-MM-DD. A meeting on
 * 29 February is reviewed on 28 February of the next year, not in March.
 */
export function nextReviewDate(meetingDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(meetingDate);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [];
  if (year === undefined || month === undefined || day === undefined || !isDay(year, month, day)) {
    throw new Error(`Meeting date must be a real date written YYYY-MM-DD, not "${meetingDate}".`);
  }
  const next = year + 1;
  const shownDay = Math.min(day, daysIn(next, month));
  return `${next}-${pad(month)}-${pad(shownDay)}`;
}

function isDay(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= daysIn(year, month);
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12); 0 for a month that does not exist, so any day is refused. */
function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2 && leap) return 29;
  return monthLengths[month - 1] ?? 0;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
