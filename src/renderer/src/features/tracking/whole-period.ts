import type { TrackedGoal, TrackingView } from '@shared/api/tracking-contract';
import { periodKinds, type PeriodKind } from '@shared/domain/tracking/periods';
import { lastSource, owedPeriod } from './first-guess';
import { blankDraft, valueIsBlank, valueText, type ResultDraft } from './result-draft';

/** The goals kept by each kind of period, in the agreement's order; kinds with none left out. */
export function goalsByPeriodKind(view: TrackingView): Map<PeriodKind, TrackedGoal[]> {
  const found = new Map<PeriodKind, TrackedGoal[]>();
  for (const kind of periodKinds) {
    const goals = view.areas.flatMap((area) => area.goals).filter((g) => g.periodKind === kind);
    if (goals.length > 0) found.set(kind, goals);
  }
  return found;
}

/** The period most of these goals still owe a result for, or '' to let the person choose. */
export function likelyPeriod(goals: readonly TrackedGoal[]): string {
  for (const period of goals[0]?.periods ?? []) {
    if (goals.some((goal) => owedPeriod(goal) === period.key)) return period.key;
  }
  return '';
}

/** A goal's row for a period: its result there if it has one, else empty with last time's source. */
export function rowFor(goal: TrackedGoal, period: string): ResultDraft {
  const existing = goal.actuals.find((actual) => actual.period === period);
  if (!existing) return blankDraft(period, lastSource(goal));
  return { period, value: valueText(existing.value), source: existing.source, note: existing.note };
}

/**
 * The rows to save: each with a result typed that differs from what is stored. An empty row is
 * left as it is, so a goal measured elsewhere or later is not touched.
 */
export function rowsToSave(
  goals: readonly TrackedGoal[],
  rows: Readonly<Record<string, ResultDraft>>,
): { goal: TrackedGoal; draft: ResultDraft }[] {
  return goals.flatMap((goal) => {
    const draft = rows[goal.id];
    if (!draft || valueIsBlank(draft)) return [];
    const stored = rowFor(goal, draft.period);
    const same = stored.value === draft.value.trim() && stored.source === draft.source.trim();
    return same ? [] : [{ goal, draft }];
  });
}

/** The kind most goals are kept by (a month, usually): the table opens on it. */
export function commonestKind(kinds: ReadonlyMap<PeriodKind, readonly TrackedGoal[]>): PeriodKind {
  let found: PeriodKind = 'month';
  let most = 0;
  for (const [kind, goals] of kinds) {
    if (goals.length > most) [found, most] = [kind, goals.length];
  }
  return found;
}
