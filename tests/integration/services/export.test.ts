import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../src/shared/api/export-result';
import { prepareApprovable } from '../../support/approval-sample';
import { goalFields, handlerFolder } from './handler-folder';

/** The PDF handed over as a download, checked to be one. */
function downloaded(result: ExportResult): { fileName: string; bytes: Buffer } {
  if (result.status !== 'download') throw new Error(`Expected a download, got ${result.status}.`);
  const bytes = Buffer.from(result.base64, 'base64');
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return { fileName: result.fileName, bytes };
}

const utilityName = 'Cedar Flats Mutual Domestic Water Consumers Association';

describe('export:agreementPdf', () => {
  it('prints the draft, then the approved revision, as downloads named for them', async () => {
    const { handlers, reopen } = await handlerFolder('export-agreement');
    await prepareApprovable(handlers);

    const draft = downloaded(
      await handlers['export:agreementPdf']({ revision: null, language: 'en' }),
    );
    expect(draft.fileName).toBe(`LOS Agreement - ${utilityName} - revision 1 (draft).pdf`);

    await handlers['approval:approve'](undefined);
    await handlers['approval:newRevision'](undefined);
    // After a restart, the frozen snapshot of revision 1 still prints.
    const again = await reopen();
    const approved = downloaded(
      await again['export:agreementPdf']({ revision: 1, language: 'en' }),
    );
    expect(approved.fileName).toBe(`LOS Agreement - ${utilityName} - revision 1.pdf`);
    const nextDraft = downloaded(
      await again['export:agreementPdf']({ revision: null, language: 'en' }),
    );
    expect(nextDraft.fileName).toBe(`LOS Agreement - ${utilityName} - revision 2 (draft).pdf`);
  });

  it('prints an approved working copy as the approved version, not as a draft', async () => {
    const { handlers } = await handlerFolder('export-approved-working-copy');
    await prepareApprovable(handlers);
    await handlers['approval:approve'](undefined);
    const pdf = downloaded(
      await handlers['export:agreementPdf']({ revision: null, language: 'en' }),
    );
    expect(pdf.fileName).toBe(`LOS Agreement - ${utilityName} - revision 1.pdf`);
  });

  it('refuses a revision the board has not approved, in plain words', async () => {
    const { handlers } = await handlerFolder('export-unknown');
    await expect(
      handlers['export:agreementPdf']({ revision: 1, language: 'en' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message:
        'Revision 1 has not been approved yet. Print the draft instead, or approve it first.',
    });
    await expect(
      handlers['export:agreementPdf']({ revision: 7, language: 'en' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: 'There is no approved revision 7. Reload to see the versions the board approved.',
    });
  });

  it('names the file safely whatever the utility is called', async () => {
    const { handlers } = await handlerFolder('export-file-name');
    const utility = await handlers['utility:get'](undefined);
    await handlers['utility:save']({
      rev: utility.rev,
      value: { ...utility.value, name: 'Rio "Arriba" W/S: Co-op? <North>.' },
    });
    const pdf = downloaded(
      await handlers['export:agreementPdf']({ revision: null, language: 'en' }),
    );
    expect(pdf.fileName).toBe(
      'LOS Agreement - Rio Arriba W S Co-op North - revision 1 (draft).pdf',
    );
  });
});

describe('export:customerSummaryPdf', () => {
  it('prints an approved revision in English or Spanish, and refuses a draft', async () => {
    const { handlers } = await handlerFolder('export-summary');
    await prepareApprovable(handlers);
    await expect(
      handlers['export:customerSummaryPdf']({ revision: 1, language: 'en' }),
    ).rejects.toMatchObject({ code: 'conflict' });

    await handlers['approval:approve'](undefined);
    const english = downloaded(
      await handlers['export:customerSummaryPdf']({ revision: 1, language: 'en' }),
    );
    expect(english.fileName).toBe(
      `LOS Customer Summary - ${utilityName} - revision 1 (English).pdf`,
    );
    const spanish = downloaded(
      await handlers['export:customerSummaryPdf']({ revision: 1, language: 'es' }),
    );
    expect(spanish.fileName).toBe(
      `LOS Customer Summary - ${utilityName} - revision 1 (Spanish).pdf`,
    );
  });
});

describe('export:check', () => {
  it('names the field holding characters the PDF fonts cannot draw, and nothing when all print', async () => {
    const { handlers } = await handlerFolder('export-check');
    await prepareApprovable(handlers);
    expect(
      await handlers['export:check']({ revision: null, document: 'agreement', language: 'en' }),
    ).toEqual({
      unprintable: [],
      missingSpanish: [],
    });

    await handlers['goals:add']({ fields: goalFields('Keep the 水 tower full 🚰') });
    const { unprintable } = await handlers['export:check']({
      revision: null,
      document: 'agreement',
      language: 'en',
    });
    expect(unprintable).toHaveLength(1);
    expect(unprintable[0]?.characters).toContain('水');
  });

  it('checks only what the survey forms print: the utility name and the external goals', async () => {
    const { handlers } = await handlerFolder('export-check-survey');
    await prepareApprovable(handlers);
    await handlers['goals:add']({ fields: goalFields('Keep the 水 tower full', 'internal') });
    const survey = { revision: null, document: 'survey-forms', language: 'en' } as const;
    expect(await handlers['export:check'](survey)).toEqual({ unprintable: [], missingSpanish: [] });

    const added = await handlers['goals:add']({
      fields: goalFields('Water 水 at every tap', 'external', 'customer-service'),
    });
    const { unprintable } = await handlers['export:check'](survey);
    expect(unprintable).toHaveLength(1);
    expect(unprintable[0]?.characters).toBe('水');
    expect(unprintable[0]?.field).toMatch(/^Goal \d+, Goal$/);
    expect(added.kind).toBe('external');
  });

  it('refuses a revision the board has not approved', async () => {
    const { handlers } = await handlerFolder('export-check-unknown');
    await expect(
      handlers['export:check']({ revision: 3, document: 'agreement', language: 'en' }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});

describe('export:openSaved in browser mode', () => {
  it('answers that there is no saved file to open: the browser has the download', async () => {
    const { handlers } = await handlerFolder('export-open');
    expect(await handlers['export:openSaved'](undefined)).toEqual({ opened: false });
  });
});
