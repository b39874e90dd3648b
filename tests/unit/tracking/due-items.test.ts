import { describe, expect, it } from 'vitest';
import { dueItems, type DueInput } from '../../../src/shared/domain/tracking/due-items';
import { goalStanding } from '../../../src/shared/domain/tracking/goal-standing';
import type { MeasureFrequency } from '../../../src/shared/domain/goal';
import type { BoardMember } from '../../../src/shared/domain/utility';

import { sayIn } from '../../../src/shared/i18n/say-in';

/** What is due, each line in English as the overview shows it to an English reader. */
function dueItemsInEnglish(input: DueInput) {
  return dueItems(input).map((item) => ({ ...item, text: sayIn(item.text, 'en') }));
}

const approvedOn = '2027-11-18';

function goal(number: number, frequency: MeasureFrequency, today: string) {
  const standing = goalStanding({
    goal: { direction: 'at-most', target: 9, targetHigh: null, frequency },
    actuals: [],
    approvedOn,
    today,
  });
  return { number, frequency, standing };
}

function member(name: string, termEnds: string): BoardMember {
  return { id: name, name, office: 'member', termEnds, onPlanningTeam: false };
}

function input(today: string, changes: Partial<DueInput> = {}): DueInput {
  return {
    goals: [],
    nextReviewOn: '2028-11-18',
    utility: { systemType: 'water', connections: 120, population: 300, board: [] },
    lastAskedOn: '2027-05-12',
    approvedOn,
    today,
    ...changes,
  };
}

describe('what is due', () => {
  it('lists each owed result once per period, goals together, overdue first', () => {
    const today = '2028-02-03';
    const items = dueItemsInEnglish(
      input(today, {
        goals: [goal(1, 'monthly', today), goal(3, 'monthly', today), goal(2, 'quarterly', today)],
      }),
    );
    const measurements = items.filter((item) => item.kind === 'measurement');
    expect(measurements).toEqual([
      {
        kind: 'measurement',
        date: '2027-12-01',
        overdue: true,
        text: 'Record the results for November 2027, December 2027 and January 2028: goals 1 and 3.',
      },
      {
        kind: 'measurement',
        date: '2028-01-01',
        overdue: true,
        text: 'Record the result for October–December 2027: goal 2.',
      },
    ]);
    expect(items.slice(0, 2)).toEqual(measurements);
  });

  it('counts more than three owed results, naming the oldest and newest, never a range', () => {
    const today = '2028-04-03';
    const standing = goalStanding({
      goal: { direction: 'at-most', target: 9, targetHigh: null, frequency: 'monthly' },
      actuals: [
        {
          id: 'dec',
          goalId: 'g',
          revision: 1,
          period: '2027-12',
          value: 1,
          source: '',
          note: '',
          recordedAt: '2028-01-02T10:00:00.000Z',
        },
      ],
      approvedOn,
      today,
    });
    const [line] = dueItemsInEnglish(
      input(today, { goals: [{ number: 4, frequency: 'monthly', standing }] }),
    );
    expect(line?.text).toBe(
      'Record 4 results, the oldest for November 2027 and the newest for March 2028: goal 4.',
    );
  });

  it('names the running period’s result as next, when nothing is overdue', () => {
    const today = '2027-11-25';
    const items = dueItemsInEnglish(
      input(today, { goals: [goal(1, 'monthly', today), goal(2, 'yearly', today)] }),
    );
    expect(items.filter((item) => item.kind === 'measurement')).toEqual([
      {
        kind: 'measurement',
        date: '2027-12-01',
        overdue: false,
        text: 'Record the result for November 2027: goal 1.',
      },
      {
        kind: 'measurement',
        date: '2028-01-01',
        overdue: false,
        text: 'Record the result for 2027: goal 2.',
      },
    ]);
  });

  it('does not list every day for a daily goal, nor events or surveys not yet owed', () => {
    const today = '2027-11-25';
    const items = dueItemsInEnglish(
      input(today, {
        goals: [goal(1, 'each-event', today), goal(2, 'every-2-3-years', today)],
      }),
    );
    expect(items.filter((item) => item.kind === 'measurement')).toEqual([]);
  });

  it('puts the annual review a year after the approval, overdue the day after', () => {
    const review = (today: string) =>
      dueItemsInEnglish(input(today)).find((item) => item.kind === 'annual-review');
    expect(review('2028-11-18')).toMatchObject({ date: '2028-11-18', overdue: false });
    expect(review('2028-11-19')).toMatchObject({ overdue: true });
  });

  it('reminds a community water system of the Consumer Confidence Report by July 1', () => {
    const ccr = (today: string, utility: Partial<DueInput['utility']> = {}) =>
      dueItemsInEnglish(input(today, { utility: { ...input(today).utility, ...utility } })).find(
        (item) => item.kind === 'ccr',
      );
    expect(ccr('2028-02-03')?.date).toBe('2028-07-01');
    expect(ccr('2028-07-01')?.date).toBe('2028-07-01');
    expect(ccr('2028-07-02')?.date).toBe('2029-07-01');
    expect(ccr('2028-02-03', { systemType: 'wastewater' })).toBeUndefined();
    expect(ccr('2028-02-03', { systemType: 'both' })).toBeDefined();
    // Fewer than 15 connections and 25 residents: not a community water system.
    expect(ccr('2028-02-03', { connections: 14, population: 24 })).toBeUndefined();
    expect(ccr('2028-02-03', { connections: 14, population: 25 })).toBeDefined();
  });

  it('asks for a new survey two years after customers were last asked, overdue after three', () => {
    const survey = (today: string, lastAskedOn: string | null = '2027-05-12') =>
      dueItemsInEnglish(input(today, { lastAskedOn })).find((item) => item.kind === 'survey');
    expect(survey('2029-06-01')).toMatchObject({ date: '2029-05-12', overdue: false });
    expect(survey('2030-05-12')).toMatchObject({ overdue: false });
    expect(survey('2030-05-13')).toMatchObject({ overdue: true });
    expect(survey('2029-06-01')?.text).toBe(
      'Ask customers again: a survey every 2 to 3 years (customers were last asked on May 12, 2027).',
    );
    expect(survey('2028-01-01', null)).toMatchObject({ date: '2029-11-18' });
  });

  it('names board terms ending within 90 days (91 is not yet), and those ended in the last year', () => {
    const board = [
      member('Ana María Peña', '2028-03-31'),
      member('Jo Smith & "Sons"', '2028-05-03'),
      member('Pat Romero', '2028-05-04'),
      member('Lee Ortiz', '2027-06-30'),
      member('Old Term', '2026-12-31'),
      member('No Date', ''),
    ];
    const items = dueItemsInEnglish(
      input('2028-02-03', { utility: { ...input('2028-02-03').utility, board } }),
    ).filter((item) => item.kind === 'board-term');
    expect(items).toEqual([
      {
        kind: 'board-term',
        date: '2027-06-30',
        overdue: true,
        text: "Lee Ortiz's board term ended on June 30, 2027.",
      },
      {
        kind: 'board-term',
        date: '2028-03-31',
        overdue: false,
        text: "Ana María Peña's board term ends on March 31, 2028.",
      },
      {
        kind: 'board-term',
        date: '2028-05-03',
        overdue: false,
        text: 'Jo Smith & "Sons"\'s board term ends on May 3, 2028.',
      },
    ]);
  });
});
