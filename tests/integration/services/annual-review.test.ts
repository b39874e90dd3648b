import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../src/shared/api/export-result';
import type { ActualEntry } from '../../../src/shared/api/tracking-contract';
import { computeFingerprint } from '../../../src/shared/domain/approval-rules/compute-fingerprint';
import type { StoredApproval } from '../../../src/shared/domain/approved/stored-approval';
import type { PromisedHandlers } from '../../support/promised-handlers';
import { approvableGoals, boardMeeting, prepareApprovable } from '../../support/approval-sample';
import { oneLine, pdfText } from '../pdf/poppler';
import { approvedV8Folder, handlerFolder } from './handler-folder';
import { sayIn } from '../../../src/shared/i18n/say-in';

interface Envelope {
  data: { approvals: StoredApproval[]; tracking: { reviews: unknown[] } };
}

const onDisk = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'los-builder.json'), 'utf8')) as Envelope;

let printed = 0;
/** A PDF's text as pdftotext reads the downloaded file, on one line. */
async function printedText(dir: string, result: ExportResult): Promise<string> {
  if (result.status !== 'download') throw new Error(`Expected a download, got ${result.status}.`);
  printed += 1;
  const path = join(dir, `printed-${printed}.pdf`);
  await writeFile(path, Buffer.from(result.base64, 'base64'));
  return oneLine(pdfText(path));
}

const entry = (goalId: string, period: string, value: number): ActualEntry => ({
  goalId,
  period,
  value,
  source: 'Operator log',
  note: '',
});

const lossReason = 'Old mains on Elm Street leak until they are replaced in 2029.';
const pressureReason = 'The state now measures pressure and reports it to customers.';

/**
 * Revision 5 of the fixture (approved November 18, 2027; today February 3, 2028), three monthly
 * goals: 1 water loss at most 15%, 2 main breaks at most 9, 3 pressure at least 25 psi.
 */
async function reviewedFolder(label: string) {
  const folder = await approvedV8Folder(label);
  await folder.handlers['tracking:saveActuals']({
    entries: [
      // Breaks: 4, 5, 8 against at most 9: each 8.1 or less, so room to spare.
      entry('g-breaks', '2027-11', 4),
      entry('g-breaks', '2027-12', 5),
      entry('g-breaks', '2028-01', 8),
      // Loss: 16 % misses at most 15%; 10 and 12 meet it.
      entry('g-loss', '2027-11', 16),
      entry('g-loss', '2027-12', 10),
      entry('g-loss', '2028-01', 12),
    ],
  });
  return folder;
}

async function decideAll(handlers: PromisedHandlers) {
  await handlers['annual:saveDecision']({
    goalId: 'g-breaks',
    choice: 'raise',
    newTarget: 7,
    reason: 'Met easily all year.',
  });
  await handlers['annual:saveDecision']({
    goalId: 'g-loss',
    choice: 'lower',
    newTarget: 18,
    reason: lossReason,
  });
  return handlers['annual:saveDecision']({
    goalId: 'g-pressure',
    choice: 'drop',
    newTarget: null,
    reason: pressureReason,
  });
}

describe('the annual review', () => {
  it('answers each goal with its results and a suggestion from them', async () => {
    const { handlers } = await reviewedFolder('annual-get');
    const view = await handlers['annual:get'](undefined);
    expect(view).toMatchObject({ revision: 5, approvedOn: '2027-11-18', drafting: null, plan: [] });
    expect(
      view.goals.map(({ number, id, results, suggestion, decision }) => ({
        number,
        id,
        summary: sayIn(results.summary, 'en'),
        suggestion: sayIn(suggestion.text, 'en'),
        decision,
      })),
    ).toEqual([
      {
        number: 1,
        id: 'g-loss',
        summary: '3 results: 2 met, 1 missed',
        suggestion: 'Missed 1 of 3 results: budget for it, or lower it with a reason.',
        decision: null,
      },
      {
        number: 2,
        id: 'g-breaks',
        summary: '3 results: 3 met, 0 missed',
        suggestion: 'Met every period with room to spare: consider raising it.',
        decision: null,
      },
      {
        number: 3,
        id: 'g-pressure',
        summary: 'No results yet; 3 periods not measured',
        suggestion: 'No results: measure it before deciding.',
        decision: null,
      },
    ]);
  });

  it('saves decisions on the frozen agreement without changing any approval', async () => {
    const { dir, handlers, reopen } = await reviewedFolder('annual-frozen');
    const before = await onDisk(dir);
    const approvalBefore = await handlers['approval:get'](undefined);
    const view = await decideAll(handlers);
    expect(view.goals.map((goal) => goal.decision?.choice)).toEqual(['lower', 'raise', 'drop']);
    expect(view.plan.map((item) => sayIn(item.text, 'en'))).toEqual([
      'Goal 1, “We lose little of the water we produce.”: target lowered from at most 15% to at most 18%.',
      'Goal 2, “Our water mains seldom break or leak.”: target raised from at most 9 breaks per 100 miles to at most 7 breaks per 100 miles.',
      'Goal 3, “Every customer has enough water pressure.”: dropped from the new revision.',
    ]);

    // Deciding again replaces the decision, keeping its id.
    const firstId = view.goals[1]?.decision?.id;
    const again = await handlers['annual:saveDecision']({
      goalId: 'g-breaks',
      choice: 'raise',
      newTarget: 7,
      reason: 'Met easily all year.',
    });
    expect(again.goals[1]?.decision?.id).toBe(firstId);

    const after = await onDisk(dir);
    expect(after.data.tracking.reviews).toHaveLength(3);
    expect(JSON.stringify(after.data.approvals)).toBe(JSON.stringify(before.data.approvals));
    for (const approval of after.data.approvals) {
      expect(await computeFingerprint(approval)).toBe(approval.fingerprint);
    }
    const approvalAfter = await handlers['approval:get'](undefined);
    expect(approvalAfter.versions).toEqual(approvalBefore.versions);
    expect(approvalAfter.problems).toEqual([]);
    expect(approvalAfter.agreement).toEqual({ revision: 5, status: 'approved' });
    const reread = await (await reopen())['annual:get'](undefined);
    expect(reread.goals.map((goal) => goal.decision)).toEqual(again.goals.map((g) => g.decision));
  });

  it('refuses a decision that goes the wrong way or lacks its reason, naming the field', async () => {
    const { dir, handlers } = await reviewedFolder('annual-refuse');
    await expect(
      handlers['annual:saveDecision']({
        goalId: 'g-breaks',
        choice: 'raise',
        newTarget: 10,
        reason: '',
      }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      fields: {
        newTarget:
          'New target: raising an “at most” goal means a number lower than 9. Enter one, or choose lower.',
      },
    });
    await expect(
      handlers['annual:saveDecision']({
        goalId: 'g-pressure',
        choice: 'drop',
        newTarget: null,
        reason: '   ',
      }),
    ).rejects.toMatchObject({
      fields: {
        reason:
          'Reason: say why the board is dropping this goal; the board reads it in the draft of the next revision.',
      },
    });
    await expect(
      handlers['annual:saveDecision']({
        goalId: 'g-nowhere',
        choice: 'keep',
        newTarget: null,
        reason: '',
      }),
    ).rejects.toMatchObject({
      fields: {
        goalId: 'That goal is not in revision 5, the agreement in force. Reload to see its goals.',
      },
    });
    expect((await onDisk(dir)).data.tracking.reviews).toEqual([]);
  });

  it('warns before the draft prints a reason the fonts cannot draw', async () => {
    const { handlers } = await reviewedFolder('annual-unprintable');
    await decideAll(handlers);
    await handlers['annual:saveDecision']({
      goalId: 'g-breaks',
      choice: 'raise',
      newTarget: 7,
      reason: 'Met easily 🚰 all year.',
    });
    await handlers['annual:startRevision'](undefined);
    const { unprintable } = await handlers['export:check']({
      revision: null,
      document: 'agreement',
      language: 'en',
    });
    expect(unprintable.map(({ field, characters }) => [field, characters])).toEqual([
      ['What changed, goal 2', '🚰'],
    ]);
  });

  it('starts revision 6 from the decisions, and says what changed and why', async () => {
    const { dir, handlers } = await reviewedFolder('annual-start');
    await decideAll(handlers);
    const started = await handlers['annual:startRevision'](undefined);
    expect(started.agreement).toEqual({ revision: 6, status: 'draft' });
    expect(started.applied.map((item) => item.choice)).toEqual(['lower', 'raise', 'drop']);
    const goals = await handlers['goals:list'](undefined);
    expect(goals.map((goal) => [goal.id, goal.target])).toEqual([
      ['g-breaks', 7],
      ['g-loss', 18],
    ]);
    // A second start is refused: revision 6 is already the draft.
    await expect(handlers['annual:startRevision'](undefined)).rejects.toMatchObject({
      code: 'conflict',
    });

    const changes = (await handlers['review:get'](undefined)).changes?.en;
    expect(changes?.since).toBe(5);
    expect(
      changes?.goals.map(({ change, number, details }) => ({ change, number, details })),
    ).toEqual([
      {
        change: 'changed',
        number: 1,
        details: [
          'Target: was “at most 15%”; now “at most 18%”.',
          `Reason given at the annual review: ${lossReason}`,
        ],
      },
      {
        change: 'changed',
        number: 2,
        details: [
          'Target: was “at most 9 breaks per 100 miles”; now “at most 7 breaks per 100 miles”.',
          'Reason given at the annual review: Met easily all year.',
        ],
      },
      {
        change: 'dropped',
        number: 3,
        details: [`Reason given at the annual review: ${pressureReason}`],
      },
    ]);

    const draft = await printedText(
      dir,
      await handlers['export:agreementPdf']({ revision: null, language: 'en' }),
    );
    const section = draft.slice(
      draft.indexOf('What changed since revision 5, the agreement in force'),
      draft.indexOf('1. '),
    );
    expect(section).toContain('Target: was “at most 15%”; now “at most 18%”.');
    expect(section).toContain(`Reason given at the annual review: ${lossReason}`);
    expect(section).toContain(
      'Dropped: goal 3 of revision 5 — Every customer has enough water pressure.',
    );
    expect(section).toContain(`Reason given at the annual review: ${pressureReason}`);
  });

  it('prints the changes, without the unfingerprinted reasons, in the approved revision 6, and older ones as before', async () => {
    const { dir, handlers } = await reviewedFolder('annual-approved');
    const revision4Before = await printedText(
      dir,
      await handlers['export:agreementPdf']({ revision: 4, language: 'en' }),
    );
    const revision5Before = await printedText(
      dir,
      await handlers['export:agreementPdf']({ revision: 5, language: 'en' }),
    );
    await decideAll(handlers);
    // Decisions about revision 5 change nothing printed in it while it is in force.
    expect(
      await printedText(
        dir,
        await handlers['export:agreementPdf']({ revision: 5, language: 'en' }),
      ),
    ).toBe(revision5Before);
    await handlers['annual:startRevision'](undefined);
    const { meeting } = await handlers['approval:get'](undefined);
    await handlers['approval:saveMeeting']({
      rev: meeting.rev,
      value: boardMeeting({ date: '2028-02-01', resolutionNumber: '2028-1' }),
    });
    const approved = await handlers['approval:approve'](undefined);
    expect(approved.versions.map((version) => version.revision)).toEqual([1, 2, 3, 4, 5, 6]);

    const revision6 = await printedText(
      dir,
      await handlers['export:agreementPdf']({ revision: 6, language: 'en' }),
    );
    const at = revision6.indexOf('What changed since revision 5 ');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(revision6.indexOf('1. '));
    expect(revision6).toContain('What the board changed at the annual review of revision 5.');
    // The reasons sit outside every fingerprint: the signed agreement prints none of them.
    expect(revision6).not.toContain('Reason given at the annual review');
    expect(revision6).not.toContain('the agreement in force');

    // Revision 4 was approved before any annual review: it prints exactly as it did.
    expect(
      await printedText(
        dir,
        await handlers['export:agreementPdf']({ revision: 4, language: 'en' }),
      ),
    ).toBe(revision4Before);
    // Once approved, revision 6 is in force: revision 5's decisions can no longer change.
    await expect(
      handlers['annual:saveDecision']({
        goalId: 'g-pressure',
        choice: 'keep',
        newTarget: null,
        reason: '',
      }),
    ).rejects.toMatchObject({
      fields: {
        goalId: 'That goal is not in revision 6, the agreement in force. Reload to see its goals.',
      },
    });
  });

  it('counts every result the outage log gives a restoration goal, not only the newest', async () => {
    const { store, handlers } = await handlerFolder(
      'annual-logs',
      undefined,
      () => new Date('2027-06-15T12:00:00'),
    );
    await prepareApprovable(handlers);
    const [, external] = approvableGoals();
    if (!external) throw new Error('The sample has an external goal.');
    const statement = 'Water is back on the same day after an unplanned outage.';
    await handlers['goals:add']({
      fields: {
        ...external,
        templateId: 'CS4',
        frequency: 'each-event',
        statement,
        measure: 'Time to restore water after an unplanned outage',
        unit: 'hours',
        target: 8,
      },
    });
    await handlers['approval:approve'](undefined);
    const outage = { endTime: null, planned: false, noticeHours: null, customersAffected: 40 };
    await store.repository.update((draft) => {
      draft.tracking.outages.push(
        // 3.5 hours, within the 8-hour target; then 10 hours, over it.
        {
          ...outage,
          id: 'night',
          startDate: '2027-04-02',
          startTime: '22:30',
          endDate: '2027-04-03',
          endTime: '02:00',
          note: '',
          recordedAt: '2027-06-01T10:00:00.000Z',
        },
        {
          ...outage,
          id: 'long',
          startDate: '2027-05-10',
          startTime: '08:00',
          endDate: '2027-05-10',
          endTime: '18:00',
          note: '',
          recordedAt: '2027-06-01T10:00:00.000Z',
        },
      );
    });
    const view = await handlers['annual:get'](undefined);
    const restore = view.goals.find((goal) => goal.statement === statement);
    expect(restore && sayIn(restore.results.summary, 'en')).toBe('2 results: 1 met, 1 missed');
    expect(restore && sayIn(restore.suggestion.text, 'en')).toBe(
      'Missed 1 of 2 results: budget for it, or lower it with a reason.',
    );
  });
});
