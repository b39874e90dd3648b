import { issueMessage } from '../../../i18n/issue-said';
import { z } from 'zod';
import { said } from '../../../i18n/said';
import type { SaidKey } from '../../../i18n/shared-catalog';
import { actualLabelKeys } from '../tracking-records';

/**
 * What a results file is mapped onto: one row per goal and period (the long format a
 * spreadsheet of monthly figures is kept in). The goal, period and result are needed.
 */
export const resultColumns = ['goal', 'period', 'value', 'source', 'note'] as const;
export type ResultColumn = (typeof resultColumns)[number];

/** Each column's name, as the form and the messages say it (the catalog's field labels). */
export const resultColumnTitles: Record<ResultColumn, SaidKey> = {
  goal: 'validation.label.goal.statement',
  ...actualLabelKeys,
};

/** The columns an import cannot run without; the message says what each holds. */
const requiredColumns: readonly ResultColumn[] = ['goal', 'period', 'value'];

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
    for (const column of requiredColumns) {
      if (mapping[column] !== null) continue;
      context.addIssue({
        code: 'custom',
        path: [column],
        message: issueMessage(
          said('imports.results.needsColumn', { label: said(resultColumnTitles[column]), column }),
        ),
      });
    }
  },
);
export type ResultColumnMapping = z.output<typeof resultColumnMappingSchema>;
