import { said, type Said } from '../../i18n/said';
import { meetsTarget, type TargetTerms } from '../tracking/meets-target';

/** What the year's results suggest the board do with a goal at the annual review. */
export const suggestionKinds = [
  'consider-raising',
  'keep',
  'missed',
  'no-results',
  'no-target',
] as const;
export type SuggestionKind = (typeof suggestionKinds)[number];

export interface ReviewSuggestion {
  kind: SuggestionKind;
  /** The suggestion in the words the review screen shows. */
  text: Said;
}

/** The year's results of one goal, as the overview judged them. */
export interface YearResults {
  /** Each result's value, against the revision reviewed. */
  values: readonly number[];
  /** Periods that ended with no result (the overview's standing counts them). */
  missingPeriods: number;
}

/**
 * Whether a result keeps the target with room to spare: better than the target by at least a
 * tenth of the target (at most 10 → 9 or less; at least 90 → 99 or more). Only an "at most" or
 * "at least" goal with a target other than zero can have room: a yes-or-no answer or a range
 * is kept or not, and a tenth of zero is no room at all. Compared in tenths, so 3.3 against a
 * target of 3 is exactly the boundary, without floating-point crumbs.
 */
export function hasRoomToSpare(goal: TargetTerms, value: number): boolean {
  const { direction, target } = goal;
  if (target === null || target === 0) return false;
  const margin = Math.abs(target);
  if (direction === 'at-least') return value * 10 >= target * 10 + margin;
  if (direction === 'at-most') return value * 10 <= target * 10 - margin;
  return false;
}

/**
 * The suggestion from a goal's results, judged by the overview's rule (`meetsTarget`):
 * - no result: measure it before deciding;
 * - results but no target to hold them to: give it one;
 * - any result missing the target: "missed N of M", budget for it or lower it with a reason;
 * - every result kept with room to spare and no period left unmeasured: consider raising it;
 * - otherwise every result kept it: keep it.
 */
export function reviewSuggestion(goal: TargetTerms, results: YearResults): ReviewSuggestion {
  const { values, missingPeriods } = results;
  if (values.length === 0) {
    return { kind: 'no-results', text: said('afterVote.suggest.noResults') };
  }
  const judged = values.map((value) => meetsTarget(goal, value)).filter((meets) => meets !== null);
  if (judged.length === 0) {
    return { kind: 'no-target', text: said('afterVote.suggest.noTarget') };
  }
  const missed = judged.filter((meets) => !meets).length;
  if (missed > 0) {
    return {
      kind: 'missed',
      text: said('afterVote.suggest.missed', { missed: String(missed), judged: judged.length }),
    };
  }
  if (missingPeriods === 0 && values.every((value) => hasRoomToSpare(goal, value))) {
    return { kind: 'consider-raising', text: said('afterVote.suggest.raise') };
  }
  return { kind: 'keep', text: said('afterVote.suggest.keep', { unmeasured: missingPeriods }) };
}
