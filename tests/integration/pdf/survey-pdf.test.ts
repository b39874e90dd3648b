import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/main/pdf/render-pdf';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { surveyCardDocument } from '../../../src/shared/pdf/survey-card-document';
import { cardChoiceWords } from '../../../src/shared/pdf/card-choice-words';
import { cardLists } from '../../../src/shared/domain/customers/card-questions';
import { answersIn } from '../../../src/shared/domain/customers/answer-words';
import { feedbackTopicWords } from '../../../src/shared/domain/customers/topic-words';
import { surveyCardWords } from '../../../src/shared/pdf/survey-card-words';
import { tallySheetDocument } from '../../../src/shared/pdf/tally-sheet-document';
import { tallySheetWords } from '../../../src/shared/pdf/tally-sheet-words';
import {
  complaintLog,
  feedbackInput,
  privateFields,
  surveyGoals,
} from '../../fixtures/pdf/pdf-customer-feedback';
import { pdfContent } from '../../fixtures/pdf/pdf-inputs';
import { oneLine, pageCount, pdfText, tool } from './poppler';

const languages = ['en', 'es'] as const;
const utility = pdfContent.utility;
let folder = '';
const files = new Map<string, string>();

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'los-survey-pdf-'));
  const write = async (name: string, bytes: Promise<Buffer>) => {
    const path = join(folder, `${name}.pdf`);
    writeFileSync(path, await bytes);
    files.set(name, path);
  };
  for (const language of languages) {
    await write(
      `survey-${language}`,
      renderPdf(
        surveyCardDocument({
          utility,
          scope: pdfContent.scope,
          goals: surveyGoals,
          language,
          annualMeeting: true,
        }),
      ),
    );
    await write(`tally-${language}`, renderPdf(tallySheetDocument({ utility, language })));
  }
  await write('agreement', renderPdf(agreementDocument(feedbackInput)));
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string): string {
  const path = files.get(name);
  if (path === undefined) throw new Error(`${name} was not rendered`);
  return path;
}

const allFiles = ['survey-en', 'survey-es', 'tally-en', 'tally-es', 'agreement'];

describe.each(allFiles)('%s.pdf', (name) => {
  it('passes qpdf --check', () => {
    const { status, output } = tool('qpdf', ['--check', file(name)]);
    expect(output).toContain('No syntax or stream encoding errors');
    expect(status).toBe(0);
  });

  it('embeds every font it uses', () => {
    const rows = tool('pdffonts', [file(name)])
      .output.split('\n')
      .slice(2)
      .filter((row) => row.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.trim().split(/\s+/).at(-5)).toBe('yes');
  });

  it('prints the utility’s name and no customer’s name or address', () => {
    const text = oneLine(pdfText(file(name)));
    expect(text).toContain(utility.name);
    for (const value of privateFields) expect(text).not.toContain(value);
    // The complaint log's descriptions and locations are private too.
    for (const row of complaintLog.rows.slice(0, 3)) {
      expect(text).not.toContain(row.description);
    }
  });
});

describe.each(languages)('the survey card (%s)', (language) => {
  const words = surveyCardWords[language];
  // The fixture's utility runs both services: the card asks every question there is.
  const choiceWords = cardChoiceWords[language];

  it('asks every standard question, in two pages or fewer', () => {
    const text = oneLine(pdfText(file(`survey-${language}`)));
    const questions = [
      words.overall,
      words.byAttribute,
      words.problems,
      words.outage,
      words.notice,
      words.cleanup,
      words.overflowNotice,
      choiceWords.pay.both,
      words.priorities(cardLists('both').priorities.length),
      words.contact,
      words.goals,
      words.comments,
      words.followUp,
    ];
    for (const question of questions) expect(text).toContain(question);
    const choices = [
      ...answersIn.outage(language, 'card'),
      ...answersIn.notice(language, 'card'),
      ...answersIn.cleanup(language, 'card'),
      ...answersIn.overflowNotice(language, 'card'),
      ...answersIn.pay(language, 'card'),
    ];
    for (const choice of choices) {
      expect(text).toContain(choice);
    }
    expect(text).toContain(words.returnTo);
    expect(pageCount(file(`survey-${language}`))).toBeLessThanOrEqual(2);
  });

  it('asks about each external goal the board chose, as the board wrote it', () => {
    const text = oneLine(pdfText(file(`survey-${language}`)));
    const external = pdfContent.goals.filter((goal) => goal.kind === 'external');
    expect(external.length).toBeGreaterThan(10);
    for (const goal of external) expect(text).toContain(goal.statement);
    for (const goal of pdfContent.goals.filter((each) => each.kind === 'internal')) {
      expect(text).not.toContain(goal.statement);
    }
  });
});

describe.each(languages)('the tally sheet (%s)', (language) => {
  const words = tallySheetWords[language];

  it('is one landscape sheet, front and back, with every question and topic', () => {
    const path = file(`tally-${language}`);
    expect(pageCount(path)).toBe(2);
    expect(tool('pdfinfo', [path]).output).toMatch(/Page size:\s+792 x 612 pts/);
    const text = oneLine(pdfText(path));
    // The fixture's utility runs both services: four service questions, and the fourteen
    // topics ticked on the back, beside what was said.
    const { topics: _onFront, ...asked } = words.ask;
    for (const question of Object.values(asked)) expect(text).toContain(question);
    expect(text).toContain(words.privacy);
    const back = oneLine(pdfText(path, 2));
    expect(back).toContain(words.saidTitle);
    for (const topic of Object.values(feedbackTopicWords))
      expect(back).toContain(topic.tally[language]);
  });
});

describe('the agreement with customer feedback', () => {
  it('prints "What our customers told us" with the outreach, the figures and the evidence', () => {
    const text = oneLine(pdfText(file('agreement')));
    expect(text).toContain('4. What our customers told us');
    expect(text).toContain(
      'Annual meeting Nov. 8, 2025 Community center, 14 Calle del Año 140 attended, 96 spoke 30',
    );
    expect(text).toContain('Satisfied with the service (4 or 5 out of 5)');
    expect(text).toContain('60 complaints received from March 1, 2025');
    expect(text).toContain('Evidence: “Pressure drops every evening on Camino Peña”');
    expect(text).toContain('5. Our goals');
    expect(text).toContain('8. Approval record');
  });
});
