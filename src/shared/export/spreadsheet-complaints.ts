import type { ComplaintSummary, SpanStats } from '../domain/customers/feedback-summary';
import { topicTitle } from '../domain/customers/topic-words';
import type { CsvValue } from './csv-cell';

const header: CsvValue[] = [
  'Topic',
  'Complaints',
  'Time to',
  'Complaints with both dates',
  'Median',
  '90% within',
  'Unit',
];

/**
 * A figure in the unit it was worked out in: whole calendar days where the log gives a date
 * without a time of day (it has no hours or minutes to give), otherwise hours to two decimals,
 * finer than the minutes the log is written in.
 */
function figure(hours: number | null, unit: SpanStats['unit']): number | null {
  if (hours === null) return null;
  return unit === 'days' ? Math.round(hours / 24) : Math.round(hours * 100) / 100;
}

function spanRows(topic: string, complaints: number, label: string, stats: SpanStats): CsvValue[] {
  const none = stats.medianHours === null;
  return [
    topic,
    complaints,
    label,
    stats.count,
    figure(stats.medianHours, stats.unit),
    figure(stats.p90Hours, stats.unit),
    none ? '' : stats.unit === 'days' ? 'days' : 'hours',
  ];
}

function topicRows(
  topic: string,
  complaints: number,
  spans: { responded: SpanStats; resolved: SpanStats },
): CsvValue[][] {
  return [
    spanRows(topic, complaints, 'respond', spans.responded),
    spanRows(topic, complaints, 'resolve', spans.resolved),
  ];
}

/**
 * The complaint log's summary (`summarizeComplaints`, as step 4 shows it): the dates it covers,
 * then per topic, most complaints first, and for the whole log, the median and the 90th
 * percentile from received to responded and to resolved, each in its own unit.
 */
export function complaintRows(summary: ComplaintSummary): CsvValue[][] {
  if (summary.total === 0) return [];
  const rows: CsvValue[][] = [
    ['Complaints received', summary.total],
    ['First received', summary.firstReceived?.slice(0, 10) ?? ''],
    ['Last received', summary.lastReceived?.slice(0, 10) ?? ''],
    header,
    ...summary.byTopic.flatMap((stats) => topicRows(topicTitle(stats.topic), stats.count, stats)),
  ];
  if (summary.whole) rows.push(...topicRows('All topics', summary.total, summary.whole));
  rows.push(['90% within: nine complaints in ten were answered (or fixed) within that time.']);
  const inDays = summary.byTopic.some(
    (topic) => topic.responded.unit === 'days' || topic.resolved.unit === 'days',
  );
  if (inDays) {
    rows.push([
      'Days count calendar days, where the log gives a date without a time of day: 0 is the day the complaint came in, 1 the day after.',
    ]);
  }
  return rows;
}
