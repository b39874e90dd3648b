import { describe, expect, it } from 'vitest';
import { fingerprintText } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import { voteOutcome } from '../../../src/shared/domain/approval-rules/vote-outcome';
import { readApprovedVersion } from '../../../src/shared/domain/approved/read-approved-version';
import type { StoredApproval } from '../../../src/shared/domain/approved/stored-approval';
import { emptyComplaintSummary } from '../../../src/shared/domain/customers/feedback-summary';
import { sha256Hex } from '../../../src/main/services/records';
import { workedExampleContent, workedExampleMeeting } from './approval-fixtures';

/** A stored approval whose complaint figures include a response time counted in days. */
function withDayFigures(snapshotFormat: StoredApproval['snapshotFormat']): StoredApproval {
  const content = workedExampleContent();
  const meeting = workedExampleMeeting();
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
  const covered = {
    content: { ...content, customerFeedback: feedback },
    meeting,
    outcome: voteOutcome(meeting, content.utility.board),
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

describe('snapshot formats', () => {
  it('reads a format-2 snapshot with response times in days, intact', () => {
    const read = readApprovedVersion(withDayFigures(2), sha256Hex);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.version.content.customerFeedback?.complaints.byTopic[0]?.responded.unit).toBe(
        'days',
      );
    }
  });

  it('does not let format 1 claim what only format 2 can hold', () => {
    expect(readApprovedVersion(withDayFigures(1), sha256Hex)).toEqual({
      ok: false,
      problem: 'unreadable',
    });
  });
});
