import {
  emptyCustomerRecords,
  type CustomerRecords,
} from '../../../src/shared/domain/customers/customer-records';
import { blankGoalFields, type Goal } from '../../../src/shared/domain/goal';
import type { Finding } from '../../../src/shared/domain/review-finding';
import { defaultReviewSettings } from '../../../src/shared/domain/review-settings';
import type { ReviewInput } from '../../../src/shared/domain/review/review-input';
import { reviewAgreement } from '../../../src/shared/domain/review/review-agreement';
import { sayIn } from '../../../src/shared/i18n/say-in';
import { cedarFlatsScope, cedarFlatsUtility } from '../schemas/examples';

/** A finding as an English reader sees it: its message and fix said in English. */
export type EnglishFinding = Omit<Finding, 'message' | 'fix'> & { message: string; fix: string };

export function inEnglish(finding: Finding): EnglishFinding {
  return { ...finding, message: sayIn(finding.message, 'en'), fix: sayIn(finding.fix, 'en') };
}

/** A goal with nothing to flag: worded, measured, with a baseline, in a chosen area. */
export function makeGoal(id: string, overrides: Partial<Goal> = {}): Goal {
  return {
    ...blankGoalFields('internal'),
    area: 'water-efficiency',
    id,
    rev: 0,
    statement: 'Keep water loss at or below 15%',
    measure: 'Water lost as a share of water pumped',
    unit: '%',
    direction: 'at-most',
    target: 15,
    baseline: { value: 14, asOf: '2025-12-31', source: '2025 water audit', missingReason: '' },
    dataSource: 'Production meter against billed water',
    frequency: 'yearly',
    responsible: 'Operator',
    ...overrides,
  };
}

/** An external goal that rests on what customers said. */
export function makeExternalGoal(id: string, overrides: Partial<Goal> = {}): Goal {
  return makeGoal(id, {
    kind: 'external',
    area: 'customer-service',
    statement: 'Answer complaints within 1 working day',
    measure: 'Working days from complaint to first contact',
    unit: 'working days',
    target: 1,
    baseline: { value: 1, asOf: '2025-12-31', source: 'Complaint log', missingReason: '' },
    customerBasis: 'At the 2025 annual meeting members asked for quicker call-backs.',
    ...overrides,
  });
}

/**
 * Step 4's records with every external goal among `goals` linked to the comments on a topic,
 * except the goals named in `without`.
 */
export function customersBacking(goals: Goal[], without: string[] = []): CustomerRecords {
  const records = emptyCustomerRecords();
  records.evidence = goals
    .filter((goal) => goal.kind === 'external' && !without.includes(goal.id))
    .map((goal) => ({ goalId: goal.id, ref: { kind: 'topic', topic: 'response' } }));
  return records;
}

/**
 * Step 1 and 2 of the 212-connection Cedar Flats association (areas: water efficiency,
 * customer service, regulatory; no hydrants, no backup power) with the given goals, each
 * external one backed by linked customer feedback.
 */
export function makeInput(goals: Goal[], overrides: Partial<ReviewInput> = {}): ReviewInput {
  return {
    utility: cedarFlatsUtility(),
    scope: cedarFlatsScope(),
    goals,
    settings: structuredClone(defaultReviewSettings),
    customers: customersBacking(goals),
    // The library matters only to the measure-changed rule; its tests pass the goals they need.
    templates: [],
    ...overrides,
  };
}

/** Ten quiet goals, internal and external, over the three chosen areas. */
export function tenGoodGoals(): Goal[] {
  return Array.from({ length: 10 }, (_, index) => {
    const area = (['water-efficiency', 'customer-service', 'regulatory'] as const)[index % 3];
    return index % 2 === 0
      ? makeGoal(`g${index + 1}`, { area })
      : makeExternalGoal(`g${index + 1}`, { area });
  });
}

/** The findings of one rule, in the order the review shows them. */
export function findingsOf(input: ReviewInput, rule: string): EnglishFinding[] {
  return reviewAgreement(input)
    .filter((finding) => finding.rule === rule)
    .map(inEnglish);
}

export function keysOf(input: ReviewInput, rule?: string): string[] {
  const findings = rule === undefined ? reviewAgreement(input) : findingsOf(input, rule);
  return findings.map((finding) => finding.key);
}
