import { listOf } from '../list-of';
import { plural } from '../numbers/plural';
import { plainDate } from '../plain-date';
import type { CustomerRecords } from './customer-records';
import type { EvidenceRef } from './evidence';
import { type FeedbackTopic } from './feedback-entry';
import { feedbackMethods, feedbackMethodTitles } from './feedback-plan';
import type { ComplaintSummary, SpanStats } from './feedback-summary';
import { evidenceLookup, type EvidenceLookup, type TopicHeard } from './evidence-lookup';
import { formatSpanFigure } from './format-span';
import { topicTitle } from './topic-words';

/** What evidence is described against: step 4's records and the complaint log in figures. */
export interface EvidenceContext {
  records: CustomerRecords;
  complaints: ComplaintSummary;
}

// A quoted comment is cut so an evidence line stays one line in a list or a PDF table.
const maxQuoteLength = 160;

function quote(said: string): string {
  const line = said.replace(/\s+/g, ' ').trim();
  const shown =
    line.length > maxQuoteLength ? `${line.slice(0, maxQuoteLength - 1).trimEnd()}…` : line;
  return `“${shown}”`;
}

function describeEntry(entryId: string, lookup: EvidenceLookup): string {
  const entry = lookup.entry(entryId);
  if (entry === undefined) return 'A linked comment was deleted; link another or remove this link';
  const outreach = lookup.outreach(entry.outreachId);
  const source = [
    outreach === undefined ? '' : feedbackMethodTitles[outreach.method],
    outreach === undefined || outreach.date === '' ? '' : plainDate(outreach.date),
  ].filter((part) => part !== '');
  const words =
    entry.said.trim() === ''
      ? `A comment on ${topicTitle(entry.topic)} with no words recorded`
      : quote(entry.said);
  return source.length === 0 ? words : `${words} (${source.join(', ')})`;
}

function describeTopic(topic: FeedbackTopic, lookup: EvidenceLookup): string {
  const title = topicTitle(topic);
  const heard = lookup.topic(topic);
  if (heard.count === 0) return `No comments on ${title} recorded yet`;
  const heardBy = lookup.methodsOf(heard.from);
  const methods = feedbackMethods
    .filter((method) => heardBy.has(method))
    .map((method) => feedbackMethodTitles[method]);
  return [
    plural(heard.count, 'comment', 'comments'),
    ` on ${title}`,
    heard.strong > 0 ? ` (${heard.strong} strong)` : '',
    methods.length > 0 ? `, from ${listOf(methods)}` : '',
  ].join('');
}

/** "median response 4 h, 90% within 26 h"; in days where the log has dates without times. */
function spanWords(stats: SpanStats, what: string): string | null {
  if (stats.medianHours === null || stats.p90Hours === null) return null;
  const median = formatSpanFigure(stats.medianHours, stats.unit);
  // "90% within same day" does not read as English.
  const p90 =
    stats.unit === 'days' && stats.p90Hours === 0
      ? '90% the same day'
      : `90% within ${formatSpanFigure(stats.p90Hours, stats.unit)}`;
  return `median ${what} ${median}, ${p90}`;
}

/** The spans of a topic or of the whole log: "median response 1 day, 90% within 3 days; …". */
function timesOf(spans: { responded: SpanStats; resolved: SpanStats } | undefined): string[] {
  if (spans === undefined) return [];
  return [
    spanWords(spans.responded, 'response'),
    spanWords(spans.resolved, 'time to resolve'),
  ].filter((part) => part !== null);
}

function describeComplaints(topic: FeedbackTopic, complaints: ComplaintSummary): string {
  const title = topicTitle(topic);
  if (complaints.total === 0) return `No complaints about ${title}: no complaint log imported yet`;
  const stats = complaints.byTopic.find((row) => row.topic === topic);
  if (stats === undefined) return `No complaints about ${title} in the complaint log`;
  return [`${plural(stats.count, 'complaint')} about ${title}`, ...timesOf(stats)].join('; ');
}

/**
 * "The complaint log: 120 complaints from January 3, 2026 to December 18, 2026; median
 * response 1 day, …", the times over every topic together, at the precision the log has.
 */
function describeLog(complaints: ComplaintSummary): string {
  if (complaints.total === 0) return 'The complaint log: nothing imported yet';
  const { firstReceived: first, lastReceived: last } = complaints;
  const [from, to] = [first?.slice(0, 10), last?.slice(0, 10)];
  const span =
    from === undefined || to === undefined
      ? ''
      : from === to
        ? ` on ${plainDate(from)}`
        : ` from ${plainDate(from)} to ${plainDate(to)}`;
  return [
    `The complaint log: ${plural(complaints.total, 'complaint')}${span}`,
    ...timesOf(complaints.whole),
  ].join('; ');
}

function describeWith(ref: EvidenceRef, context: EvidenceContext, lookup: EvidenceLookup): string {
  switch (ref.kind) {
    case 'entry':
      return describeEntry(ref.entryId, lookup);
    case 'topic':
      return describeTopic(ref.topic, lookup);
    case 'complaints':
      return describeComplaints(ref.topic, context.complaints);
    case 'complaint-log':
      return describeLog(context.complaints);
  }
}

/**
 * Several pieces of evidence in words, in the order given, as `describeEvidence` words each:
 * the cards are gone over once for all of them. `topics` may come from cards already counted.
 */
export function describeEvidenceList(
  refs: readonly EvidenceRef[],
  context: EvidenceContext,
  topics?: (topic: FeedbackTopic) => TopicHeard,
): string[] {
  const lookup = evidenceLookup(refs, context.records, topics);
  return refs.map((ref) => describeWith(ref, context, lookup));
}

/**
 * One piece of evidence in a plain sentence, for step 5, the review and the agreement PDF:
 * "12 comments on Pressure (3 strong), from Annual meeting and Door to door",
 * "340 complaints about Pressure; median response 4 h, 90% within 26 h", the whole complaint
 * log in the same figures, or a quoted comment with where and when it was heard. Never a
 * customer's name or address.
 */
export function describeEvidence(ref: EvidenceRef, context: EvidenceContext): string {
  return describeEvidenceList([ref], context)[0]!;
}
