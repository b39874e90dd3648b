import { hasTimeOfDay, type ComplaintRow } from '../customers/complaint-log';
import { hoursBetween } from '../customers/hours-between';
import { said, type Said } from '../../i18n/said';
import type { ComplaintRule } from './log-fed-goals';
import { byDay, type LogReading } from './logged-result';
import { daySaid } from './period-words';
import { workingDaysBetween } from './working-days';

function nameOf(row: ComplaintRow): Said {
  return said('afterVote.complaint.name', {
    date: daySaid(row.received),
    time: hasTimeOfDay(row.received) ? row.received.slice(11) : 'none',
    row: String(row.row),
  });
}

/**
 * The results the complaint log gives a goal: one per complaint on the goal's topics, from the
 * day it came in to its response or resolution, in the goal's unit. Working days need dates
 * only. Hours need a time of day at both ends: a complaint without them is named as "without
 * times", never turned into 0 hours. A complaint not yet answered (or resolved) is not a
 * result yet; nor is one whose log puts the end before the start.
 */
export function complaintResults(rows: readonly ComplaintRow[], rule: ComplaintRule): LogReading {
  const reading: LogReading = { results: [], notCounted: [] };
  const topics = rule.topics === null ? null : new Set(rule.topics);
  const until = rule.until;
  for (const row of rows) {
    if (topics !== null && !topics.has(row.topic)) continue;
    const { key } = row;
    const day = row.received.slice(0, 10);
    const end = row[rule.until];
    if (end === '') {
      reading.notCounted.push({
        key,
        day,
        why: 'still-open',
        what: () => said('afterVote.complaint.open', { name: nameOf(row), until }),
      });
      continue;
    }
    if (rule.counting === 'working-days') {
      const value = workingDaysBetween(row.received, end);
      if (value !== null) {
        reading.results.push({
          key,
          day,
          value,
          what: () =>
            said('afterVote.complaint.done', { name: nameOf(row), until, date: daySaid(end) }),
        });
      }
      continue;
    }
    if (!hasTimeOfDay(row.received) || !hasTimeOfDay(end)) {
      reading.notCounted.push({
        key,
        day,
        why: 'no-times',
        what: () =>
          said('afterVote.complaint.noTimes', { name: nameOf(row), until, date: daySaid(end) }),
      });
      continue;
    }
    const hours = hoursBetween(row.received, end);
    if (hours !== null) {
      reading.results.push({
        key,
        day,
        value: hours * rule.perHour,
        what: () =>
          said('afterVote.complaint.doneAt', {
            name: nameOf(row),
            until,
            date: daySaid(end),
            time: end.slice(11),
          }),
      });
    }
  }
  reading.results.sort(byDay);
  reading.notCounted.sort(byDay);
  return reading;
}
