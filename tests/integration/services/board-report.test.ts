import { describe, expect, it } from 'vitest';
import { oneLine, pageCount, pdfText } from '../pdf/poppler';
import { approvedV8Folder } from './handler-folder';
import { expectSoundPdf, recordYear, savedPdf, utility } from './report-papers';

describe('export:boardReportPdf', () => {
  it('prints every goal of a quarter with its target, results, status and trend', async () => {
    const { dir, handlers } = await approvedV8Folder('board-report-q4');
    await recordYear(handlers);
    const pdf = await savedPdf(
      dir,
      'q4.pdf',
      await handlers['export:boardReportPdf']({ period: '2027-Q4', language: 'en' }),
    );
    expect(pdf.fileName).toBe(
      'Board report - Smith & Sons Mutual Water Co. Agua Pura - 2027-Q4.pdf',
    );
    expectSoundPdf(pdf.path);
    const cover = oneLine(pdfText(pdf.path, 1));
    expect(cover).toContain(utility);
    expect(cover).toContain('How we kept our service goals: October–December 2027');
    expect(cover).toContain('Revision 5');
    expect(cover).toContain('November 18, 2027');
    expect(cover).toContain('October 1, 2027 to December 31, 2027');
    // Goal 1 (water lost) kept, goal 2 (breaks) missed in December, goal 3 (pressure) too.
    expect(cover).toMatch(/1 kept \(met or on track\) 2 missed 0 with no results/);
    const text = pdf.text;
    expect(text).toContain('1 We lose little of the water we produce.');
    expect(text).toContain('at most 15%');
    expect(text).toContain('December 2027: 14.5% (kept)');
    expect(text).toContain('1 of 1 month met the target.');
    expect(text).toContain('2 Our water mains seldom break or leak.');
    expect(text).toContain('at most 9 breaks per 100 miles');
    expect(text).toContain('November 2027: 8 breaks per 100 miles (kept)');
    expect(text).toContain('December 2027: 10 breaks per 100 miles (missed)');
    expect(text).toContain('1 of 2 months met the target.');
    expect(text).toContain('3 Every customer has enough water pressure.');
    expect(text).toContain('at least 25 psi');
    expect(text).toContain('November 2027: 27 psi (kept)');
    expect(text).toContain('December 2027: 24 psi (missed)');
    // The chart's scale spans the results and the target: 8 to 10 breaks and the target 9.
    expect(text).toContain(
      'Chart scale: 8 breaks per 100 miles at the bottom to 10 breaks per 100 miles at the top.',
    );
    expect(text).toContain('Chart scale: 24 psi at the bottom to 27 psi at the top.');
    expect(text).toMatch(/Status\s+Met/);
    expect(text).toMatch(/Status\s+Not met/);
    // January's results are in the next quarter, not this one.
    expect(text).not.toContain('January 2028');
  });

  it('says a running quarter is not over, and compares it with the quarter before', async () => {
    const { dir, handlers } = await approvedV8Folder('board-report-q1');
    await recordYear(handlers);
    const pdf = await savedPdf(
      dir,
      'q1.pdf',
      await handlers['export:boardReportPdf']({ period: '2028-Q1', language: 'en' }),
    );
    expectSoundPdf(pdf.path);
    expect(pdf.text).toContain(
      'This period is not over yet: results recorded up to February 3, 2028.',
    );
    expect(pdf.text).toMatch(/2 kept \(met or on track\) 0 missed 1 with no results/);
    expect(pdf.text).toContain('January 2028: 4 breaks per 100 miles (kept)');
    expect(pdf.text).toContain('1 of 1 month met the target; better than the quarter before.');
    expect(pdf.text).toContain('January 2028: 26 psi (kept)');
    expect(pdf.text).toContain('No results yet');
    expect(pdf.text).toContain('No results recorded in this period.');
    expect(pdf.text).toContain('On track so far');
  });

  it('covers a whole year, and refuses a period before the approval', async () => {
    const { dir, handlers } = await approvedV8Folder('board-report-year');
    await recordYear(handlers);
    const pdf = await savedPdf(
      dir,
      'year.pdf',
      await handlers['export:boardReportPdf']({ period: '2027', language: 'en' }),
    );
    expect(pdf.text).toContain('How we kept our service goals: the year 2027');
    expect(pdf.text).toContain('December 2027: 24 psi (missed)');
    expect(pageCount(pdf.path)).toBe(2);
    await expect(
      handlers['export:boardReportPdf']({ period: '2027-Q3', language: 'en' }),
    ).rejects.toThrow(
      'Period: choose a quarter or a year from the approval on November 18, 2027 to today.',
    );
  });
});
