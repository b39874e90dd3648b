import type { ApprovedVersion } from '../../shared/domain/agreement-version';
import { numberedGoals } from '../../shared/domain/goal-numbers';
import { plainDate } from '../../shared/domain/plain-date';
import type { EntryProblem, ResultEntry } from '../../shared/domain/tracking/csv/result-entry';
import {
  isPeriodKey,
  periodContaining,
  periodKindOf,
  periodName,
} from '../../shared/domain/tracking/periods';
import { actualLabels } from '../../shared/domain/tracking/tracking-records';
import { periodChoices } from './tracking-view';

/**
 * Why one result cannot be recorded against the revision in force on `today`, naming the goal
 * and the field, or null: the rules every result is held to, typed or imported.
 */
export function entryProblem(
  entry: ResultEntry,
  version: ApprovedVersion,
  today: string,
): EntryProblem | null {
  const numbered = numberedGoals(version.content.goals).find(
    ({ goal }) => goal.id === entry.goalId,
  );
  if (!numbered) {
    return {
      field: 'goalId',
      message: `This goal is not in revision ${version.revision}, the agreement in force: reload the overview.`,
    };
  }
  const { number, goal } = numbered;
  const name = `Goal ${number}`;
  if (!goal.frequency) {
    return { field: 'goalId', message: `${name} does not say how often it is measured.` };
  }
  const kind = periodKindOf(goal.frequency);
  const approvedOn = version.meeting.date;
  if (kind === 'day') {
    if (!isPeriodKey('day', entry.period) || entry.period < approvedOn || entry.period > today) {
      return {
        field: 'period',
        message: `${name}, ${actualLabels.period}: enter a day from ${plainDate(approvedOn)}, when the board approved it, to today.`,
      };
    }
  } else if (!periodChoices(kind, approvedOn, today).includes(entry.period)) {
    const first = periodName(kind, periodContaining(kind, approvedOn));
    const last = periodName(kind, periodContaining(kind, today));
    return {
      field: 'period',
      message: `${name}, ${actualLabels.period}: choose one from ${first} to ${last}.`,
    };
  }
  if (goal.direction === 'yes-no' && entry.value !== 0 && entry.value !== 1) {
    return { field: 'value', message: `${name}, ${actualLabels.value}: answer yes or no.` };
  }
  return null;
}
