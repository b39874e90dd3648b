import type { Said } from '../../../../src/shared/i18n/said';
import { sayIn } from '../../../../src/shared/i18n/say-in';
import type { ComplaintRow } from '../../../../src/shared/domain/customers/complaint-log';
import type { FeedbackTopic } from '../../../../src/shared/domain/customers/feedback-entry';
import type { Outage } from '../../../../src/shared/domain/tracking/outage-records';

/** An outage as the log keeps it; unplanned, with no notice, unless told otherwise. */
export function outage(id: string, fields: Partial<Outage>): Outage {
  return {
    id,
    startDate: '2028-03-03',
    startTime: null,
    endDate: '',
    endTime: null,
    planned: false,
    noticeHours: null,
    customersAffected: null,
    note: '',
    recordedAt: '2028-03-05T10:00:00.000Z',
    ...fields,
  };
}

let rowNumber = 1;

/** An imported complaint; `key` must be 16+ hex digits, made from the row number. */
export function complaint(
  received: string,
  fields: { responded?: string; resolved?: string; topic?: FeedbackTopic } = {},
): ComplaintRow {
  rowNumber += 1;
  return {
    key: rowNumber.toString(16).padStart(16, '0'),
    importId: 'import-1',
    row: rowNumber,
    received,
    responded: fields.responded ?? '',
    resolved: fields.resolved ?? '',
    category: '',
    description: 'A complaint',
    location: '',
    topic: fields.topic ?? 'pressure',
    topicChosen: true,
  };
}

/** A reading with each event worded in English, to compare with the words a person would read. */
export function worded<T extends { what: () => Said }>(
  items: readonly T[],
): (Omit<T, 'what'> & { what: string })[] {
  return items.map((item) => ({ ...item, what: sayIn(item.what(), 'en') }));
}
