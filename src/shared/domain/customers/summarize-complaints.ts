import { logTimePattern, type ComplaintLog } from './complaint-log';
import { feedbackTopics, type FeedbackTopic } from './feedback-entry';
import type { ComplaintSummary, ComplaintTopicStats, SpanStats } from './feedback-summary';
import { percentileOfSorted, rankPercentileOfSorted, sortedNumbers } from './span-stats';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;
const dayHours = 24;

/** The number written in text[start, end); digits only, as logTimePattern has checked. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index += 1) value = value * 10 + text.charCodeAt(index) - 48;
  return value;
}

/**
 * A log time on a zone-free clock: `at` to the minute (a date alone is its midnight), `day`
 * the midnight of its date. Filled in place and read by position: a 100,000-row log has
 * 300,000 of these, and the summary is made again after every import.
 */
interface Moment {
  at: number;
  day: number;
  timed: boolean;
}

/** Reads `time` into `into`; false when it is empty or not a log time. */
function readMoment(time: string, into: Moment): boolean {
  if (!logTimePattern.test(time)) return false;
  into.day = Date.UTC(digits(time, 0, 4), digits(time, 5, 7) - 1, digits(time, 8, 10));
  into.timed = time.length > 10;
  into.at = into.timed
    ? into.day + digits(time, 11, 13) * hourMs + digits(time, 14, 16) * 60_000
    : into.day;
  return true;
}

/** The spans to one end over some rows: in hours while every one has times at both ends. */
class Spans {
  readonly hours: number[] = [];
  readonly days: number[] = [];
  inDays = false;

  /**
   * One span, as span-between.ts counts it: hours (to the minute) when both ends have a time
   * of day, otherwise whole calendar days. One that ends before it starts is left out.
   */
  add(from: Moment, to: Moment): void {
    if (from.timed && to.timed) {
      if (to.at < from.at) return;
      this.hours.push((to.at - from.at) / hourMs);
    } else {
      if (to.day < from.day) return;
      this.inDays = true;
    }
    this.days.push(Math.round((to.day - from.day) / dayMs));
  }

  /**
   * The figures at the precision of the least precise row: in hours when every row has times
   * of day at both ends, otherwise in whole days for all of them. Days are never mixed with
   * hours, and leaving the date-only rows out instead would skew the hours (they are often the
   * quick same-day fixes nobody timed).
   */
  stats(): SpanStats {
    if (!this.inDays) {
      const hours = sortedNumbers(this.hours);
      return {
        count: hours.length,
        medianHours: percentileOfSorted(hours, 0.5),
        p90Hours: percentileOfSorted(hours, 0.9),
      };
    }
    const days = sortedNumbers(this.days);
    const inHours = (value: number | null) => (value === null ? null : value * dayHours);
    return {
      count: days.length,
      medianHours: inHours(rankPercentileOfSorted(days, 0.5)),
      p90Hours: inHours(rankPercentileOfSorted(days, 0.9)),
      unit: 'days',
    };
  }
}

/** One topic's rows (or the whole log's) in figures, built up a row at a time. */
interface Tally {
  count: number;
  responded: Spans;
  resolved: Spans;
}

function newTally(): Tally {
  return { count: 0, responded: new Spans(), resolved: new Spans() };
}

/**
 * The complaint log in figures: how many, over which dates, and per topic (most complaints
 * first) and over the whole log the median and 90th percentile from received to responded and
 * to resolved, in hours or, where the log has dates without times, in days. One pass reads each
 * time once for its topic and the whole log alike.
 */
export function summarizeComplaints(log: ComplaintLog): ComplaintSummary {
  const byTopic = new Map<FeedbackTopic, Tally>();
  const whole = newTally();
  let firstReceived: string | null = null;
  let lastReceived: string | null = null;
  const received: Moment = { at: 0, day: 0, timed: false };
  const end: Moment = { at: 0, day: 0, timed: false };
  for (const row of log.rows) {
    let tally = byTopic.get(row.topic);
    if (tally === undefined) {
      tally = newTally();
      byTopic.set(row.topic, tally);
    }
    tally.count++;
    // Log times are fixed-width ISO text, so text order is time order.
    if (firstReceived === null || row.received < firstReceived) firstReceived = row.received;
    if (lastReceived === null || row.received > lastReceived) lastReceived = row.received;
    if (!readMoment(row.received, received)) continue;
    if (readMoment(row.responded, end)) {
      tally.responded.add(received, end);
      whole.responded.add(received, end);
    }
    if (readMoment(row.resolved, end)) {
      tally.resolved.add(received, end);
      whole.resolved.add(received, end);
    }
  }
  const topics: ComplaintTopicStats[] = feedbackTopics.flatMap((topic) => {
    const tally = byTopic.get(topic);
    if (tally === undefined) return [];
    const { count, responded, resolved } = tally;
    return [{ topic, count, responded: responded.stats(), resolved: resolved.stats() }];
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
      : { whole: { responded: whole.responded.stats(), resolved: whole.resolved.stats() } }),
  };
}
