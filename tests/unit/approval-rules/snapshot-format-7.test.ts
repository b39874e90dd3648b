import { describe, expect, it } from 'vitest';
import type { AgreementContent } from '../../../src/shared/domain/agreement-version';
import { readApprovedVersion } from '../../../src/shared/domain/approved/read-approved-version';
import { sha256Hex } from '../../../src/main/services/records';
import { customerFeedback } from '../../fixtures/pdf/pdf-customer-feedback';
import { workedExampleContent } from './approval-fixtures';
import { storedSnapshot } from './snapshot-fixtures';

/** The worked example with evidence worded in both languages, as content is built today. */
function withEvidence(): AgreementContent {
  return { ...workedExampleContent(), customerFeedback: structuredClone(customerFeedback) };
}

/** The same content as snapshot format 6 held it: evidence lines in English only. */
function englishOnly(content: AgreementContent): AgreementContent {
  const feedback = content.customerFeedback!;
  return {
    ...content,
    customerFeedback: {
      ...feedback,
      evidence: feedback.evidence.map(({ goalId, lines }) => ({ goalId, lines })),
    },
  };
}

describe('snapshot format 7 (the evidence lines in Spanish, issue 17)', () => {
  it('reads back exactly what the board approved, the Spanish lines beside the English', () => {
    const content = withEvidence();
    const spanish = content.customerFeedback!.evidence.flatMap((entry) => entry.linesSpanish!);
    expect(spanish).toContain(
      '“Pressure drops every evening on Camino Peña” (Reunión anual, 8 de noviembre de 2025)',
    );
    const read = readApprovedVersion(storedSnapshot(7, content), sha256Hex);
    expect(read.ok && read.version.content).toEqual(content);
  });

  it('reads a format-6 approval with English lines only, inventing no Spanish', () => {
    const older = englishOnly(withEvidence());
    const read = readApprovedVersion(storedSnapshot(6, older), sha256Hex);
    expect(read.ok && read.version.content).toEqual(older);
    if (read.ok) {
      expect(read.version.content.customerFeedback!.evidence.map((e) => e.linesSpanish)).toEqual(
        older.customerFeedback!.evidence.map(() => undefined),
      );
    }
  });

  it('does not let format 6 claim Spanish lines, which only format 7 can hold', () => {
    expect(readApprovedVersion(storedSnapshot(6, withEvidence()), sha256Hex)).toEqual({
      ok: false,
      problem: 'unreadable',
    });
  });
});
