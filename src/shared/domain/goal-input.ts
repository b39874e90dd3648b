import { goalFieldLabels, goalFieldsSchema } from './goal';
import { negativeMessage, overWholeMessage } from './numbers/number-messages';
import { isShareUnit } from './numbers/share-unit';

// Every goal counts something (hours, breaks, a share, psi), so none of its numbers is negative.
const amount = (label: string) =>
  goalFieldsSchema.shape.target.refine((value) => value === null || value >= 0, {
    error: negativeMessage(label),
  });

/**
 * A goal as the board types it: the stored goal's fields, with the rules for what is typed now.
 * Kept apart from the stored schema so a goal saved before these rules (a negative target, a
 * "1,800%" share) still loads and can be fixed, rather than making the whole workbook unreadable.
 */
export const goalInputFieldsSchema = goalFieldsSchema
  .extend({
    target: amount(goalFieldLabels.target),
    targetHigh: amount(goalFieldLabels.targetHigh),
    baseline: goalFieldsSchema.shape.baseline.extend({ value: amount(goalFieldLabels.baseline) }),
  })
  .superRefine((goal, context) => {
    if (!isShareUnit(goal.unit)) return;
    const numbers: [number | null, string, (string | number)[]][] = [
      [goal.target, goalFieldLabels.target, ['target']],
      [goal.targetHigh, goalFieldLabels.targetHigh, ['targetHigh']],
      [goal.baseline.value, goalFieldLabels.baseline, ['baseline', 'value']],
    ];
    for (const [value, label, path] of numbers) {
      if (value !== null && value > 100) {
        context.addIssue({ code: 'custom', message: overWholeMessage(label), path });
      }
    }
  });
