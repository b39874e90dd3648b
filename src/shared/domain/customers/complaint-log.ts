import { issueMessage } from '../../i18n/issue-said';
import { z } from 'zod';
import { said } from '../../i18n/said';
import type { SaidKey } from '../../i18n/shared-catalog';
import { rowId } from '../text';
import { feedbackTopics } from './feedback-entry';

/**
 * The columns a complaint log is mapped onto; "received" is the one that must be there. A date
 * column may hold a date and a time; many exports put the time in the next column instead,
 * which the time columns read.
 */
export const complaintColumns = [
  'received',
  'receivedTime',
  'responded',
  'respondedTime',
  'resolved',
  'resolvedTime',
  'category',
  'description',
  'location',
] as const;
export type ComplaintColumn = (typeof complaintColumns)[number];

/** The three moments of a complaint, each a date column with an optional time column. */
export const logTimeColumns = ['received', 'responded', 'resolved'] as const;
export type LogTimeColumn = (typeof logTimeColumns)[number];

export const timeColumnOf = {
  received: 'receivedTime',
  responded: 'respondedTime',
  resolved: 'resolvedTime',
} as const satisfies Record<LogTimeColumn, ComplaintColumn>;

export const complaintColumnKeys = {
  received: 'validation.label.complaint.received',
  receivedTime: 'validation.label.complaint.receivedTime',
  responded: 'validation.label.complaint.responded',
  respondedTime: 'validation.label.complaint.respondedTime',
  resolved: 'validation.label.complaint.resolved',
  resolvedTime: 'validation.label.complaint.resolvedTime',
  category: 'validation.label.complaint.category',
  description: 'validation.label.complaint.description',
  location: 'validation.label.complaint.location',
} as const satisfies Record<ComplaintColumn, SaidKey>;

const header = z.string().max(200).nullable();
// Optional, so a caller written before time columns existed still sends a whole mapping.
const timeHeader = header.optional();

/** Which header of the file feeds each column; null (or, for a time column, absent) when none. */
export const columnChoicesSchema = z.strictObject({
  received: header,
  receivedTime: timeHeader,
  responded: header,
  respondedTime: timeHeader,
  resolved: header,
  resolvedTime: timeHeader,
  category: header,
  description: header,
  location: header,
});
export type ColumnChoices = z.output<typeof columnChoicesSchema>;

/** Column choices an import can run with: a date received, and something to take a topic from. */
export const columnMappingSchema = columnChoicesSchema.superRefine((mapping, context) => {
  if (mapping.received === null) {
    context.addIssue({
      code: 'custom',
      path: ['received'],
      message: 'validation.complaints.dateColumn',
    });
  }
  for (const column of logTimeColumns) {
    const time = timeColumnOf[column];
    // "Date received" is reported above already.
    if (column === 'received' || mapping[column] !== null) continue;
    if ((mapping[time] ?? null) === null) continue;
    context.addIssue({
      code: 'custom',
      path: [time],
      message: issueMessage(
        said('validation.complaints.timeNeedsDate', {
          time: said(complaintColumnKeys[time]),
          date: said(complaintColumnKeys[column]),
        }),
      ),
    });
  }
  if (mapping.category === null && mapping.description === null) {
    context.addIssue({
      code: 'custom',
      path: ['description'],
      message: 'validation.complaints.topicColumn',
    });
  }
});
export type ColumnMapping = z.output<typeof columnMappingSchema>;

/**
 * A local wall-clock time as the log recorded it: "2026-03-04" when the file gave the date only,
 * "2026-03-04T14:05" when it gave the time of day too. No time zone: a small utility's log is
 * kept in one place, and only differences are computed. The form is the precision: a span with
 * a date-only end is counted in days, never in hours (span-between.ts).
 */
export const logTimePattern = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;
const logTime = z.string().regex(logTimePattern);

/** True for a log time with a time of day ("2026-03-04T14:05"), false for a date alone. */
export function hasTimeOfDay(time: string): boolean {
  return time.length > 10;
}

/** One imported complaint. `key` makes a second import of the same file add nothing. */
export const complaintRowSchema = z.strictObject({
  key: z.string().regex(/^[0-9a-f]{16,64}$/),
  importId: rowId,
  /** The row in its file as a spreadsheet numbers it (the header is row 1). */
  row: z.number().int().min(2),
  received: logTime,
  responded: logTime.or(z.literal('')),
  resolved: logTime.or(z.literal('')),
  category: z.string().max(500),
  description: z.string().max(5000),
  location: z.string().max(500),
  topic: z.enum(feedbackTopics),
  /** True once the user chose the topic; false while it is the app's suggestion. */
  topicChosen: z.boolean(),
});
export type ComplaintRow = z.output<typeof complaintRowSchema>;

export const complaintImportSchema = z.strictObject({
  id: rowId,
  fileName: z.string().max(300),
  importedAt: z.string(),
  rows: z.number().int().min(0),
});
export type ComplaintImport = z.output<typeof complaintImportSchema>;

/** The most rows the log holds; far beyond a small utility's years of complaints. */
export const maxComplaintRows = 200_000;

/** The complaint log, kept in its own file beside the workbook (docs/data-format.md). */
export const complaintLogSchema = z.strictObject({
  imports: z.array(complaintImportSchema),
  rows: z.array(complaintRowSchema).max(maxComplaintRows),
});
export type ComplaintLog = z.output<typeof complaintLogSchema>;

export const emptyComplaintLog: ComplaintLog = { imports: [], rows: [] };

/** The largest CSV file read, in bytes; a bigger one is refused before it is parsed. */
export const maxComplaintFileBytes = 20 * 1024 * 1024;

/** A file past the size LOS Builder reads at once, as a key of the shared catalog. */
export const complaintFileTooLarge = 'validation.api.fileTooLarge' satisfies SaidKey;
