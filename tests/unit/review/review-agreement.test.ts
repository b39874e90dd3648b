import { describe, expect, it } from 'vitest';
import { blankGoalFields, type Goal } from '../../../src/shared/domain/goal';
import { findingSchema } from '../../../src/shared/domain/review-finding';
import { reviewAgreement } from '../../../src/shared/domain/review/review-agreement';
import type { ReviewInput } from '../../../src/shared/domain/review/review-input';
import { sayIn } from '../../../src/shared/i18n/say-in';
import {
  customersBacking,
  inEnglish,
  keysOf,
  makeExternalGoal,
  makeGoal,
  makeInput,
  tenGoodGoals,
} from './review-fixtures';

const asOf = '2025-12-31';

/** Cedar Flats (212 connections, no hydrants) as its board left the goals before the review. */
function cedarFlatsGoals(): Goal[] {
  return [
    makeExternalGoal('cs-pressure', {
      statement: 'Water pressure stays at or above 20 psi at every tap',
      measure: 'Pressure at the highest house on Ridge Road',
      unit: 'psi',
      direction: 'at-least',
      target: 20,
      baseline: { value: 28, asOf, source: 'Monthly gauge rounds', missingReason: '' },
      floor: 'minimum-pressure',
      templateId: 'CS1',
    }),
    makeExternalGoal('cs-crew', {
      statement: 'A crew is on site within 2 hours of an urgent main break',
      measure: 'Hours from call to crew on site',
      unit: 'hours',
      target: 2,
      baseline: { value: 3, asOf, source: 'Call log', missingReason: '' },
      templateId: 'CS3',
    }),
    makeExternalGoal('cs-notice', {
      statement: 'Planned shutoffs are announced 48 hours ahead',
      measure: 'Hours of notice',
      unit: 'hours',
      direction: 'at-least',
      target: 48,
      baseline: { value: 24, asOf, source: 'Outage log', missingReason: '' },
      templateId: 'CS5',
    }),
    makeExternalGoal('cs-fire', {
      statement: 'Provide fire flow to the new subdivision',
      measure: 'Gallons per minute at the hydrant',
      unit: 'gpm',
      direction: 'at-least',
      target: 500,
      baseline: { value: null, asOf: '', source: '', missingReason: '' },
      customerBasis: 'Several members asked about fire protection at the annual meeting.',
    }),
    makeExternalGoal('cs-complaints', {
      target: 1,
      baseline: { value: 2, asOf, source: 'Complaint log', missingReason: '' },
      templateId: 'CS7',
    }),
    makeGoal('wc-loss', {
      templateId: 'WC1',
      baseline: { value: 18, asOf, source: 'Audit', missingReason: '' },
    }),
    makeGoal('wc-audit', {
      statement: 'Complete the AWWA water audit every year',
      measure: 'Audit completed',
      unit: 'done or not',
      direction: 'yes-no',
      target: null,
      baseline: { value: 0, asOf, source: 'Board minutes', missingReason: '' },
      templateId: 'WC2',
    }),
    makeGoal('wc-leaks', {
      statement: 'Fix reported leaks within 5 working days',
      measure: 'Working days from report to repair',
      unit: 'working days',
      target: 5,
      baseline: {
        value: null,
        asOf: '',
        source: '',
        missingReason: 'Repair dates were not logged; the log starts in January.',
      },
      templateId: 'WC4',
    }),
    makeExternalGoal('rg-violations', {
      area: 'regulatory',
      statement: 'No health-based violations',
      measure: 'Health-based violations per year',
      unit: 'violations',
      target: 0,
      baseline: { value: 0, asOf, source: 'State notices', missingReason: '' },
      templateId: 'RG1',
    }),
    makeGoal('rg-operator', {
      area: 'regulatory',
      statement: 'A certified operator is always in charge',
      measure: 'Days without certified coverage',
      unit: 'days',
      target: 0,
      baseline: { value: 0, asOf, source: 'Contracts', missingReason: '' },
      templateId: 'RG7',
    }),
    { ...blankGoalFields('internal'), area: 'energy-efficiency', id: 'ee-new', rev: 0 },
  ];
}

/** The board linked customer feedback to every external goal but the crew and violations ones. */
function cedarFlatsInput(goals = cedarFlatsGoals()): ReviewInput {
  return makeInput(goals, { customers: customersBacking(goals, ['cs-crew', 'rg-violations']) });
}

describe('reviewAgreement', () => {
  it('finds nothing in a sound agreement', () => {
    expect(reviewAgreement(makeInput(tenGoodGoals()))).toEqual([]);
  });

  it('reviews a realistic 212-connection water system with 11 goals', () => {
    const input = cedarFlatsInput();
    input.scope.areas = [...input.scope.areas, 'environmental'];
    expect(input.utility.connections).toBe(212);
    expect(input.goals).toHaveLength(11);
    // By goal number: the agreement's areas in the guidance's order (energy efficiency first),
    // the board's order within each.
    expect(keysOf(input)).toEqual([
      'no-direction:ee-new',
      'measurable:ee-new',
      'capability:cs-fire',
      'area:environmental',
      'baseline:ee-new',
      'customer-input:cs-crew',
      'baseline:cs-fire',
      'customer-input:rg-violations',
      'area:ee-new',
      'stretch:wc-audit',
      'stretch:cs-crew',
      'stretch:cs-notice',
      'stretch:cs-complaints',
    ]);
    const blankGoal = reviewAgreement(input)
      .map(inEnglish)
      .find((f) => f.key === 'measurable:ee-new');
    expect(blankGoal?.message).toMatch(/^Goal 1 \(no wording yet\) /);
  });

  it('puts blockers first, then warnings, then notes', () => {
    const findings = reviewAgreement(cedarFlatsInput());
    const ranks = findings.map((f) => ['blocker', 'warning', 'note'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks)).toEqual(new Set([0, 1, 2]));
  });

  it('orders findings of one severity by goal number, agreement-wide ones first', () => {
    const noBaseline = { value: null, asOf: '', source: '', missingReason: '' };
    const goals = [
      makeGoal('c', { baseline: noBaseline }),
      makeGoal('a', { baseline: noBaseline }),
      makeGoal('b', { baseline: noBaseline }),
    ];
    expect(keysOf(makeInput(goals)).filter((k) => !k.startsWith('count:'))).toEqual([
      'balance:external',
      'area:customer-service',
      'area:regulatory',
      'baseline:c',
      'baseline:a',
      'baseline:b',
    ]);
  });

  it('follows the goals when the board reorders them within an area, keeping each key', () => {
    const goals = cedarFlatsGoals();
    const before = reviewAgreement(cedarFlatsInput(goals));
    const after = reviewAgreement(cedarFlatsInput([...goals].reverse()));
    expect(new Set(after.map((f) => f.key))).toEqual(new Set(before.map((f) => f.key)));
    const stretches = (list: typeof before) =>
      list.filter((f) => f.rule === 'stretch').map((f) => f.goalId);
    expect(stretches(before)).toEqual(['wc-audit', 'cs-crew', 'cs-notice', 'cs-complaints']);
    // Water efficiency still comes before customer service; within it, the board's new order.
    expect(stretches(after)).toEqual(['wc-audit', 'cs-complaints', 'cs-notice', 'cs-crew']);
  });

  it('gives the same keys on every run, unique and of the form rule:goalId or rule:area', () => {
    const input = cedarFlatsInput();
    const first = reviewAgreement(input);
    expect(reviewAgreement(input)).toEqual(first);
    const keys = first.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const finding of first) {
      expect(finding.key).toBe(`${finding.rule}:${finding.goalId ?? finding.area ?? ''}`);
    }
  });

  it('keeps agreement-wide keys fixed', () => {
    expect(keysOf(makeInput([]))).toEqual(['count:none']);
    const many = Array.from({ length: 16 }, (_, i) => makeGoal(`g${i}`));
    expect(keysOf(makeInput(many))).toEqual([
      'count:too-many',
      'balance:external',
      'area:customer-service',
      'area:regulatory',
    ]);
  });

  it('links every goal finding to its goal and area, and every finding matches the schema', () => {
    const input = cedarFlatsInput();
    for (const finding of reviewAgreement(input)) {
      expect(findingSchema.parse(finding)).toEqual(finding);
      if (finding.goalId !== null) {
        expect(finding.area).toBe(input.goals.find((g) => g.id === finding.goalId)?.area);
      }
      expect(sayIn(finding.message, 'en')).toMatch(/[.]$/);
      expect(sayIn(finding.fix, 'en')).toMatch(/[.]$/);
    }
  });

  it('does not change what it is given', () => {
    const input = cedarFlatsInput();
    const copy = structuredClone(input);
    reviewAgreement(input);
    expect(input).toEqual(copy);
  });
});
