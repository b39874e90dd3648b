import { describe, expect, it } from 'vitest';
import { agreementDocument } from '../../../src/shared/pdf/agreement-document';
import { draftInput, pdfContent } from '../../fixtures/pdf/pdf-inputs';
import { textOf } from './document-walk';

const [first] = pdfContent.goals;
if (first === undefined) throw new Error('The PDF fixtures have goals.');

/** A yes/no goal that was an hours goal before the board made it yes/no: its unit is left over. */
const madeYesNo = {
  ...first,
  id: 'plan',
  statement: 'The board reviews the drought plan every year',
  measure: 'Board reviewed the drought plan',
  unit: 'hours',
  direction: 'yes-no' as const,
  target: 1,
  targetHigh: null,
};

describe('a yes/no goal in the printed agreement', () => {
  it('prints its measure with no unit, while a goal with a number keeps its unit', () => {
    const content = { ...pdfContent, goals: [madeYesNo, { ...first, id: 'hours' }] };
    const text = textOf(agreementDocument({ ...draftInput, content }).content);
    expect(text).toContain('Board reviewed the drought plan');
    expect(text).not.toContain('Board reviewed the drought plan (hours)');
    expect(text).toContain(`${first.measure} (${first.unit})`);
  });
});
