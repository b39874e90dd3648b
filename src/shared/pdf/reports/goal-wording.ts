import type { TrackedGoal } from '../../api/tracking-contract';
import { emptySpanishWording, type SpanishWording } from '../../domain/goal';

/** Each approved goal's Spanish wording by goal id, for a Spanish report (the overview has none). */
export type SpanishWordings = ReadonlyMap<string, SpanishWording>;

/** The tracked goal with its Spanish wording, so the spanish/ helpers can word it. */
export function withSpanish(
  goal: TrackedGoal,
  wordings: SpanishWordings | undefined,
): TrackedGoal & { spanish: SpanishWording } {
  return { ...goal, spanish: wordings?.get(goal.id) ?? emptySpanishWording };
}

/** A goal's unit as a Spanish paper counts results in: the board's Spanish when written. */
export function printedUnit(goal: { unit: string; spanish: SpanishWording }, spanish: boolean) {
  const typed = goal.spanish.unit.trim();
  return spanish && typed !== '' ? typed : goal.unit;
}
