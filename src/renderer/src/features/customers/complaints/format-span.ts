import { formatHours } from '../../../../../shared/domain/customers/format-hours';

/** A time span as the PDF and the evidence lines write it, or a dash when it is not known. */
export function formatSpan(hours: number | null): string {
  return hours === null ? '—' : formatHours(hours);
}
