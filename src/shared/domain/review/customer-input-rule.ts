import { perGoal } from './per-goal';

/** Warning, never a blocker: external goals come from customers, but the customer step is not built yet. */
export const customerInputRule = perGoal('customer-input', ({ goal, label }) => {
  if (goal.kind !== 'external' || goal.customerBasis.trim() !== '') return null;
  return {
    severity: 'warning',
    message: `${label} is an external goal, but it does not say what customers said that it rests on.`,
    fix: 'The customer step will let you link feedback; for now write what customers said (at a meeting, in complaints or in a survey) in the goal.',
  };
});
