import type { CustomerRecords } from '@shared/domain/customers/customer-records';
import type { FeedbackPlan } from '@shared/domain/customers/feedback-plan';
import type { ComplaintSummary } from '@shared/domain/customers/feedback-summary';
import { hasEvidence } from '@shared/domain/customers/has-evidence';
import type { Goal } from '@shared/domain/goal';
import type { Text } from '../../i18n/use-text';

interface GapInput {
  plan: FeedbackPlan;
  records: CustomerRecords;
  complaints: ComplaintSummary;
  externalGoals: Goal[];
}

/** What step 4 still lacks, in plain words, each naming the tab that fixes it. */
export function customerGaps(text: Text, input: GapInput): string[] {
  const { plan, records, complaints, externalGoals } = input;
  const gaps: string[] = [];
  if (plan.methods.length === 0) gaps.push(text('customers.gap.plan'));
  if (records.entries.length === 0 && complaints.total === 0) {
    gaps.push(text('customers.gap.outreach'));
  }
  const bare = externalGoals.filter((goal) => !hasEvidence(goal.id, records));
  if (bare.length > 0) gaps.push(text('customers.gap.evidence', { count: bare.length }));
  return gaps;
}
