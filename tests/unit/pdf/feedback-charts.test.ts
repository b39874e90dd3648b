import { describe, expect, it } from 'vitest';
import type { CustomerFeedbackContent } from '../../../src/shared/domain/customers/customer-feedback-content';
import { customerFeedbackSection } from '../../../src/shared/pdf/customer-feedback-section';
import { feedbackTerms } from '../../../src/shared/pdf/feedback-section-words';
import { spanishApprovedInput } from '../../fixtures/pdf/pdf-spanish';
import { systemTypeContent } from '../../fixtures/pdf/pdf-system-types';
import { chartRows, drawnRows, expectToScale } from './drawn-rows';

describe('the charts in “What our customers told us” draw exactly the tallies beside them', () => {
  const english = systemTypeContent('both', true).customerFeedback!;
  const spanish = spanishApprovedInput.content.customerFeedback!;

  it.each([
    ['en', english, 'Overall satisfaction'],
    ['es', spanish, 'Satisfacción general'],
  ] as const)(
    'satisfaction in %s: a bar and its figure for each score, 1 to 5',
    (language, feedback, title) => {
      const rows = chartRows(customerFeedbackSection(4, feedback, 'both', language), title);
      const counts = feedback.tally.satisfaction.distribution;
      expect(rows.map((row) => row.label[0])).toEqual(['1', '2', '3', '4', '5']);
      expect(rows.map((row) => Number(row.figure))).toEqual(counts);
      expectToScale(rows, counts);
    },
  );

  it('comments by topic: each topic’s bar beside its count', () => {
    const section = customerFeedbackSection(4, spanish, 'both', 'en');
    const rows = drawnRows(section).filter((row) =>
      spanish.tally.byTopic.some((topic) => row.figure === String(topic.count)),
    );
    const counts = spanish.tally.byTopic.map((topic) => topic.count);
    expect(rows.length).toBeGreaterThanOrEqual(counts.length);
    expectToScale(rows.slice(0, counts.length), counts);
  });

  it('the median time to respond: each topic’s bar to one scale, its figure in its unit', () => {
    const rows = chartRows(
      customerFeedbackSection(4, spanish, 'both', 'en'),
      'Median time to respond',
    );
    const timed = spanish.complaints.byTopic.filter((row) => row.responded.medianHours !== null);
    // The same figure the table prints beside it, in the log's own precision.
    expect(rows.map((row) => row.figure)).toEqual(
      timed.map((row) =>
        feedbackTerms.en.spanFigure(row.responded.medianHours, row.responded.unit),
      ),
    );
    expectToScale(
      rows,
      timed.map((row) => row.responded.medianHours!),
    );
  });

  it('draws no response chart when some topics count in whole days and others in hours', () => {
    const [first, ...rest] = spanish.complaints.byTopic;
    const mixed: CustomerFeedbackContent = {
      ...spanish,
      complaints: {
        ...spanish.complaints,
        byTopic: [{ ...first!, responded: { ...first!.responded, unit: 'days' } }, ...rest],
      },
    };
    const section = JSON.stringify(customerFeedbackSection(4, mixed, 'both', 'en'));
    expect(section).not.toContain('Median time to respond');
    expect(section).toContain('Median to respond');
  });
});
