import { z } from 'zod';
import { issueSaid } from '../../i18n/issue-said';
import type { Said } from '../../i18n/said';
import { rowId } from '../text';
import { outageSchema, type Outage } from './outage-records';

const { id: _id, recordedAt: _recordedAt, ...fields } = outageSchema.shape;

/**
 * An outage as typed or read from a file: every field the log keeps but its id and when it was
 * recorded. The rules that tie two fields together (an end before the start, an end time without
 * its date) are the log's own, checked on the whole outage (`outageFieldProblems`).
 */
export const outageEntrySchema = z.strictObject(fields);
export type OutageEntry = z.output<typeof outageEntrySchema>;

/** What `outages:save` takes: a new outage (id null) or one replacing the outage with that id. */
export const outageSaveSchema = z.strictObject({
  id: rowId.nullable(),
  outage: outageEntrySchema,
});

/**
 * Each field's first problem under the log's rules, keyed by field name; empty when none. The
 * schema's messages are Said (zod's own wording, which the log's schema never gives, as is).
 */
export function outageFieldProblems(outage: Outage): Record<string, Said | string> {
  const parsed = outageSchema.safeParse(outage);
  const fieldMessages: Record<string, Said | string> = {};
  if (parsed.success) return fieldMessages;
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'startDate');
    fieldMessages[field] ??= issueSaid(issue) ?? issue.message;
  }
  return fieldMessages;
}

/**
 * Newest first: by the day it began, then its time (a day without one above that day's timed
 * outages), then the latest recorded.
 */
export function newestFirst(outages: readonly Outage[]): Outage[] {
  const key = (outage: Outage) => `${outage.startDate}T${outage.startTime ?? '99:99'}`;
  return [...outages].sort((a, b) => {
    const byStart = key(b).localeCompare(key(a));
    return byStart !== 0 ? byStart : b.recordedAt.localeCompare(a.recordedAt);
  });
}
