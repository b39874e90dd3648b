import { describe, expect, it } from 'vitest';
import { fingerprintText } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import { voteOutcome } from '../../../src/shared/domain/approval-rules/vote-outcome';
import type { AgreementContent } from '../../../src/shared/domain/agreement-version';
import { readApprovedVersion } from '../../../src/shared/domain/approved/read-approved-version';
import {
  currentSnapshotFormat,
  type StoredApproval,
} from '../../../src/shared/domain/approved/stored-approval';
import { emptyComplaintSummary } from '../../../src/shared/domain/customers/feedback-summary';
import { sha256Hex } from '../../../src/main/services/records';
import { workedExampleContent, workedExampleMeeting } from './approval-fixtures';

/** A stored approval of `content` in the given format, with a fingerprint that matches it. */
function stored(
  snapshotFormat: StoredApproval['snapshotFormat'],
  content: unknown,
): StoredApproval {
  const meeting = workedExampleMeeting();
  const covered = {
    content,
    meeting,
    outcome: voteOutcome(meeting, workedExampleContent().utility.board),
  };
  const text = fingerprintText(covered);
  return {
    revision: 1,
    snapshotFormat,
    recordedAt: '2027-03-12T19:42:00.000Z',
    ...(JSON.parse(text) as Pick<StoredApproval, 'content' | 'meeting' | 'outcome'>),
    fingerprint: sha256Hex(text),
  };
}

/** The worked example's goals as formats 1 and 2 held them: no `stretch`. */
function beforeStretch(content: AgreementContent) {
  return { ...content, goals: content.goals.map(({ stretch: _none, ...goal }) => goal) };
}

/** Today's content with complaint figures that include a response time counted in days. */
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
  it('writes new approvals in format 3', () => {
    expect(currentSnapshotFormat).toBe(3);
  });

  it('reads a format-2 snapshot with response times in days, intact', () => {
    const read = readApprovedVersion(
      stored(2, withDayFigures(beforeStretch(workedExampleContent()))),
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
      readApprovedVersion(
        stored(1, withDayFigures(beforeStretch(workedExampleContent()))),
        sha256Hex,
      ),
    ).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('reads the goals of formats 1 and 2 as not marked a stretch, whatever their target', () => {
    for (const format of [1, 2] as const) {
      const read = readApprovedVersion(
        stored(format, beforeStretch(workedExampleContent())),
        sha256Hex,
      );
      expect(read.ok).toBe(true);
      if (read.ok) expect(read.version.content.goals.map((goal) => goal.stretch)).toEqual([false]);
    }
  });

  it('reads a format-3 goal marked as a stretch as marked, and one not marked as not', () => {
    for (const stretch of [true, false]) {
      const read = readApprovedVersion(
        stored(3, stretched(workedExampleContent(), stretch)),
        sha256Hex,
      );
      expect(read.ok).toBe(true);
      if (read.ok) expect(read.version.content.goals[0]?.stretch).toBe(stretch);
    }
  });

  it('does not let formats 1 and 2 claim a stretch mark, which only format 3 can hold', () => {
    for (const format of [1, 2] as const) {
      expect(readApprovedVersion(stored(format, workedExampleContent()), sha256Hex)).toEqual({
        ok: false,
        problem: 'unreadable',
      });
    }
  });

  it('refuses a format-3 goal without an area or a direction: none is ever approved', () => {
    const content = workedExampleContent();
    for (const unchosen of [{ area: null }, { direction: null }]) {
      const goals = content.goals.map((goal) => ({ ...goal, ...unchosen }));
      expect(readApprovedVersion(stored(3, { ...content, goals }), sha256Hex)).toEqual({
        ok: false,
        problem: 'unreadable',
      });
    }
  });
});
