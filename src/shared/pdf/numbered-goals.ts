import type { AgreementContent } from '../domain/agreement-version';
import type {
  AreaGoals as AnyAreaGoals,
  NumberedGoal as AnyNumberedGoal,
} from '../domain/goal-numbers';

// The numbering itself is the domain's (goal-numbers.ts), so screens and documents share it;
// these names fix it to the goals a document prints.
export { goalsByArea, numberedGoals } from '../domain/goal-numbers';

export type AgreementGoal = AgreementContent['goals'][number];
export type NumberedGoal = AnyNumberedGoal<AgreementGoal>;
export type AreaGoals = AnyAreaGoals<AgreementGoal>;
