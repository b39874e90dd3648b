import type { FieldLabel } from '../i18n/field-label';
import { issueMessage } from '../i18n/issue-said';
import { goalFieldLabelKeys, goalFieldsSchema } from './goal';
import { negativeMessage, overWholeMessage } from './numbers/number-messages';
import { isShareUnit } from './numbers/share-unit';

// Every goal counts something (hours, breaks, a share, psi), so none of its numbers is negative.
const amount = (label: FieldLabel) =>
  goalFieldsSchema.shape.target.refine((value) => value === null || value >= 0, {
    error: issueMessage(negativeMessage(label)),
  });

/**
 * A goal as the board types it: the stored goal's fields, with the rules for what is typed now.
 * Kept apart from the stored schema so a goal saved before these rules (a negative target, a
 * "1,800%" share) still loads and can be fixed, rather than making the whole workbook unreadable.
 */
export const goalInputFieldsSchema = goalFieldsSchema
  .extend({
    target: amount(goalFieldLabelKeys.target),
    targetHigh: amount(goalFieldLabelKeys.targetHigh),
    baseline: goalFieldsSchema.shape.baseline.extend({
      value: amount(goalFieldLabelKeys.baseline),
    }),
  })
  .superRefine((goal, context) => {
    if (!isShareUnit(goal.unit)) return;
    const numbers: [number | null, FieldLabel, (string | number)[]][] = [
      [goal.target, goalFieldLabelKeys.target, ['target']],
      [goal.targetHigh, goalFieldLabelKeys.targetHigh, ['targetHigh']],
      [goal.baseline.value, goalFieldLabelKeys.baseline, ['baseline', 'value']],
    ];
    for (const [value, label, path] of numbers) {
      if (value !== null && value > 100) {
        context.addIssue({ code: 'custom', message: issueMessage(overWholeMessage(label)), path });
      }
    }
  });
