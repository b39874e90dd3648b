import { describe, expect, it } from 'vitest';
import { goalAreaWords, goalAreas } from '../../../src/shared/domain/goal-areas';
import { listOf } from '../../../src/shared/domain/list-of';
import { summaryReporting } from '../../../src/shared/pdf/customer-summary-words';
import { customerReportWords } from '../../../src/shared/pdf/tracking-section';

describe('how the agreement says customers hear the results (tracking section)', () => {
  it('names the water-quality report and the annual meeting for a water system that holds one', () => {
    expect(customerReportWords({ systemType: 'water', annualMeeting: true })).toBe(
      'once a year, how the utility did against every external goal — in the annual water-quality report (due by July 1), on a bill insert or at the annual meeting.',
    );
  });

  it('promises no water-quality report for a sewer district, and no annual meeting it does not hold', () => {
    expect(customerReportWords({ systemType: 'wastewater', annualMeeting: false })).toBe(
      'once a year, how the utility did against every external goal — on a bill insert or at an open board meeting.',
    );
  });

  it('keeps the water-quality report for a utility that runs both services', () => {
    expect(customerReportWords({ systemType: 'both', annualMeeting: null })).toBe(
      'once a year, how the utility did against every external goal — in the annual water-quality report (due by July 1), on a bill insert or at an open board meeting.',
    );
  });

  it('names the annual meeting for a sewer district that holds one', () => {
    expect(customerReportWords({ systemType: 'wastewater', annualMeeting: true })).toBe(
      'once a year, how the utility did against every external goal — on a bill insert or at the annual meeting.',
    );
  });
});

describe('how the customer summary says customers hear the results', () => {
  it('in English, by system type and annual meeting', () => {
    expect(summaryReporting('en', 'water', true)).toBe(
      'We track every goal and report the results once a year in our water-quality report, on a bill insert and at the annual meeting.',
    );
    expect(summaryReporting('en', 'wastewater', false)).toBe(
      'We track every goal and report the results once a year on a bill insert and at an open board meeting.',
    );
    expect(summaryReporting('en', 'both', null)).toBe(
      'We track every goal and report the results once a year in our water-quality report, on a bill insert and at an open board meeting.',
    );
  });

  it('in Spanish, by system type and annual meeting', () => {
    expect(summaryReporting('es', 'water', false)).toBe(
      'Damos seguimiento a cada meta e informamos los resultados una vez al año en nuestro informe de calidad del agua, en un aviso con la factura y en una reunión pública de la mesa directiva.',
    );
    expect(summaryReporting('es', 'wastewater', true)).toBe(
      'Damos seguimiento a cada meta e informamos los resultados una vez al año en un aviso con la factura y en la reunión anual.',
    );
  });
});

describe('a list in a sentence', () => {
  it('joins with the caller’s last word, in either language', () => {
    expect(listOf(['A', 'B', 'C'], 'or')).toBe('A, B or C');
    expect(listOf(['A', 'B'], 'y')).toBe('A y B');
    expect(listOf(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('the goal areas in the words of the service', () => {
  const said = (systemType: 'water' | 'wastewater' | 'both') =>
    goalAreas
      .map((area) => goalAreaWords(area, systemType))
      .map(({ explanation, examples }) => `${explanation} ${examples}`)
      .join(' ');

  it('tell a sewer district of overflows and its permit, never of the water source or pressure', () => {
    const text = said('wastewater');
    expect(text).toContain('Keeping sewage out of streams, yards and homes');
    expect(text).toContain('discharge permit');
    expect(text).not.toMatch(/water source|pressure|psi|safe water|shutoff|water-quality/i);
  });

  it('tell a water system of its source and pressure, never of sewers', () => {
    const text = said('water');
    expect(text).toContain('Protecting the water source');
    expect(text).toContain('pressure');
    expect(text).not.toMatch(/sewer|sewage|overflow|lift station|permit/i);
  });

  it('tell a utility that runs both of both, and one not yet described of both', () => {
    expect(said('both')).toMatch(/sewage/);
    expect(said('both')).toMatch(/pressure/);
    expect(goalAreaWords('environmental', null)).toEqual(goalAreaWords('environmental', 'both'));
  });
});
