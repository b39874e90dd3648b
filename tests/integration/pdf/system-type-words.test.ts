import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../../../src/main/pdf/render-pdf';
import type { Language } from '../../../src/shared/domain/printed-date';
import { systemTypes, type SystemType } from '../../../src/shared/domain/utility';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { customerSummaryDocument } from '../../../src/shared/pdf/customer-summary-document';
import { surveyCardDocument } from '../../../src/shared/pdf/survey-card-document';
import { tallySheetDocument } from '../../../src/shared/pdf/tally-sheet-document';
import type { AgreementContent } from '../../../src/shared/domain/agreement-version';
import { emptyMeeting } from '../../../src/shared/domain/approval';
import { voteOutcome } from '../../../src/shared/domain/approval-rules/vote-outcome';
import { tallyCardAnswers } from '../../../src/shared/domain/customers/card-answer-tally';
import { cardLists } from '../../../src/shared/domain/customers/card-questions';
import {
  boardPacketDocument,
  type BoardPacketInput,
} from '../../../src/shared/pdf/packet/board-packet-document';
import { minutesDocument } from '../../../src/shared/pdf/packet/minutes-document';
import {
  approvedInputOf,
  approvedVersionOf,
  draftInputOf,
  systemTypeContent,
} from '../../fixtures/pdf/pdf-system-types';
import { occurrences, sewerWords, waterWords } from '../../fixtures/system-type-phrases';
import { oneLine, pdfText, tool } from './poppler';

/**
 * Issue 12: every paper a utility prints speaks only of the service it runs. Each paper is
 * rendered for a utility of each system type, read back with pdftotext (and pdfinfo, for the
 * title, subject and keywords), and checked for words of the other service. The fixture's own
 * text (names, goals, what customers said) fits each type, so what is caught is the app's.
 */

const forbidden: Record<SystemType, string[]> = {
  water: sewerWords,
  wastewater: waterWords,
  both: [],
};

type Paper =
  | 'draft agreement'
  | 'approved agreement'
  | 'customer summary'
  | 'survey card'
  | 'tally sheet'
  | 'board packet'
  | 'minutes and resolution';

/** What each paper must say for each type, by language: the service named as it is. */
const mustSay: Record<Paper, Record<SystemType, Partial<Record<Language, string[]>>>> = {
  'draft agreement': {
    water: {
      en: [
        'Drinking water system',
        'annual water-quality report (due by July 1), on a bill insert or at the annual meeting',
      ],
    },
    wastewater: {
      en: [
        'Wastewater system',
        'keeping sewage out of streams, yards and homes',
        'every external goal — on a bill insert or at an open board meeting',
      ],
    },
    both: {
      en: [
        'Drinking water and wastewater system',
        'annual water-quality report (due by July 1), on a bill insert or at an open board meeting',
      ],
    },
  },
  'approved agreement': {
    water: { en: ['level of service, water system, board approval'] },
    wastewater: { en: ['level of service, sewer system, board approval'] },
    both: { en: ['level of service, water and sewer system, board approval'] },
  },
  'customer summary': {
    water: {
      en: [
        'goals for the water service you receive',
        'in our water-quality report, on a bill insert and at the annual meeting',
      ],
      es: [
        'metas para el servicio de agua que usted recibe',
        'en nuestro informe de calidad del agua, en un aviso con la factura y en la reunión anual',
      ],
    },
    wastewater: {
      en: [
        'goals for the sewer service you receive',
        'once a year on a bill insert and at an open board meeting',
      ],
      es: [
        'metas para el servicio de drenaje que usted recibe',
        'una vez al año en un aviso con la factura y en una reunión pública de la mesa directiva',
      ],
    },
    both: {
      en: ['goals for the water and sewer service you receive'],
      es: ['metas para el servicio de agua y drenaje que usted recibe'],
    },
  },
  'survey card': {
    water: { en: ['water'], es: ['agua'] },
    wastewater: { en: ['sewer'], es: ['drenaje'] },
    both: { en: ['water', 'sewer'], es: ['agua', 'drenaje'] },
  },
  'tally sheet': {
    water: { en: ['water'], es: ['agua'] },
    wastewater: { en: ['sewer'], es: ['drenaje'] },
    both: { en: ['water', 'sewer'], es: ['agua', 'drenaje'] },
  },
  // The resolution's first clause names the service the utility provides.
  'board packet': {
    water: { en: ['provides water service to'], es: ['presta servicio de agua a'] },
    wastewater: { en: ['provides sewer service to'], es: ['presta servicio de drenaje a'] },
    both: {
      en: ['provides water and sewer service to'],
      es: ['presta servicio de agua y drenaje a'],
    },
  },
  'minutes and resolution': {
    water: { en: ['provides water service to'], es: ['presta servicio de agua a'] },
    wastewater: { en: ['provides sewer service to'], es: ['presta servicio de drenaje a'] },
    both: {
      en: ['provides water and sewer service to'],
      es: ['presta servicio de agua y drenaje a'],
    },
  },
};

/** Whether a sewer district holds an annual meeting is its own: this one does not. */
const holdsAnnualMeeting: Record<SystemType, boolean> = {
  water: true,
  wastewater: false,
  both: false,
};

interface Printed {
  paper: Paper;
  language: Language;
  text: string;
}

/** The packet for the meeting on the fixture's draft, with no card answered beyond its tallies. */
function packetInputOf(content: AgreementContent, language: Language): BoardPacketInput {
  const meeting = { ...emptyMeeting, date: '2027-03-09', place: 'Town hall', seats: 5 };
  const { systemType } = content.utility;
  const tally = content.customerFeedback?.tally;
  if (!tally) throw new Error('The fixture hears from its customers.');
  return {
    agreement: { ...draftInputOf(content), approval: null, language },
    meeting,
    outcome: voteOutcome(meeting, content.utility.board),
    findings: [],
    customers: { tally, answers: tallyCardAnswers([], cardLists(systemType), []), importance: [] },
  };
}

function documentsFor(systemType: SystemType): [Paper, Language, TDocumentDefinitions][] {
  const content = systemTypeContent(systemType, holdsAnnualMeeting[systemType]);
  const version = approvedVersionOf(content);
  const { utility, scope, goals } = content;
  const withRevs = goals.map((goal) => ({ ...goal, rev: 1 }));
  const documents: [Paper, Language, TDocumentDefinitions][] = [
    ['draft agreement', 'en', agreementDocument(draftInputOf(content))],
    ['approved agreement', 'en', agreementDocument(approvedInputOf(version))],
  ];
  for (const language of ['en', 'es'] as const) {
    documents.push(
      [
        'customer summary',
        language,
        customerSummaryDocument({ version, standing: { inForce: true }, language }),
      ],
      [
        'survey card',
        language,
        surveyCardDocument({
          utility,
          scope,
          goals: withRevs,
          language,
          annualMeeting: holdsAnnualMeeting[systemType],
        }),
      ],
      ['tally sheet', language, tallySheetDocument({ utility, language })],
      ['board packet', language, boardPacketDocument(packetInputOf(content, language))],
      [
        'minutes and resolution',
        language,
        minutesDocument({
          utility,
          revision: version.revision,
          responses: content.customerFeedback?.tally.entries ?? 0,
          meeting: version.meeting,
          outcome: version.outcome,
          fingerprint: version.fingerprint,
          language,
        }),
      ],
    );
  }
  return documents;
}

let folder = '';
const printed = new Map<SystemType, Printed[]>();

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'los-system-type-words-'));
  for (const systemType of systemTypes) {
    const papers: Printed[] = [];
    for (const [paper, language, document] of documentsFor(systemType)) {
      const file = join(folder, `${systemType}-${paper.replaceAll(' ', '-')}-${language}.pdf`);
      writeFileSync(file, await renderPdf(document));
      // The document information (title, subject, keywords) is printed words too.
      const info = tool('pdfinfo', [file]).output;
      // A hyphenated word may wrap at its hyphen: "water- quality" is still "water-quality".
      const text = oneLine(`${pdfText(file)}\n${info}`).replace(/-\s+/g, '-');
      papers.push({ paper, language, text });
    }
    printed.set(systemType, papers);
  }
}, 180_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function papersOf(systemType: SystemType, paper: Paper): Printed[] {
  return (printed.get(systemType) ?? []).filter((entry) => entry.paper === paper);
}

const papers: Paper[] = [
  'draft agreement',
  'approved agreement',
  'customer summary',
  'survey card',
  'tally sheet',
  'board packet',
  'minutes and resolution',
];

describe.each(systemTypes)('every paper of a utility whose system type is %s', (systemType) => {
  describe.each(papers)('the %s', (paper) => {
    // A utility that runs both services may speak of both: nothing is forbidden there.
    if (forbidden[systemType].length > 0) {
      it('says nothing of a service the utility does not run', () => {
        const found = papersOf(systemType, paper).flatMap(({ language, text }) =>
          occurrences(text, forbidden[systemType]).map((where) => `${language}: ${where}`),
        );
        expect(found).toEqual([]);
      });
    }

    it('names the service the utility runs', () => {
      const entries = papersOf(systemType, paper);
      expect(entries.length).toBeGreaterThan(0);
      for (const { language, text } of entries) {
        const wanted = mustSay[paper][systemType][language] ?? [];
        expect(occurrences(text, wanted), `${paper} (${language})`).toHaveLength(wanted.length);
      }
    });
  });
});
