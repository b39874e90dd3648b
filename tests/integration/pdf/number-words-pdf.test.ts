import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/main/pdf/render-pdf';
import type { AgreementContent } from '../../../src/shared/domain/agreement-version';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { customerSummaryDocument } from '../../../src/shared/pdf/customer-summary-document';
import { customerFeedback } from '../../fixtures/pdf/pdf-customer-feedback';
import { approvedInput, approvedVersion, pdfContent } from '../../fixtures/pdf/pdf-inputs';
import { oneLine, pdfText } from './poppler';

type AgreementGoal = AgreementContent['goals'][number];

function workingDaysGoal(): AgreementGoal {
  const goal = pdfContent.goals.find((candidate) => candidate.unit === 'working days');
  if (goal === undefined) throw new Error('The fixture has a goal in working days.');
  return goal;
}

/** The board typed the unit as "working days"; the PDF must make it agree with each number. */
function goalAt(target: number, index: number): AgreementGoal {
  return {
    ...workingDaysGoal(),
    id: `days-${index}`,
    kind: 'external',
    statement: `Complaints are answered within ${index}`,
    direction: 'at-most',
    target,
    targetHigh: null,
    baseline: { value: target, asOf: '', source: 'Complaint log', missingReason: '' },
  };
}

const counts = [0, 1, 2, 1000];
const goals = counts.map(goalAt);
const content: AgreementContent = {
  ...pdfContent,
  goals,
  customerFeedback: {
    ...customerFeedback,
    complaints: { ...customerFeedback.complaints, total: 1000 },
    tally: { ...customerFeedback.tally, entries: 1 },
  },
};
const version = { ...approvedVersion, content };

let folder = '';
const files = { agreement: '', english: '', spanish: '' };

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'los-number-words-'));
  const write = async (name: keyof typeof files, bytes: Promise<Buffer>) => {
    files[name] = join(folder, `${name}.pdf`);
    writeFileSync(files[name], await bytes);
  };
  await write('agreement', renderPdf(agreementDocument({ ...approvedInput, content })));
  const summary = (language: 'en' | 'es') =>
    renderPdf(customerSummaryDocument({ version, standing: { inForce: true }, language }));
  await write('english', summary('en'));
  await write('spanish', summary('es'));
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('numbers and their words in the PDFs', () => {
  it('prints 0, 1, 2 and 1,000 working days in the agreement, the unit agreeing with each', () => {
    const text = oneLine(pdfText(files.agreement));
    expect(text).toContain('at most 0 working days');
    expect(text).toContain('at most 1 working day ');
    expect(text).toContain('at most 2 working days');
    expect(text).toContain('at most 1,000 working days');
    expect(text).not.toMatch(/\b1 working days/);
    expect(text).not.toContain('1000');
  });

  it('counts in the agreement with a thousands comma and the word agreeing', () => {
    const text = oneLine(pdfText(files.agreement));
    // The old PDF copy of plural() printed "1000 complaints".
    expect(text).toContain('1,000 complaints');
    expect(text).toContain('recorded 1 comment.');
    expect(text).toContain('The agreement holds 4 goals: 0 internal goals');
    expect(text).toContain('and 4 external goals');
  });

  it('prints the same in the English customer summary', () => {
    const text = oneLine(pdfText(files.english));
    expect(text).toContain('at most 0 working days');
    expect(text).toContain('at most 1 working day ');
    expect(text).toContain('at most 2 working days');
    expect(text).toContain('at most 1,000 working days');
  });

  it('says 0, 1, 2 and 1,000 días hábiles in the Spanish summary', () => {
    const text = oneLine(pdfText(files.spanish));
    expect(text).toContain('como máximo 0 días hábiles');
    expect(text).toContain('como máximo 1 día hábil ');
    expect(text).toContain('como máximo 2 días hábiles');
    expect(text).toContain('como máximo 1,000 días hábiles');
    expect(text).not.toContain('working day');
  });
});
