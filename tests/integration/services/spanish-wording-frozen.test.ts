import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boardMeeting, prepareApprovable } from '../../support/approval-sample';
import { readIntact } from '../../support/read-intact';
import { handlerFolder } from './handler-folder';

const frozenMessage =
  'Revision 1 was approved by the board on March 9, 2027 and can no longer be changed. Start a new revision to make changes.';

// The Spanish wording is what Spanish papers print of the approved agreement, so it is approved
// content like the English: after the vote it is changed only in a new revision (issue 17), as
// tests/integration/transport/frozen.test.ts shows for every other edit.
describe('the Spanish wording of an approved revision', () => {
  it('cannot be changed, on a goal or on the mission, and the file is not written', async () => {
    const { dir, handlers, store } = await handlerFolder('spanish-frozen');
    await prepareApprovable(handlers);
    await handlers['approval:approve'](undefined);
    const path = join(dir, 'los-builder.json');
    const before = await readFile(path);

    const [goal] = await handlers['goals:list'](undefined);
    const { id, rev, ...fields } = goal!;
    const spanish = { ...fields.spanish, statement: 'Contestamos cada queja a tiempo' };
    await expect(
      handlers['goals:update']({ id, rev, fields: { ...fields, spanish } }),
    ).rejects.toMatchObject({ code: 'frozen', message: frozenMessage });
    const scope = await handlers['scope:get'](undefined);
    await expect(
      handlers['scope:save']({
        rev: scope.rev,
        value: { ...scope.value, missionSpanish: 'Agua segura a un precio justo.' },
      }),
    ).rejects.toMatchObject({ code: 'frozen', message: frozenMessage });

    expect(await readFile(path)).toEqual(before);
    const [approved] = store.repository.read().approvals;
    expect(readIntact(approved!).content.goals.map((g) => g.spanish.statement)).toEqual(
      readIntact(approved!).content.goals.map(() => ''),
    );
  });

  it('is written in the next revision and approved with it, changing only that revision’s fingerprint', async () => {
    const { handlers, store } = await handlerFolder('spanish-next-revision');
    await prepareApprovable(handlers);
    const first = await handlers['approval:approve'](undefined);
    await handlers['approval:newRevision'](undefined);
    const [goal] = await handlers['goals:list'](undefined);
    const { id, rev, ...fields } = goal!;
    const spanish = { ...fields.spanish, statement: 'Contestamos cada queja a tiempo' };
    await handlers['goals:update']({ id, rev, fields: { ...fields, spanish } });
    const { meeting } = await handlers['approval:get'](undefined);
    await handlers['approval:saveMeeting']({
      rev: meeting.rev,
      value: boardMeeting({ resolutionNumber: '2027-4' }),
    });
    const second = await handlers['approval:approve'](undefined);

    expect(second.versions[0]?.fingerprint).toBe(first.versions[0]?.fingerprint);
    expect(second.versions[1]?.fingerprint).not.toBe(first.versions[0]?.fingerprint);
    const [, stored] = store.repository.read().approvals;
    // Snapshot format 6 and every later one hold the Spanish wording.
    expect(stored?.snapshotFormat).toBeGreaterThanOrEqual(6);
    expect(readIntact(stored!).content.goals.find((g) => g.id === id)?.spanish.statement).toBe(
      'Contestamos cada queja a tiempo',
    );
  });
});
