import type { Said } from '../../../i18n/said';
import type { MeasureFrequency } from '../../goal';
import { actualSchema, type Actual } from '../tracking-records';
import type { GoalChoice } from './read-goal-cell';
import type { ValueGoal } from './read-result-value';

/** One result as recorded from a row: the record adds its id, revision and when it was recorded. */
export const resultEntrySchema = actualSchema.pick({
  goalId: true,
  period: true,
  value: true,
  source: true,
  note: true,
});
export type ResultEntry = Pick<Actual, 'goalId' | 'period' | 'value' | 'source' | 'note'>;

/** A goal of the agreement in force as a results file names it and its results are read. */
export interface ResultGoal extends GoalChoice, ValueGoal {
  id: string;
  frequency: MeasureFrequency | null;
  /** The unit as the board wrote it in Spanish, '' when it did not: a Spanish preview's figure. */
  spanishUnit: string;
}

/** Why an entry cannot be recorded (the rules every result is held to), naming its field. */
export interface EntryProblem {
  field: 'goalId' | 'period' | 'value';
  message: Said;
}

export type EntryCheck = (entry: ResultEntry) => EntryProblem | null;
