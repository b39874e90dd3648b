import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankGoalFields } from '../../../src/shared/domain/goal';
import { tempFolders } from '../../support/temp-folders';
import {
  folderState,
  importComplaints,
  nameUtility,
  openLibrary,
  savedBackup,
} from './library-sample';

const folders = tempFolders();
const shipped = join(import.meta.dirname, '../../../resources/example/los-builder.json');
const realFiles = ['los-builder.json', 'complaint-log.json', 'lineage.json'];

async function filesOf(folder: string, names: readonly string[]): Promise<string[]> {
  return Promise.all(names.map((name) => readFile(join(folder, name), 'utf8')));
}

describe('the example utility', () => {
  it('opens as a copy of its own; editing it never touches another utility', async () => {
    const root = await folders.folder('example-apart');
    const { handlers } = await openLibrary(folders, root);
    await nameUtility(handlers, 'Piñon Mesa Water & Sewer');
    await handlers['goals:add']({
      fields: { ...blankGoalFields('internal'), statement: 'Meet every standard' },
    });
    await importComplaints(handlers);
    expect((await handlers['app:status'](undefined)).utility.example).toBe(false);
    const realBefore = await filesOf(root, realFiles);

    const { key } = await handlers['library:openExample'](undefined);
    expect(key).not.toBe('first');
    expect((await handlers['app:status'](undefined)).utility).toMatchObject({ key, example: true });
    const copied = await readFile(join(root, 'utilities', key, 'los-builder.json'), 'utf8');
    expect(JSON.parse(copied)).toEqual(JSON.parse(await readFile(shipped, 'utf8')));

    // Every kind of change the example invites: step 1, a goal, the log, the meeting's vote.
    await nameUtility(handlers, 'Example: renamed while practising');
    const [goal] = await handlers['goals:list'](undefined);
    const { id, rev, ...fields } = goal!;
    await handlers['goals:update']({ id, rev, fields: { ...fields, target: 9 } });
    await importComplaints(handlers);
    const approval = await handlers['approval:get'](undefined);
    const votes = ['b1', 'b2', 'b3', 'b4', 'b5'].map((memberId) => ({
      memberId,
      vote: 'aye' as const,
    }));
    await handlers['approval:saveMeeting']({
      rev: approval.meeting.rev,
      value: {
        ...approval.meeting.value,
        votes,
        movedBy: 'b1',
        secondedBy: 'b2',
        resolutionNumber: '2026-9',
      },
    });
    await handlers['approval:approve']({ meetingAfterTodayConfirmed: true });

    await handlers['library:open']({ key: 'first' });
    expect(await filesOf(root, realFiles)).toEqual(realBefore);
    expect((await handlers['utility:get'](undefined)).value.name).toBe('Piñon Mesa Water & Sewer');
    const view = await handlers['library:list'](undefined);
    expect(view.utilities.map(({ key: k, example }) => ({ key: k, example }))).toEqual(
      expect.arrayContaining([
        { key: 'first', example: false },
        { key, example: true },
      ]),
    );
  });

  it('opens the copy already kept, and afresh once that copy is removed', async () => {
    const root = await folders.folder('example-again');
    const { handlers } = await openLibrary(folders, root);
    await nameUtility(handlers, 'Real Water Co-op');
    const { key } = await handlers['library:openExample'](undefined);
    await nameUtility(handlers, 'Example: my practice');
    await handlers['library:open']({ key: 'first' });

    expect(await handlers['library:openExample'](undefined)).toEqual({ key });
    expect((await handlers['utility:get'](undefined)).value.name).toBe('Example: my practice');

    await handlers['library:open']({ key: 'first' });
    const before = await folderState(root).then((state) => state['los-builder.json']);
    await handlers['library:remove']({ key });
    const fresh = await handlers['library:openExample'](undefined);
    expect(fresh.key).not.toBe(key);
    expect((await handlers['utility:get'](undefined)).value.name).toBe(
      'Example: Cedar Creek Water',
    );
    expect((await folderState(root))['los-builder.json']).toBe(before);
  });

  it('keeps its mark through a backup restored as a copy', async () => {
    const root = await folders.folder('example-backup');
    const { handlers } = await openLibrary(folders, root);
    await handlers['library:openExample'](undefined);
    const backup = await savedBackup(handlers);
    const preview = await handlers['backup:preview'](backup);
    const { key } = await handlers['backup:restore']({ previewId: preview!.previewId, as: 'copy' });
    expect((await handlers['app:status'](undefined)).utility).toMatchObject({ key, example: true });
  });
});
