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
    expect(log).toContain('Sewer (other) 2');
    expect(log).not.toContain('left out');
  });

  it('prints the note alone, with no empty table, when no topic applies', () => {
    const log = logPart(sectionText('wastewater'));
    expect(log).toContain(
      '3 complaints about water quality were left out: this agreement covers sewer service only.',
    );
    expect(log).toContain('Sewer (other) 2');
    const sewerLog = { ...mixedLog, rows: mixedLog.rows.filter((row) => row.topic === 'sewer') };
    const { whole: _whole, ...complaints } = summarizeComplaints(sewerLog);
    const feedback = { ...mixedFeedbackInput('water').content.customerFeedback!, complaints };
    const alone = logPart(textOf(customerFeedbackSection(4, feedback, 'water')));
    expect(alone).toContain(
      '2 complaints received from June 1, 2026 to December 18, 2026. 2 complaints about sewer service were left out',
    );
    expect(alone).not.toContain('Median to respond');
  });

  it('leaves comments on a topic the agreement does not cover out of “What they said”, with a note', () => {
    const feedback = mixedFeedbackInput('wastewater').content.customerFeedback!;
    const tally = {
      ...feedback.tally,
      byTopic: [
        { topic: 'odor' as const, count: 2, strong: 1 },
        { topic: 'water-quality' as const, count: 3, strong: 0 },
        { topic: 'outages' as const, count: 1, strong: 0 },
      ],
    };
    const said = (systemType: 'water' | 'wastewater' | 'both') => {
      const text = textOf(customerFeedbackSection(4, { ...feedback, tally }, systemType));
      return text.slice(text.indexOf('What they said'), text.indexOf('The call and complaint log'));
    };
    const sewer = said('wastewater');
    expect(sewer).toContain('Sewer odor 2 1');
    expect(sewer).not.toContain('Water quality');
    expect(sewer).toContain(
      '4 comments about water quality and water outages were left out: this agreement covers sewer service only.',
    );
    const water = said('water');
    expect(water).toContain('Water quality 3 0');
    expect(water).toContain(
      '2 comments about sewer odor were left out: this agreement covers drinking water only.',
    );
    expect(said('both')).not.toContain('left out');
  });

  it('counts each outreach in the words of its method', () => {
    const text = sectionText('water');
    expect(text).toContain('Taking part');
    expect(text).toContain('23 attended');
    expect(text).toContain('300 sent, 84 returned');
    expect(text).not.toMatch(/\? of|0 answered/);
  });
});

describe('the standard answers in the agreement', () => {
  const base = mixedFeedbackInput('both').content.customerFeedback!;
  const answered = (hours: number[], counts: number[], medianHours: number) => ({
    answered: counts.reduce((sum, count) => sum + count, 0),
    medianHours,
    distribution: hours.map((each, index) => ({ hours: each, count: counts[index] ?? 0 })),
  });
  const feedback = {
    ...base,
    tally: {
      ...base.tally,
      outage: answered([2, 4, 8, 24], [1, 3, 1, 0], 4),
      notice: { answered: 4, medianDays: 2, distribution: [{ days: 2, count: 4 }] },
      cleanup: answered([2, 4, 8, 24], [2, 5, 1, 0], 4),
      overflowNotice: answered([4, 24, 72], [6, 2, 0], 4),
    },
  };
  const answersOf = (systemType: 'water' | 'wastewater' | 'both') =>
    textOf(customerFeedbackSection(4, feedback, systemType));
  const shutoff = 'A planned shutoff is acceptable for up to 4 h';
  const cleanup =
    'A crew should be at a sewage backup in a home within 4 h (the median of 8 answers; 2 h: 2, 4 h: 5, 8 h: 1, a day: 0).';
  const overflow =
    'Customers want to be told of a sewage overflow near their home within 4 h (the median of 8 answers; 4 h: 6, a day: 2, 3 days: 0).';

  it('gives a sewer district the backup and overflow answers and no shutoff', () => {
    const text = answersOf('wastewater');
    expect(text).toContain(cleanup);
    expect(text).toContain(overflow);
    expect(text).not.toContain('shutoff');
  });

  it('gives a water system the shutoff answers and no sewer question', () => {
    const text = answersOf('water');
    expect(text).toContain(shutoff);
    expect(text).toContain('Notice wanted before a shutoff: 2 days');
    expect(text).not.toContain('sewage backup');
    expect(text).not.toContain('overflow');
  });

  it('gives a utility that runs both every answer', () => {
    const text = answersOf('both');
    for (const line of [shutoff, cleanup, overflow]) expect(text).toContain(line);
  });
});
