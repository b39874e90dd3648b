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
      makeComplaint('pressure', '2025-07-01', '2025-07-01T08:00', '2025-07-04'),
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

  it('summarizes an empty log as the empty summary', () => {
    expect(summarizeComplaints(emptyComplaintLog)).toEqual(emptyComplaintSummary);
  });
});
