import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { UtilityHandlers } from '../../../src/main/handlers';
import { fingerprintQrText } from '../../../src/shared/pdf/fingerprint-text';
import { alteredPdf } from '../../support/altered-pdf';
import { prepareApprovable } from '../../support/approval-sample';
import { cedarFlatsUtility } from '../../unit/schemas/examples';
import { handlerFolder } from '../services/handler-folder';
import { pdfText, tool } from './poppler';

// The approved agreement PDF proves itself: the record it carries hashes to the fingerprint
// printed on it, standard tools can show that, and "Check a PDF file" (in the app and on the
// command line) tells a good copy from an altered one.

let dir = '';
let handlers: UtilityHandlers;
let fingerprint = '';
const files = { approved: '', draft: '', altered: '', notPdf: '' };

async function saved(name: string, result: unknown): Promise<string> {
  const { base64 } = result as { base64: string };
  const path = join(dir, name);
  await writeFile(path, Buffer.from(base64, 'base64'));
  return path;
}

// The folder is made afresh for each test: handlerFolder removes it after each one.
beforeEach(async () => {
  const folder = await handlerFolder('self-verifying');
  ({ dir, handlers } = folder);
  await prepareApprovable(handlers);
  fingerprint = (await handlers['approval:approve'](undefined)).versions[0]!.fingerprint;
  files.approved = await saved(
    'approved.pdf',
    await handlers['export:agreementPdf']({ revision: 1, language: 'en' }),
  );
  await handlers['approval:newRevision'](undefined);
  files.draft = await saved(
    'draft.pdf',
    await handlers['export:agreementPdf']({ revision: null, language: 'en' }),
  );
  files.altered = join(dir, 'altered.pdf');
  alteredPdf(files.approved, files.altered, '"target":15', '"target":12');
  files.notPdf = join(dir, 'notes.pdf');
  await writeFile(files.notPdf, 'Minutes of the March meeting\n');
}, 30_000);

describe('the approved agreement PDF', () => {
  it('carries its record: pdfdetach and sha256sum give the fingerprint printed on it', async () => {
    expect(tool('pdfdetach', ['-list', files.approved]).output).toContain(
      'agreement-revision-1.json',
    );
    const out = join(dir, 'record.json');
    expect(tool('pdfdetach', ['-save', '1', '-o', out, files.approved]).status).toBe(0);
    const digest = createHash('sha256')
      .update(await readFile(out))
      .digest('hex');
    expect(digest).toBe(fingerprint);
    const printed = pdfText(files.approved).replace(/\s+/g, ' ');
    const grouped = (fingerprint.toUpperCase().match(/.{4}/g) ?? []).join(' ');
    expect(printed).toContain(grouped.slice(0, 39));
    expect(printed).toContain(grouped.slice(40));
  });

  it('has a QR code that reads as the documented plain text', () => {
    const zbar = spawnSync('zbarimg', ['--version']);
    if (zbar.error) {
      console.log('QR check skipped: zbarimg (Debian zbar-tools) is not installed here.');
      return;
    }
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [files.approved]).output)?.[1]);
    const png = join(dir, 'signature');
    tool('pdftoppm', [
      '-png',
      '-r',
      '150',
      '-f',
      String(pages),
      '-l',
      String(pages),
      files.approved,
      png,
    ]);
    const image = spawnSync('sh', ['-c', `ls ${png}*.png`], { encoding: 'utf8' }).stdout.trim();
    const read = spawnSync('zbarimg', ['-q', '--raw', image], { encoding: 'utf8' });
    const utility = cedarFlatsUtility();
    expect(read.stdout.trim()).toBe(
      fingerprintQrText({
        utilityName: utility.name,
        systemId: utility.systemId,
        revision: 1,
        meetingDate: '2027-03-09',
        fingerprint,
      }),
    );
  });
});

describe('Check a PDF file', () => {
  const check = async (path: string) =>
    handlers['approval:checkPdf']({ pdfBase64: (await readFile(path)).toString('base64') });

  it('says a good copy matches revision 1 on this computer', async () => {
    expect(await check(files.approved)).toMatchObject({
      verdict: 'matches',
      revision: 1,
      fingerprint,
      message: expect.stringContaining(
        'This PDF matches revision 1, approved at the board meeting of March 9, 2027',
      ) as unknown,
    });
  });

  it('says an altered copy, a draft and a file that is not a PDF are not approved copies', async () => {
    expect(await check(files.altered)).toMatchObject({
      verdict: 'altered',
      message: expect.stringContaining('This PDF was changed after it was made') as unknown,
    });
    expect(await check(files.draft)).toMatchObject({
      verdict: 'altered',
      message: expect.stringContaining('carries no record of an approved agreement') as unknown,
    });
    expect(await check(files.notPdf)).toMatchObject({ verdict: 'unreadable' });
  });

  it('says a good copy from elsewhere is consistent but unknown here', async () => {
    const elsewhere = await handlerFolder('self-verifying-elsewhere');
    const pdfBase64 = (await readFile(files.approved)).toString('base64');
    expect(await elsewhere.handlers['approval:checkPdf']({ pdfBase64 })).toMatchObject({
      verdict: 'unknown-here',
      message: expect.stringContaining('It says it is revision 1 of Cedar Flats') as unknown,
    });
  });
});

describe('npm run verify-pdf', () => {
  const verify = (path: string) =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/main/verify-pdf.ts', path, '--data-dir', dir],
      {
        encoding: 'utf8',
        env: { ...process.env, LOS_DATA_DIR: '' },
      },
    );

  it('gives each answer in a plain line and its own exit code', () => {
    const cases: Array<[string, number, RegExp]> = [
      [files.approved, 0, /^This PDF matches revision 1/],
      [files.altered, 4, /^This PDF was changed after it was made/],
      [files.draft, 4, /carries no record of an approved agreement/],
      [files.notPdf, 5, /^This file is not a PDF/],
    ];
    for (const [path, code, answer] of cases) {
      const run = verify(path);
      expect(run.stdout, path).toMatch(answer);
      expect(run.status, path).toBe(code);
    }
    const missing = verify(join(dir, 'no-such.pdf'));
    expect(missing.status).toBe(1);
  });
});
