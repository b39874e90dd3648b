import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/shared/domain/approval-rules/canonical-json';
import type { ApprovalSnapshot } from '../../../src/shared/domain/agreement-version';
import { computeFingerprint } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import { shortFingerprint } from '../../../src/shared/domain/approval-rules/short-fingerprint';
import { voteOutcome } from '../../../src/shared/domain/approval-rules/vote-outcome';
import { workedExampleContent, workedExampleMeeting } from './approval-fixtures';

const workedExampleHex = '0f0f25a76f8ad22aaa820b0a71f05774391e35200f9323d6b808bacd691434a2';

function workedExample(): ApprovalSnapshot {
  const content = workedExampleContent();
  const meeting = workedExampleMeeting();
  return { content, meeting, outcome: voteOutcome(meeting, content.utility.board) };
}

/** The same data with every object's keys inserted in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, member]) => [key, reversedKeys(member)]),
  );
}

/** The worked example changed by `change`, with the outcome recounted as the app would. */
async function fingerprintAfter(change: (input: ApprovalSnapshot) => void): Promise<string> {
  const input = workedExample();
  change(input);
  return computeFingerprint(input);
}

describe('computeFingerprint', () => {
  it('gives the documented value for the worked example, as 64 lowercase hex digits', async () => {
    const fingerprint = await computeFingerprint(workedExample());
    expect(fingerprint).toBe(workedExampleHex);
    // An independent SHA-256 over the canonical text agrees with the Web Crypto one.
    const text = canonicalJson(workedExample());
    expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(fingerprint);
  });

  it('matches docs/fingerprint.md, so anyone can recompute it from there', () => {
    const doc = readFileSync(new URL('../../../docs/fingerprint.md', import.meta.url), 'utf8');
    expect(doc).toContain(canonicalJson(workedExample()));
    expect(doc).toContain(workedExampleHex);
    expect(doc).toContain(shortFingerprint(workedExampleHex));
  });

  it('is the same whatever order the keys were built in', async () => {
    const reordered = reversedKeys(workedExample()) as ApprovalSnapshot;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(workedExample()));
    expect(await computeFingerprint(reordered)).toBe(workedExampleHex);
  });

  it('is the same when an accent was typed as a separate mark', async () => {
    const decomposed = await fingerprintAfter(({ content }) => {
      const [rosa] = content.utility.board;
      if (rosa) rosa.name = 'Rosa Marti\u0301nez';
    });
    expect(decomposed).toBe(workedExampleHex);
  });

  it('takes only content, meeting and outcome, so a stored version can be passed as it is', async () => {
    const stored = {
      ...workedExample(),
      revision: 1,
      approvedAt: '2026-03-12T19:40:00.000Z',
      nextReviewOn: '2027-03-12',
      fingerprint: workedExampleHex,
    };
    expect(await computeFingerprint(stored)).toBe(workedExampleHex);
  });

  it('changes with any change to what was approved', async () => {
    const changes: Record<string, (input: ApprovalSnapshot) => void> = {
      'a goal target': ({ content }) => {
        if (content.goals[0]) content.goals[0].target = 14;
      },
      'a goal statement by one character': ({ content }) => {
        if (content.goals[0]) content.goals[0].statement = 'Keep water loss at or below 15 %';
      },
      "a name's accent": ({ content }) => {
        if (content.utility.board[0]) content.utility.board[0].name = 'Rosa Martinez';
      },
      'the revision': ({ content }) => {
        content.revision = 2;
      },
      'the mission': ({ content }) => {
        content.scope.mission = 'Safe water at a fair price!';
      },
      'the mission in Spanish alone': ({ content }) => {
        content.scope.missionSpanish = 'Agua segura a un precio justo.';
      },
      "a goal's Spanish statement alone": ({ content }) => {
        if (content.goals[0]) content.goals[0].spanish.statement = 'Pérdida de agua de 15% o menos';
      },
      "a goal's Spanish measure alone": ({ content }) => {
        if (content.goals[0]) content.goals[0].spanish.measure = 'Agua perdida';
      },
      "a goal's Spanish unit alone": ({ content }) => {
        if (content.goals[0]) content.goals[0].spanish.unit = '% del agua bombeada';
      },
      'a floor the board set': ({ content }) => {
        content.reviewSettings.floors['minimum-pressure'] = 25;
      },
      'a vote': (input) => {
        input.meeting.votes[2] = { memberId: 'm3', vote: 'nay' };
        input.outcome = voteOutcome(input.meeting, input.content.utility.board);
      },
      'the meeting date': ({ meeting }) => {
        meeting.date = '2026-03-13';
      },
      'the resolution number': ({ meeting }) => {
        meeting.resolutionNumber = '2026-4';
      },
      'the outcome alone': ({ outcome }) => {
        outcome.summary = 'Carried 3–0.';
      },
    };
    const fingerprints = new Map<string, string>();
    for (const [name, change] of Object.entries(changes)) {
      fingerprints.set(name, await fingerprintAfter(change));
    }
    for (const [name, fingerprint] of fingerprints) {
      expect(fingerprint, name).not.toBe(workedExampleHex);
      expect(fingerprint, name).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(new Set(fingerprints.values()).size).toBe(fingerprints.size);
  });
});
