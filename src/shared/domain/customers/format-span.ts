import { plural } from '../numbers/plural';
import { formatHours } from './format-hours';
import type { Span } from './span-between';

/** Whole calendar days as a board member says them: "same day", "1 day", "3 days". */
export function formatDays(days: number): string {
  if (days === 0) return 'same day';
  return plural(days, 'day');
}

/**
 * A figure of the complaint summary (a median, a "90% within"): hours to the minute, or whole
 * days when `unit` says the figure is in days; a dash when there is none.
 */
export function formatSpanFigure(hours: number | null, unit?: 'days'): string {
  if (hours === null) return '—';
  return unit === 'days' ? formatDays(Math.round(hours / 24)) : formatHours(hours);
}

/** One complaint's span at its own precision: "45 min", "4 h", "same day", "2 days". */
export function formatSpan(span: Span): string {
  return span.unit === 'days' ? formatDays(span.days) : formatHours(span.hours);
}
