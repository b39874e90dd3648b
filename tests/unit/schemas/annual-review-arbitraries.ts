import { fc } from '@fast-check/vitest';
import { validSaid } from './said-arbitrary';
import type { MethodInput, MethodOutput } from '../../../src/shared/api/contract';
import type { MethodName } from '../../../src/shared/api/methods';
import { agreementStatuses } from '../../../src/shared/domain/agreement-version';
import { suggestionKinds } from '../../../src/shared/domain/annual-review/review-suggestion';
import { goalDirections, goalKinds } from '../../../src/shared/domain/goal';
import { reviewChoices } from '../../../src/shared/domain/tracking/review-records';
import { rowId, text } from './primitive-arbitraries';
import { validReviewDecision } from './tracking-arbitraries';

type AnnualMethod = Extract<MethodName, `annual:${string}`>;

const count = fc.integer({ min: 0, max: 100 });
const amount = fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null });

const planItem = fc.record({
  goalId: rowId,
  choice: fc.constantFrom('raise' as const, 'lower' as const, 'drop' as const, 'reword' as const),
  text: validSaid,
});

const reviewedGoal = fc.record({
  id: rowId,
  number: fc.integer({ min: 1, max: 200 }),
  kind: fc.constantFrom(...goalKinds),
  statement: fc.string(),
  direction: fc.option(fc.constantFrom(...goalDirections), { nil: null }),
  target: amount,
  unit: fc.string(),
  targetWords: validSaid,
  canChangeTarget: fc.boolean(),
  results: fc.record({ met: count, missed: count, missing: count, summary: validSaid }),
  suggestion: fc.record({ kind: fc.constantFrom(...suggestionKinds), text: validSaid }),
  decision: fc.option(validReviewDecision, { nil: null }),
});

const view = fc.record({
  revision: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }),
  approvedOn: fc.constantFrom('', '2027-11-18'),
  problem: fc.option(validSaid, { nil: null }),
  drafting: fc.option(fc.integer({ min: 2, max: 99 }), { nil: null }),
  goals: fc.array(reviewedGoal, { maxLength: 3 }),
  plan: fc.array(planItem, { maxLength: 3 }),
});

/** A valid input and output for every annual review method. */
export const annualReviewContractArbitraries: {
  [M in AnnualMethod]: {
    input: fc.Arbitrary<MethodInput<M>>;
    output: fc.Arbitrary<MethodOutput<M>>;
  };
} = {
  'annual:get': { input: fc.constant(undefined), output: view },
  'annual:saveDecision': {
    input: fc.record({
      goalId: rowId,
      choice: fc.constantFrom(...reviewChoices),
      newTarget: amount,
      reason: text(1000),
    }),
    output: view,
  },
  'annual:startRevision': {
    input: fc.constant(undefined),
    output: fc.record({
      agreement: fc.record({
        revision: fc.integer({ min: 1, max: 1000 }),
        status: fc.constantFrom(...agreementStatuses),
      }),
      applied: fc.array(planItem, { maxLength: 3 }),
    }),
  },
};
