import { hasEvidence } from '../customers/has-evidence';
import { perGoal } from './per-goal';

/**
 * Warning, not a blocker: external goals should come from a real conversation with customers
 * (seed text), but a board may approve knowing the evidence is still on paper.
 */
export const customerInputRule = perGoal('customer-input', ({ goal, label, input }) => {
  if (goal.kind !== 'external') return null;
  if (hasEvidence(goal.id, input.customers)) return null;
  return {
    severity: 'warning',
    message: `${label} is an external goal, but no customer feedback is linked to it as evidence.`,
    fix: 'In step 4 (Customers), link the comments, survey answers or complaints this goal rests on.',
  };
});
