import type { ResultEntry, ResultGoal } from './result-entry';
import type { ResultAction } from './results-preview';

/**
 * What recording each entry will do, given the results already recorded against the revision in
 * force: a goal with one result per period gets it added or replaced; a goal measured at each
 * event keeps every event, so an event already recorded with the same day and figure is not
 * added again (a file imported twice), counted per copy so two equal events on a day both stay.
 * The answer for an event uses it up: ask once per entry, in file order.
 */
export function resultMatcher(
  recorded: readonly ResultEntry[],
  goals: readonly Pick<ResultGoal, 'id' | 'frequency'>[],
): (entry: ResultEntry) => ResultAction {
  const eachEvent = new Set(
    goals.filter((goal) => goal.frequency === 'each-event').map((goal) => goal.id),
  );
  const periods = new Set<string>();
  const events = new Map<string, number>();
  const eventKey = (entry: ResultEntry) => `${entry.goalId} ${entry.period} ${entry.value}`;
  for (const result of recorded) {
    if (!eachEvent.has(result.goalId)) {
      periods.add(`${result.goalId} ${result.period}`);
      continue;
    }
    const key = eventKey(result);
    events.set(key, (events.get(key) ?? 0) + 1);
  }
  return (entry) => {
    if (!eachEvent.has(entry.goalId)) {
      return periods.has(`${entry.goalId} ${entry.period}`) ? 'replace' : 'add';
    }
    const key = eventKey(entry);
    const left = events.get(key) ?? 0;
    if (left === 0) return 'add';
    events.set(key, left - 1);
    return 'already';
  };
}
