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

/** The worked example with its mission and first goal worded in Spanish. */
function inSpanish(): AgreementContent {
  const content = waterFeedbackContent();
  const [first, ...rest] = content.goals;
  const spanish = {
    statement: 'Tenemos agua suficiente para la temporada seca.',
    measure: 'Días de almacenamiento',
    unit: 'días',
  };
  return {
    ...content,
    scope: { ...content.scope, missionSpanish: 'Agua segura a un precio justo.' },
    goals: [{ ...first!, spanish }, ...rest],
  };
}

describe('snapshot format 6 (the Spanish wording, issue 17)', () => {
  it('reads back exactly what the board approved, Spanish wording and all', () => {
    const content = inSpanish();
    const read = readApprovedVersion(storedSnapshot(6, content), sha256Hex);
    expect(read.ok && read.version.content).toEqual(content);
  });

  it('reads formats 1 to 5 with no Spanish written anywhere, and nothing else changed', () => {
    const content = waterFeedbackContent();
    expect(content.scope.missionSpanish).toBe('');
    const older = [
      [1, asFormat1(content)],
      [2, asFormat1(content)],
      [3, asFormat3(content)],
      [4, asFormat4(content)],
      [5, asFormat5(content)],
    ] as const;
    for (const [format, snapshot] of older) {
      const read = readApprovedVersion(storedSnapshot(format, snapshot), sha256Hex);
      expect([format, read.ok && read.version.content]).toEqual([format, content]);
      if (!read.ok) continue;
      expect(read.version.content.goals.map((goal) => goal.spanish)).toEqual(
        content.goals.map(() => ({ statement: '', measure: '', unit: '' })),
      );
    }
  });

  it('does not let format 5 claim Spanish wording, nor read a format-5 snapshot labelled 6', () => {
    expect(readApprovedVersion(storedSnapshot(5, inSpanish()), sha256Hex)).toEqual({
      ok: false,
      problem: 'unreadable',
    });
    expect(
      readApprovedVersion(storedSnapshot(6, asFormat5(waterFeedbackContent())), sha256Hex),
    ).toEqual({ ok: false, problem: 'unreadable' });
  });
});
