import { sayIn } from '../../i18n/say-in';
import type { Goal } from '../goal';
import type { CustomerFeedbackContent } from './customer-feedback-content';
import type { CustomerRecords } from './customer-records';
import { countCards } from './card-counts';
import { describeEvidenceList, type EvidenceContext } from './describe-evidence';
import type { EvidenceRef } from './evidence';
import { topicsOfCounts, type TopicHeard } from './evidence-lookup';
import type { FeedbackTopic } from './feedback-entry';
import type { ComplaintSummary } from './feedback-summary';
import { tallyOfCounts } from './tally-feedback';

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
  // The whole-log times reach the agreement only through the evidence lines written from them.
  const { whole: _whole, ...figures } = complaints;
  // One pass over the cards gives the outreaches' counts, the tallies and the topics' evidence.
  const counts = countCards(records.entries);
  return {
    outreaches: records.outreaches.map((outreach) => ({
      method: outreach.method,
      date: outreach.date,
      place: outreach.place,
      reached: outreach.reached,
      answered: outreach.answered,
      entries: counts.byOutreach.get(outreach.id)?.cards ?? 0,
    })),
    tally: tallyOfCounts(records.outreaches, counts),
    complaints: structuredClone(figures),
    annualMeeting: records.plan.value.profile.holdsAnnualMeeting,
    evidence: externalEvidence({ records, complaints }, goals, topicsOfCounts(counts)),
  };
}

/** Each external goal's evidence lines in goal order, every line worded in one pass. */
function externalEvidence(
  context: EvidenceContext,
  goals: Goal[],
  topics: (topic: FeedbackTopic) => TopicHeard,
): CustomerFeedbackContent['evidence'] {
  const linked = new Map<string, EvidenceRef[]>();
  for (const { goalId, ref } of context.records.evidence) {
    const refs = linked.get(goalId) ?? [];
    refs.push(ref);
    linked.set(goalId, refs);
  }
  const external = goals.filter((goal) => goal.kind === 'external');
  const refsOf = external.map((goal) => linked.get(goal.id) ?? []);
  // Approved content keeps the lines as worded on the day, in English and in Spanish, so the
  // fingerprint covers both papers' words and a later change to the catalog never alters them.
  const said = describeEvidenceList(refsOf.flat(), context, topics);
  const lines = said.map((line) => sayIn(line, 'en'));
  const linesSpanish = said.map((line) => sayIn(line, 'es'));
  let next = 0;
  return external.map((goal, index) => {
    const count = refsOf[index]!.length;
    next += count;
    return {
      goalId: goal.id,
      lines: lines.slice(next - count, next),
      linesSpanish: linesSpanish.slice(next - count, next),
    };
  });
}
