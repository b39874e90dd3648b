import {
  decisionInputSchema,
  type DecisionInput,
  type ReviewedGoal,
} from '@shared/api/annual-review-contract';
import type { ApiError } from '@shared/api/result';
import {
  decisionLabels,
  decisionProblem,
  takesNewTarget,
} from '@shared/domain/annual-review/decision-problem';
import { everyDigitText } from '@shared/domain/numbers/every-digit-text';
import { numberFromText } from '@shared/domain/numbers/number-from-text';
import type { ReviewChoice } from '@shared/domain/tracking/review-records';
import { issueText } from '../../i18n/issue-text';
import { say } from '../../i18n/say';
import type { Text } from '../../i18n/use-text';

/** One goal's decision as typed: the new target as text, so nothing typed is lost when refused. */
export interface DecisionDraft {
  choice: ReviewChoice | null;
  newTarget: string;
  reason: string;
}

export type DecisionField = keyof DecisionDraft;
export type DecisionErrors = Partial<Record<DecisionField, string>>;

/** The draft a goal starts from: its saved decision, or nothing chosen. */
export function draftOf(goal: ReviewedGoal): DecisionDraft {
  const { decision } = goal;
  if (!decision) return { choice: null, newTarget: '', reason: '' };
  return {
    choice: decision.choice,
    newTarget: decision.newTarget === null ? '' : everyDigitText(decision.newTarget),
    reason: decision.reason,
  };
}

/** Whether the draft says something other than what is saved. */
export function differsFromSaved(goal: ReviewedGoal, draft: DecisionDraft): boolean {
  const saved = draftOf(goal);
  if (draft.choice !== saved.choice || draft.reason.trim() !== saved.reason.trim()) return true;
  return draft.choice !== null && takesNewTarget(draft.choice)
    ? draft.newTarget.trim() !== saved.newTarget
    : false;
}

const fieldNames = new Set<string>(Object.keys(decisionLabels));

/** The messages of a refusal, by field. */
export function errorsOf(error: ApiError): DecisionErrors {
  const errors: DecisionErrors = {};
  for (const [key, message] of Object.entries(error.fields ?? {})) {
    if (fieldNames.has(key)) errors[key as DecisionField] = message;
  }
  return errors;
}

/**
 * The decision the API takes, checked with the API's schema and the same rule main holds it to,
 * so each field shows the message main would answer; or the messages, by field.
 */
export function checkedDecision(
  text: Text,
  goal: ReviewedGoal,
  draft: DecisionDraft,
): { ok: true; input: DecisionInput } | { ok: false; errors: DecisionErrors } {
  if (draft.choice === null) {
    return { ok: false, errors: { choice: text('annual.chooseOne') } };
  }
  const changesTarget = takesNewTarget(draft.choice);
  const parsed = decisionInputSchema.safeParse({
    goalId: goal.id,
    choice: draft.choice,
    newTarget: changesTarget ? numberFromText(draft.newTarget) : null,
    reason: draft.reason,
  });
  if (!parsed.success) {
    const errors: DecisionErrors = {};
    for (const issue of parsed.error.issues) {
      const [key] = issue.path;
      if (typeof key === 'string' && fieldNames.has(key)) {
        errors[key as DecisionField] ??= issueText(text, issue);
      }
    }
    return { ok: false, errors };
  }
  const problem = decisionProblem(goal, parsed.data);
  if (problem) return { ok: false, errors: { [problem.field]: say(text, problem.message) } };
  return { ok: true, input: parsed.data };
}
