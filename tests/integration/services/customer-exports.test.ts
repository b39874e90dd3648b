import { readIntact } from '../../support/read-intact';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../src/shared/api/export-result';
import { prepareApprovable } from '../../support/approval-sample';
import { prepareCustomers } from '../../support/customer-sample';
import { oneLine, pdfText } from '../pdf/poppler';
import { handlerFolder } from './handler-folder';

const utilityName = 'Cedar Flats Mutual Domestic Water Consumers Association';
/** What customers told the board in private, and where complaints came from: never printed. */
const privateWords = ['Rosa Delgado', '14 Juniper Lane', '12 Elm St', '4 Oak Ave', '9 Pine Rd'];

/** The PDF handed over as a download, written to `dir` so poppler can read it. */
async function downloadedText(
  dir: string,
  result: ExportResult,
): Promise<{ fileName: string; text: string }> {
  if (result.status !== 'download') throw new Error(`Expected a download, got ${result.status}.`);
  const bytes = Buffer.from(result.base64, 'base64');
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const path = join(dir, 'export.pdf');
  await writeFile(path, bytes);
  return { fileName: result.fileName, text: oneLine(pdfText(path)) };
}

describe('export:surveyPdf', () => {
  it.each([
    ['survey', 'en', 'Survey card (English)'],
    ['survey', 'es', 'Survey card (Spanish)'],
    ['tally-sheet', 'en', 'Tally sheet (English)'],
    ['tally-sheet', 'es', 'Tally sheet (Spanish)'],
  ] as const)('prints the %s in %s, named for the utility', async (form, language, title) => {
    const { dir, handlers } = await handlerFolder(`survey-${form}-${language}`);
    await prepareApprovable(handlers);
    await prepareCustomers(handlers);
    const pdf = await downloadedText(dir, await handlers['export:surveyPdf']({ form, language }));
    expect(pdf.fileName).toBe(`${title} - ${utilityName}.pdf`);
    expect(pdf.text).toContain(utilityName);
    for (const word of privateWords) expect(pdf.text).not.toContain(word);
  });

  it('prints a blank form before step 1 is filled in, and while the agreement is approved', async () => {
    const { handlers } = await handlerFolder('survey-blank');
    const blank = await handlers['export:surveyPdf']({ form: 'survey', language: 'en' });
    expect(blank).toMatchObject({ status: 'download', fileName: 'Survey card (English).pdf' });
    await prepareApprovable(handlers);
    await handlers['approval:approve'](undefined);
    expect(
      await handlers['export:surveyPdf']({ form: 'tally-sheet', language: 'es' }),
    ).toMatchObject({
      status: 'download',
    });
  });
});

describe('what the board approves from step 4', () => {
  it('freezes the figures and evidence, never a name or an address, and prints them', async () => {
    const { dir, handlers, store, reopen } = await handlerFolder('customers-approved');
    await prepareApprovable(handlers);
    await prepareCustomers(handlers);
    const draft = await downloadedText(
      dir,
      await handlers['export:agreementPdf']({ revision: null, language: 'en' }),
    );
    expect(draft.text).toContain('What our customers told us');
    expect(draft.text).toContain('Pressure drops every evening');
    for (const word of privateWords) expect(draft.text).not.toContain(word);

    await handlers['approval:approve'](undefined);
    const [stored] = store.repository.read().approvals;
    const version = readIntact(stored!);
    const feedback = version.content.customerFeedback;
    expect(feedback).toMatchObject({
      outreaches: [{ method: 'annual-meeting', reached: 60, answered: 25, entries: 2 }],
      tally: { entries: 2 },
      complaints: { total: 3 },
    });
    const external = version.content.goals.find((goal) => goal.kind === 'external');
    const evidence = feedback?.evidence.find((item) => item.goalId === external?.id);
    expect(evidence?.lines.join(' ')).toContain('Pressure drops every evening');
    const frozenJson = JSON.stringify(stored);
    for (const word of privateWords) expect(frozenJson).not.toContain(word);

    // The complaint log is a record about the year, open after the vote: taking its import out
    // leaves the approval's own copy of the figures as it was.
    await handlers['complaints:removeImport']({ importId: feedback!.complaints.imports[0]!.id });
    expect(JSON.stringify(store.repository.read().approvals[0])).toBe(frozenJson);
    await handlers['approval:newRevision'](undefined);
    const again = await reopen();
    const printed = await downloadedText(
      dir,
      await again['export:agreementPdf']({ revision: 1, language: 'en' }),
    );
    expect(printed.text).toContain('What our customers told us');
    expect(printed.text).toContain('3 complaints received from March 14, 2026 to March 20, 2026.');
    for (const word of privateWords) expect(printed.text).not.toContain(word);
    expect(await again['complaints:rows'](undefined)).toEqual([]);
  });
});
