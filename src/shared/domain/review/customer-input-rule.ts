import { perGoal } from './per-goal';

/**
 * Warning, not a blocker: external goals should come from a real conversation with customers
 * (seed text), but a board may approve knowing the evidence is still on paper.
 */
export const customerInputRule = perGoal('customer-input', ({ goal, label, input }) => {
  if (goal.kind !== 'external') return null;
  const entryIds = new Set(input.customers.entries.map((entry) => entry.id));
  const hasEvidence = input.customers.evidence.some(
    (link) =>
      link.goalId === goal.id && (link.ref.kind !== 'entry' || entryIds.has(link.ref.entryId)),
  );
  if (hasEvidence) return null;
  return {
    severity: 'warning',
    message: `${label} is an external goal, but no customer feedback is linked to it as evidence.`,
    fix: 'In step 4 (Customers), link the comments, survey answers or complaints this goal rests on.',
  };
});
