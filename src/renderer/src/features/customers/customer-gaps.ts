import type { CustomerRecords } from '@shared/domain/customers/customer-records';
import type { FeedbackPlan } from '@shared/domain/customers/feedback-plan';
import type { ComplaintSummary } from '@shared/domain/customers/feedback-summary';
import { hasEvidence } from '@shared/domain/customers/has-evidence';
import type { Goal } from '@shared/domain/goal';
import { plural } from '@shared/domain/numbers/plural';

interface GapInput {
  plan: FeedbackPlan;
  records: CustomerRecords;
  complaints: ComplaintSummary;
  externalGoals: Goal[];
}

/** What step 4 still lacks, in plain words, each naming the tab that fixes it. */
export function customerGaps({ plan, records, complaints, externalGoals }: GapInput): string[] {
  const gaps: string[] = [];
  if (plan.methods.length === 0) gaps.push('Plan: tick at least one way to hear from customers.');
  if (records.entries.length === 0 && complaints.total === 0) {
    gaps.push('Outreach and feedback: record what customers said, or import the complaint log.');
  }
  const bare = externalGoals.filter((goal) => !hasEvidence(goal.id, records));
  if (bare.length > 0) {
    gaps.push(
      `What we heard: link evidence to ${plural(bare.length, 'external goal')} that ${bare.length === 1 ? 'has' : 'have'} none yet.`,
    );
  }
  return gaps;
}
