import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/main/pdf/render-pdf';
import type { Language } from '../../../src/shared/domain/printed-date';
import { systemTypes, type SystemType } from '../../../src/shared/domain/utility';
import { surveyCardDocument } from '../../../src/shared/pdf/survey-card-document';
import type { FeedbackTopic } from '../../../src/shared/domain/customers/feedback-entry';
import { feedbackTopicWords } from '../../../src/shared/domain/customers/topic-words';
import { surveyCardWords } from '../../../src/shared/pdf/survey-card-words';
import { tallySheetDocument } from '../../../src/shared/pdf/tally-sheet-document';
import { tallySheetWords } from '../../../src/shared/pdf/tally-sheet-words';
import { systemTypeContent } from '../../fixtures/pdf/pdf-system-types';
import { oneLine, pageCount, pdfText, tool } from './poppler';

/**
 * Issue 12, item 4: the survey card and the tally sheet of each kind of utility, in both
 * languages, read back with pdftotext: the questions of its services and none of the others.
 */

const languages = ['en', 'es'] as const;

/** Never on a sewer district's card or sheet. */
const waterOnlyWords = [
  'drinking water',
  'water pressure',
  'pressure',
  'taste',
  'hard water',
  'shutoff',
  'outage',
  'outages',
  'water-quality',
  'water quality',
  'agua potable',
  'presión',
  'sabor',
  'calidad del agua',
  'corte',
  'cortes',
];

/** Never on a water system's card or sheet. */
const sewerOnlyWords = [
  'sewer',
  'sewage',
  'overflow',
  'overflows',
  'backup',
  'backups',
  'lagoon',
  'drenaje',
  'aguas negras',
  'derrame',
  'derrames',
];

const forbidden: Record<SystemType, string[]> = {
  water: sewerOnlyWords,
  wastewater: waterOnlyWords,
  both: [],
};

// The water system holds an annual meeting; the others do not, so their cards must not invite
// customers to one.
const holdsMeeting: Record<SystemType, boolean> = { water: true, wastewater: false, both: false };

let folder = '';
const files = new Map<string, string>();
const key = (paper: string, systemType: SystemType, language: Language) =>
  `${paper}-${systemType}-${language}`;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'los-survey-types-'));
  for (const systemType of systemTypes) {
    const content = systemTypeContent(systemType, holdsMeeting[systemType]);
    const goals = content.goals.map((goal) => ({ ...goal, rev: 1 }));
    for (const language of languages) {
      const card = surveyCardDocument({
        utility: content.utility,
        scope: content.scope,
        goals,
        language,
        annualMeeting: holdsMeeting[systemType],
      });
      const sheet = tallySheetDocument({ utility: content.utility, language });
      for (const [paper, document] of [
        ['survey', card],
        ['tally', sheet],
      ] as const) {
        const path = join(folder, `${key(paper, systemType, language)}.pdf`);
        writeFileSync(path, await renderPdf(document));
        files.set(key(paper, systemType, language), path);
      }
    }
  }
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(paper: 'survey' | 'tally', systemType: SystemType, language: Language): string {
  const path = files.get(key(paper, systemType, language));
  if (path === undefined) throw new Error(`${key(paper, systemType, language)} was not rendered`);
  return path;
}

function found(text: string, phrases: string[]): string[] {
  return phrases.filter((phrase) => {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'iu').test(text);
  });
}

const cases = systemTypes.flatMap((systemType) =>
  languages.map((language) => [systemType, language] as const),
);

describe.each(cases)('the survey card of a %s utility (%s)', (systemType, language) => {
  const words = surveyCardWords[language];
  const water = systemType !== 'wastewater';
  const sewer = systemType !== 'water';

  it('asks the questions of its services only, on one sheet', () => {
    const path = file('survey', systemType, language);
    expect(pageCount(path)).toBe(2);
    const text = oneLine(pdfText(path));
    const asks = (question: string, asked: boolean) =>
      expect(text.includes(question), question).toBe(asked);
    asks(words.outage, water);
    asks(words.notice, water);
    asks(words.cleanup, sewer);
    asks(words.overflowNotice, sewer);
    expect(found(text, forbidden[systemType])).toEqual([]);
  });

  it('invites customers to the annual meeting only when the utility holds one', () => {
    const text = oneLine(pdfText(file('survey', systemType, language)));
    const invites = holdsMeeting[systemType];
    expect(text.includes(words.returnOtherOrMeeting)).toBe(invites);
    expect(text.includes(words.returnOther)).toBe(!invites);
  });
});

describe.each(cases)('the tally sheet of a %s utility (%s)', (systemType, language) => {
  const words = tallySheetWords[language];
  const water = systemType !== 'wastewater';
  const sewer = systemType !== 'water';

  it('asks the questions of its services only, on one landscape sheet', () => {
    const path = file('tally', systemType, language);
    expect(pageCount(path)).toBe(2);
    expect(tool('pdfinfo', [path]).output).toMatch(/Page size:\s+792 x 612 pts/);
    const text = oneLine(pdfText(path));
    const asks = (question: string, asked: boolean) =>
      expect(text.includes(question), question).toBe(asked);
    asks(words.ask.outage, water);
    asks(words.ask.notice, water);
    asks(words.ask.cleanup, sewer);
    asks(words.ask.overflowNotice, sewer);
    expect(found(text, forbidden[systemType])).toEqual([]);
  });

  it('has a column for each topic of its services', () => {
    const text = oneLine(pdfText(file('tally', systemType, language)));
    const column = (topic: FeedbackTopic) => feedbackTopicWords[topic].tally[language];
    expect(text.includes(column('odor'))).toBe(sewer);
    expect(text.includes(column('overflows'))).toBe(sewer);
    expect(text.includes(column('water-quality'))).toBe(water);
    expect(text.includes(column('pressure'))).toBe(water);
    expect(text).toContain(column('billing'));
    expect(text).toContain(column('other'));
  });
});
