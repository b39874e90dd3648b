import { describe, expect, it } from 'vitest';
import type { AgreementContent } from '../../../src/shared/domain/agreement-version';
import { readApprovedVersion } from '../../../src/shared/domain/approved/read-approved-version';
import { sha256Hex } from '../../../src/main/services/records';
import {
  asFormat1,
  asFormat3,
  asFormat4,
  asFormat5,
  storedSnapshot,
  waterFeedbackContent,
} from './snapshot-fixtures';

/** The worked example with a stand-in named on its first goal. */
function standingIn(): AgreementContent {
  const content = waterFeedbackContent();
  const [first, ...rest] = content.goals;
  return { ...content, goals: [{ ...first!, standIn: 'Pat Romero, relief operator' }, ...rest] };
}

describe('snapshot format 5 (who stands in, issue 13)', () => {
  it('reads back exactly what the board approved, stand-in and all', () => {
    const content = standingIn();
    const read = readApprovedVersion(storedSnapshot(5, asFormat5(content)), sha256Hex);
    expect(read.ok && read.version.content).toEqual(content);
  });

  it('reads formats 1 to 4 with nobody standing in, and nothing else changed', () => {
    const content = waterFeedbackContent();
    const older = [
      [1, asFormat1(content)],
      [2, asFormat1(content)],
      [3, asFormat3(content)],
      [4, asFormat4(content)],
    ] as const;
    for (const [format, snapshot] of older) {
      const read = readApprovedVersion(storedSnapshot(format, snapshot), sha256Hex);
      expect([format, read.ok && read.version.content]).toEqual([format, content]);
    }
  });

  it('does not let format 4 claim a stand-in, nor read a format-4 snapshot labelled format 5', () => {
    expect(readApprovedVersion(storedSnapshot(4, standingIn()), sha256Hex)).toEqual({
      ok: false,
      problem: 'unreadable',
    });
    expect(
      readApprovedVersion(storedSnapshot(5, asFormat4(waterFeedbackContent())), sha256Hex),
    ).toEqual({ ok: false, problem: 'unreadable' });
  });
});
