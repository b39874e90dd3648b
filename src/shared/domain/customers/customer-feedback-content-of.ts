import type { Goal } from '../goal';
import type { CustomerFeedbackContent } from './customer-feedback-content';
import type { CustomerRecords } from './customer-records';
import { evidenceLines } from './evidence-lines';
import type { ComplaintSummary } from './feedback-summary';
import { tallyFeedback } from './tally-feedback';

/**
 * "What our customers told us" for the agreement: each outreach, the tallies, the complaint
 * log's figures and each external goal's evidence (in goal order). Figures and the board's own
 * words only: customers' names and addresses are left behind, since the content is printed.
 */
export function customerFeedbackContentOf(input: {
  records: CustomerRecords;
  goals: Goal[];
  complaints: ComplaintSummary;
}): CustomerFeedbackContent {
  const { records, goals, complaints } = input;
  const context = { records, complaints };
  // The whole-log times reach the agreement only through the evidence lines written from them.
  const { whole: _whole, ...figures } = complaints;
  return {
    outreaches: records.outreaches.map((outreach) => ({
      method: outreach.method,
      date: outreach.date,
      place: outreach.place,
      reached: outreach.reached,
      answered: outreach.answered,
      entries: records.entries.filter((entry) => entry.outreachId === outreach.id).length,
    })),
    tally: tallyFeedback({ outreaches: records.outreaches, entries: records.entries }),
    complaints: structuredClone(figures),
    annualMeeting: records.plan.value.profile.holdsAnnualMeeting,
    evidence: goals
      .filter((goal) => goal.kind === 'external')
      .map((goal) => ({ goalId: goal.id, lines: evidenceLines(goal.id, context) })),
  };
}
