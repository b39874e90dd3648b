import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import type {
  AgreementContent,
  ApprovedVersion,
} from '../../../src/shared/domain/agreement-version';
import type { Meeting } from '../../../src/shared/domain/approval';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { customerSummaryDocument } from '../../../src/shared/pdf/customer-summary-document';
import { approvedVersion, pdfContent, pdfMeeting } from '../../fixtures/pdf/pdf-inputs';
import { frameText, stringsWithKeys } from './document-walk';

// Every field a user types, by its key in the domain objects.
const typedKeys = new Set([
  'name',
  'systemId',
  'certification',
  'role',
  'mission',
  'regulatoryStatement',
  'text',
  'assetLimits',
  'statement',
  'measure',
  'unit',
  'dataSource',
  'responsible',
  'rationale',
  'customerBasis',
  'costNote',
  'missingReason',
  'place',
  'notice',
  'resolutionNumber',
  'minutesExcerpt',
]);

let count = 0;
/** A copy with every typed text that is filled in replaced by a unique marker, to trace it. */
function marked<T>(value: T): T {
  if (Array.isArray(value)) return value.map(marked) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      typedKeys.has(key) && typeof child === 'string' && child !== ''
        ? `«u${++count}»`
        : marked(child),
    ]),
  ) as T;
}

const content: AgreementContent = marked({
  ...pdfContent,
  goals: pdfContent.goals.filter((goal) => goal.area !== 'social'),
});
content.reviewSettings = { ...content.reviewSettings, areaReasons: { social: '«reason»' } };
const meeting: Meeting = marked(pdfMeeting);
const version: ApprovedVersion = { ...approvedVersion, content, meeting };

function printedStrings(definition: TDocumentDefinitions) {
  // The metadata (info) is not a node: it is written as PDF strings and cannot add an image.
  return [
    ...stringsWithKeys(definition.content),
    { key: 'text', value: frameText(definition.header, 2, 9) },
    { key: 'text', value: frameText(definition.footer, 2, 9) },
  ];
}

const approvedDocument = agreementDocument({
  content,
  approval: {
    meeting,
    outcome: version.outcome,
    fingerprint: version.fingerprint,
    nextReviewOn: version.nextReviewOn,
    fingerprintedText: version.fingerprintedText,
    standing: { inForce: true },
  },
  generatedOn: '2026-03-13',
});

const documents: [string, TDocumentDefinitions][] = [
  ['approved agreement', approvedDocument],
  ['draft agreement', agreementDocument({ content, approval: null, generatedOn: '2026-03-13' })],
  [
    'English summary',
    customerSummaryDocument({ version, standing: { inForce: true }, language: 'en' }),
  ],
  [
    'Spanish summary',
    customerSummaryDocument({ version, standing: { inForce: true }, language: 'es' }),
  ],
];

describe('user values in the document definitions', () => {
  it.each(documents)('enter the %s only as the text of a node', (_name, definition) => {
    const carrying = printedStrings(definition).filter((entry) => /«[a-z0-9]+»/.test(entry.value));
    expect(carrying.length).toBeGreaterThan(0);
    // The QR code's plain text names the utility (docs/fingerprint.md): drawn as modules, never
    // read as a node's options, so it is as safe as text.
    expect(carrying.filter((entry) => entry.key !== 'text' && entry.key !== 'qr')).toEqual([]);
  });

  it('all reach the approved agreement (except the baseline source, which it does not print)', () => {
    const printed = printedStrings(approvedDocument)
      .map((entry) => entry.value)
      .join(' ');
    const missing: string[] = [];
    for (let index = 1; index <= count; index++) {
      if (!printed.includes(`«u${index}»`)) missing.push(`«u${index}»`);
    }
    const baselineSources = content.goals.map((goal) => goal.baseline.source);
    expect(missing.filter((marker) => !baselineSources.includes(marker))).toEqual([]);
    expect(printed).toContain('«reason»');
  });
});
