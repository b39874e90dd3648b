import { issueMessage } from '../../../i18n/issue-said';
import { z } from 'zod';
import { said } from '../../../i18n/said';
import type { SaidKey } from '../../../i18n/shared-catalog';
import { outageLabelKeys } from '../outage-records';

/**
 * What an outage log file is mapped onto: one row per outage. The start and end are each a date
 * column, which may hold the time too, and an optional time column beside it.
 */
export const outageColumns = [
  'startDate',
  'startTime',
  'endDate',
  'endTime',
  'planned',
  'noticeHours',
  'customersAffected',
  'note',
] as const;
export type OutageColumn = (typeof outageColumns)[number];

/** Each column's name, as the form and the messages say it (the catalog's field labels). */
export const outageColumnTitles: Record<OutageColumn, SaidKey> = outageLabelKeys;

/** The columns an import cannot run without; the message says what each holds. */
const requiredColumns: readonly OutageColumn[] = ['startDate', 'planned'];

const header = z.string().max(200).nullable();

/** Which header of the file feeds each column; null when none. */
export const outageColumnChoicesSchema = z.strictObject({
  startDate: header,
  startTime: header,
  endDate: header,
  endTime: header,
  planned: header,
  noticeHours: header,
  customersAffected: header,
  note: header,
});
export type OutageColumnChoices = z.output<typeof outageColumnChoicesSchema>;

/** Column choices an import can run with: the day it began and planned or not are needed. */
export const outageColumnMappingSchema = outageColumnChoicesSchema.superRefine(
  (mapping, context) => {
    for (const column of requiredColumns) {
      if (mapping[column] !== null) continue;
      context.addIssue({
        code: 'custom',
        path: [column],
        message: issueMessage(
          said('imports.outages.needsColumn', { label: said(outageColumnTitles[column]), column }),
        ),
      });
    }
  },
);
