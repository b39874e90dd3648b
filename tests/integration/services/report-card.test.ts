import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { englishIssue } from '../../unit/schemas/issues';
import { pageCount, tool } from '../pdf/poppler';
import { approvedV8Folder } from './handler-folder';
import { expectSoundPdf, followUp, recordYear, savedPdf, utility } from './report-papers';
import { sayIn } from '../../../src/shared/i18n/say-in';
import { missedInEnglish } from '../../support/after-vote-english';

describe('the customer report card', () => {
  it('lists each year and its missed external goals, and keeps what the board will do', async () => {
    const { handlers, reopen } = await approvedV8Folder('report-card-follow-up');
    await recordYear(handlers);
    const before = await handlers['report:get'](undefined);
    expect(before.quarters.map((quarter) => sayIn(quarter.name, 'en'))).toEqual([
      'January–March 2028',
      'October–December 2027',
    ]);
    expect(
      before.years.map(({ year, ended, externalGoals }) => [year, ended, externalGoals]),
    ).toEqual([
      [2028, false, 1],
      [2027, true, 1],
    ]);
    expect(before.years[1]?.missed.map(missedInEnglish)).toEqual([
      {
        goalId: 'g-pressure',
        number: 3,
        statement: 'Every customer has enough water pressure.',
        targetWords: 'at least 25 psi',
        result: 'Target met in 1 of the 2 months measured.',
        followUp: '',
        followUpSpanish: '',
      },
    ]);
    const saved = await handlers['report:saveFollowUp']({
      goalId: 'g-pressure',
      year: 2027,
      text: followUp,
    });
    expect(saved.years[1]?.missed[0]?.followUp).toBe(followUp);
    const again = await reopen();
    expect((await again['report:get'](undefined)).years[1]?.missed[0]?.followUp).toBe(followUp);
    const cleared = await again['report:clearFollowUp']({ goalId: 'g-pressure', year: 2027 });
    expect(cleared.years[1]?.missed[0]?.followUp).toBe('');
  });

  it('refuses a follow-up that is empty, too long, or for a goal not missed, naming the field', async () => {
    const { handlers } = await approvedV8Folder('report-card-refusals');
    await recordYear(handlers);
    await expect(
      handlers['report:saveFollowUp']({ goalId: 'g-pressure', year: 2027, text: '' }),
    ).rejects.toThrow(
      'What we will do: type what the utility will do about this miss, or clear it.',
    );
    const tooLong: unknown = await handlers['report:saveFollowUp']({
      goalId: 'g-pressure',
      year: 2027,
      text: 'x'.repeat(601),
    }).catch((error: unknown) => error);
    expect(tooLong instanceof ZodError && tooLong.issues.map(englishIssue)).toContain(
      'What we will do is too long: shorten it to 600 characters or fewer.',
    );
    // Pressure was kept in 2028 so far, and goal 2 is internal: neither is on the card as a miss.
    for (const [goalId, year] of [
      ['g-pressure', 2028],
      ['g-breaks', 2027],
    ] as const) {
      await expect(
        handlers['report:saveFollowUp']({ goalId, year, text: 'Fix it.' }),
      ).rejects.toThrow(`That goal was not missed in ${year}`);
    }
  });

  it.each([
    [
      'en',
      'How we did in 2027 (English)',
      [
        'How we did in 2027',
        'Not met',
        'Target met in 1 of the 2 months measured.',
        'What we will do about it:',
        'at least 25 psi',
        'water service',
      ],
    ],
    [
      'es',
      'How we did in 2027 (Spanish)',
      [
        'Cómo nos fue en 2027',
        'No cumplida',
        'Se cumplió en 1 de 2 meses medidos.',
        'Lo que haremos al respecto:',
        'como mínimo 25 psi',
        'servicio de agua',
        'mesa directiva',
      ],
    ],
  ] as const)(
    'prints one page in %s with the miss and what the board will do',
    async (language, title, phrases) => {
      const { dir, handlers } = await approvedV8Folder(`report-card-${language}`);
      await recordYear(handlers);
      await handlers['report:saveFollowUp']({ goalId: 'g-pressure', year: 2027, text: followUp });
      const pdf = await savedPdf(
        dir,
        `card-${language}.pdf`,
        await handlers['export:reportCardPdf']({ year: 2027, language }),
      );
      expect(pdf.fileName).toBe(`${title} - Smith & Sons Mutual Water Co. Agua Pura.pdf`);
      expectSoundPdf(pdf.path);
      expect(pageCount(pdf.path)).toBe(1);
      expect(pdf.text).toContain(utility);
      expect(pdf.text).toContain('Every customer has enough water pressure.');
      expect(pdf.text).toContain(followUp);
      for (const phrase of phrases) expect(pdf.text).toContain(phrase);
      // Only the external goal is on the customers' card.
      expect(pdf.text).not.toContain('seldom break');
      const info = tool('pdfinfo', [pdf.path]).output;
      expect(info).toMatch(/Author:\s+Smith & Sons "Mutual" Water Co\. <Agua Pura>\n/);
      expect(info).toContain(
        `${language === 'en' ? 'How we did in 2027' : 'Cómo nos fue en 2027'} — ${utility}`,
      );
    },
  );

  it('says a running year is not over, and that the board has not yet said what it will do', async () => {
    const { dir, handlers } = await approvedV8Folder('report-card-running');
    await handlers['tracking:saveActuals']({
      entries: [{ goalId: 'g-pressure', period: '2028-01', value: 20, source: '', note: '' }],
    });
    const pdf = await savedPdf(
      dir,
      'card.pdf',
      await handlers['export:reportCardPdf']({ year: 2028, language: 'en' }),
    );
    expect(pdf.text).toContain(
      'The year is not over: these are the results up to February 3, 2028.',
    );
    expect(pdf.text).toContain('Target missed in the one month measured.');
    expect(pdf.text).toContain('The board has not yet decided what it will do.');
    await expect(handlers['export:reportCardPdf']({ year: 2026, language: 'en' })).rejects.toThrow(
      "Year: choose a year from the approval's to this one.",
    );
  });
});
