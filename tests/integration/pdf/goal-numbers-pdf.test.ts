import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/main/pdf/render-pdf';
import type { AgreementContent } from '../../../src/shared/domain/agreement-version';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { customerSummaryDocument } from '../../../src/shared/pdf/customer-summary-document';
import {
  approvedInput,
  approvedVersion,
  draftInput,
  pdfContent,
} from '../../fixtures/pdf/pdf-inputs';
import { boardOrderGoals, followedGoal } from '../../support/numbered-goals-sample';
import { oneLine, pdfText } from './poppler';

// The goals the component test follows through the screens (goal-numbers.test.tsx), approved.
const goals = boardOrderGoals().map(({ rev: _rev, ...goal }) => goal);
const content: AgreementContent = { ...pdfContent, goals };

// A draft the board is still working on: the outage goal marked a stretch, and a goal whose
// area and direction are not chosen yet.
const unfinished = {
  ...goals[0]!,
  id: 'g-new',
  statement: 'Hydrant flushing reaches every street',
  area: null,
  direction: null,
  unit: 'streets',
  target: 40,
};
const draftContent: AgreementContent = {
  ...pdfContent,
  revision: 3,
  goals: [unfinished, ...goals.map((goal) => ({ ...goal, stretch: goal.id === followedGoal.id }))],
};

let folder = '';
const files = { agreement: '', summary: '', spanish: '', draft: '' };

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'los-goal-numbers-'));
  const write = async (name: keyof typeof files, bytes: Promise<Buffer>) => {
    files[name] = join(folder, `${name}.pdf`);
    writeFileSync(files[name], await bytes);
  };
  await write('agreement', renderPdf(agreementDocument({ ...approvedInput, content })));
  const version = { ...approvedVersion, content };
  for (const [name, language] of [
    ['summary', 'en'],
    ['spanish', 'es'],
  ] as const) {
    await write(
      name,
      renderPdf(customerSummaryDocument({ version, standing: { inForce: true }, language })),
    );
  }
  await write('draft', renderPdf(agreementDocument({ ...draftInput, content: draftContent })));
}, 60_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('goal numbers in the PDFs', () => {
  const numbered = `${followedGoal.number} ${followedGoal.statement}`;

  it('prints the goal with the number the screens show, in the agreement', () => {
    const text = oneLine(pdfText(files.agreement));
    expect(text).toContain(numbered);
    expect(text).toContain('1 Pumping uses less power per gallon');
    expect(text).toContain('4 Calls are answered within 1 working day');
  });

  it('prints the same number in the customer summary, in English and in Spanish', () => {
    expect(oneLine(pdfText(files.summary))).toContain(numbered);
    expect(oneLine(pdfText(files.spanish))).toContain(numbered);
  });

  it('lists a draft goal with no area last, under "Area not chosen yet", never as "at most"', () => {
    const text = oneLine(pdfText(files.draft));
    const group = text.indexOf('Area not chosen yet');
    expect(group).toBeGreaterThan(text.indexOf('Customer Service'));
    // Numbered after every goal with an area, so the others keep their numbers.
    expect(text.slice(group)).toContain('5 Hydrant flushing reaches every street');
    expect(text).toContain(numbered);
    expect(text).toContain('40 streets (at most, at least or a range: not chosen yet)');
    expect(text).not.toContain('at most 40 streets');
  });

  it('prints "Stretch goal" beside a goal the board marked, and beside no other', () => {
    const text = oneLine(pdfText(files.draft));
    expect(text).toContain(`${numbered} Stretch goal`);
    expect(text.split('Stretch goal')).toHaveLength(2);
    expect(oneLine(pdfText(files.agreement))).not.toContain('Stretch goal');
  });
});
