import type { Baseline, Goal, GoalFields } from '@shared/domain/goal';
import { isShareUnit } from '@shared/domain/numbers/share-unit';
import { numberFromDraft, type NumberDraft } from '../../form-kit/number-draft';

/** A goal as its editor holds it: the numbers may be half-typed text ("abc" shows a message). */
export type GoalDraft = Omit<GoalFields, 'target' | 'targetHigh' | 'baseline'> & {
  target: NumberDraft;
  targetHigh: NumberDraft;
  baseline: Omit<Baseline, 'value'> & { value: NumberDraft };
};

export function goalFieldsOf(goal: Goal): GoalFields {
  const { id: _id, rev: _rev, ...fields } = goal;
  return fields;
}

export function goalToDraft(fields: GoalFields): GoalDraft {
  return structuredClone(fields);
}

export function goalDraftToInput(draft: GoalDraft): unknown {
  // "95%" reads as 95 only when the goal counts a share; next to hours, the % sign is refused.
  const percent = isShareUnit(draft.unit);
  return {
    ...draft,
    target: numberFromDraft(draft.target, { percent }),
    targetHigh: numberFromDraft(draft.targetHigh, { percent }),
    baseline: { ...draft.baseline, value: numberFromDraft(draft.baseline.value, { percent }) },
  };
}
