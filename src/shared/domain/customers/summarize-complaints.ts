import type { ComplaintLog, ComplaintRow } from './complaint-log';
import { feedbackTopics, type FeedbackTopic } from './feedback-entry';
import type { ComplaintSummary, ComplaintTopicStats, SpanStats } from './feedback-summary';
import { hoursBetween } from './hours-between';
import { median, percentile } from './span-stats';

function spanStats(spans: number[]): SpanStats {
  return { count: spans.length, medianHours: median(spans), p90Hours: percentile(spans, 0.9) };
}

/** Spans in hours over the rows that have both ends; a row answered "before" it came in is left out. */
function spansTo(rows: ComplaintRow[], end: 'responded' | 'resolved'): number[] {
  return rows.flatMap((row) => {
    const hours = hoursBetween(row.received, row[end]);
    return hours === null ? [] : [hours];
  });
}

/**
 * The complaint log in figures: how many, over which dates, and per topic (most complaints
 * first) the median and 90th percentile from received to responded and to resolved.
 */
export function summarizeComplaints(log: ComplaintLog): ComplaintSummary {
  const byTopic = new Map<FeedbackTopic, ComplaintRow[]>();
  let firstReceived: string | null = null;
  let lastReceived: string | null = null;
  for (const row of log.rows) {
    const rows = byTopic.get(row.topic);
    if (rows === undefined) byTopic.set(row.topic, [row]);
    else rows.push(row);
    // Log times are fixed-width ISO text, so text order is time order.
    if (firstReceived === null || row.received < firstReceived) firstReceived = row.received;
    if (lastReceived === null || row.received > lastReceived) lastReceived = row.received;
  }
  const topics: ComplaintTopicStats[] = feedbackTopics.flatMap((topic) => {
    const rows = byTopic.get(topic);
    if (rows === undefined) return [];
    return [
      {
        topic,
        count: rows.length,
        responded: spanStats(spansTo(rows, 'responded')),
        resolved: spanStats(spansTo(rows, 'resolved')),
      },
    ];
  });
  return {
    total: log.rows.length,
    firstReceived,
    lastReceived,
    imports: log.imports.map((entry) => ({ ...entry })),
    // Stable sort: topics with as many rows keep the topic list's order.
    byTopic: topics.sort((a, b) => b.count - a.count),
  };
}
