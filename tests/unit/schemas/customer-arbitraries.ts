import { fc } from '@fast-check/vitest';
import type { MethodInput, MethodOutput } from '../../../src/shared/api/contract';
import type { MethodName } from '../../../src/shared/api/methods';
import {
  cleanupHourChoices,
  feedbackStrengths,
  feedbackTopics,
  noticeDayChoices,
  outageHourChoices,
  overflowNoticeHourChoices,
  payChoices,
  satisfactionScores,
} from '../../../src/shared/domain/customers/feedback-entry';
import { feedbackMethods } from '../../../src/shared/domain/customers/feedback-plan';
import {
  cardPriorities,
  cardProblems,
  contactWays,
  importanceAnswers,
  ratedAspects,
} from '../../../src/shared/domain/customers/card-questions';
import { goalAreas } from '../../../src/shared/domain/goal-areas';
import {
  complaintKey,
  csvFile,
  validChoices,
  validComplaintRow,
  validLiveSummary,
  validMapping,
  validPreview,
  validSummary,
} from './complaint-arbitraries';
import { date, rev, rowId, text, whole } from './primitive-arbitraries';

const topic = fc.constantFrom(...feedbackTopics);
const method = fc.constantFrom(...feedbackMethods);
const count = fc.nat({ max: 100_000 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const hours = optional(fc.double({ min: 0, max: 10_000, noNaN: true }).map((n) => n + 0));
const share = optional(fc.double({ min: 0, max: 1, noNaN: true }).map((n) => n + 0));

export const validPlan = fc.record({
  profile: fc.record({
    usesInternet: optional(fc.boolean()),
    usesSocialMedia: optional(fc.boolean()),
    holdsAnnualMeeting: optional(fc.boolean()),
    keepsComplaintLog: optional(fc.boolean()),
  }),
  // A method is planned once at most.
  methods: fc.uniqueArray(fc.record({ method, plannedOn: date, notes: text(300) }), {
    selector: (planned) => planned.method,
    maxLength: feedbackMethods.length,
  }),
});
const validPlanRecord = fc.record({ rev, value: validPlan });

/** People who answered are never more than people reached. */
export const validOutreachFields = fc
  .record({
    method,
    date,
    place: text(200),
    reached: whole(1_000_000),
    answered: whole(1_000_000),
    notes: text(2000),
  })
  .map((fields) =>
    fields.reached !== null && fields.answered !== null && fields.answered > fields.reached
      ? { ...fields, reached: fields.answered, answered: fields.reached }
      : fields,
  );
const validOutreach = fc
  .tuple(validOutreachFields, rowId, rev)
  .map(([fields, id, outreachRev]) => ({ ...fields, id, rev: outreachRev }));

/** Some of the keys, each with an answer: a grid question with lines left blank. */
function someOf<Key extends string, Answer>(keys: readonly Key[], answer: fc.Arbitrary<Answer>) {
  const lines = Object.fromEntries(keys.map((key) => [key, answer])) as Record<
    Key,
    fc.Arbitrary<Answer>
  >;
  return fc.record(lines, { requiredKeys: [] });
}

/** The card's grid and check-box questions, answered in part. */
export const validCardAnswers = fc.record({
  ratings: someOf(ratedAspects, fc.constantFrom(...satisfactionScores, 'dont-know' as const)),
  problems: fc.uniqueArray(fc.constantFrom(...cardProblems)),
  priorities: someOf(cardPriorities, fc.integer({ min: 1, max: cardPriorities.length })),
  contact: fc.uniqueArray(fc.constantFrom(...contactWays)),
  importance: fc.dictionary(
    fc.oneof(
      rowId.map((id) => `goal:${id}`),
      fc.constantFrom(...goalAreas).map((area) => `area:${area}`),
    ),
    fc.constantFrom(...importanceAnswers),
    { maxKeys: 4 },
  ),
});

export const validEntryFields = fc
  .record({
    topic,
    said: text(2000),
    strength: fc.constantFrom(...feedbackStrengths),
    satisfaction: optional(fc.constantFrom(...satisfactionScores)),
    acceptableOutageHours: optional(fc.constantFrom(...outageHourChoices)),
    noticeDays: optional(fc.constantFrom(...noticeDayChoices)),
    cleanupHours: optional(fc.constantFrom(...cleanupHourChoices)),
    overflowNoticeHours: optional(fc.constantFrom(...overflowNoticeHourChoices)),
    willingToPay: optional(fc.constantFrom(...payChoices)),
    name: text(120),
    address: text(200),
  })
  .chain((fields) => validCardAnswers.map((answers) => ({ ...fields, ...answers })));
const validEntry = fc
  .tuple(validEntryFields, rowId, rev, rowId)
  .map(([fields, id, entryRev, outreachId]) => ({ ...fields, id, rev: entryRev, outreachId }));
const validDeletedEntry = fc.record({ entry: validEntry, index: fc.nat() });

const validLink = fc.record({
  goalId: rowId,
  ref: fc.oneof(
    fc.record({ kind: fc.constant('entry' as const), entryId: rowId }),
    fc.record({ kind: fc.constant('topic' as const), topic }),
    fc.record({ kind: fc.constant('complaints' as const), topic }),
  ),
});

export const validCustomerRecords = fc.record({
  plan: validPlanRecord,
  outreaches: fc.array(validOutreach, { maxLength: 3 }),
  entries: fc.array(validEntry, { maxLength: 3 }),
  evidence: fc.array(validLink, { maxLength: 3 }),
});

const validTally = fc.record({
  entries: count,
  byTopic: fc.array(fc.record({ topic, count, strong: count }), { maxLength: 3 }),
  byMethod: fc.array(
    fc.record({ method, outreaches: count, reached: count, answered: count, entries: count }),
    { maxLength: 3 },
  ),
  satisfaction: fc.record({
    answered: count,
    shareSatisfied: share,
    distribution: fc.array(count, { minLength: 5, maxLength: 5 }),
  }),
  outage: fc.record({
    answered: count,
    medianHours: hours,
    distribution: fc.array(fc.record({ hours: fc.constantFrom(...outageHourChoices), count })),
  }),
  notice: fc.record({
    answered: count,
    medianDays: optional(fc.constantFrom(...noticeDayChoices)),
    distribution: fc.array(fc.record({ days: fc.constantFrom(...noticeDayChoices), count })),
  }),
  pay: fc.record({
    answered: count,
    shareWilling: share,
    distribution: fc.array(fc.record({ choice: fc.constantFrom(...payChoices), count })),
  }),
});

/** "What our customers told us" as an approved version holds it. */
export const validCustomerFeedbackContent = fc.record({
  outreaches: fc.array(
    fc.record({
      method,
      date,
      place: fc.string({ maxLength: 200 }),
      reached: optional(count),
      answered: optional(count),
      entries: count,
    }),
    { maxLength: 3 },
  ),
  tally: validTally,
  complaints: validSummary,
  evidence: fc.array(fc.record({ goalId: rowId, lines: fc.array(fc.string(), { maxLength: 3 }) }), {
    maxLength: 3,
  }),
});

type CustomerMethod = Extract<MethodName, `customers:${string}` | `complaints:${string}`>;

/** A valid input and output for every method of step 4 and the complaint log. */
export const customerContractArbitraries: {
  [M in CustomerMethod]: {
    input: fc.Arbitrary<MethodInput<M>>;
    output: fc.Arbitrary<MethodOutput<M>>;
  };
} = {
  'customers:get': {
    input: fc.constant(undefined),
    output: fc.record({ records: validCustomerRecords, complaints: validLiveSummary }),
  },
  'customers:savePlan': { input: validPlanRecord, output: validPlanRecord },
  'customers:addOutreach': {
    input: fc.record({ fields: validOutreachFields }),
    output: validOutreach,
  },
  'customers:updateOutreach': {
    input: fc.record({ id: rowId, rev, fields: validOutreachFields }),
    output: validOutreach,
  },
  'customers:deleteOutreach': {
    input: fc.record({ id: rowId }),
    output: fc.record({ id: rowId, entriesDeleted: count }),
  },
  'customers:addEntry': {
    input: fc.record({ outreachId: rowId, fields: validEntryFields }),
    output: validEntry,
  },
  'customers:updateEntry': {
    input: fc.record({ id: rowId, rev, fields: validEntryFields }),
    output: validEntry,
  },
  'customers:deleteEntry': { input: fc.record({ id: rowId }), output: validDeletedEntry },
  'customers:restoreEntry': { input: validDeletedEntry, output: validEntry },
  'customers:link': { input: validLink, output: fc.array(validLink, { maxLength: 3 }) },
  'customers:unlink': { input: validLink, output: fc.array(validLink, { maxLength: 3 }) },
  'complaints:open': {
    input: fc.record(csvFile),
    output: fc.record({ fileId: fc.uuid(), preview: validPreview }),
  },
  'complaints:preview': {
    input: fc.record({ fileId: fc.uuid(), mapping: validChoices }),
    output: validPreview,
  },
  'complaints:import': {
    input: fc.record({ fileId: fc.uuid(), mapping: validMapping }),
    output: fc.record({ added: count, alreadyImported: count, summary: validLiveSummary }),
  },
  'complaints:rows': {
    input: fc.constant(undefined),
    output: fc.array(validComplaintRow, { maxLength: 3 }),
  },
  'complaints:setTopic': {
    input: fc.record({ key: complaintKey, topic }),
    output: validComplaintRow,
  },
  'complaints:removeImport': { input: fc.record({ importId: rowId }), output: validLiveSummary },
};
