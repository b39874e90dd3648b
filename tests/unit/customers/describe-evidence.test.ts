import { describe, expect, it } from 'vitest';
import {
  describeEvidence as describeSaid,
  type EvidenceContext,
} from '../../../src/shared/domain/customers/describe-evidence';
import { evidenceLines as linesSaid } from '../../../src/shared/domain/customers/evidence-lines';
import { emptyComplaintSummary } from '../../../src/shared/domain/customers/feedback-summary';
import { formatHours } from '../../../src/shared/domain/customers/format-hours';
import { summarizeComplaints } from '../../../src/shared/domain/customers/summarize-complaints';
import { sayIn } from '../../../src/shared/i18n/say-in';
import { cedarFlatsCustomers, makeComplaint } from './customer-fixtures';

// The lines as an English reader sees them.
const describeEvidence = (...args: Parameters<typeof describeSaid>) =>
  sayIn(describeSaid(...args), 'en');
const evidenceLines = (...args: Parameters<typeof linesSaid>) =>
  linesSaid(...args).map((line) => sayIn(line, 'en'));

function context(): EvidenceContext {
  const rows = [
    makeComplaint('pressure', '2025-03-04T09:00', '2025-03-04T10:00', '2025-03-06T09:00'),
    makeComplaint('pressure', '2025-05-10T08:00', '2025-05-10T12:00'),
    makeComplaint('pressure', '2025-07-01T00:00', '2025-07-01T08:00', '2025-07-04T00:00'),
    makeComplaint('pressure', '2025-09-02T22:30', '2025-09-04T00:30'),
    makeComplaint('leaks', '2025-12-30T16:00'),
    // A log kept in dates only: answered the same day or the next, fixed within two days.
    makeComplaint('billing', '2025-02-03', '2025-02-03', '2025-02-04'),
    makeComplaint('billing', '2025-02-10', '2025-02-11', '2025-02-12'),
    makeComplaint('billing', '2025-02-17', '2025-02-17', '2025-02-17'),
    // Received at a known time, fixed on a date: the same day, and all that is known.
    makeComplaint('outages', '2025-06-02T14:05', '2025-06-02T14:30', '2025-06-02'),
  ];
  return {
    records: cedarFlatsCustomers(),
    complaints: summarizeComplaints({ imports: [], rows }),
  };
}

describe('describeEvidence', () => {
  it('counts the comments on a topic, the strong ones, and the methods that heard them', () => {
    expect(describeEvidence({ kind: 'topic', topic: 'pressure' }, context())).toBe(
      '3 comments on Pressure (1 strong), from Door to door and Annual meeting',
    );
    expect(describeEvidence({ kind: 'topic', topic: 'billing' }, context())).toBe(
      '1 comment on Billing, from Annual meeting',
    );
    expect(describeEvidence({ kind: 'topic', topic: 'rates' }, context())).toBe(
      'No comments on Rates recorded yet',
    );
  });

  it('gives the complaints on a topic with their response and resolution times', () => {
    expect(describeEvidence({ kind: 'complaints', topic: 'pressure' }, context())).toBe(
      '4 complaints about Pressure; median response 6 h, 90% within 21 h; median time to resolve 2.5 days, 90% within 2.9 days',
    );
    expect(describeEvidence({ kind: 'complaints', topic: 'leaks' }, context())).toBe(
      '1 complaint about Leaks',
    );
    expect(describeEvidence({ kind: 'complaints', topic: 'billing' }, context())).toBe(
      '3 complaints about Billing; median response same day, 90% within 1 day; median time to resolve 1 day, 90% within 2 days',
    );
    expect(describeEvidence({ kind: 'complaints', topic: 'outages' }, context())).toBe(
      '1 complaint about Outages; median response 25 min, 90% within 25 min; median time to resolve same day, 90% the same day',
    );
    expect(describeEvidence({ kind: 'complaints', topic: 'odor' }, context())).toBe(
      'No complaints about Sewer odor in the complaint log',
    );
    const noLog = { ...context(), complaints: emptyComplaintSummary };
    expect(describeEvidence({ kind: 'complaints', topic: 'odor' }, noLog)).toBe(
      'No complaints about Sewer odor: no complaint log imported yet',
    );
  });

  it('describes the whole complaint log: how many, over which dates, and how fast', () => {
    expect(describeEvidence({ kind: 'complaint-log' }, context())).toBe(
      'The complaint log: 9 complaints from February 3, 2025 to December 30, 2025; median response same day, 90% within 2 days; median time to resolve 1 day, 90% within 3 days',
    );
    const noLog = { ...context(), complaints: emptyComplaintSummary };
    expect(describeEvidence({ kind: 'complaint-log' }, noLog)).toBe(
      'The complaint log: nothing imported yet',
    );
  });

  it('describes a log kept to the minute in hours', () => {
    const rows = [
      makeComplaint('response', '2026-01-03T09:00', '2026-01-03T10:00'),
      makeComplaint('billing', '2026-12-18T09:00', '2026-12-18T13:00', '2026-12-18T15:00'),
    ];
    const ctx = { ...context(), complaints: summarizeComplaints({ imports: [], rows }) };
    expect(describeEvidence({ kind: 'complaint-log' }, ctx)).toBe(
      'The complaint log: 2 complaints from January 3, 2026 to December 18, 2026; median response 2.5 h, 90% within 3.7 h; median time to resolve 6 h, 90% within 6 h',
    );
  });

  it('quotes one comment with where and when it was heard, never who said it', () => {
    const line = describeEvidence({ kind: 'entry', entryId: 'p1' }, context());
    expect(line).toBe('“Pressure drops every evening” (Annual meeting, May 12, 2026)');
    expect(line).not.toContain('Maria');
    expect(line).not.toContain('Ridge Road');
  });

  it('describes a comment with no words by its topic', () => {
    expect(describeEvidence({ kind: 'entry', entryId: 'o1' }, context())).toBe(
      'A comment on Outages with no words recorded (Door to door, June 2, 2026)',
    );
  });

  it('keeps a long or multi-line comment to one line', () => {
    const ctx = context();
    const entry = ctx.records.entries[0];
    if (entry === undefined) throw new Error('fixture has entries');
    entry.said = `Pressure\ndrops ${'every evening '.repeat(30)}`;
    const line = describeEvidence({ kind: 'entry', entryId: entry.id }, ctx);
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^“Pressure drops every evening .*…” \(Annual meeting, May 12, 2026\)$/);
    expect(line.length).toBeLessThan(200);
  });

  it('says so when the linked comment was deleted', () => {
    expect(describeEvidence({ kind: 'entry', entryId: 'gone' }, context())).toBe(
      'A linked comment was deleted; link another or remove this link',
    );
  });
});

describe('evidenceLines', () => {
  it('describes each link of one goal, in the order linked', () => {
    const ctx = context();
    ctx.records.evidence = [
      { goalId: 'g-pressure', ref: { kind: 'complaints', topic: 'leaks' } },
      { goalId: 'g-other', ref: { kind: 'topic', topic: 'billing' } },
      { goalId: 'g-pressure', ref: { kind: 'entry', entryId: 'p3' } },
    ];
    expect(evidenceLines('g-pressure', ctx)).toEqual([
      '1 complaint about Leaks',
      '“Low pressure at the top of the hill” (Door to door, June 2, 2026)',
    ]);
    expect(evidenceLines('g-none', ctx)).toEqual([]);
  });
});

describe('formatHours', () => {
  it.each([
    [0.75, '45 min'],
    [1.5, '1.5 h'],
    [4, '4 h'],
    [20.6, '21 h'],
    [47.9, '48 h'],
    [48, '2 days'],
    [60, '2.5 days'],
    [340, '14.2 days'],
  ])('writes %s hours as %s', (hours, words) => {
    expect(formatHours(hours)).toBe(words);
  });
});
