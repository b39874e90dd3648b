import { goalFieldLabels, type GoalFields, type GoalKind } from '../domain/goal';
import { goalAreaTitles } from '../domain/goal-areas';
import { numberedGoals } from '../domain/goal-numbers';
import { frequencyWords } from '../pdf/agreement-words';
import { targetInWords } from '../pdf/target-words';
import type { CsvValue } from './csv-cell';

/** A goal as the spreadsheet reads it: an approved revision's or the working draft's. */
export type SheetGoal = GoalFields & { id: string };

const kindWords: Record<GoalKind, string> = { internal: 'Internal', external: 'External' };

/** The column that numbers goals, shared by the goals and the results, so they can be matched. */
export const goalNumberTitle = 'Goal number';

const header: CsvValue[] = [
  goalNumberTitle,
  goalFieldLabels.area,
  goalFieldLabels.kind,
  goalFieldLabels.statement,
  goalFieldLabels.measure,
  goalFieldLabels.unit,
  'Target in words',
  goalFieldLabels.target,
  goalFieldLabels.targetHigh,
  goalFieldLabels.baseline,
  'Baseline as of',
  goalFieldLabels.frequency,
  goalFieldLabels.responsible,
];

/**
 * The goals in the agreement's order and numbering, one a row: the promise in words beside its
 * numbers, so a reader can check one against the other and sum or chart the numbers.
 */
export function goalRows(goals: readonly SheetGoal[]): CsvValue[][] {
  return [
    header,
    ...numberedGoals(goals).map(({ number, goal }): CsvValue[] => [
      number,
      goal.area === null ? 'Not chosen yet' : goalAreaTitles[goal.area],
      kindWords[goal.kind],
      goal.statement,
      goal.measure,
      goal.unit,
      targetInWords(goal),
      goal.target,
      // Only a range has an upper end; a goal changed from a range to "at most" may still hold one.
      goal.direction === 'range' ? goal.targetHigh : null,
      goal.baseline.value,
      goal.baseline.asOf,
      goal.frequency === null ? '' : frequencyWords[goal.frequency],
      goal.responsible,
    ]),
  ];
}
