import { randomUUID } from 'node:crypto';
import type { AreaHandlers } from '../../shared/api/contract';
import type { ActualEntry } from '../../shared/api/tracking-contract';
import type { ApprovedVersion } from '../../shared/domain/agreement-version';
import { numberedGoals } from '../../shared/domain/goal-numbers';
import { localDate } from '../../shared/domain/local-date';
import { plainDate } from '../../shared/domain/plain-date';
import {
  isPeriodKey,
  periodContaining,
  periodKindOf,
  periodName,
} from '../../shared/domain/tracking/periods';
import { actualLabels, type Actual } from '../../shared/domain/tracking/tracking-records';
import { AppError } from '../app-error';
import type { HandlerDeps } from '../handler-deps';
import { inForceVersion, periodChoices, trackingViewOf } from './tracking-view';

type Entry = Omit<ActualEntry, 'value'> & { value: number };

/** Why one entry cannot be saved, naming the goal and the field, or null. */
function entryProblem(
  entry: Entry,
  version: ApprovedVersion,
  today: string,
): { field: 'goalId' | 'period' | 'value'; message: string } | null {
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

/** The year after the vote: results recorded against the agreement in force, never inside it. */
export function trackingHandlers(deps: HandlerDeps): AreaHandlers<'tracking'> {
  const { repository } = deps;
  const clock = deps.clock ?? (() => new Date());
  const today = () => localDate(clock());
  return {
    'tracking:get': () => trackingViewOf(repository.read(), today()),
    'tracking:saveActuals': async ({ entries }) => {
      const day = today();
      const recordedAt = clock().toISOString();
      await repository.update((draft, saved) => {
        const inForce = inForceVersion(saved);
        if ('problem' in inForce) throw new AppError('invalid-input', inForce.problem);
        const { version } = inForce;
        const fields: Record<string, string> = {};
        entries.forEach((entry, index) => {
          const problem = entryProblem(entry, version, day);
          if (problem) fields[`entries.${index}.${problem.field}`] = problem.message;
        });
        const messages = Object.values(fields);
        if (messages.length > 0) {
          const more = messages.length > 1 ? ` (and ${messages.length - 1} more)` : '';
          throw new AppError('invalid-input', `Nothing was saved. ${messages[0]}${more}`, fields);
        }
        // A goal measured at each event may have several events on one day: each is added. Any
        // other goal has one result per period, and recording the period again replaces it.
        const eachEvent = new Set(
          version.content.goals
            .filter((goal) => goal.frequency === 'each-event')
            .map((goal) => goal.id),
        );
        const place = new Map<string, number>();
        saved.tracking.actuals.forEach((actual, index) => {
          if (actual.revision === version.revision)
            place.set(`${actual.goalId} ${actual.period}`, index);
        });
        for (const entry of entries) {
          const key = `${entry.goalId} ${entry.period}`;
          const index = eachEvent.has(entry.goalId) ? undefined : place.get(key);
          const kept = index === undefined ? undefined : saved.tracking.actuals[index];
          const actual: Actual = {
            ...entry,
            id: kept?.id ?? randomUUID(),
            revision: version.revision,
            recordedAt,
          };
          if (index === undefined) {
            place.set(key, draft.tracking.actuals.push(actual) - 1);
          } else {
            draft.tracking.actuals[index] = actual;
          }
        }
      });
      return trackingViewOf(repository.read(), day);
    },
    'tracking:deleteActual': async ({ id }) => {
      let removed: Actual | undefined;
      await repository.update((draft, saved) => {
        const index = saved.tracking.actuals.findIndex((actual) => actual.id === id);
        removed = saved.tracking.actuals[index];
        if (!removed) {
          throw new AppError(
            'conflict',
            'That result is no longer recorded: another window may have removed it.',
          );
        }
        draft.tracking.actuals.splice(index, 1);
      });
      if (!removed) throw new Error('The removed result was not kept.');
      return { removed, view: trackingViewOf(repository.read(), today()) };
    },
  };
}
