import type { TrackedGoal } from '@shared/api/tracking-contract';
import { blankDraft, type ResultDraft } from './result-draft';

/**
 * The period a result is most likely for: the newest that ended with none recorded. Null when
 * none is owed, so the person chooses rather than overwrite a result by accident.
 */
export function owedPeriod(goal: Pick<TrackedGoal, 'missing' | 'periods'>): string | null {
  const owed = new Set(goal.missing);
  return goal.periods.find((period) => owed.has(period.key))?.key ?? null;
}

/** Where the last result came from: the same report, most months. */
export function lastSource(goal: Pick<TrackedGoal, 'actuals'>): string {
  return goal.actuals.at(-1)?.source ?? '';
}

/** A new result's form as it opens for this goal. */
export function firstDraft(goal: TrackedGoal): ResultDraft {
  return blankDraft(owedPeriod(goal) ?? '', lastSource(goal));
}
