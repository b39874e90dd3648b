import { describe, expect, it } from 'vitest';
import { customerFeedbackSection } from '../../../src/shared/pdf/customer-feedback-section';
import { summarizeComplaints } from '../../../src/shared/domain/customers/summarize-complaints';
import { mixedFeedbackInput, mixedLog } from '../../fixtures/pdf/pdf-water-only-feedback';
import { textOf } from './document-walk';

function sectionText(systemType: 'water' | 'wastewater' | 'both'): string {
  const feedback = mixedFeedbackInput(systemType).content.customerFeedback!;
  return textOf(customerFeedbackSection(4, feedback, systemType));
}

/** The text from "The call and complaint log" to the end of the section. */
function logPart(text: string): string {
  return text.slice(text.indexOf('The call and complaint log'));
}

describe('“What our customers told us”', () => {
  it('leaves sewer complaints out of a water-only agreement, with a note saying how many', () => {
    const log = logPart(sectionText('water'));
    expect(log).toContain(
      '5 complaints received from January 3, 2026 to December 18, 2026. 2 complaints about sewer service were left out: this agreement covers drinking water only.',
    );
    expect(log).toContain('Water quality 3');
    expect(log).not.toContain('Sewer');
  });

  it('prints every topic, and no note, when the agreement covers both services', () => {
    const log = logPart(sectionText('both'));
    expect(log).toContain('Sewer 2');
    expect(log).not.toContain('left out');
  });

  it('prints the note alone, with no empty table, when no topic applies', () => {
    const log = logPart(sectionText('wastewater'));
    expect(log).toContain(
      '3 complaints about water quality were left out: this agreement covers sewer service only.',
    );
    expect(log).toContain('Sewer 2');
    const sewerLog = { ...mixedLog, rows: mixedLog.rows.filter((row) => row.topic === 'sewer') };
    const { whole: _whole, ...complaints } = summarizeComplaints(sewerLog);
    const feedback = { ...mixedFeedbackInput('water').content.customerFeedback!, complaints };
    const alone = logPart(textOf(customerFeedbackSection(4, feedback, 'water')));
    expect(alone).toContain(
      '2 complaints received from June 1, 2026 to December 18, 2026. 2 complaints about sewer service were left out',
    );
    expect(alone).not.toContain('Median to respond');
  });

  it('counts each outreach in the words of its method', () => {
    const text = sectionText('water');
    expect(text).toContain('Taking part');
    expect(text).toContain('23 attended');
    expect(text).toContain('300 sent, 84 returned');
    expect(text).not.toMatch(/\? of|0 answered/);
  });
});
