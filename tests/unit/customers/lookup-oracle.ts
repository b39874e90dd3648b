// The customer figures as they were computed before issue 14 made them one pass over the
// cards: a search or filter per link, per topic, per outreach. Slow on 20,000 cards, but plainly
// right, so the tests hold the fast versions to exactly their results, duplicates and order too.
import { listOf } from '../../../src/shared/domain/list-of';
import { plural } from '../../../src/shared/domain/numbers/plural';
import { plainDate } from '../../../src/shared/domain/plain-date';
import type { CustomerRecords } from '../../../src/shared/domain/customers/customer-records';
import {
  describeEvidence,
  type EvidenceContext,
} from '../../../src/shared/domain/customers/describe-evidence';
import type { EvidenceRef } from '../../../src/shared/domain/customers/evidence';
import { sayIn } from '../../../src/shared/i18n/say-in';
import {
  feedbackTopics,
  type FeedbackEntry,
  type Outreach,
} from '../../../src/shared/domain/customers/feedback-entry';
import {
  feedbackMethods,
  feedbackMethodTitles,
  type FeedbackMethod,
} from '../../../src/shared/domain/customers/feedback-plan';
import { median } from '../../../src/shared/domain/customers/span-stats';
import { topicTitle } from '../../../src/shared/domain/customers/topic-words';

const count = <T>(values: T[], value: T) => values.filter((v) => v === value).length;
const answers = <T>(entries: FeedbackEntry[], pick: (e: FeedbackEntry) => T | null): T[] =>
  entries.flatMap((entry) => {
    const value = pick(entry);
    return value === null ? [] : [value];
  });

function quote(said: string): string {
  const line = said.replace(/\s+/g, ' ').trim();
  return `“${line.length > 160 ? `${line.slice(0, 159).trimEnd()}…` : line}”`;
}

export function oracleDescribe(ref: EvidenceRef, context: EvidenceContext): string {
  const { records } = context;
  if (ref.kind === 'entry') {
    const entry = records.entries.find((candidate) => candidate.id === ref.entryId);
    if (entry === undefined)
      return 'A linked comment was deleted; link another or remove this link';
    const outreach = records.outreaches.find((candidate) => candidate.id === entry.outreachId);
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
  if (ref.kind !== 'topic') return sayIn(describeEvidence(ref, context), 'en');
  const title = topicTitle(ref.topic);
  const onTopic = records.entries.filter((entry) => entry.topic === ref.topic);
  if (onTopic.length === 0) return `No comments on ${title} recorded yet`;
  const strong = onTopic.filter((entry) => entry.strength === 'strong').length;
  const ids = new Set(onTopic.map((entry) => entry.outreachId));
  const heard = new Set(records.outreaches.filter((o) => ids.has(o.id)).map((o) => o.method));
  const methods = feedbackMethods.filter((m) => heard.has(m)).map((m) => feedbackMethodTitles[m]);
  return [
    plural(onTopic.length, 'comment', 'comments'),
    ` on ${title}`,
    strong > 0 ? ` (${strong} strong)` : '',
    methods.length > 0 ? `, from ${listOf(methods)}` : '',
  ].join('');
}

export function oracleEvidenceLines(goalId: string, context: EvidenceContext): string[] {
  return context.records.evidence
    .filter((link) => link.goalId === goalId)
    .map((link) => oracleDescribe(link.ref, context));
}

export function oracleHasEvidence(goalId: string, records: CustomerRecords): boolean {
  return records.evidence.some(({ goalId: linked, ref }) => {
    if (linked !== goalId) return false;
    if (ref.kind !== 'entry') return true;
    return records.entries.some((entry) => entry.id === ref.entryId);
  });
}

export function oracleEntriesFrom(outreach: Outreach, records: CustomerRecords): number {
  return records.entries.filter((entry) => entry.outreachId === outreach.id).length;
}

/** The parts of the tallies that went over the cards per topic, per method, per question. */
export function oracleTally(outreaches: Outreach[], entries: FeedbackEntry[]) {
  const methodOf = new Map<string, FeedbackMethod>(outreaches.map((o) => [o.id, o.method]));
  const scores = answers(entries, (e) => e.satisfaction);
  const pay = answers(entries, (e) => e.willingToPay);
  return {
    entries: entries.length,
    byTopic: feedbackTopics
      .map((topic) => {
        const onTopic = entries.filter((entry) => entry.topic === topic);
        return {
          topic,
          count: onTopic.length,
          strong: count(
            onTopic.map((e) => e.strength),
            'strong',
          ),
        };
      })
      .filter((row) => row.count > 0)
      .sort((a, b) => b.count - a.count),
    methodEntries: feedbackMethods.map(
      (method) => entries.filter((entry) => methodOf.get(entry.outreachId) === method).length,
    ),
    satisfied: scores.length === 0 ? null : scores.filter((s) => s >= 4).length / scores.length,
    willing: pay.length === 0 ? null : pay.filter((c) => c !== 'as-now').length / pay.length,
    medians: [
      median(answers(entries, (e) => e.acceptableOutageHours)),
      median(answers(entries, (e) => e.noticeDays)),
      median(answers(entries, (e) => e.cleanupHours)),
      median(answers(entries, (e) => e.overflowNoticeHours)),
    ],
  };
}
