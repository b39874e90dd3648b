import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Said } from '../../../src/shared/i18n/said';
import { sayIn } from '../../../src/shared/i18n/say-in';
import { describe, expect, it } from 'vitest';
import type { UtilityHandlers } from '../../../src/main/handlers';
import { prepareApprovable } from '../../support/approval-sample';
import { handlerFolder } from './handler-folder';

// A data file changed behind the app's back, as someone with a text editor would, between two
// runs of the app: every change is noticed, named, never printed as approved, and nothing crashes.

interface Envelope {
  data: {
    agreement: { revision: number; status: string };
    approvals: Array<Record<string, unknown> & { content: Content; meeting: Meeting }>;
    goals: Array<{ id: string }>;
    meeting: { value: { votes: Array<{ memberId: string; vote: string }> } };
  };
}
interface Content {
  goals: Array<{ target: number; spanish: { statement: string } }>;
  scope: { missionSpanish: string };
  utility: { board: Array<{ name: string }> };
}
interface Meeting {
  votes: Array<{ vote: string }>;
}

const named = 'Revision 1, approved at the board meeting of March 9, 2027,';

/** An approved agreement, closed; `edit` changes its file; the app opens it again. */
async function tampered(label: string, edit: (file: Envelope) => void) {
  const folder = await handlerFolder(label);
  await prepareApprovable(folder.handlers);
  const approved = await folder.handlers['approval:approve'](undefined);
  const printed = await folder.handlers['export:agreementPdf']({ revision: 1, language: 'en' });
  const pdfBase64 = printed.status === 'download' ? printed.base64 : '';
  const path = join(folder.dir, 'los-builder.json');
  await folder.store.close();
  const file = JSON.parse(await readFile(path, 'utf8')) as Envelope;
  edit(file);
  await writeFile(path, JSON.stringify(file));
  const handlers = await folder.reopen();
  return { handlers, original: approved.versions[0]!, pdfBase64 };
}

/** A sentence of the records check in English, as the tests compare it; '' when there is none. */
const english = (problem: Said | null | undefined) => (problem ? sayIn(problem, 'en') : '');

async function redNotices(handlers: UtilityHandlers): Promise<string[]> {
  const { notices } = await handlers['app:status'](undefined);
  return notices.filter((notice) => notice.level === 'error').map((notice) => notice.message);
}

describe('an approved revision changed on disk after approval', () => {
  const changes: Array<[string, (file: Envelope) => void]> = [
    ["a goal's target", (file) => (file.data.approvals[0]!.content.goals[0]!.target = 99)],
    ["a member's vote", (file) => (file.data.approvals[0]!.meeting.votes[3]!.vote = 'aye')],
    [
      "a member's name",
      (file) => (file.data.approvals[0]!.content.utility.board[0]!.name = 'Someone Else'),
    ],
    // What a Spanish paper prints is approved content too (issue 17).
    [
      "a goal's Spanish wording",
      (file) =>
        (file.data.approvals[0]!.content.goals[0]!.spanish.statement = 'Otra promesa distinta'),
    ],
    [
      'the mission in Spanish',
      (file) => (file.data.approvals[0]!.content.scope.missionSpanish = 'Otra misión'),
    ],
  ];

  it.each(changes)(
    '%s: named in red, refused for printing, and the paper check says so',
    async (label, edit) => {
      const { handlers, original, pdfBase64 } = await tampered(`tamper-${label.length}`, edit);
      const notices = await redNotices(handlers);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain(
        `${named} was changed on this computer after the board approved it`,
      );
      expect(notices[0]).toContain(
        'Restore a backup from before the change, or rely on the signed paper copy.',
      );

      for (const print of [
        () => handlers['export:agreementPdf']({ revision: 1, language: 'en' }),
        () => handlers['export:agreementPdf']({ revision: null, language: 'en' }),
        () => handlers['export:customerSummaryPdf']({ revision: 1, language: 'en' }),
        () => handlers['export:check']({ revision: 1, document: 'agreement', language: 'en' }),
      ]) {
        await expect(print()).rejects.toMatchObject({ code: 'conflict', message: notices[0] });
      }
      const view = await handlers['approval:get'](undefined);
      expect(view.versions[0]?.revision).toBe(1);
      expect(english(view.versions[0]?.problem)).toBe(notices[0]);
      const check = await handlers['approval:checkCopy']({
        fingerprint: original.shortFingerprint,
      });
      expect(check.match?.revision).toBe(1);
      expect(english(check.match?.problem)).toBe(notices[0]);
      // The PDF printed before the change is still good; the record here is what changed.
      expect(await handlers['approval:checkPdf']({ pdfBase64 })).toMatchObject({
        verdict: 'changed-here',
        revision: 1,
        message: expect.stringContaining(
          'but the record of revision 1 on this computer was changed after approval',
        ) as unknown,
      });
    },
  );
});

describe('the records around the approvals changed on disk', () => {
  it('a status flipped back to draft keeps the revision frozen and prints no draft of it', async () => {
    const { handlers } = await tampered('tamper-status', (file) => {
      file.data.agreement.status = 'draft';
    });
    const [notice] = await redNotices(handlers);
    expect(notice).toContain(`The data file marks ${named} as a draft`);
    const view = await handlers['approval:get'](undefined);
    expect(view.agreement).toEqual({ revision: 1, status: 'approved' });
    const [goal] = await handlers['goals:list'](undefined);
    await expect(
      handlers['goals:update']({ id: goal!.id, rev: goal!.rev, fields: { ...goal!, target: 1 } }),
    ).rejects.toMatchObject({ code: 'frozen' });
    await expect(
      handlers['export:agreementPdf']({ revision: null, language: 'en' }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(handlers['approval:approve'](undefined)).rejects.toMatchObject({
      code: 'frozen',
    });
  });

  it('an emptied list of approvals leaves the revision locked and unprintable', async () => {
    const { handlers } = await tampered('tamper-emptied', (file) => {
      file.data.approvals = [];
    });
    const [notice] = await redNotices(handlers);
    expect(notice).toContain(
      'The data file says revision 1 was approved, but no approved revision 1 is kept',
    );
    expect((await handlers['approval:get'](undefined)).agreement.status).toBe('approved');
    await expect(
      handlers['export:agreementPdf']({ revision: null, language: 'en' }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(
      handlers['export:agreementPdf']({ revision: 1, language: 'en' }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('a duplicated revision number is named, neither copy prints, and no new revision 1 is made', async () => {
    const { handlers } = await tampered('tamper-duplicate', (file) => {
      file.data.approvals.push(structuredClone(file.data.approvals[0]!));
    });
    const [notice] = await redNotices(handlers);
    expect(notice).toContain('Revision 1 is recorded more than once');
    await expect(
      handlers['export:agreementPdf']({ revision: 1, language: 'en' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: notice,
    });
    const next = await handlers['approval:newRevision'](undefined);
    expect(next.agreement).toEqual({ revision: 2, status: 'draft' });
    expect(sayIn(next.blockers[0]!, 'en')).toContain(
      'The records on this computer were changed outside',
    );
  });

  it('goals sharing an id and votes by someone not on the board are reported', async () => {
    const { handlers } = await tampered('tamper-working', (file) => {
      file.data.agreement = { revision: 2, status: 'draft' };
      file.data.goals.push(structuredClone(file.data.goals[0]!));
      file.data.meeting.value.votes.push({ memberId: 'stranger', vote: 'aye' });
    });
    const notices = await redNotices(handlers);
    expect(notices).toEqual([
      expect.stringContaining(
        `Two goals share the id "${(await handlers['goals:list'](undefined))[0]!.id}"`,
      ),
      expect.stringContaining(
        'The recorded vote names someone who is not on the board (id "stranger")',
      ),
    ]);
  });
});
