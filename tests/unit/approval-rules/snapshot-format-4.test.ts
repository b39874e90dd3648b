import { describe, expect, it } from 'vitest';
import type { AgreementContent } from '../../../src/shared/domain/agreement-version';
import { readApprovedVersion } from '../../../src/shared/domain/approved/read-approved-version';
import type { StoredApproval } from '../../../src/shared/domain/approved/stored-approval';
import { emptySewerSystem } from '../../../src/shared/domain/sewer-system';
import { sha256Hex } from '../../../src/main/services/records';
import {
  asFormat1,
  asFormat3,
  asFormat4,
  sewerDistrictContent,
  storedSnapshot,
  waterFeedbackContent,
} from './snapshot-fixtures';

function contentRead(stored: StoredApproval): AgreementContent {
  const read = readApprovedVersion(stored, sha256Hex);
  if (!read.ok) throw new Error(`The snapshot is ${read.problem}.`);
  return read.version.content;
}

/** The stored approval with one value of its content changed by hand, fingerprint kept. */
function editedByHand(stored: StoredApproval, edit: (content: AgreementContent) => void) {
  const copy = structuredClone(stored);
  edit(copy.content as AgreementContent);
  return copy;
}

describe('snapshot format 4 (sewer answers, issue 12)', () => {
  it('reads back exactly what a sanitation district approved', () => {
    const content = sewerDistrictContent();
    const read = contentRead(storedSnapshot(4, asFormat4(content)));
    expect(read).toEqual(content);
    expect(read.scope.sewer).toMatchObject({ liftStations: 3, liftStationsWithBackupPower: 2 });
    expect(read.reviewSettings.floors['overflow-report']).toBe(12);
    expect(read.goals[0]?.floor).toBe('overflow-report');
    const feedback = read.customerFeedback!;
    expect(feedback.tally.byTopic.map(({ topic, count }) => [topic, count])).toEqual([
      ['odor', 2],
      ['backups', 1],
    ]);
    expect(feedback.tally.cleanup).toMatchObject({ answered: 2 });
    expect(feedback.tally.overflowNotice).toMatchObject({ answered: 2 });
    expect(feedback.annualMeeting).toBe(true);
  });

  it('reads formats 1, 2 and 3 with every sewer question unanswered and the common overflow floor', () => {
    const content = waterFeedbackContent();
    const older = [
      [1, asFormat1(content)],
      [2, asFormat1(content)],
      [3, asFormat3(content)],
    ] as const;
    for (const [format, snapshot] of older) {
      const read = contentRead(storedSnapshot(format, snapshot));
      // Nothing the board did not answer appears: the content is today's with the answers empty.
      expect(read).toEqual(content);
      expect(read.scope.sewer).toEqual(emptySewerSystem);
      expect(read.reviewSettings.floors['overflow-report']).toBe(24);
      expect(read.customerFeedback?.tally.cleanup).toEqual({
        answered: 0,
        medianHours: null,
        distribution: [2, 4, 8, 24].map((hours) => ({ hours, count: 0 })),
      });
      expect(read.customerFeedback?.tally.overflowNotice).toEqual({
        answered: 0,
        medianHours: null,
        distribution: [4, 24, 72].map((hours) => ({ hours, count: 0 })),
      });
      expect(read.customerFeedback?.annualMeeting).toBeNull();
    }
  });

  it('reports a format-4 snapshot changed by hand as altered', () => {
    const stored = storedSnapshot(4, asFormat4(sewerDistrictContent()));
    const edits: ((content: AgreementContent) => void)[] = [
      (content) => {
        content.scope.sewer.liftStationsWithBackupPower = 3;
      },
      (content) => {
        content.reviewSettings.floors['overflow-report'] = 48;
      },
      (content) => {
        content.customerFeedback!.annualMeeting = false;
      },
      (content) => {
        content.customerFeedback!.tally.cleanup.answered = 5;
      },
    ];
    for (const edit of edits) {
      expect(readApprovedVersion(editedByHand(stored, edit), sha256Hex)).toEqual({
        ok: false,
        problem: 'altered',
      });
    }
  });

  it('does not let format 3 claim what only format 4 holds', () => {
    const sewer = sewerDistrictContent();
    const base = () => asFormat3(waterFeedbackContent()) as AgreementContent;
    expect(readApprovedVersion(storedSnapshot(3, base()), sha256Hex).ok).toBe(true);
    const claims: Record<string, (content: AgreementContent) => void> = {
      'sewer answers': (content) => {
        content.scope.sewer = sewer.scope.sewer;
      },
      'the overflow floor': (content) => {
        content.reviewSettings.floors['overflow-report'] = 24;
      },
      'a goal held to the overflow floor': (content) => {
        content.goals[0]!.floor = 'overflow-report';
      },
      'an odor comment': (content) => {
        content.customerFeedback!.tally.byTopic.push({ topic: 'odor', count: 1, strong: 0 });
      },
      'the backup cleanup question': (content) => {
        content.customerFeedback!.tally.cleanup = sewer.customerFeedback!.tally.cleanup;
      },
      'the annual-meeting answer': (content) => {
        content.customerFeedback!.annualMeeting = true;
      },
    };
    for (const [claim, add] of Object.entries(claims)) {
      const snapshot = base();
      add(snapshot);
      expect([claim, readApprovedVersion(storedSnapshot(3, snapshot), sha256Hex)]).toEqual([
        claim,
        { ok: false, problem: 'unreadable' },
      ]);
    }
  });

  it('does not read a format-3 snapshot labelled format 4: its sewer answers are missing', () => {
    expect(
      readApprovedVersion(storedSnapshot(4, asFormat3(waterFeedbackContent())), sha256Hex),
    ).toEqual({ ok: false, problem: 'unreadable' });
  });
});
