import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/main/transport/dispatch';
import { startHttpServer, type RunningHttpServer } from '../../../src/main/transport/http';
import { createFakeHandlers } from '../../support/fake-handlers';
import { smallComplaintLog, smallLogMapping } from '../../support/customer-sample';
import { callApi } from '../../support/serve-client';

const token = 'b2'.repeat(32);
let server: RunningHttpServer;

beforeAll(async () => {
  // The default limits: 2 MB for every call, 48 MB for the two that carry a CSV file.
  server = await startHttpServer({
    dispatch: createDispatcher(createFakeHandlers(), { checkOutputs: true }),
    port: 0,
    token,
  });
});

afterAll(() => server.close());

/** A complaint log of about `megabytes` MB: the small log's rows repeated. */
function logOfSize(megabytes: number): string {
  const [header, ...rows] = smallComplaintLog.split('\n');
  const block = `${rows.join('\n')}\n`;
  return `${header}\n${block.repeat(Math.ceil((megabytes * 1024 * 1024) / block.length))}`;
}

describe('a PDF to check over HTTP', () => {
  it('carries a 5 MB file to approval:checkPdf (marked in the contract as carrying a file)', async () => {
    const pdfBase64 = Buffer.alloc(5 * 1024 * 1024, 7).toString('base64');
    const checked = await callApi(server.port, token, 'approval:checkPdf', { pdfBase64 });
    expect(checked.status).toBe(200);
    expect(checked.result).toMatchObject({ ok: true, value: { verdict: 'unreadable' } });
  });
});

describe('complaint log files over HTTP', () => {
  it('carries a 5 MB file to complaints:open, which other calls may not send', async () => {
    const csvText = logOfSize(5);
    const opened = await callApi(server.port, token, 'complaints:open', {
      fileName: 'log.csv',
      csvText,
    });
    expect(opened.status).toBe(200);
    expect(opened.result).toMatchObject({ ok: true, value: { preview: { problemCount: 0 } } });
    // Each column change after that names the file kept in main: an ordinary small call.
    const { fileId } = (opened.result as { value: { fileId: string } }).value;
    const preview = await callApi(server.port, token, 'complaints:preview', {
      fileId,
      mapping: { ...smallLogMapping, location: null },
    });
    expect(preview.result).toMatchObject({ ok: true, value: { problemCount: 0 } });

    const other = await callApi(server.port, token, 'wizard:setStep', {
      currentStep: 'scope',
      pad: csvText,
    });
    expect(other.status).toBe(413);
    expect(other.result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses a 30 MB file with the clear message, and a body past 48 MB unread', async () => {
    const input = { fileName: 'log.csv', csvText: logOfSize(30) };
    const message =
      'The file is larger than 20 MB, the most LOS Builder reads at once. Split it by year and import each part.';
    expect(await callApi(server.port, token, 'complaints:open', input)).toEqual({
      status: 200,
      result: {
        ok: false,
        error: { code: 'invalid-input', message, fields: { csvText: message } },
      },
    });

    const past = await callApi(server.port, token, 'complaints:open', {
      ...input,
      csvText: logOfSize(49),
    });
    expect(past).toEqual({
      status: 413,
      result: {
        ok: false,
        error: {
          code: 'invalid-input',
          message: 'This request is larger than 48 MB and was not read.',
        },
      },
    });
    expect((await callApi(server.port, token, 'complaints:rows')).result).toEqual({
      ok: true,
      value: [],
    });
  });
});
