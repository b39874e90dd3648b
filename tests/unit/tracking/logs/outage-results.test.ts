import { describe, expect, it } from 'vitest';
import { logRuleOf, type OutageRule } from '../../../../src/shared/domain/tracking/log-fed-goals';
import { outageResults } from '../../../../src/shared/domain/tracking/outage-results';
import type { Said } from '../../../../src/shared/i18n/said';
import { sayIn } from '../../../../src/shared/i18n/say-in';
import { outage, worded } from './log-test-data';

const english = (words: Said | undefined) => (words ? sayIn(words, 'en') : undefined);

const restoreInHours: OutageRule = { log: 'outages', measure: 'restoration', perHour: 1 };
const noticeInHours: OutageRule = { log: 'outages', measure: 'notice', perHour: 1 };

describe('restoration time from the outage log', () => {
  it('gives nothing for an empty log', () => {
    const reading = outageResults([], restoreInHours);
    expect([reading.results, reading.notCounted]).toEqual([[], []]);
  });

  it('counts an unplanned outage with times at both ends in hours, to the minute', () => {
    const { results } = outageResults(
      [outage('o1', { startTime: '09:15', endDate: '2028-03-03', endTime: '13:45' })],
      restoreInHours,
    );
    expect(worded(results)).toEqual([
      {
        key: 'o1',
        day: '2028-03-03',
        value: 4.5,
        what: 'Unplanned outage from March 3, 2028, 09:15 to 13:45',
      },
    ]);
  });

  it('counts an outage across midnight from its start: 22:30 to 02:00 the next day is 3.5 hours', () => {
    const { results } = outageResults(
      [outage('o1', { startTime: '22:30', endDate: '2028-03-04', endTime: '02:00' })],
      restoreInHours,
    );
    expect(results[0]?.value).toBe(3.5);
    expect(results[0]?.day).toBe('2028-03-03');
    expect(english(results[0]?.what())).toContain('to March 4, 2028, 02:00');
  });

  it('says a goal kept in minutes in minutes', () => {
    const rule = { ...restoreInHours, perHour: 60 };
    const { results } = outageResults(
      [outage('o1', { startTime: '10:00', endDate: '2028-03-03', endTime: '11:30' })],
      rule,
    );
    expect(results[0]?.value).toBe(90);
  });

  it('names an outage with dates only and does not count it, never as 0 hours', () => {
    const reading = outageResults(
      [
        outage('same-day', { endDate: '2028-03-03' }),
        outage('one-time', { startTime: '08:00', endDate: '2028-03-04' }),
      ],
      restoreInHours,
    );
    expect(reading.results).toEqual([]);
    expect(reading.notCounted.map(({ key, why }) => [key, why])).toEqual([
      ['one-time', 'no-times'],
      ['same-day', 'no-times'],
    ]);
    expect(english(reading.notCounted[1]?.what())).toBe(
      'Unplanned outage that began March 3, 2028, back the same day: no times in the log, so its length is not known.',
    );
    expect(english(reading.notCounted[0]?.what())).toContain('back March 4, 2028');
  });

  it('leaves an outage still going out of the results, and planned shutoffs out of restoration', () => {
    const reading = outageResults(
      [
        outage('going', { startTime: '07:00' }),
        outage('planned', {
          planned: true,
          startTime: '07:00',
          endDate: '2028-03-03',
          endTime: '09:00',
        }),
      ],
      restoreInHours,
    );
    expect(reading.results).toEqual([]);
    expect(worded(reading.notCounted)).toEqual([
      {
        key: 'going',
        day: '2028-03-03',
        why: 'still-open',
        what: 'Unplanned outage that began March 3, 2028: no end in the log yet.',
      },
    ]);
  });

  it('lists results oldest first', () => {
    const { results } = outageResults(
      [
        outage('b', {
          startDate: '2028-05-01',
          startTime: '10:00',
          endDate: '2028-05-01',
          endTime: '11:00',
        }),
        outage('a', {
          startDate: '2028-04-01',
          startTime: '10:00',
          endDate: '2028-04-01',
          endTime: '12:00',
        }),
      ],
      restoreInHours,
    );
    expect(results.map((result) => [result.day, result.value])).toEqual([
      ['2028-04-01', 2],
      ['2028-05-01', 1],
    ]);
  });
});

describe('notice before a planned shutoff from the outage log', () => {
  it('counts each planned shutoff with its notice hours, and names one without', () => {
    const reading = outageResults(
      [
        outage('on-target', { planned: true, noticeHours: 48 }),
        outage('short', { planned: true, startDate: '2028-04-10', noticeHours: 24 }),
        outage('unsaid', { planned: true, startDate: '2028-05-10' }),
        outage('unplanned', { noticeHours: 0 }),
      ],
      noticeInHours,
    );
    expect(reading.results.map((result) => [result.key, result.value])).toEqual([
      ['on-target', 48],
      ['short', 24],
    ]);
    expect(english(reading.results[0]?.what())).toBe(
      'Planned shutoff of March 3, 2028, 48 hours of notice',
    );
    expect(reading.notCounted.map((left) => [left.key, left.why])).toEqual([
      ['unsaid', 'no-notice'],
    ]);
  });

  it('says a notice goal kept in days in days: 72 hours is 3 days', () => {
    const { results } = outageResults([outage('o', { planned: true, noticeHours: 72 })], {
      ...noticeInHours,
      perHour: 1 / 24,
    });
    expect(results[0]?.value).toBe(3);
  });
});

describe('which goals the logs answer', () => {
  const cs4 = {
    templateId: 'CS4',
    frequency: 'each-event',
    unit: 'hours',
    direction: 'at-most',
  } as const;

  it('recognises a goal by its template, in hours or minutes', () => {
    expect(logRuleOf(cs4)).toEqual({ log: 'outages', measure: 'restoration', perHour: 1 });
    expect(logRuleOf({ ...cs4, unit: 'Minutes' })?.perHour).toBe(60);
  });

  it('leaves a goal written by hand, measured otherwise, or in another unit to typed results', () => {
    expect(logRuleOf({ ...cs4, templateId: null })).toBeNull();
    expect(logRuleOf({ ...cs4, frequency: 'monthly' })).toBeNull();
    expect(logRuleOf({ ...cs4, unit: '% of outages' })).toBeNull();
    expect(logRuleOf({ ...cs4, templateId: 'CS7', unit: 'days' })).toBeNull();
  });
});
