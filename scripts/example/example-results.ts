import type { ActualEntry } from '../../src/shared/api/tracking-contract';

const months = [
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
];
const quarters = ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'];

/** Each library goal's results since the vote, as the operator's reports gave them. */
const resultsByTemplate: Record<string, { periods: string[]; values: number[]; source: string }> = {
  WC1: {
    periods: months,
    values: [16.8, 16.1, 15.9, 15.2, 14.8, 14.6, 14.9, 15.3, 14.2, 13.9, 13.6],
    source: 'Production meter against billed water',
  },
  RG6: {
    periods: months,
    values: [100, 100, 100, 100, 100, 95, 100, 100, 100, 100, 100],
    source: 'State drinking water portal',
  },
  CS1: {
    periods: months,
    values: [31, 30, 30, 31, 30, 29, 27, 25, 27, 31, 31],
    source: 'Gauge at the Ridge Road hydrant',
  },
  CS14: {
    periods: quarters,
    values: [9.5, 19, 4.8, 4.8],
    source: 'Work orders',
  },
  RG1: { periods: quarters, values: [0, 0, 0, 0], source: 'State drinking water portal' },
  CS16: { periods: ['2025'], values: [85], source: 'Flushing log' },
};

/** The results typed in the year after the vote, for the goals of revision 1 given by template. */
export function exampleResults(goalIdOf: (templateId: string) => string): ActualEntry[] {
  return Object.entries(resultsByTemplate).flatMap(([templateId, { periods, values, source }]) =>
    periods.map((period, index) => ({
      goalId: goalIdOf(templateId),
      period,
      value: values[index] ?? 0,
      source,
      note: '',
    })),
  );
}
