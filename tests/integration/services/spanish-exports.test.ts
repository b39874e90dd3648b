import { describe, expect, it } from 'vitest';
import { englishWordsIn } from '../pdf/english-words';
import { oneLine, pageCount, pdfText } from '../pdf/poppler';
import { approvedV8Folder } from './handler-folder';
import { expectSoundPdf, followUp, recordYear, savedPdf, utility } from './report-papers';

// The v8 fixture's goals were approved before Spanish wording existed: a Spanish paper prints
// their English, marked. These are the board's words, taken out before looking for the app's.
const boardsEnglish = [
  utility,
  'We lose little of the water we produce.',
  'Our water mains seldom break or leak.',
  'Every customer has enough water pressure.',
  followUp,
];

function appText(text: string): string {
  return boardsEnglish.reduce((rest, own) => rest.replaceAll(own, ''), text);
}

describe('Spanish papers after the vote', () => {
  it('prints the board report in Spanish, each English goal marked and counted', async () => {
    const { dir, handlers } = await approvedV8Folder('spanish-board-report');
    await recordYear(handlers);
    const pdf = await savedPdf(
      dir,
      'informe.pdf',
      await handlers['export:boardReportPdf']({ period: '2027-Q4', language: 'es' }),
    );
    expect(pdf.fileName).toBe(
      'Board report - Smith & Sons Mutual Water Co. Agua Pura - 2027-Q4 (Spanish).pdf',
    );
    expectSoundPdf(pdf.path);
    const cover = oneLine(pdfText(pdf.path, 1));
    expect(cover).toContain('Cómo cumplimos nuestras metas de servicio: octubre–diciembre de 2027');
    expect(cover).toContain('del 1 de octubre de 2027 al 31 de diciembre de 2027');
    expect(cover).toMatch(/1 cumplidas \(o en camino\) 2 no cumplidas 0 sin resultados/);
    expect(cover).toContain(
      '3 textos de la mesa directiva aparecen en inglés, en cursiva y marcados «(en inglés)»',
    );
    expect(cover).toContain('Our water mains seldom break or leak. (en inglés)');
    expect(pdf.text).toContain('diciembre de 2027: 10 roturas por cada 100 millas (no cumplió)');
    expect(pdf.text).toContain('1 de 2 meses cumplió el objetivo');
    expect(pdf.text).toContain('como mínimo 25 psi');
    expect(englishWordsIn(appText(pdf.text))).toEqual([]);
  });

  it('prints the customer report card in Spanish with the English goal marked', async () => {
    const { dir, handlers } = await approvedV8Folder('spanish-report-card');
    await recordYear(handlers);
    await handlers['report:saveFollowUp']({
      goalId: 'g-pressure',
      year: 2027,
      text: 'We will replace the pressure valve.',
      textSpanish: followUp,
    });
    const pdf = await savedPdf(
      dir,
      'tarjeta.pdf',
      await handlers['export:reportCardPdf']({ year: 2027, language: 'es' }),
    );
    expectSoundPdf(pdf.path);
    expect(pageCount(pdf.path)).toBe(1);
    expect(pdf.text).toContain('Un texto de la mesa directiva aparece en inglés');
    expect(pdf.text).toContain('Every customer has enough water pressure. (en inglés)');
    // The follow-up the board wrote in Spanish prints as written, unmarked.
    expect(pdf.text).toContain(`Lo que haremos al respecto: ${followUp} `);
    expect(pdf.text).not.toContain('replace the pressure valve');
    expect(englishWordsIn(appText(pdf.text))).toEqual([]);
  });

  it('lists before printing what a Spanish paper would print in English, and nothing for English', async () => {
    const { handlers } = await approvedV8Folder('spanish-check');
    const english = await handlers['export:check']({
      revision: 5,
      document: 'agreement',
      language: 'en',
    });
    expect(english.missingSpanish).toEqual([]);
    const spanish = await handlers['export:check']({
      revision: 5,
      document: 'agreement',
      language: 'es',
    });
    const statements = spanish.missingSpanish.filter((item) => item.field === 'statement');
    expect(statements.map((item) => item.english)).toEqual([
      'We lose little of the water we produce.',
      'Our water mains seldom break or leak.',
      'Every customer has enough water pressure.',
    ]);
    expect(statements[0]?.where).toEqual({ kind: 'goal', goalId: 'g-loss', number: 1 });
    const reports = await handlers['export:check']({
      revision: null,
      document: 'reports',
      language: 'es',
    });
    expect(reports.missingSpanish.length).toBe(spanish.missingSpanish.length);
  });

  it('prints the approved agreement in Spanish, and the summary in both languages on one sheet', async () => {
    const { dir, handlers } = await approvedV8Folder('spanish-agreement');
    const agreement = await savedPdf(
      dir,
      'acuerdo.pdf',
      await handlers['export:agreementPdf']({ revision: 5, language: 'es' }),
    );
    expect(agreement.fileName).toMatch(/revision 5 \(Spanish\)\.pdf$/);
    expectSoundPdf(agreement.path);
    expect(agreement.text).toContain('Acuerdo de Nivel de Servicio · Revisión 5');
    expect(agreement.text).toContain('Our water mains seldom break or leak. (en inglés)');
    const both = await savedPdf(
      dir,
      'ambos.pdf',
      await handlers['export:customerSummaryPdf']({ revision: 5, language: 'both' }),
    );
    expect(both.fileName).toMatch(/revision 5 \(English and Spanish\)\.pdf$/);
    expectSoundPdf(both.path);
    expect(pageCount(both.path)).toBe(1);
    expect(both.text).toContain('What you can expect from us');
    expect(both.text).toContain('Lo que usted puede esperar de nosotros');
  });
});
