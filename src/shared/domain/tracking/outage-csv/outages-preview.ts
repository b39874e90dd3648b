import { z } from 'zod';
import { saidSchema } from '../../../i18n/said';
import { rowProblemSchema } from '../../customers/csv/complaint-preview';
import { outageColumnChoicesSchema } from './outage-columns';

const count = z.number().int().min(0);

/** What importing does with a row: a new outage, or nothing when the log already has it. */
export const outageActions = ['add', 'already'] as const;
export type OutageAction = (typeof outageActions)[number];

/** One row of an outage file as the import reads it, in words. */
export const previewOutageSchema = z.strictObject({
  row: z.number().int().min(2),
  /** "Tuesday, March 4, 2028, 2:05 PM to 6:30 PM": a date read month first shows it. */
  when: saidSchema,
  planned: z.boolean(),
  noticeHours: z.number().nullable(),
  customersAffected: z.number().nullable(),
  note: z.string(),
  action: z.enum(outageActions),
});
export type PreviewOutage = z.output<typeof previewOutageSchema>;

/** The most rows a preview lists: a few years of outages at a glance. */
export const maxPreviewOutages = 200;

/** What importing an outage log file would do, without doing it. */
export const outagesPreviewSchema = z.strictObject({
  delimiter: z.enum([',', ';', '\t']),
  headers: z.array(z.string()),
  /** The mapping used: the one passed in, or the one suggested from the headers. */
  mapping: outageColumnChoicesSchema,
  /** Why the mapping cannot be used yet; rows are read once it can. */
  mappingProblems: z.array(saidSchema),
  /** Rows with anything in them. */
  rowCount: count,
  /** The first rows read without a problem. */
  rows: z.array(previewOutageSchema).max(maxPreviewOutages),
  /** The first problems, in row order ("Row 7, Date it began: …"); all counted. */
  problems: z.array(rowProblemSchema).max(100),
  problemCount: count,
  added: count,
  /** Outages the log already has, field for field (a file imported again): left out. */
  alreadyRecorded: count,
  /** How dates such as 4/2/2028 were read; null before rows are read. */
  dateOrder: z.enum(['month-first', 'day-first']).nullable(),
  /** The first date that could be read either way, and how it was: shown so it can be checked. */
  ambiguousDate: z.strictObject({ cell: z.string(), reading: saidSchema }).nullable(),
});
export type OutagesPreview = z.output<typeof outagesPreviewSchema>;
