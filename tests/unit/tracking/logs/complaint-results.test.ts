import { describe, expect, it } from 'vitest';
import { complaintResults } from '../../../../src/shared/domain/tracking/complaint-results';
import {
  logRuleOf,
  type ComplaintRule,
} from '../../../../src/shared/domain/tracking/log-fed-goals';
import {
  responseYearWords,
  responseYears,
  sharePercent,
} from '../../../../src/shared/domain/tracking/response-summary';
import { said, type Said } from '../../../../src/shared/i18n/said';
import { sayIn } from '../../../../src/shared/i18n/say-in';
import { complaint, worded } from './log-test-data';

const english = (words: Said) => sayIn(words, 'en');

const goal = (templateId: string, unit: string) => ({
  templateId,
  frequency: 'each-event' as const,
  unit,
  direction: 'at-most' as const,
});

function ruleOf(templateId: string, unit: string): ComplaintRule {
  const rule = logRuleOf(goal(templateId, unit));
  if (rule?.log !== 'complaints') throw new Error(`${templateId} is not read from complaints.`);
  return rule;
}

describe('working days to resolution (CS7)', () => {
  const rule = ruleOf('CS7', 'working days');

  it('gives nothing for an empty log', () => {
    const reading = complaintResults([], rule);
    expect([reading.results, reading.notCounted]).toEqual([[], []]);
  });

  it('counts a complaint received Friday and resolved Monday as 1 working day', () => {
    const row = complaint('2028-03-03T16:40', { resolved: '2028-03-06' });
    const { results } = complaintResults([row], rule);
    expect(worded(results)).toEqual([
      {
        key: row.key,
        day: '2028-03-03',
        value: 1,
        what: `Complaint received March 3, 2028, 16:40 (row ${row.row} of its file), resolved March 6, 2028`,
      },
    ]);
  });

  it('counts every topic, and leaves an unresolved complaint for later', () => {
    const open = complaint('2028-03-03', { topic: 'billing' });
    const reading = complaintResults(
      [complaint('2028-03-06', { resolved: '2028-03-06', topic: 'billing' }), open],
      rule,
    );
    expect(reading.results.map((result) => result.value)).toEqual([0]);
    expect(worded(reading.notCounted)).toEqual([
      {
        key: open.key,
        day: '2028-03-03',
        why: 'still-open',
        what: `Complaint received March 3, 2028 (row ${open.row} of its file): not resolved in the log yet.`,
      },
    ]);
  });
});

describe('working days to first contact on odor (CS24)', () => {
  it('counts odor complaints only, from received to responded', () => {
    const rule = ruleOf('CS24', 'working days');
    const reading = complaintResults(
      [
        complaint('2028-03-03', { responded: '2028-03-07', topic: 'odor' }),
        complaint('2028-03-03', { responded: '2028-03-03', topic: 'pressure' }),
      ],
      rule,
    );
    // Friday to Tuesday: Monday and Tuesday.
    expect(reading.results.map((result) => result.value)).toEqual([2]);
  });
});

describe('hours from the call to a crew on site (CS3, CS10)', () => {
  it('counts hours to the minute on outage and leak complaints, across midnight too', () => {
    const rule = ruleOf('CS3', 'hours');
    const reading = complaintResults(
      [
        complaint('2028-03-03T23:30', { responded: '2028-03-04T01:00', topic: 'outages' }),
        complaint('2028-03-05T10:00', { responded: '2028-03-05T12:00', topic: 'leaks' }),
        complaint('2028-03-05T10:00', { responded: '2028-03-05T10:20', topic: 'backups' }),
      ],
      rule,
    );
    expect(reading.results.map((result) => result.value)).toEqual([1.5, 2]);
  });

  it('names a complaint without times at both ends instead of turning it into 0 hours', () => {
    const rule = ruleOf('CS10', 'hours');
    const dateOnly = complaint('2028-03-03', { responded: '2028-03-03T15:00', topic: 'backups' });
    const reading = complaintResults([dateOnly], rule);
    expect(reading.results).toEqual([]);
    expect(worded(reading.notCounted)).toEqual([
      {
        key: dateOnly.key,
        day: '2028-03-03',
        why: 'no-times',
        what: `Complaint received March 3, 2028 (row ${dateOnly.row} of its file), answered March 3, 2028: without times of day at both ends.`,
      },
    ]);
  });
});

describe('each year in words: share within the target and median', () => {
  const target = { direction: 'at-most' as const, target: 2, targetHigh: null };
  const result = (day: string, value: number) => ({
    key: `${day}-${value}`,
    day,
    value,
    what: () => said('afterVote.log.workingDays'),
  });

  it('counts a result exactly at the target as within it, and takes the middle of an even count', () => {
    const years = responseYears(
      target,
      [
        result('2028-01-05', 1),
        result('2028-02-05', 2),
        result('2028-03-05', 3),
        result('2028-04-05', 4),
      ],
      [
        {
          key: 'x',
          day: '2028-05-01',
          why: 'no-times',
          what: () => said('afterVote.log.workingDays'),
        },
      ],
    );
    expect(years).toEqual([
      { year: '2028', answered: 4, within: 2, percent: 50, median: 2.5, notCounted: 1 },
    ]);
    expect(english(responseYearWords(years[0]!, 'hours'))).toBe(
      'In 2028: 2 of 4 answered within the target (50%), median 2.5 hours; 1 more without a figure.',
    );
  });

  it('keeps the years apart, oldest first, and rounds the share as people do: 2 of 3 is 67%', () => {
    const years = responseYears(
      target,
      [
        result('2029-01-05', 5),
        result('2028-01-05', 1),
        result('2028-02-05', 2),
        result('2028-03-05', 7),
      ],
      [],
    );
    expect(
      years.map((year) => [year.year, year.within, year.answered, year.percent, year.median]),
    ).toEqual([
      ['2028', 2, 3, 67, 2],
      ['2029', 0, 1, 0, 5],
    ]);
    expect(english(responseYearWords(years[1]!, 'working days'))).toBe(
      'In 2029: 0 of 1 answered within the target (0%), median 5 working days.',
    );
  });

  it('says 100% only when every one was within the target, and 0% only when none was', () => {
    expect([sharePercent(2, 3), sharePercent(1, 2), sharePercent(3, 3)]).toEqual([67, 50, 100]);
    expect([sharePercent(199, 200), sharePercent(1, 300), sharePercent(0, 5)]).toEqual([99, 1, 0]);
  });

  it('says a year with complaints but no figure plainly', () => {
    const [year] = responseYears(
      target,
      [],
      [
        {
          key: 'x',
          day: '2028-05-01',
          why: 'still-open',
          what: () => said('afterVote.log.workingDays'),
        },
      ],
    );
    expect(english(responseYearWords(year!, 'hours'))).toBe(
      'In 2028: none with a figure yet; 1 more without a figure.',
    );
  });
});
