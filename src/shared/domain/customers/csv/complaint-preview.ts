import { z } from 'zod';
import { saidSchema } from '../../../i18n/said';
import { columnChoicesSchema, complaintRowSchema } from '../complaint-log';
import { timePrecisionSchema } from './time-precision';

const count = z.number().int().min(0);

/** One problem in one row: `message` says "row 17, column 'Date': …" in the reader's language. */
export const rowProblemSchema = z.strictObject({
  row: z.number().int().min(1),
  column: z.string(),
  message: saidSchema,
});
export type RowProblem = z.output<typeof rowProblemSchema>;

/** A complaint as the preview shows it, before it is stored. */
export const previewRowSchema = complaintRowSchema.omit({
  key: true,
  importId: true,
  topicChosen: true,
});
export type PreviewRow = z.output<typeof previewRowSchema>;

/** What an import would do, without doing it. */
export const complaintPreviewSchema = z.strictObject({
  delimiter: z.enum([',', ';', '\t']),
  headers: z.array(z.string()),
  /** The mapping used: the one passed in, or the one suggested from the headers. */
  mapping: columnChoicesSchema,
  /** Why the mapping cannot be used yet (no date received column…); rows are checked once it can. */
  mappingProblems: z.array(saidSchema),
  rowCount: count,
  /** The first rows as they would be stored, topics suggested. */
  sample: z.array(previewRowSchema).max(20),
  /** The first problems found, in row order; `problemCount` counts them all. */
  problems: z.array(rowProblemSchema).max(100),
  problemCount: count,
  /** How dates such as 3/4/2026 were read (day-first once the file shows 31/1/2026); null before rows are read. */
  dateOrder: z.enum(['month-first', 'day-first']).nullable(),
  /**
   * How precise the times are over the rows without problems: per moment, how many have a time of
   * day and how many a date only (then spans are counted in days); null before rows are read.
   */
  precision: timePrecisionSchema.nullable(),
  /** Date columns whose every time is 00:00, so they were read as dates only. */
  midnightColumns: z.array(z.string()),
  /** Rows not imported before, and rows a previous import already holds. */
  newRows: count,
  alreadyImported: count,
});
export type ComplaintPreview = z.output<typeof complaintPreviewSchema>;
