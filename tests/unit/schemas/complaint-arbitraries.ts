import { fc } from '@fast-check/vitest';
import { complaintColumns } from '../../../src/shared/domain/customers/complaint-log';
import { feedbackTopics } from '../../../src/shared/domain/customers/feedback-entry';
import { rowId } from './primitive-arbitraries';
import { said } from '../../../src/shared/i18n/said';
import { sharedCatalogs, type SaidKey } from '../../../src/shared/i18n/shared-catalog';

const topic = fc.constantFrom(...feedbackTopics);
const count = fc.nat({ max: 100_000 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const hours = optional(fc.double({ min: 0, max: 10_000, noNaN: true }).map((n) => n + 0));

const logTime = fc
  .tuple(
    fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
    fc.boolean(),
  )
  .map(([d, timed]) => d.toISOString().slice(0, timed ? 16 : 10));
const laterTime = fc.oneof(fc.constant(''), logTime);

export const validPreviewRow = fc.record({
  row: fc.integer({ min: 2, max: 1_000_000 }),
  received: logTime,
  responded: laterTime,
  resolved: laterTime,
  category: fc.string({ maxLength: 100 }),
  description: fc.string({ maxLength: 300 }),
  location: fc.string({ maxLength: 100 }),
  topic,
});
export const complaintKey = fc.stringMatching(/^[0-9a-f]{16,64}$/);
export const validComplaintRow = fc
  .tuple(validPreviewRow, complaintKey, rowId, fc.boolean())
  .map(([row, key, importId, topicChosen]) => ({ ...row, key, importId, topicChosen }));

const validImport = fc.record({
  id: rowId,
  fileName: fc.string({ maxLength: 300 }),
  importedAt: fc.string(),
  rows: count,
});
const validSpan = fc.record({ count, medianHours: hours, p90Hours: hours });
// Figures in whole days carry `unit`; snapshot format 1 cannot hold it, so only the live
// summary (the API's answers) is drawn with it.
const validLiveSpan = fc.oneof(
  validSpan,
  fc.record({
    count,
    medianHours: optional(fc.nat({ max: 400 }).map((days) => days * 24)),
    p90Hours: optional(fc.nat({ max: 400 }).map((days) => days * 24)),
    unit: fc.constant('days' as const),
  }),
);
const summaryOf = <T>(span: fc.Arbitrary<T>) =>
  fc.record({
    total: count,
    firstReceived: optional(logTime),
    lastReceived: optional(logTime),
    imports: fc.array(validImport, { maxLength: 3 }),
    byTopic: fc.array(fc.record({ topic, count, responded: span, resolved: span }), {
      maxLength: 3,
    }),
  });
/** A summary as snapshot format 1 stores it in an approved agreement. */
export const validSummary = summaryOf(validSpan);
/** A summary as the API answers it now. */
export const validLiveSummary = summaryOf(validLiveSpan);

const header = optional(fc.string({ maxLength: 200 }));
export const validChoices = fc.record(
  Object.fromEntries(complaintColumns.map((column) => [column, header])) as Record<
    (typeof complaintColumns)[number],
    typeof header
  >,
);
/**
 * A usable mapping: a date received, a category or a description, and a time column only
 * beside its date column.
 */
export const validMapping = fc
  .tuple(validChoices, fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }))
  .map(([choices, received, description]) => ({
    ...choices,
    received: choices.received ?? received,
    respondedTime: choices.responded === null ? null : choices.respondedTime,
    resolvedTime: choices.resolved === null ? null : choices.resolvedTime,
    description:
      choices.category === null ? (choices.description ?? description) : choices.description,
  }));
export const csvFile = {
  fileName: fc.string({ maxLength: 300 }),
  csvText: fc.string({ maxLength: 500 }),
};

/** What an import says about a file, by one of the `imports` keys, with a row number and a cell. */
export const validImportSaid = fc
  .record({
    key: fc.constantFrom(
      ...(Object.keys(sharedCatalogs.en) as SaidKey[]).filter((key) => key.startsWith('imports.')),
    ),
    row: fc.integer({ min: 1, max: 1_000_000 }),
    cell: fc.string(),
  })
  .map(({ key, row, cell }) => said(key, { row, cell }));

/** A preview's first problems: "Row 7, Result: …". */
export const validRowProblems = fc.array(
  fc.record({
    row: fc.integer({ min: 1, max: 1_000_000 }),
    column: fc.string(),
    message: validImportSaid,
  }),
  { maxLength: 3 },
);

export const validPreview = fc.record({
  delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
  headers: fc.array(fc.string({ maxLength: 50 }), { maxLength: 6 }),
  mapping: validChoices,
  mappingProblems: fc.array(validImportSaid, { maxLength: 3 }),
  rowCount: count,
  sample: fc.array(validPreviewRow, { maxLength: 3 }),
  problems: validRowProblems,
  problemCount: count,
  dateOrder: fc.constantFrom('month-first' as const, 'day-first' as const, null),
  precision: optional(
    fc.record({
      received: fc.record({ timed: count, dated: count }),
      responded: fc.record({ timed: count, dated: count }),
      resolved: fc.record({ timed: count, dated: count }),
    }),
  ),
  midnightColumns: fc.array(fc.string({ maxLength: 50 }), { maxLength: 3 }),
  newRows: count,
  alreadyImported: count,
});
