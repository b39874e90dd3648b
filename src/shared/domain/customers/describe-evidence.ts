import { said, type Said } from '../../i18n/said';
import { saidEach } from '../../i18n/said-each';
import { saidList } from '../../i18n/said-list';
import { plainDate } from '../plain-date';
import { printedDate } from '../printed-date';
import type { CustomerRecords } from './customer-records';
import type { EvidenceRef } from './evidence';
import { type FeedbackTopic } from './feedback-entry';
import { feedbackMethods } from './feedback-plan';
import type { ComplaintSummary, SpanStats } from './feedback-summary';
import { evidenceLookup, type EvidenceLookup, type TopicHeard } from './evidence-lookup';
import { spanFigureSaid } from './span-figure-said';

/** What evidence is described against: step 4's records and the complaint log in figures. */
export interface EvidenceContext {
  records: CustomerRecords;
  complaints: ComplaintSummary;
}

// A quoted comment is cut so an evidence line stays one line in a list or a PDF table.
const maxQuoteLength = 160;

function quote(words: string): Said {
  const line = words.replace(/\s+/g, ' ').trim();
  const shown =
    line.length > maxQuoteLength ? `${line.slice(0, maxQuoteLength - 1).trimEnd()}…` : line;
  return said('evidence.line.quote', { words: shown });
}

/** A topic inside a line's sentence ("3 comments on Pressure", "3 comentarios sobre la presión"). */
const topicName = (topic: FeedbackTopic) => said(`evidence.topicInLine.${topic}`);

/** A calendar date as a board member writes it, in each language; anything else as it is. */
function dateSaid(date: string): Said {
  return saidEach({ en: plainDate(date), es: printedDate(date, 'es') });
}

/** Parts of a line one after another: "12 complaints about Pressure; median response 4 h, …". */
function joined(parts: readonly Said[]): Said {
  const [first, ...rest] = parts;
  if (first === undefined) throw new Error('An evidence line needs at least one part.');
  return rest.length === 0 ? first : said('evidence.line.parts', { first, rest: joined(rest) });
}

function describeEntry(entryId: string, lookup: EvidenceLookup): Said {
  const entry = lookup.entry(entryId);
  if (entry === undefined) return said('evidence.line.entryDeleted');
  const outreach = lookup.outreach(entry.outreachId);
  const words =
    entry.said.trim() === ''
      ? said('evidence.line.noWords', { topic: topicName(entry.topic) })
      : quote(entry.said);
  if (outreach === undefined) return words;
  const method = said(`evidence.method.${outreach.method}`);
  const source =
    outreach.date === ''
      ? method
      : said('evidence.line.methodAndDate', { method, date: dateSaid(outreach.date) });
  return said('evidence.line.withSource', { words, source });
}

function describeTopic(topic: FeedbackTopic, lookup: EvidenceLookup): Said {
  const heard = lookup.topic(topic);
  if (heard.count === 0) return said('evidence.line.topic.none', { topic: topicName(topic) });
  const heardBy = lookup.methodsOf(heard.from);
  const methods = feedbackMethods
    .filter((method) => heardBy.has(method))
    .map((method) => said(`evidence.methodInLine.${method}`));
  return said('evidence.line.topic', {
    count: heard.count,
    topic: topicName(topic),
    strong: heard.strong,
    from:
      methods.length > 0 ? said('evidence.line.topic.from', { methods: saidList(methods) }) : '',
  });
}

/** "median response 4 h, 90% within 26 h"; in days where the log has dates without times. */
function spanWords(stats: SpanStats, what: 'response' | 'resolve'): Said | null {
  if (stats.medianHours === null || stats.p90Hours === null) return null;
  // "90% within same day" does not read as English.
  const p90 =
    stats.unit === 'days' && stats.p90Hours === 0
      ? said('evidence.line.p90SameDay')
      : said('evidence.line.p90', { figure: spanFigureSaid(stats.p90Hours, stats.unit) });
  return said('evidence.line.span', {
    what,
    median: spanFigureSaid(stats.medianHours, stats.unit),
    p90,
  });
}

/** The spans of a topic or of the whole log: "median response 1 day, 90% within 3 days; …". */
function timesOf(spans: { responded: SpanStats; resolved: SpanStats } | undefined): Said[] {
  if (spans === undefined) return [];
  return [spanWords(spans.responded, 'response'), spanWords(spans.resolved, 'resolve')].filter(
    (part) => part !== null,
  );
}

function describeComplaints(topic: FeedbackTopic, complaints: ComplaintSummary): Said {
  const name = topicName(topic);
  if (complaints.total === 0) return said('evidence.line.complaints.noLog', { topic: name });
  const stats = complaints.byTopic.find((row) => row.topic === topic);
  if (stats === undefined) return said('evidence.line.complaints.none', { topic: name });
  return joined([
    said('evidence.line.complaints', { count: stats.count, topic: name }),
    ...timesOf(stats),
  ]);
}

/**
 * "The complaint log: 120 complaints from January 3, 2026 to December 18, 2026; median
 * response 1 day, …", the times over every topic together, at the precision the log has.
 */
function describeLog(complaints: ComplaintSummary): Said {
  if (complaints.total === 0) return said('evidence.line.log.empty');
  const { firstReceived: first, lastReceived: last, total: count } = complaints;
  const [from, to] = [first?.slice(0, 10), last?.slice(0, 10)];
  const figures =
    from === undefined || to === undefined
      ? said('evidence.line.log', { count })
      : from === to
        ? said('evidence.line.log.on', { count, date: dateSaid(from) })
        : said('evidence.line.log.fromTo', { count, from: dateSaid(from), to: dateSaid(to) });
  return joined([figures, ...timesOf(complaints.whole)]);
}

function describeWith(ref: EvidenceRef, context: EvidenceContext, lookup: EvidenceLookup): Said {
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
): Said[] {
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
export function describeEvidence(ref: EvidenceRef, context: EvidenceContext): Said {
  return describeEvidenceList([ref], context)[0]!;
}
