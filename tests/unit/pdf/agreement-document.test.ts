import type { ContentTable, TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { goalsTableColumns } from '../../../src/shared/pdf/goals-table';
import { approvedInput, draftInput, pdfFingerprint } from '../../fixtures/pdf/pdf-inputs';
import { frameText, sectionTitles, stringsWithKeys, textOf } from './document-walk';

function tables(definition: TDocumentDefinitions): ContentTable[] {
  const found: ContentTable[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    if ('table' in node) found.push(node as ContentTable);
    Object.values(node).forEach(visit);
  };
  visit(definition.content);
  return found;
}

describe('agreementDocument', () => {
  const approved = agreementDocument(approvedInput);
  const draft = agreementDocument(draftInput);

  it('sets out the sections in the order of the suggested outline', () => {
    expect(sectionTitles(approved)).toEqual([
      '1.  Our mission',
      '2.  Boundaries of this agreement',
      '3.  How the goals were set',
      '4.  Our goals',
      '5.  Tracking and reporting',
      '6.  Annual review',
      '7.  Approval record',
    ]);
    const text = textOf(approved.content);
    expect(text.indexOf('Approval record')).toBeLessThan(text.indexOf('Signatures'));
  });

  it('is US Letter PDF/A-3b with title, author and subject', () => {
    expect(approved).toMatchObject({ pageSize: 'LETTER', subset: 'PDF/A-3b', version: '1.7' });
    expect(approved.info?.title).toContain(approvedInput.content.utility.name);
    expect(approved.info?.author).toContain(approvedInput.content.utility.name);
    expect(approved.info?.subject).toContain('Revision 2, adopted March 12, 2026');
    expect(draft.info?.subject).toContain('not approved');
  });

  it('prints each area as a table whose header rows repeat and whose rows do not split', () => {
    const goalTables = tables(approved).filter((node) => node.table.headerRows === 2);
    expect(goalTables).toHaveLength(6);
    for (const { table } of goalTables) {
      expect(table.dontBreakRows).toBe(true);
      expect(table.keepWithHeaderRows).toBe(1);
      expect(textOf(table.body[1])).toBe(goalsTableColumns.join(' '));
    }
    const rows = goalTables.reduce((sum, { table }) => sum + table.body.length - 2, 0);
    expect(rows).toBe(30);
  });

  it('numbers the goals down the page and writes each target in words with its unit', () => {
    const text = textOf(approved.content);
    expect(text).toContain('at most 8 hours');
    expect(text).toContain('between 90 and 100%');
    expect(text).toMatch(/1 Pumping energy per gallon falls Internal/);
    expect(text).toMatch(/30 Every board meeting is noticed/);
  });

  it('puts "Page x of y" and the short fingerprint in every footer, or says it is a draft', () => {
    expect(frameText(approved.footer, 3, 10)).toContain('Page 3 of 10');
    expect(frameText(approved.footer, 3, 10)).toContain('Fingerprint 3F2A-91BC-0D4E-7A10');
    expect(frameText(draft.footer, 1, 10)).toContain('DRAFT — not approved');
    expect(frameText(draft.footer, 1, 10)).not.toContain('Fingerprint');
  });

  it('watermarks a draft and nothing else', () => {
    expect(draft.watermark).toMatchObject({ text: 'DRAFT' });
    expect(approved.watermark).toBeUndefined();
  });

  it('records the meeting, every vote and the outcome, and signs with a QR code of the fingerprint', () => {
    const text = textOf(approved.content);
    expect(text).toContain('Moved by Dolores Chávez, seconded by Rubén Gallegos');
    expect(text).toMatch(/Tomás Ortiz Treasurer Nay/);
    expect(text).toContain('Carried 3–1, with 1 member absent.');
    expect(text).toContain('2026-04');
    expect(text).toContain('3F2A 91BC 0D4E 7A10 C5D8 E2F4 A6B1 9037');
    const qr = stringsWithKeys(approved.content).filter((entry) => entry.key === 'qr');
    expect(qr).toEqual([
      {
        key: 'qr',
        value: [
          'LOS Builder: Level of Service Agreement',
          'Utility: La Cañada del Río Mutual Domestic Water Consumers & Sewage Works Association',
          'System ID: NM3512301',
          'Revision: 2',
          'Adopted at the board meeting of: 2026-03-12',
          `Fingerprint (SHA-256): ${pdfFingerprint}`,
        ].join('\n'),
      },
    ]);
  });

  it('carries the fingerprinted record as a PDF/A-3 associated file, and the draft does not', () => {
    const files = approved.files ?? {};
    expect(Object.keys(files)).toEqual(['agreement-revision-2.json']);
    const file = files['agreement-revision-2.json'] as { src: string };
    const base64 = file.src.replace('data:application/json;base64,', '');
    expect(Buffer.from(base64, 'base64').toString('utf8')).toBe(
      approvedInput.approval?.fingerprintedText,
    );
    expect(draft.files).toBeUndefined();
  });

  it('leaves the draft’s approval record and fingerprint for the vote, with a roll call to fill in', () => {
    const text = textOf(draft.content);
    expect(text).toContain('This revision has not been approved yet.');
    expect(text).toContain('Not yet assigned.');
    expect(text).toContain('Eileen O’Brien');
    expect(stringsWithKeys(draft.content).some((entry) => entry.key === 'qr')).toBe(false);
  });
});
