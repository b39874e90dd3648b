import type { Span } from '@shared/domain/customers/span-between';
import type { Text } from '../../../i18n/use-text';

/** Up to one decimal, without a trailing ".0": 1.5, 26, 0.3 (as format-hours.ts writes them). */
function oneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** format-hours.ts in the screen's language: "45 min", "4 h" or "1.5 h", then "2.5 days". */
export function hoursText(text: Text, hours: number): string {
  if (hours < 1)
    return text('complaints.span.minutes', { minutes: String(Math.round(hours * 60)) });
  if (hours < 48) {
    return text('complaints.span.hours', {
      hours: hours < 10 ? oneDecimal(hours) : String(Math.round(hours)),
    });
  }
  return text('complaints.span.longDays', { days: oneDecimal(hours / 24) });
}

/** A figure of the summary: hours to the minute, or whole days ("same day", "2 days"), or a dash. */
export function spanFigure(text: Text, hours: number | null, unit?: 'days'): string {
  if (hours === null) return '—';
  if (unit !== 'days') return hoursText(text, hours);
  const days = Math.round(hours / 24);
  return days === 0 ? text('complaints.span.sameDay') : text('complaints.span.days', { days });
}

/** A span in the preview's sample: "after 2 h", "same day", "next day", "after 3 days", or a dash. */
export function spanAfter(text: Text, span: Span | null): string {
  if (span === null) return '—';
  if (span.unit === 'hours') {
    return text('complaints.span.after', { span: hoursText(text, span.hours) });
  }
  if (span.days === 0) return text('complaints.span.sameDay');
  if (span.days === 1) return text('complaints.span.nextDay');
  return text('complaints.span.after', {
    span: text('complaints.span.days', { days: span.days }),
  });
}

const verbKeys = {
  responded: {
    in: 'complaints.span.responded',
    sameDay: 'complaints.span.respondedSameDay',
    nextDay: 'complaints.span.respondedNextDay',
  },
  resolved: {
    in: 'complaints.span.resolved',
    sameDay: 'complaints.span.resolvedSameDay',
    nextDay: 'complaints.span.resolvedNextDay',
  },
} as const;

/** "responded in 2 h", "resolved the same day", "responded the next day", "resolved in 3 days". */
export function spanIn(text: Text, verb: keyof typeof verbKeys, span: Span): string {
  const keys = verbKeys[verb];
  if (span.unit === 'hours') return text(keys.in, { span: hoursText(text, span.hours) });
  if (span.days === 0) return text(keys.sameDay);
  if (span.days === 1) return text(keys.nextDay);
  return text(keys.in, { span: text('complaints.span.days', { days: span.days }) });
}
