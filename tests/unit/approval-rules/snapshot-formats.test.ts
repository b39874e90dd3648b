import { describe, expect, it } from 'vitest';
import type { AgreementContent } from '../../../src/shared/domain/agreement-version';
import { readApprovedVersion } from '../../../src/shared/domain/approved/read-approved-version';
import { currentSnapshotFormat } from '../../../src/shared/domain/approved/stored-approval';
import { emptyComplaintSummary } from '../../../src/shared/domain/customers/feedback-summary';
import { sha256Hex } from '../../../src/main/services/records';
import { workedExampleContent } from './approval-fixtures';
import { asFormat1, asFormat3, storedSnapshot as stored } from './snapshot-fixtures';

/** Older content with complaint figures (format 2's shape) that include a time counted in days. */
function withDayFigures(content: object) {
  const span = { count: 3, medianHours: 24, p90Hours: 48, unit: 'days' as const };
  const feedback = {
    outreaches: [],
    tally: {
      entries: 0,
      byTopic: [],
      byMethod: [],
      satisfaction: { answered: 0, shareSatisfied: null, distribution: [0, 0, 0, 0, 0] },
      outage: { answered: 0, medianHours: null, distribution: [] },
      notice: { answered: 0, medianDays: null, distribution: [] },
      pay: { answered: 0, shareWilling: null, distribution: [] },
    },
    complaints: {
      ...emptyComplaintSummary,
      total: 3,
      byTopic: [{ topic: 'billing' as const, count: 3, responded: span, resolved: span }],
    },
    evidence: [],
  };
  return { ...content, customerFeedback: feedback };
}

function stretched(content: AgreementContent, stretch: boolean): AgreementContent {
  return { ...content, goals: content.goals.map((goal) => ({ ...goal, stretch })) };
}

describe('snapshot formats', () => {
  it('writes new approvals in format 7', () => {
    expect(currentSnapshotFormat).toBe(7);
  });

  it('reads a format-2 snapshot with response times in days, intact', () => {
    const read = readApprovedVersion(
      stored(2, withDayFigures(asFormat1(workedExampleContent()))),
      sha256Hex,
    );
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.version.content.customerFeedback?.complaints.byTopic[0]?.responded.unit).toBe(
        'days',
      );
    }
  });

  it('does not let format 1 claim what only format 2 can hold', () => {
    expect(
      readApprovedVersion(stored(1, withDayFigures(asFormat1(workedExampleContent()))), sha256Hex),
    ).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('reads the goals of formats 1 and 2 as not marked a stretch, whatever their target', () => {
    for (const format of [1, 2] as const) {
      const read = readApprovedVersion(
        stored(format, asFormat1(workedExampleContent())),
        sha256Hex,
      );
      expect(read.ok).toBe(true);
      if (read.ok) expect(read.version.content.goals.map((goal) => goal.stretch)).toEqual([false]);
    }
  });

  it('reads a format-3 goal marked as a stretch as marked, and one not marked as not', () => {
    for (const stretch of [true, false]) {
      const read = readApprovedVersion(
        stored(3, asFormat3(stretched(workedExampleContent(), stretch))),
        sha256Hex,
      );
      expect(read.ok).toBe(true);
      if (read.ok) expect(read.version.content.goals[0]?.stretch).toBe(stretch);
    }
  });

  it('does not let formats 1 and 2 claim a stretch mark, which only format 3 can hold', () => {
    for (const format of [1, 2] as const) {
      const marked = asFormat3(workedExampleContent());
      expect(readApprovedVersion(stored(format, marked), sha256Hex)).toEqual({
        ok: false,
        problem: 'unreadable',
      });
    }
  });

  it('refuses a format-3 goal without an area or a direction: none is ever approved', () => {
    const content = workedExampleContent();
    for (const unchosen of [{ area: null }, { direction: null }]) {
      const goals = content.goals.map((goal) => ({ ...goal, ...unchosen }));
      expect(readApprovedVersion(stored(3, asFormat3({ ...content, goals })), sha256Hex)).toEqual({
        ok: false,
        problem: 'unreadable',
      });
    }
  });
});
