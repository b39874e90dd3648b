import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../../src/shared/domain/tracking/outage-entry';
import type { Outage } from '../../../src/shared/domain/tracking/outage-records';
import {
  clockWords,
  noticeWords,
  outageSpanSaid,
} from '../../../src/shared/domain/tracking/outage-words';
import { english } from '../../support/english-said';

const outage = (fields: Partial<Outage>): Outage => ({
  id: 'o',
  startDate: '2028-03-04',
  startTime: null,
  endDate: '',
  endTime: null,
  planned: false,
  noticeHours: null,
  customersAffected: null,
  note: '',
  recordedAt: '2028-03-05T10:00:00.000Z',
  ...fields,
});

describe('an outage in words', () => {
  it('says the clock as US readers do', () => {
    expect(['00:30', '09:05', '12:00', '23:59'].map(clockWords)).toEqual([
      '12:30 AM',
      '9:05 AM',
      '12:00 PM',
      '11:59 PM',
    ]);
  });

  it('says no time where the log has none', () => {
    const outageSpanWords = (fields: Partial<Outage>) => english(outageSpanSaid(outage(fields)));
    expect(outageSpanWords({ endDate: '2028-03-04' })).toBe('Saturday, March 4, 2028');
    expect(outageSpanWords({ endDate: '2028-03-06' })).toBe(
      'Saturday, March 4, 2028 to Monday, March 6, 2028',
    );
    expect(outageSpanWords({ startTime: '14:05', endDate: '2028-03-04', endTime: '18:30' })).toBe(
      'Saturday, March 4, 2028, 2:05 PM to 6:30 PM',
    );
    expect(outageSpanWords({ startTime: '22:00' })).toBe(
      'Saturday, March 4, 2028, 10:00 PM (no end recorded)',
    );
  });

  it('tells no notice from notice not recorded', () => {
    expect([null, 0, 1, 4.5, 48, 50].map(noticeWords)).toEqual([
      'not recorded',
      'none',
      '1 hour',
      '4.5 hours',
      '2 days',
      '50 hours',
    ]);
  });

  it('lists the newest first, a day without a time above that day’s timed outages', () => {
    const log = [
      outage({ id: 'a', startDate: '2028-03-01', startTime: '10:00' }),
      outage({ id: 'b', startDate: '2028-03-04', startTime: '08:00' }),
      outage({ id: 'c', startDate: '2028-03-04' }),
      outage({ id: 'd', startDate: '2028-03-04', startTime: '17:00' }),
    ];
    expect(newestFirst(log).map((kept) => kept.id)).toEqual(['c', 'd', 'b', 'a']);
  });
});
