import type { ApprovedVersion } from '../../shared/domain/agreement-version';
import { numberedGoals } from '../../shared/domain/goal-numbers';
import type { EntryProblem, ResultEntry } from '../../shared/domain/tracking/csv/result-entry';
import { daySaid, periodSaid } from '../../shared/domain/tracking/period-words';
import { isPeriodKey, periodContaining, periodKindOf } from '../../shared/domain/tracking/periods';
import { actualLabelKeys } from '../../shared/domain/tracking/tracking-records';
import { said } from '../../shared/i18n/said';
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
      message: said('afterVote.entry.notInForce', { revision: String(version.revision) }),
    };
  }
  const { number, goal } = numbered;
  const goalNumber = String(number);
  if (!goal.frequency) {
    return {
      field: 'goalId',
      message: said('afterVote.entry.noFrequency', { number: goalNumber }),
    };
  }
  const kind = periodKindOf(goal.frequency);
  const approvedOn = version.meeting.date;
  if (kind === 'day') {
    if (!isPeriodKey('day', entry.period) || entry.period < approvedOn || entry.period > today) {
      return {
        field: 'period',
        message: said('afterVote.entry.day', {
          number: goalNumber,
          field: said(actualLabelKeys.period),
          approvedOn: daySaid(approvedOn),
        }),
      };
    }
  } else if (!periodChoices(kind, approvedOn, today).includes(entry.period)) {
    return {
      field: 'period',
      message: said('afterVote.entry.period', {
        number: goalNumber,
        field: said(actualLabelKeys.period),
        first: periodSaid(kind, periodContaining(kind, approvedOn)),
        last: periodSaid(kind, periodContaining(kind, today)),
      }),
    };
  }
  if (goal.direction === 'yes-no' && entry.value !== 0 && entry.value !== 1) {
    return {
      field: 'value',
      message: said('afterVote.entry.yesNo', {
        number: goalNumber,
        field: said(actualLabelKeys.value),
      }),
    };
  }
  return null;
}
