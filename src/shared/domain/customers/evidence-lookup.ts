import { outreachesHeard, type CardCounts } from './card-counts';
import type { CustomerRecords } from './customer-records';
import type { EvidenceRef } from './evidence';
import type { FeedbackEntry, FeedbackTopic, Outreach } from './feedback-entry';
import type { FeedbackMethod } from './feedback-plan';

/** The comments on one topic, as a topic link describes them. */
export interface TopicHeard {
  count: number;
  strong: number;
  /** The ids of the outreaches that brought them. */
  from: ReadonlySet<string>;
}

/** What describing some evidence needs from step 4's records, found once for all of it. */
export interface EvidenceLookup {
  entry(entryId: string): FeedbackEntry | undefined;
  outreach(outreachId: string): Outreach | undefined;
  topic(topic: FeedbackTopic): TopicHeard;
  /** The methods of every outreach under one of `ids`, duplicates too. */
  methodsOf(ids: ReadonlySet<string>): Set<FeedbackMethod>;
}

const nothingHeard: TopicHeard = { count: 0, strong: 0, from: new Set() };

/** The topics as cards already counted for the tallies give them. */
export function topicsOfCounts(counts: CardCounts): (topic: FeedbackTopic) => TopicHeard {
  return (topic) => ({
    count: counts.topics.timesGiven(topic),
    strong: counts.strong.timesGiven(topic),
    from: outreachesHeard(counts, topic),
  });
}

/** The topics `refs` name, in one pass over the cards. */
function topicsOfRefs(
  refs: readonly EvidenceRef[],
  entries: readonly FeedbackEntry[],
): (topic: FeedbackTopic) => TopicHeard {
  const topics = new Set(refs.flatMap((ref) => (ref.kind === 'topic' ? [ref.topic] : [])));
  const heard = new Map<FeedbackTopic, { count: number; strong: number; from: Set<string> }>();
  if (topics.size > 0) {
    for (const entry of entries) {
      if (!topics.has(entry.topic)) continue;
      const onTopic = heard.get(entry.topic) ?? { count: 0, strong: 0, from: new Set<string>() };
      onTopic.count += 1;
      if (entry.strength === 'strong') onTopic.strong += 1;
      onTopic.from.add(entry.outreachId);
      heard.set(entry.topic, onTopic);
    }
  }
  return (topic) => heard.get(topic) ?? nothingHeard;
}

/** The first item under each wanted id, as `find` finds it; stops once all are found. */
function firstById<T extends { id: string }>(
  items: readonly T[],
  wanted: ReadonlySet<string>,
): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) {
    if (byId.size === wanted.size) break;
    if (wanted.has(item.id) && !byId.has(item.id)) byId.set(item.id, item);
  }
  return byId;
}

/**
 * Everything `refs` need, in at most two passes over the cards for all of them together, where
 * looking each link up by itself went over the cards once per link. Only what `refs` name is
 * kept, so describing one link costs no more than searching for it did. `topics` may come from
 * cards already counted (see topicsOfCounts), which saves one of the passes.
 */
export function evidenceLookup(
  refs: readonly EvidenceRef[],
  records: CustomerRecords,
  topics = topicsOfRefs(refs, records.entries),
): EvidenceLookup {
  const entryIds = new Set(refs.flatMap((ref) => (ref.kind === 'entry' ? [ref.entryId] : [])));
  const entries = firstById(records.entries, entryIds);
  const outreaches = firstById(
    records.outreaches,
    new Set([...entries.values()].map((entry) => entry.outreachId)),
  );
  return {
    entry: (entryId) => entries.get(entryId),
    outreach: (outreachId) => outreaches.get(outreachId),
    topic: topics,
    methodsOf: (ids) =>
      new Set(records.outreaches.filter((o) => ids.has(o.id)).map((o) => o.method)),
  };
}
