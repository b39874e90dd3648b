import { said } from '../../i18n/said';
import { saidEach } from '../../i18n/said-each';
import { amountWithUnit } from '../numbers/unit-words';
import type { OutageRule } from './log-fed-goals';
import { byDay, type LogReading } from './logged-result';
import type { Outage } from './outage-records';
import { daySaid } from './period-words';

const hourMs = 3_600_000;

function clockMs(date: string, time: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hours ?? 0, minutes ?? 0);
}

function restoration(outage: Outage, rule: OutageRule, reading: LogReading): void {
  const { id: key, startDate: day, startTime, endDate, endTime } = outage;
  const began = () => daySaid(day);
  if (endDate === '') {
    reading.notCounted.push({
      key,
      day,
      why: 'still-open',
      what: () => said('afterVote.outage.open', { began: began() }),
    });
    return;
  }
  if (startTime === null || endTime === null) {
    // With a date at either end, a same-day outage lasted anywhere from minutes to nearly a
    // day: either side of an 8-hour target. Counting it as "0 hours" or "1 day" would claim
    // what the log does not know, so it is named and left out; the days it spans are true.
    reading.notCounted.push({
      key,
      day,
      why: 'no-times',
      what: () =>
        said('afterVote.outage.noTimes', {
          began: began(),
          sameDay: endDate === day ? 'yes' : 'no',
          end: daySaid(endDate),
        }),
    });
    return;
  }
  const hours = (clockMs(endDate, endTime) - clockMs(day, startTime)) / hourMs;
  reading.results.push({
    key,
    day,
    value: hours * rule.perHour,
    what: () =>
      said('afterVote.outage.lasted', {
        began: began(),
        start: startTime,
        sameDay: endDate === day ? 'yes' : 'no',
        end: daySaid(endDate),
        endTime,
      }),
  });
}

function notice(outage: Outage, rule: OutageRule, reading: LogReading): void {
  const { id: key, startDate: day, noticeHours } = outage;
  const began = () => daySaid(day);
  if (noticeHours === null) {
    reading.notCounted.push({
      key,
      day,
      why: 'no-notice',
      what: () => said('afterVote.outage.noNotice', { began: began() }),
    });
    return;
  }
  reading.results.push({
    key,
    day,
    value: noticeHours * rule.perHour,
    what: () =>
      said('afterVote.outage.notice', {
        began: began(),
        notice: saidEach({
          en: amountWithUnit(noticeHours, 'hours', 'en'),
          es: amountWithUnit(noticeHours, 'hours', 'es'),
        }),
      }),
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
