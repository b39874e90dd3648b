import { describe, expect, it } from 'vitest';
import { blankGoalFields, type GoalFields } from '../../../src/shared/domain/goal';
import { revisionChanges } from '../../../src/shared/pdf/revision-changes';

function goal(id: string, changes: Partial<GoalFields> = {}): GoalFields & { id: string } {
  return {
    ...blankGoalFields('internal'),
    area: 'customer-service',
    statement: `Goal ${id}`,
    measure: 'Main breaks',
    unit: 'breaks per 100 miles',
    direction: 'at-most',
    target: 9,
    frequency: 'monthly',
    responsible: 'Dana Ortiz',
    ...changes,
    id,
  };
}

describe('what changed since revision N', () => {
  it('names nothing when the next revision is the same', () => {
    const goals = [goal('a'), goal('b')];
    expect(
      revisionChanges(
        { revision: 5, goals, mission: 'Safe water.' },
        { goals, mission: 'Safe water.' },
      ),
    ).toEqual({ since: 5, goals: [], mission: null });
  });

  it('says each changed part as the agreement prints it, before and after', () => {
    const changes = revisionChanges(
      { revision: 5, goals: [goal('a')], mission: 'Safe water.' },
      {
        goals: [goal('a', { target: 7, frequency: 'quarterly', standIn: 'Pat Romero & Sons' })],
        mission: 'Safe water.',
      },
    );
    expect(changes.goals).toEqual([
      {
        change: 'changed',
        number: 1,
        formerNumber: null,
        statement: 'Goal a',
        details: [
          'Target: was “at most 9 breaks per 100 miles”; now “at most 7 breaks per 100 miles”.',
          'How often: was “Monthly”; now “Quarterly”.',
          'Who stands in: was “nobody named”; now “Pat Romero & Sons”.',
        ],
      },
    ]);
  });

  it('lists added goals by their new number and dropped ones last by their old number', () => {
    const changes = revisionChanges(
      {
        revision: 2,
        goals: [
          goal('keep'),
          goal('drop-2', { area: 'regulatory' }),
          goal('drop-1', { area: 'water-efficiency' }),
        ],
        mission: 'Safe water.',
      },
      {
        goals: [
          goal('keep'),
          goal('new', { area: 'regulatory', statement: 'Report every overflow' }),
        ],
        mission: 'Safe, affordable water.',
      },
    );
    expect(
      changes.goals.map(({ change, number, statement }) => [change, number, statement]),
    ).toEqual([
      ['added', 2, 'Report every overflow'],
      ['dropped', 1, 'Goal drop-1'],
      ['dropped', 3, 'Goal drop-2'],
    ]);
    expect(changes.mission).toEqual({ before: 'Safe water.', after: 'Safe, affordable water.' });
    expect(changes.goals.map((change) => change.formerNumber)).toEqual([null, null, null]);
  });

  it('gives a changed goal its former number when goals before it came or went', () => {
    const changes = revisionChanges(
      {
        revision: 5,
        goals: [goal('gone', { area: 'water-efficiency' }), goal('kept')],
        mission: '',
      },
      { goals: [goal('kept', { target: 7 })], mission: '' },
    );
    expect(
      changes.goals.map(({ change, number, formerNumber }) => [change, number, formerNumber]),
    ).toEqual([
      ['changed', 1, 2],
      ['dropped', 1, null],
    ]);
  });

  it('does not report a change that prints the same', () => {
    const before = goal('a', { unit: 'breaks per 100 miles' });
    const after = goal('a', { unit: 'breaks per 100 miles', templateId: 'CS6', setBy: ['b1'] });
    expect(
      revisionChanges(
        { revision: 1, goals: [before], mission: '' },
        { goals: [after], mission: '' },
      ).goals,
    ).toEqual([]);
  });
});
