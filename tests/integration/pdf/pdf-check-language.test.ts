import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UtilityHandlers } from '../../../src/main/handlers';
import { createDispatcher } from '../../../src/main/transport/dispatch';
import { startHttpServer, type RunningHttpServer } from '../../../src/main/transport/http';
import { alteredPdf } from '../../support/altered-pdf';
import { prepareApprovable } from '../../support/approval-sample';
import { callApi } from '../../support/serve-client';
import { handlerFolder } from '../services/handler-folder';

// "Check a PDF" answers in the language of the page that asks: a file that is not a PDF, the
// approved agreement (meeting of March 9, 2027) and a copy of it with a goal's target changed,
// asked over HTTP as the browser-mode page asks, with its `x-los-language`.

const token = 'e'.repeat(64);
let server: RunningHttpServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

interface Files {
  readonly notPdf: string;
  readonly approved: string;
  readonly altered: string;
}

/** An approved agreement served over HTTP, its PDF, an altered copy and a text file. */
async function approvedAgreement(label: string): Promise<{ files: Files; short: string }> {
  const folder = await handlerFolder(label);
  await prepareApprovable(folder.handlers);
  const { fingerprint } = (await folder.handlers['approval:approve'](undefined)).versions[0]!;
  const files = {
    notPdf: join(folder.dir, 'minutes.pdf'),
    approved: join(folder.dir, 'approved.pdf'),
    altered: join(folder.dir, 'altered.pdf'),
  };
  const pdf = await folder.handlers['export:agreementPdf']({ revision: 1, language: 'en' });
  await writeFile(files.approved, Buffer.from((pdf as { base64: string }).base64, 'base64'));
  alteredPdf(files.approved, files.altered, '"target":15', '"target":12');
  await writeFile(files.notPdf, 'Minutes of the March meeting\n');
  server = await startHttpServer({
    dispatch: createDispatcher(folder.handlers, { checkOutputs: true }),
    port: 0,
    token,
  });
  // The short fingerprint as the signature page prints it: its first 16 digits in fours.
  const short = (fingerprint.slice(0, 16).toUpperCase().match(/.{4}/g) ?? []).join('-');
  return { files, short };
}

async function check(path: string, language: 'en' | 'es') {
  const pdfBase64 = (await readFile(path)).toString('base64');
  const { result } = await callApi(
    server!.port,
    token,
    'approval:checkPdf',
    { pdfBase64 },
    {
      language,
    },
  );
  const answer = result as { ok: boolean; value: { verdict: string; message: string } };
  expect(answer.ok).toBe(true);
  return { verdict: answer.value.verdict, message: answer.value.message };
}

describe('Check a PDF, asked by a page', () => {
  it('answers an English page in the English it always gave', async () => {
    const { files, short } = await approvedAgreement('pdf-check-english');
    expect(await check(files.notPdf, 'en')).toEqual({
      verdict: 'unreadable',
      message: 'This file is not a PDF. Choose the agreement PDF that LOS Builder saved.',
    });
    expect(await check(files.approved, 'en')).toEqual({
      verdict: 'matches',
      message: `This PDF matches revision 1, approved at the board meeting of March 9, 2027, as kept on this computer. Its fingerprint is ${short}.`,
    });
    expect(await check(files.altered, 'en')).toEqual({
      verdict: 'altered',
      message: `This PDF was changed after it was made: the record inside it does not match the fingerprint printed on its signature page (${short}).`,
    });
  });

  it('answers a Spanish page in Spanish, the meeting’s date in Spanish words', async () => {
    const { files, short } = await approvedAgreement('pdf-check-spanish');
    expect(await check(files.notPdf, 'es')).toEqual({
      verdict: 'unreadable',
      message: 'Este archivo no es un PDF. Escoja el PDF del acuerdo que guardó LOS Builder.',
    });
    expect(await check(files.approved, 'es')).toEqual({
      verdict: 'matches',
      message: `Este PDF coincide con la revisión 1, aprobada en la reunión de la mesa directiva del 9 de marzo de 2027, tal como se guarda en esta computadora. Su huella digital es ${short}.`,
    });
    expect(await check(files.altered, 'es')).toEqual({
      verdict: 'altered',
      message: `Este PDF se cambió después de hacerse: la constancia que lleva dentro no coincide con la huella digital impresa en su página de firmas (${short}).`,
    });
  });

  it('says in Spanish what a copy from elsewhere claims to be, and why a cut file is unreadable', async () => {
    const { files } = await approvedAgreement('pdf-check-from');
    const elsewhere: UtilityHandlers = (await handlerFolder('pdf-check-elsewhere')).handlers;
    const bytes = await readFile(files.approved);
    const asked = (pdf: Buffer, language: 'en' | 'es') =>
      elsewhere['approval:checkPdf']({ pdfBase64: pdf.toString('base64') }, { language });
    expect((await asked(bytes, 'es'))?.message).toMatch(
      / Dice ser la revisión 1 del acuerdo de Cedar Flats [^.]*, aprobada el 9 de marzo de 2027\.$/,
    );
    expect((await asked(bytes, 'en'))?.message).toMatch(
      / It says it is revision 1 of Cedar Flats [^.]*'s agreement, adopted March 9, 2027\.$/,
    );
    const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
    expect(await asked(cut, 'es')).toMatchObject({
      verdict: 'unreadable',
      message:
        'No se pudo leer este PDF: el archivo termina antes del final del PDF; probablemente se cortó al copiarlo o descargarlo.',
    });
    expect((await asked(cut, 'en'))?.message).toBe(
      'This PDF could not be read: the file stops before the end of the PDF; it was probably cut short while being copied or downloaded.',
    );
  });
});
