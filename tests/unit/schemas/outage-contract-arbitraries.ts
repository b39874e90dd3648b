import { fc } from '@fast-check/vitest';
import type { MethodInput, MethodOutput } from '../../../src/shared/api/contract';
import type { MethodName } from '../../../src/shared/api/methods';
import { outageActions } from '../../../src/shared/domain/tracking/outage-csv/outages-preview';
import { csvFile, validImportSaid, validRowProblems } from './complaint-arbitraries';
import { rowId } from './primitive-arbitraries';
import { validSaid } from './said-arbitrary';
import { validOutage } from './tracking-arbitraries';

type OutageMethod = Extract<MethodName, `outages:${string}`>;

const entry = validOutage.map(({ id: _id, recordedAt: _recordedAt, ...fields }) => fields);
const log = fc.array(validOutage, { maxLength: 3 });
const header = fc.option(fc.string({ maxLength: 200 }), { nil: null });
const choices = fc.record({
  startDate: header,
  startTime: header,
  endDate: header,
  endTime: header,
  planned: header,
  noticeHours: header,
  customersAffected: header,
  note: header,
});
/** A usable mapping: the day it began and planned or not. */
const mapping = fc.tuple(choices, fc.string({ maxLength: 200 })).map(([chosen, fallback]) => ({
  ...chosen,
  startDate: chosen.startDate ?? fallback,
  planned: chosen.planned ?? fallback,
}));
const count = fc.nat({ max: 100_000 });
const amount = fc.option(fc.nat({ max: 10_000 }), { nil: null });
const preview = fc.record({
  delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
  headers: fc.array(fc.string({ maxLength: 50 }), { maxLength: 6 }),
  mapping: choices,
  mappingProblems: fc.array(validImportSaid, { maxLength: 3 }),
  rowCount: count,
  rows: fc.array(
    fc.record({
      row: fc.integer({ min: 2, max: 1_000_000 }),
      when: validSaid,
      planned: fc.boolean(),
      noticeHours: amount,
      customersAffected: amount,
      note: fc.string(),
      action: fc.constantFrom(...outageActions),
    }),
    { maxLength: 3 },
  ),
  problems: validRowProblems,
  problemCount: count,
  added: count,
  alreadyRecorded: count,
  dateOrder: fc.constantFrom('month-first' as const, 'day-first' as const, null),
  ambiguousDate: fc.option(fc.record({ cell: fc.string(), reading: validImportSaid }), {
    nil: null,
  }),
});

/** A valid input and output for every outage-log method. */
export const outageContractArbitraries: {
  [M in OutageMethod]: {
    input: fc.Arbitrary<MethodInput<M>>;
    output: fc.Arbitrary<MethodOutput<M>>;
  };
} = {
  'outages:list': { input: fc.constant(undefined), output: log },
  'outages:save': {
    input: fc.record({ id: fc.option(rowId, { nil: null }), outage: entry }),
    output: log,
  },
  'outages:delete': {
    input: fc.record({ id: rowId }),
    output: fc.record({ removed: validOutage, outages: log }),
  },
  'outages:openCsv': {
    input: fc.record(csvFile),
    output: fc.record({ fileId: fc.uuid(), preview }),
  },
  'outages:previewCsv': {
    input: fc.record({ fileId: fc.uuid(), mapping: choices }),
    output: preview,
  },
  'outages:importCsv': { input: fc.record({ fileId: fc.uuid(), mapping }), output: log },
};
