import type { CustomerRecords } from '../customers/customer-records';
import type { Finding } from '../review-finding';
import type { Goal } from '../goal';
import type { GoalTemplate } from '../goal-template';
import type { ReviewSettings } from '../review-settings';
import type { Scope } from '../scope';
import type { UtilityProfile } from '../utility';

/** Everything the review step checks: steps 1, 2 and 4, the goals in board order, and the board's settings. */
export interface ReviewInput {
  utility: UtilityProfile;
  scope: Scope;
  goals: Goal[];
  settings: ReviewSettings;
  /** Step 4's records: an external goal needs evidence linked there. */
  customers: CustomerRecords;
  /** The goal library, to compare a goal with the library goal it started from. */
  templates: readonly GoalTemplate[];
}

/** One checklist rule; each returns its findings unsorted and review-agreement orders them. */
export type ReviewRule = (input: ReviewInput) => Finding[];
