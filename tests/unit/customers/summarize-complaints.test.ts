import { describe, expect, it } from 'vitest';
import {
  emptyComplaintLog,
  type ComplaintLog,
} from '../../../src/shared/domain/customers/complaint-log';
import {
  complaintSummarySchema,
  emptyComplaintSummary,
} from '../../../src/shared/domain/customers/feedback-summary';
import { summarizeComplaints } from '../../../src/shared/domain/customers/summarize-complaints';
import { makeComplaint } from './customer-fixtures';

function logOf(rows: ComplaintLog['rows']): ComplaintLog {
  return {
    imports: [
      {
        id: 'imp1',
        fileName: 'calls 2025.csv',
        importedAt: '2026-01-05T10:00:00.000Z',
        rows: rows.length,
      },
    ],
    rows,
  };
}

describe('summarizeComplaints', () => {
  it('gives response and resolution times per topic, most complaints first', () => {
    const log = logOf([
      // Pressure: answered after 1, 4, 8 and 26 hours; two of them resolved after 2 and 3 days.
      makeComplaint('pressure', '2025-03-04T09:00', '2025-03-04T10:00', '2025-03-06T09:00'),
      makeComplaint('pressure', '2025-05-10T08:00', '2025-05-10T12:00'),
      makeComplaint('pressure', '2025-07-01T00:00', '2025-07-01T08:00', '2025-07-04T00:00'),
      makeComplaint('pressure', '2025-09-02T22:30', '2025-09-04T00:30'),
      makeComplaint('billing', '2025-01-15T11:00', '2025-01-15T11:30', '2025-01-15T12:00'),
      makeComplaint('leaks', '2025-12-30T16:00'),
      makeComplaint('billing', '2025-02-01T09:00'),
    ]);
    const summary = summarizeComplaints(log);
    expect(complaintSummarySchema.parse(summary)).toEqual(summary);
    expect(summary.total).toBe(7);
    expect(summary.firstReceived).toBe('2025-01-15T11:00');
    expect(summary.lastReceived).toBe('2025-12-30T16:00');
    expect(summary.imports).toEqual(log.imports);
    expect(summary.byTopic.map((row) => [row.topic, row.count])).toEqual([
      ['pressure', 4],
      ['billing', 2],
      ['leaks', 1],
    ]);
    const [pressure, billing, leaks] = summary.byTopic;
    expect([pressure?.responded.count, pressure?.responded.medianHours]).toEqual([4, 6]);
    expect(pressure?.responded.p90Hours).toBeCloseTo(20.6, 10);
    expect([pressure?.resolved.count, pressure?.resolved.medianHours]).toEqual([2, 60]);
    expect(pressure?.resolved.p90Hours).toBeCloseTo(69.6, 10);
    expect(billing?.responded).toEqual({ count: 1, medianHours: 0.5, p90Hours: 0.5 });
    expect(leaks?.responded).toEqual({ count: 0, medianHours: null, p90Hours: null });
  });

  it('leaves out a span that ends before the complaint came in', () => {
    const summary = summarizeComplaints(
      logOf([
        makeComplaint('sewer', '2025-04-02T10:00', '2025-04-01T10:00'),
        makeComplaint('sewer', '2025-04-03T10:00', '2025-04-03T12:00'),
      ]),
    );
    expect(summary.byTopic[0]?.responded).toEqual({ count: 1, medianHours: 2, p90Hours: 2 });
  });

  it('keeps the topic list order for topics with as many complaints', () => {
    const summary = summarizeComplaints(
      logOf([
        makeComplaint('rates', '2025-01-01'),
        makeComplaint('outages', '2025-01-02'),
        makeComplaint('water-quality', '2025-01-03'),
      ]),
    );
    expect(summary.byTopic.map((row) => row.topic)).toEqual(['water-quality', 'outages', 'rates']);
  });

  it('counts a log of dates only in whole days: same day, 1 day, never minutes', () => {
    const summary = summarizeComplaints(
      logOf([
        makeComplaint('pressure', '2026-03-02', '2026-03-02', '2026-03-04'),
        makeComplaint('pressure', '2026-03-05', '2026-03-05', '2026-03-05'),
        makeComplaint('pressure', '2026-03-09', '2026-03-10', '2026-03-11'),
        makeComplaint('pressure', '2026-03-12', '2026-03-12'),
      ]),
    );
    expect(complaintSummarySchema.parse(summary)).toEqual(summary);
    const [pressure] = summary.byTopic;
    // Responded after 0, 0, 1 and 0 days; resolved after 2, 0 and 2 days.
    expect(pressure?.responded).toEqual({ count: 4, medianHours: 0, p90Hours: 24, unit: 'days' });
    expect(pressure?.resolved).toEqual({ count: 3, medianHours: 48, p90Hours: 48, unit: 'days' });
  });

  it('counts a topic in days when some of its rows have a date only, keeping every row', () => {
    const summary = summarizeComplaints(
      logOf([
        // Received at a known time and fixed on a date: the same day, then the next day.
        makeComplaint('outages', '2026-03-02T14:05', '2026-03-02T14:30', '2026-03-02'),
        makeComplaint('outages', '2026-03-03T21:24', '2026-03-03T22:00', '2026-03-04'),
        makeComplaint('outages', '2026-03-04T08:00', '2026-03-04T09:00', '2026-03-06T10:00'),
        makeComplaint('leaks', '2026-03-05T08:00', '2026-03-05T08:30', '2026-03-05T12:00'),
      ]),
    );
    const [outages, leaks] = summary.byTopic;
    // Every response has times at both ends: hours, to the minute.
    expect(outages?.responded).toEqual({ count: 3, medianHours: 0.6, p90Hours: 0.92 });
    // Two fixes have a date only, so the three are counted in days: 0, 1 and 2.
    expect(outages?.resolved).toEqual({ count: 3, medianHours: 24, p90Hours: 48, unit: 'days' });
    expect(leaks?.resolved).toEqual({ count: 1, medianHours: 4, p90Hours: 4 });
  });

  it('gives the times over the whole log too, at the precision of its least precise row', () => {
    const summary = summarizeComplaints(
      logOf([
        makeComplaint('water-quality', '2026-03-02T14:05', '2026-03-02T14:30', '2026-03-02'),
        makeComplaint('pressure', '2026-03-03T09:00', '2026-03-04T10:00', '2026-03-05T10:00'),
        makeComplaint('sewer', '2026-03-04T08:00', '2026-03-04T09:00'),
      ]),
    );
    // Responses all have times: the middle of 25 min, 1 h and 25 h is 1 h.
    expect(summary.whole?.responded).toMatchObject({ count: 3, medianHours: 1 });
    expect(summary.whole?.responded.p90Hours).toBeCloseTo(20.2);
    expect(summary.whole?.responded.unit).toBeUndefined();
    // One fix is a date alone, so both are counted in days: the same day and 2 days.
    expect(summary.whole?.resolved).toEqual({
      count: 2,
      medianHours: 0,
      p90Hours: 48,
      unit: 'days',
    });
    expect(complaintSummarySchema.parse(summary)).toEqual(summary);
  });

  it('summarizes an empty log as the empty summary', () => {
    expect(summarizeComplaints(emptyComplaintLog)).toEqual(emptyComplaintSummary);
  });
});
