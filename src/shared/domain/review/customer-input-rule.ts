import { said } from '../../i18n/said';
import { goalsWithEvidence } from '../customers/has-evidence';
import { perGoal } from './per-goal';
import type { ReviewRule } from './review-input';

/**
 * Warning, not a blocker: external goals should come from a real conversation with customers
 * (seed text), but a board may approve knowing the evidence is still on paper.
 */
export const customerInputRule: ReviewRule = (input) => {
  // Found once for every goal: asking per goal would go over all the cards once per goal.
  const evidenced = goalsWithEvidence(input.customers);
  return perGoal('customer-input', ({ goal, label }) => {
    if (goal.kind !== 'external') return null;
    if (evidenced.has(goal.id)) return null;
    return {
      severity: 'warning',
      message: said('findings.customerInput', { label }),
      fix: said('findings.customerInput.fix'),
    };
  })(input);
};
