import type { Baseline, Goal, GoalFields } from '../../../../shared/domain/goal';
import { numberFromDraft, type NumberDraft } from '../../wizard/number-draft';

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
  return {
    ...draft,
    target: numberFromDraft(draft.target),
    targetHigh: numberFromDraft(draft.targetHigh),
    baseline: { ...draft.baseline, value: numberFromDraft(draft.baseline.value) },
  };
}

/** What a number field shows for the draft value. */
export function numberText(value: NumberDraft): string {
  return value === null ? '' : String(value);
}
