import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutageEntry } from '../../../src/shared/domain/tracking/outage-entry';
import type { Outage } from '../../../src/shared/domain/tracking/outage-records';
import { approvedV8Folder, february3 } from './handler-folder';
import { AppError } from '../../../src/main/app-error';
import { english } from '../../support/english-said';

const dataFile = (dir: string) => readFile(join(dir, 'los-builder.json'), 'utf8');
const approvalsOf = (text: string) =>
  JSON.stringify((JSON.parse(text) as { data: { approvals: unknown } }).data.approvals);

const mainBreak: OutageEntry = {
  startDate: '2028-01-14',
  startTime: '06:40',
  endDate: '2028-01-14',
  endTime: '11:15',
  planned: false,
  noticeHours: null,
  customersAffected: 85,
  note: 'Main break on Elm St',
};
const valveWork: OutageEntry = {
  startDate: '2028-01-20',
  startTime: null,
  endDate: '2028-01-20',
  endTime: null,
  planned: true,
  noticeHours: 48,
  customersAffected: null,
  note: 'Valve replaced at Oak and 3rd',
};

const notes = (log: Outage[]) => log.map((outage) => outage.note);

/** As Excel saves "CSV UTF-8": a byte-order mark, CRLF, separate date and time columns. */
const excelLog = [
  '\uFEFFDate,Start time,Date restored,Time restored,Planned?,Notice (hours),Customers affected,Where and why',
  '1/14/2028,6:40 AM,1/14/2028,11:15 AM,No,,85,Main break on Elm St',
  '1/27/2028,9:00 AM,1/27/2028,3:30 PM,Planned,24,40,"Hydrant flushing, north end"',
  '2/1/2028,,,,U,,,Pressure loss',
  '',
].join('\r\n');

describe('the outage log', () => {
  it('adds, edits and deletes outages on an approved agreement, leaving the approvals byte for byte', async () => {
    const { dir, handlers, reopen } = await approvedV8Folder('outages-save');
    const before = approvalsOf(await dataFile(dir));

    await handlers['outages:save']({ id: null, outage: mainBreak });
    const log = await handlers['outages:save']({ id: null, outage: valveWork });
    expect(notes(log)).toEqual(['Valve replaced at Oak and 3rd', 'Main break on Elm St']);
    const [valve] = log;
    if (!valve) throw new Error('The valve work was saved.');
    expect(valve).toMatchObject({ ...valveWork, recordedAt: february3().toISOString() });

    const edited = await handlers['outages:save']({
      id: valve.id,
      outage: { ...valveWork, customersAffected: 30 },
    });
    expect(edited).toHaveLength(2);
    expect(edited[0]).toMatchObject({ id: valve.id, customersAffected: 30 });

    const { removed, outages } = await handlers['outages:delete']({ id: valve.id });
    expect(removed.note).toBe('Valve replaced at Oak and 3rd');
    expect(notes(outages)).toEqual(['Main break on Elm St']);

    expect(approvalsOf(await dataFile(dir))).toBe(before);
    const again = await reopen();
    expect(notes(await again['outages:list'](undefined))).toEqual(['Main break on Elm St']);
  });

  it('refuses an end before the start, naming both fields, and saves nothing', async () => {
    const { handlers } = await approvedV8Folder('outages-order');
    const refused = handlers['outages:save']({
      id: null,
      outage: { ...mainBreak, endTime: '05:00' },
    });
    await expect(refused).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'Nothing was saved. Date service came back is before the date it began: check both.',
      fields: { endDate: 'Date service came back is before the date it began: check both.' },
    });
    expect(await handlers['outages:list'](undefined)).toEqual([]);
  });

  it('tells a second window editing an outage deleted meanwhile that it is gone', async () => {
    const { handlers } = await approvedV8Folder('outages-stale');
    const [saved] = await handlers['outages:save']({ id: null, outage: mainBreak });
    if (!saved) throw new Error('The outage was saved.');
    await handlers['outages:delete']({ id: saved.id });
    const stale = handlers['outages:save']({
      id: saved.id,
      outage: { ...mainBreak, note: 'Edited in the other window' },
    });
    await expect(stale).rejects.toMatchObject({
      code: 'conflict',
      message:
        'That outage is no longer in the log: another window may have deleted it. Look at the log again, then add it anew if it is still needed.',
    });
    await expect(handlers['outages:delete']({ id: saved.id })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await handlers['outages:list'](undefined)).toEqual([]);
  });

  it('imports a spreadsheet export whole, and adds nothing when it is imported again', async () => {
    const { dir, handlers } = await approvedV8Folder('outages-import');
    const before = approvalsOf(await dataFile(dir));
    await handlers['outages:save']({ id: null, outage: mainBreak });

    const opened = await handlers['outages:openCsv']({
      fileName: 'outages.csv',
      csvText: excelLog,
    });
    const { preview } = opened;
    expect(preview).toMatchObject({
      mappingProblems: [],
      rowCount: 3,
      problemCount: 0,
      added: 2,
      alreadyRecorded: 1,
    });
    expect(preview.rows.map((row) => [row.row, english(row.when), row.action])).toEqual([
      [2, 'Friday, January 14, 2028, 6:40 AM to 11:15 AM', 'already'],
      [3, 'Thursday, January 27, 2028, 9:00 AM to 3:30 PM', 'add'],
      [4, 'Tuesday, February 1, 2028 (no end recorded)', 'add'],
    ]);

    const log = await handlers['outages:importCsv']({
      fileId: opened.fileId,
      mapping: preview.mapping,
    });
    expect(notes(log)).toEqual([
      'Pressure loss',
      'Hydrant flushing, north end',
      'Main break on Elm St',
    ]);
    expect(log[1]).toMatchObject({
      startTime: '09:00',
      endTime: '15:30',
      noticeHours: 24,
      customersAffected: 40,
      planned: true,
    });
    expect(log[0]).toMatchObject({
      startTime: null,
      endDate: '',
      noticeHours: null,
      customersAffected: null,
    });

    const reopened = await handlers['outages:openCsv']({
      fileName: 'outages.csv',
      csvText: excelLog,
    });
    expect(reopened.preview).toMatchObject({ added: 0, alreadyRecorded: 3 });
    expect(approvalsOf(await dataFile(dir))).toBe(before);
  });

  it('imports nothing when one row is wrong, naming it', async () => {
    const { handlers } = await approvedV8Folder('outages-import-refused');
    const text = `${excelLog}3/2/2028,2:00 PM,3/2/2028,1:00 PM,yes,,,Backwards\r\n`;
    const opened = await handlers['outages:openCsv']({ fileName: 'outages.csv', csvText: text });
    const refused = handlers['outages:importCsv']({
      fileId: opened.fileId,
      mapping: opened.preview.mapping,
    });
    await expect(refused).rejects.toMatchObject({
      code: 'invalid-input',
      message:
        "Nothing was imported: the file has a problem. Row 5, Date service came back: '3/2/2028 1:00 PM' is before the date it began, '3/2/2028 2:00 PM'; check both.",
    });
    expect(await handlers['outages:list'](undefined)).toEqual([]);
  });

  it('refuses a file with a quotation mark never closed, naming the file field', async () => {
    const { handlers } = await approvedV8Folder('outages-import-broken');
    const broken = handlers['outages:openCsv']({
      fileName: 'outages.csv',
      csvText: 'Date,Planned,Note\n3/4/2028,yes,"Elm St\n',
    });
    const refusal = await broken.then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: 'invalid-input' });
    expect((refusal as AppError).fieldsIn('en')).toEqual({
      csvText:
        'Row 2 opens a quotation mark (") that is never closed, so the rest of the file cannot be read. Fix that row and try again.',
    });
  });
});
