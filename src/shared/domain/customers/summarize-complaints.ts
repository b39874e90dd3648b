import type { ComplaintLog, ComplaintRow } from './complaint-log';
import { feedbackTopics, type FeedbackTopic } from './feedback-entry';
import type { ComplaintSummary, ComplaintTopicStats, SpanStats } from './feedback-summary';
import { daysBetween, spanBetween } from './span-between';
import { median, percentile, rankPercentile } from './span-stats';

const dayHours = 24;

/**
 * The spans to `end` over the rows that have both ends (a row answered "before" it came in is
 * left out), at the precision of the least precise row: in hours when every row has times of
 * day at both ends, otherwise in whole days for all of them. Days are never mixed with hours,
 * and leaving the date-only rows out instead would skew the hours (they are often the quick
 * same-day fixes nobody timed).
 */
function spanStats(rows: ComplaintRow[], end: 'responded' | 'resolved'): SpanStats {
  const hours: number[] = [];
  const days: number[] = [];
  let inDays = false;
  for (const row of rows) {
    const span = spanBetween(row.received, row[end]);
    if (span === null) continue;
    if (span.unit === 'days') {
      inDays = true;
      days.push(span.days);
    } else {
      hours.push(span.hours);
      days.push(daysBetween(row.received, row[end]) ?? 0);
    }
  }
  if (!inDays) {
    return { count: hours.length, medianHours: median(hours), p90Hours: percentile(hours, 0.9) };
  }
  const inHours = (value: number | null) => (value === null ? null : value * dayHours);
  return {
    count: days.length,
    medianHours: inHours(rankPercentile(days, 0.5)),
    p90Hours: inHours(rankPercentile(days, 0.9)),
    unit: 'days',
  };
}

/**
 * The complaint log in figures: how many, over which dates, and per topic (most complaints
 * first) and over the whole log the median and 90th percentile from received to responded and
 * to resolved, in hours or, where the log has dates without times, in days.
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
        responded: spanStats(rows, 'responded'),
        resolved: spanStats(rows, 'resolved'),
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
    ...(log.rows.length === 0
      ? {}
      : {
          whole: {
            responded: spanStats(log.rows, 'responded'),
            resolved: spanStats(log.rows, 'resolved'),
          },
        }),
  };
}
