import { z } from 'zod';
import { actualLabels } from '../tracking-records';

/**
 * What a results file is mapped onto: one row per goal and period (the long format a
 * spreadsheet of monthly figures is kept in). The goal, period and result are needed.
 */
export const resultColumns = ['goal', 'period', 'value', 'source', 'note'] as const;
export type ResultColumn = (typeof resultColumns)[number];

export const resultColumnTitles: Record<ResultColumn, string> = {
  goal: 'Goal',
  period: actualLabels.period,
  value: actualLabels.value,
  source: actualLabels.source,
  note: actualLabels.note,
};

const requiredColumns: Partial<Record<ResultColumn, string>> = {
  goal: 'the goal’s number or statement',
  period: 'the month, quarter, year or day each result is for',
  value: 'the figure measured',
};

const header = z.string().max(200).nullable();

/** Which header of the file feeds each column; null when none. */
export const resultColumnChoicesSchema = z.strictObject({
  goal: header,
  period: header,
  value: header,
  source: header,
  note: header,
});
export type ResultColumnChoices = z.output<typeof resultColumnChoicesSchema>;

/** Column choices an import can run with: a goal, a period and a result column. */
export const resultColumnMappingSchema = resultColumnChoicesSchema.superRefine(
  (mapping, context) => {
    for (const column of resultColumns) {
      const holds = requiredColumns[column];
      if (holds === undefined || mapping[column] !== null) continue;
      context.addIssue({
        code: 'custom',
        path: [column],
        message: `${resultColumnTitles[column]}: choose the column that holds ${holds}.`,
      });
    }
  },
);
export type ResultColumnMapping = z.output<typeof resultColumnMappingSchema>;
