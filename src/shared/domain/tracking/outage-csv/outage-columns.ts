import { z } from 'zod';
import { outageLabels } from '../outage-records';

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

export const outageColumnTitles: Record<OutageColumn, string> = outageLabels;

const requiredColumns: Partial<Record<OutageColumn, string>> = {
  startDate: 'the day each outage began',
  planned: 'whether it was planned or unplanned',
};

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
    for (const column of outageColumns) {
      const holds = requiredColumns[column];
      if (holds === undefined || mapping[column] !== null) continue;
      context.addIssue({
        code: 'custom',
        path: [column],
        message: `${outageColumnTitles[column]}: choose the column that holds ${holds}.`,
      });
    }
  },
);
