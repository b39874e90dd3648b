import { fc } from '@fast-check/vitest';
import { validSaid } from './said-arbitrary';
import type { MethodInput, MethodOutput } from '../../../src/shared/api/contract';
import type { MethodName } from '../../../src/shared/api/methods';
import { goalDirections, goalKinds, measureFrequencies } from '../../../src/shared/domain/goal';
import { goalAreas } from '../../../src/shared/domain/goal-areas';
import { dueKinds } from '../../../src/shared/domain/tracking/due-items';
import { goalStatuses } from '../../../src/shared/domain/tracking/goal-standing';
import { resultLogs } from '../../../src/shared/domain/tracking/log-fed-goals';
import { periodKinds } from '../../../src/shared/domain/tracking/periods';
import { resultActions } from '../../../src/shared/domain/tracking/csv/results-preview';
import { reviewChoices } from '../../../src/shared/domain/tracking/review-records';
import { csvFile, validImportSaid, validRowProblems } from './complaint-arbitraries';
import { rowId, text } from './primitive-arbitraries';

type TrackingMethod = Extract<MethodName, `tracking:${string}`>;

const isoTime = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());
const period = fc.constantFrom('2027', '2027-Q3', '2027-11', '2027-11-21');
// JSON has no -0: a result sent as -0 arrives as 0, so the round trip starts from 0.
const value = fc
  .double({ min: -1_000_000_000, max: 1_000_000_000, noNaN: true })
  .map((number) => (Object.is(number, -0) ? 0 : number));
const amount = fc.option(value, { nil: null });

const entry = fc.record({
  goalId: rowId,
  period,
  value,
  source: text(200),
  note: text(1000),
});

export const validActual = fc.record({
  id: rowId,
  goalId: rowId,
  revision: fc.integer({ min: 1, max: 99 }),
  period,
  value,
  source: text(200),
  note: text(1000),
  recordedAt: isoTime,
});

const day = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2090-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
const orNull = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null });

/** An outage as the schema keeps it: its end, when known, never before its start. */
export const validOutage = fc
  .record({
    id: rowId,
    startDate: day,
    startTime: orNull(clock),
    ended: fc.boolean(),
    endTime: orNull(clock),
    planned: fc.boolean(),
    noticeHours: orNull(fc.integer({ min: 0, max: 10_000 })),
    customersAffected: orNull(fc.integer({ min: 0, max: 10_000_000 })),
    note: text(1000),
    recordedAt: isoTime,
  })
  .map(({ ended, ...outage }) => {
    // Ends on the next day, so any two times of day make a real interval.
    const next = new Date(`${outage.startDate}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return ended
      ? { ...outage, endDate: next.toISOString().slice(0, 10) }
      : { ...outage, endDate: '', endTime: null };
  });

export const validReviewDecision = fc.record({
  id: rowId,
  revision: fc.integer({ min: 1, max: 99 }),
  goalId: rowId,
  choice: fc.constantFrom(...reviewChoices),
  newTarget: amount,
  reason: text(1000),
  decidedAt: isoTime,
});

export const validFollowUp = fc.record({
  id: rowId,
  revision: fc.integer({ min: 1, max: 99 }),
  goalId: rowId,
  year: fc.integer({ min: 2000, max: 2200 }),
  text: text(600),
  textSpanish: text(600),
  recordedAt: isoTime,
});

export const validTracking = fc.record({
  actuals: fc.array(validActual, { maxLength: 3 }),
  outages: fc.array(validOutage, { maxLength: 2 }),
  reviews: fc.array(validReviewDecision, { maxLength: 2 }),
  followUps: fc.array(validFollowUp, { maxLength: 2 }),
});

const trackedGoal = fc.record({
  id: rowId,
  number: fc.integer({ min: 1, max: 200 }),
  kind: fc.constantFrom(...goalKinds),
  statement: fc.string(),
  measure: fc.string(),
  unit: fc.string(),
  direction: fc.option(fc.constantFrom(...goalDirections), { nil: null }),
  target: amount,
  targetHigh: amount,
  frequency: fc.option(fc.constantFrom(...measureFrequencies), { nil: null }),
  targetWords: validSaid,
  periodKind: fc.option(fc.constantFrom(...periodKinds), { nil: null }),
  status: fc.constantFrom(...goalStatuses),
  actuals: fc.array(validActual, { maxLength: 2 }),
  fromLog: fc.option(
    fc.record({
      log: fc.constantFrom(...resultLogs),
      origin: validSaid,
      howToAdd: validSaid,
      count: fc.nat(),
      results: fc.array(
        fc.record({
          key: fc.string(),
          day: fc.string(),
          value,
          what: validSaid,
          meets: fc.option(fc.boolean(), { nil: null }),
        }),
        { maxLength: 2 },
      ),
      notCounted: fc.array(validSaid, { maxLength: 2 }),
      notCountedCount: fc.nat(),
      years: fc.array(validSaid, { maxLength: 2 }),
      caveat: fc.option(validSaid, { nil: null }),
    }),
    { nil: null },
  ),
  latestMeets: fc.option(fc.boolean(), { nil: null }),
  missing: fc.array(fc.string(), { maxLength: 2 }),
  thisYear: fc.record({ met: fc.nat(), missed: fc.nat() }),
  periods: fc.array(fc.record({ key: fc.string(), name: validSaid }), { maxLength: 2 }),
});

const view = fc.record({
  inForce: fc.option(
    fc.record({
      revision: fc.integer({ min: 1, max: 99 }),
      approvedOn: fc.constant('2027-11-18'),
      nextReviewOn: fc.constant('2028-11-18'),
    }),
    { nil: null },
  ),
  problem: fc.option(validSaid, { nil: null }),
  today: fc.constant('2028-02-03'),
  areas: fc.array(
    fc.record({
      area: fc.option(fc.constantFrom(...goalAreas), { nil: null }),
      goals: fc.array(trackedGoal, { maxLength: 2 }),
    }),
    { maxLength: 2 },
  ),
  due: fc.array(
    fc.record({
      kind: fc.constantFrom(...dueKinds),
      date: fc.string(),
      overdue: fc.boolean(),
      text: validSaid,
    }),
    { maxLength: 3 },
  ),
});

const header = fc.option(fc.string({ maxLength: 200 }), { nil: null });
const resultChoices = fc.record({
  goal: header,
  period: header,
  value: header,
  source: header,
  note: header,
});
/** A usable mapping: a goal, a period and a result column. */
const resultMapping = fc
  .tuple(resultChoices, fc.string({ maxLength: 200 }))
  .map(([choices, fallback]) => ({
    ...choices,
    goal: choices.goal ?? fallback,
    period: choices.period ?? fallback,
    value: choices.value ?? fallback,
  }));
const count = fc.nat({ max: 100_000 });
const resultsPreview = fc.record({
  delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
  headers: fc.array(fc.string({ maxLength: 50 }), { maxLength: 6 }),
  mapping: resultChoices,
  mappingProblems: fc.array(validImportSaid, { maxLength: 3 }),
  rowCount: count,
  rows: fc.array(
    fc.record({
      row: fc.integer({ min: 2, max: 1_000_000 }),
      goalNumber: fc.integer({ min: 1, max: 200 }),
      period,
      periodWords: validSaid,
      value,
      valueWords: validSaid,
      source: fc.string(),
      note: fc.string(),
      action: fc.constantFrom(...resultActions),
    }),
    { maxLength: 3 },
  ),
  problems: validRowProblems,
  problemCount: count,
  skipped: count,
  added: count,
  replaced: count,
  alreadyRecorded: count,
  monthFirstDates: fc.boolean(),
});

/** A valid input and output for every tracking method. */
export const trackingContractArbitraries: {
  [M in TrackingMethod]: {
    input: fc.Arbitrary<MethodInput<M>>;
    output: fc.Arbitrary<MethodOutput<M>>;
  };
} = {
  'tracking:get': { input: fc.constant(undefined), output: view },
  'tracking:saveActuals': {
    input: fc.record({ entries: fc.array(entry, { minLength: 1, maxLength: 3 }) }),
    output: view,
  },
  'tracking:deleteActual': {
    input: fc.record({ id: rowId }),
    output: fc.record({ removed: validActual, view }),
  },
  'tracking:openCsv': {
    input: fc.record(csvFile),
    output: fc.record({ fileId: fc.uuid(), preview: resultsPreview }),
  },
  'tracking:previewCsv': {
    input: fc.record({ fileId: fc.uuid(), mapping: resultChoices }),
    output: resultsPreview,
  },
  'tracking:importCsv': {
    input: fc.record({ fileId: fc.uuid(), mapping: resultMapping }),
    output: view,
  },
};
