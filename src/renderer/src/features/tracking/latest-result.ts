import type { TrackedGoal } from '@shared/api/tracking-contract';

/**
 * The newest result, typed or from the log, picked as goal-standing.ts picks the one it judges
 * (typed first, then the log's, the first of a period kept), so "Latest result" and "keeps the
 * target" always speak of the same result.
 */
export function latestResult(goal: TrackedGoal): { period: string; value: number } | null {
  const logged = (goal.fromLog?.results ?? []).map(({ day, value }) => ({ period: day, value }));
  let found: { period: string; value: number } | null = null;
  for (const result of [...goal.actuals, ...logged]) {
    if (!found || result.period > found.period) found = result;
  }
  return found;
}
