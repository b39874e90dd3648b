import { amountWithUnit } from '../numbers/unit-words';
import { printedDate } from '../printed-date';
import type { OutageRule } from './log-fed-goals';
import { byDay, type LogReading } from './logged-result';
import type { Outage } from './outage-records';

const hourMs = 3_600_000;

function clockMs(date: string, time: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hours ?? 0, minutes ?? 0);
}

function restoration(outage: Outage, rule: OutageRule, reading: LogReading): void {
  const { id: key, startDate: day, startTime, endDate, endTime } = outage;
  const began = () => printedDate(day);
  if (endDate === '') {
    reading.notCounted.push({
      key,
      day,
      why: 'still-open',
      what: () => `Unplanned outage that began ${began()}: no end in the log yet.`,
    });
    return;
  }
  if (startTime === null || endTime === null) {
    // With a date at either end, a same-day outage lasted anywhere from minutes to nearly a
    // day: either side of an 8-hour target. Counting it as "0 hours" or "1 day" would claim
    // what the log does not know, so it is named and left out; the days it spans are true.
    const back = () => (endDate === day ? 'back the same day' : `back ${printedDate(endDate)}`);
    reading.notCounted.push({
      key,
      day,
      why: 'no-times',
      what: () =>
        `Unplanned outage that began ${began()}, ${back()}: no times in the log, so its length is not known.`,
    });
    return;
  }
  const hours = (clockMs(endDate, endTime) - clockMs(day, startTime)) / hourMs;
  const until = () => (endDate === day ? endTime : `${printedDate(endDate)}, ${endTime}`);
  reading.results.push({
    key,
    day,
    value: hours * rule.perHour,
    what: () => `Unplanned outage from ${began()}, ${startTime} to ${until()}`,
  });
}

function notice(outage: Outage, rule: OutageRule, reading: LogReading): void {
  const { id: key, startDate: day, noticeHours } = outage;
  const began = () => printedDate(day);
  if (noticeHours === null) {
    reading.notCounted.push({
      key,
      day,
      why: 'no-notice',
      what: () => `Planned shutoff of ${began()}: the hours of notice given are not in the log.`,
    });
    return;
  }
  reading.results.push({
    key,
    day,
    value: noticeHours * rule.perHour,
    what: () => `Planned shutoff of ${began()}, ${amountWithUnit(noticeHours, 'hours')} of notice`,
  });
}

/**
 * The results the outage log gives a goal: each unplanned outage that has ended, its duration
 * (restoration goals), or each planned shutoff with its notice recorded (notice goals). An
 * outage still going is not a result yet; one without times is named, not counted.
 */
export function outageResults(outages: readonly Outage[], rule: OutageRule): LogReading {
  const reading: LogReading = { results: [], notCounted: [] };
  for (const outage of outages) {
    if (rule.measure === 'restoration' && !outage.planned) restoration(outage, rule, reading);
    if (rule.measure === 'notice' && outage.planned) notice(outage, rule, reading);
  }
  reading.results.sort(byDay);
  reading.notCounted.sort(byDay);
  return reading;
}
