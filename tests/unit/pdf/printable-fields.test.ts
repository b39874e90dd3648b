import { describe, expect, it } from 'vitest';
import { printableFieldsOf } from '../../../src/shared/pdf/printable-fields';
import { pdfContent, pdfMeeting } from '../../fixtures/pdf/pdf-inputs';

describe('printableFieldsOf', () => {
  const fields = printableFieldsOf(pdfContent, pdfMeeting);
  const byLabel = new Map(fields.map((entry) => [entry.field, entry.text]));

  it('labels goal fields by the number the goal has in the printed agreement', () => {
    // Goal 3 in print is the first water-efficiency goal (areas are printed in the guidance's order).
    expect(byLabel.get('Goal 3, Goal')).toBe('Keep water loss low');
    expect(byLabel.get('Goal 3, What is measured')).toBe('Water lost');
    expect(byLabel.get('Goal 3, Why the board chose it')).toContain('Losses above 15%');
    expect(byLabel.get('Goal 19, Why there is no baseline')).toBe('Tracking starts this year.');
  });

  it('covers the utility, the boundaries and the meeting, and skips empty fields', () => {
    expect(byLabel.get('Utility name')).toBe(pdfContent.utility.name);
    expect(byLabel.get('Board member 1, name')).toBe('Ana María Peña');
    expect(byLabel.get('Operator 1, certification')).toContain('Wastewater Level 1');
    expect(byLabel.get('Regulatory statement 2')).toContain('certified');
    expect(byLabel.get('What the system cannot do')).toContain('fire flow');
    expect(byLabel.get('Minutes excerpt')).toContain('Motion carried');
    expect(byLabel.has('Goal 1, Cost note')).toBe(false);
    expect(fields.every((entry) => entry.text.trim() !== '')).toBe(true);
  });

  it('leaves the meeting out for a draft', () => {
    expect(
      printableFieldsOf(pdfContent, null).some((entry) => entry.field === 'Meeting place'),
    ).toBe(false);
  });
});
