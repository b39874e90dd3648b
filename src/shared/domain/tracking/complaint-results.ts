import { hasTimeOfDay, type ComplaintRow } from '../customers/complaint-log';
import { hoursBetween } from '../customers/hours-between';
import { printedDate } from '../printed-date';
import type { ComplaintRule } from './log-fed-goals';
import { byDay, type LogReading } from './logged-result';
import { workingDaysBetween } from './working-days';

const untilWords: Record<ComplaintRule['until'], { done: string; none: string }> = {
  responded: { done: 'answered', none: 'no response in the log yet' },
  resolved: { done: 'resolved', none: 'not resolved in the log yet' },
};

function nameOf(row: ComplaintRow): string {
  const time = hasTimeOfDay(row.received) ? `, ${row.received.slice(11)}` : '';
  return `Complaint received ${printedDate(row.received)}${time} (row ${row.row} of its file)`;
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
  const words = untilWords[rule.until];
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
        what: () => `${nameOf(row)}: ${words.none}.`,
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
          what: () => `${nameOf(row)}, ${words.done} ${printedDate(end)}`,
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
          `${nameOf(row)}, ${words.done} ${printedDate(end)}: without times of day at both ends.`,
      });
      continue;
    }
    const hours = hoursBetween(row.received, end);
    if (hours !== null) {
      reading.results.push({
        key,
        day,
        value: hours * rule.perHour,
        what: () => `${nameOf(row)}, ${words.done} ${printedDate(end)}, ${end.slice(11)}`,
      });
    }
  }
  reading.results.sort(byDay);
  reading.notCounted.sort(byDay);
  return reading;
}
