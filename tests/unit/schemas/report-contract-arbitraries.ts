import { fc } from '@fast-check/vitest';
import { validSaid } from './said-arbitrary';
import type { MethodInput, MethodOutput } from '../../../src/shared/api/contract';
import type { MethodsOf } from '../../../src/shared/api/method-spec';
import { validExportResult } from './export-result-arbitrary';
import { rowId, text } from './primitive-arbitraries';

type ReportMethod = MethodsOf<'report'> | 'export:boardReportPdf' | 'export:reportCardPdf';

const year = fc.integer({ min: 2000, max: 2200 });

const view = fc.record({
  inForce: fc.option(
    fc.record({ revision: fc.integer({ min: 1, max: 50 }), approvedOn: fc.string() }),
    { nil: null },
  ),
  problem: fc.option(validSaid, { nil: null }),
  quarters: fc.array(fc.record({ key: fc.string(), name: validSaid }), { maxLength: 3 }),
  years: fc.array(
    fc.record({
      year,
      ended: fc.boolean(),
      externalGoals: fc.nat(),
      missed: fc.array(
        fc.record({
          goalId: rowId,
          number: fc.integer({ min: 1, max: 99 }),
          statement: fc.string(),
          targetWords: validSaid,
          result: validSaid,
          followUp: fc.string(),
          followUpSpanish: fc.string(),
        }),
        { maxLength: 2 },
      ),
    }),
    { maxLength: 2 },
  ),
});

/** A valid input and output for every method of the reports after the vote. */
export const reportContractArbitraries: {
  [M in ReportMethod]: {
    input: fc.Arbitrary<MethodInput<M>>;
    output: fc.Arbitrary<MethodOutput<M>>;
  };
} = {
  'report:get': { input: fc.constant(undefined), output: view },
  'report:saveFollowUp': {
    input: fc.record(
      { goalId: rowId, year, text: text(600), textSpanish: text(600) },
      { requiredKeys: ['goalId', 'year', 'text'] },
    ),
    output: view,
  },
  'report:clearFollowUp': { input: fc.record({ goalId: rowId, year }), output: view },
  'export:boardReportPdf': {
    input: fc.record(
      {
        period: fc.stringMatching(/^\d{4}(-Q[1-4])?$/),
        language: fc.constantFrom('en' as const, 'es' as const),
      },
      { requiredKeys: ['period'] },
    ),
    output: validExportResult,
  },
  'export:reportCardPdf': {
    input: fc.record({ year, language: fc.constantFrom('en' as const, 'es' as const) }),
    output: validExportResult,
  },
};
