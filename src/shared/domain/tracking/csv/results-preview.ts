import { z } from 'zod';
import { saidSchema } from '../../../i18n/said';
import { rowProblemSchema } from '../../customers/csv/complaint-preview';
import { resultColumnChoicesSchema } from './result-columns';

const count = z.number().int().min(0);

/** What importing does with a row: a new result, one replacing a period's result, or nothing. */
export const resultActions = ['add', 'replace', 'already'] as const;
export type ResultAction = (typeof resultActions)[number];

/** One row of a results file as the import reads it. */
export const previewResultSchema = z.strictObject({
  row: z.number().int().min(2),
  goalNumber: z.number().int(),
  period: z.string(),
  /** The period in words, a day with its weekday, so a date read month first shows it. */
  periodWords: saidSchema,
  value: z.number(),
  /** "12.5%", "9 breaks per 100 miles", "yes", in the reader's language. */
  valueWords: saidSchema,
  source: z.string(),
  note: z.string(),
  action: z.enum(resultActions),
});
export type PreviewResult = z.output<typeof previewResultSchema>;

/** The most rows a preview lists: a goal's months for several years, at a glance. */
export const maxPreviewRows = 200;

/** What importing a results file would do, without doing it. */
export const resultsPreviewSchema = z.strictObject({
  delimiter: z.enum([',', ';', '\t']),
  headers: z.array(z.string()),
  /** The mapping used: the one passed in, or the one suggested from the headers. */
  mapping: resultColumnChoicesSchema,
  /** Why the mapping cannot be used yet; rows are read once it can. */
  mappingProblems: z.array(saidSchema),
  /** Rows with anything in them. */
  rowCount: count,
  /** The first rows read without a problem, as they would be recorded. */
  rows: z.array(previewResultSchema).max(maxPreviewRows),
  /** The first problems, in row order ("Row 7, Result: 'n/a' is not a number."); all counted. */
  problems: z.array(rowProblemSchema).max(100),
  problemCount: count,
  /** Rows whose result cell is empty (not measured yet): left out. */
  skipped: count,
  added: count,
  replaced: count,
  /** Events already recorded with the same result (a file imported again). */
  alreadyRecorded: count,
  /** A date such as 3/4/2027 was read, month first (March 4). */
  monthFirstDates: z.boolean(),
});
export type ResultsPreview = z.output<typeof resultsPreviewSchema>;
