import { formatHours } from '@shared/domain/customers/format-hours';
import { plural } from '@shared/domain/numbers/plural';
import type { Span } from '@shared/domain/customers/span-between';

/** A span in the preview's sample: "after 2 h", "same day", "next day", "after 3 days", or a dash. */
export function spanAfter(span: Span | null): string {
  if (span === null) return '—';
  if (span.unit === 'hours') return `after ${formatHours(span.hours)}`;
  if (span.days === 0) return 'same day';
  return span.days === 1 ? 'next day' : `after ${plural(span.days, 'day')}`;
}

/** "responded in 2 h", "resolved the same day", "responded the next day", "resolved in 3 days". */
export function spanIn(verb: string, span: Span): string {
  if (span.unit === 'hours') return `${verb} in ${formatHours(span.hours)}`;
  if (span.days === 0) return `${verb} the same day`;
  return span.days === 1 ? `${verb} the next day` : `${verb} in ${plural(span.days, 'day')}`;
}
