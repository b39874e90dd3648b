import { describe, expect, it } from 'vitest';
import {
  applyDecisions,
  decisionsOf,
  reasonsByGoal,
} from '../../../src/shared/domain/annual-review/apply-decisions';
import { blankGoalFields, type Goal } from '../../../src/shared/domain/goal';
import type { ReviewDecision } from '../../../src/shared/domain/tracking/review-records';
import { changesSection } from '../../../src/shared/pdf/changes-section';
import { revisionChanges } from '../../../src/shared/pdf/revision-changes';
import { revisionPlan } from '../../../src/shared/pdf/revision-plan';
import { english } from '../../support/english-said';

function goal(id: string, changes: Partial<Goal> = {}): Goal {
  return {
    ...blankGoalFields('internal'),
    area: 'customer-service',
    statement: `Goal ${id}`,
    unit: 'hours',
    direction: 'at-most',
    target: 8,
    ...changes,
    id,
    rev: 3,
  };
}

function decision(goalId: string, changes: Partial<ReviewDecision>): ReviewDecision {
  return {
    id: `d-${goalId}`,
    revision: 5,
    goalId,
    choice: 'keep',
    newTarget: null,
    reason: '',
    decidedAt: '2028-02-03T12:00:00.000Z',
    ...changes,
  };
}

const goals = [goal('a'), goal('b'), goal('c'), goal('d')];
const decided = decisionsOf(
  [
    decision('a', { choice: 'raise', newTarget: 6 }),
    decision('b', { choice: 'drop', reason: 'The county answers it now.' }),
    decision('c', { choice: 'reword', reason: 'Say “working hours”.' }),
    decision('d', { choice: 'keep' }),
    // A decision about another revision is not this review's.
    decision('d', { revision: 4, choice: 'drop', reason: 'Old.' }),
  ],
  5,
);

describe('the next revision started from the decisions', () => {
  it('sets new targets, removes dropped goals, and leaves the rest as they are', () => {
    const next = applyDecisions(goals, decided);
    expect(next.map(({ id, target, rev }) => ({ id, target, rev }))).toEqual([
      { id: 'a', target: 6, rev: 4 },
      { id: 'c', target: 8, rev: 3 },
      { id: 'd', target: 8, rev: 3 },
    ]);
  });

  it('lists what it will do, a kept goal left out', () => {
    expect(revisionPlan(goals, decided).map((item) => english(item.text))).toEqual([
      'Goal 1, “Goal a”: target raised from at most 8 hours to at most 6 hours.',
      'Goal 2, “Goal b”: dropped from the new revision.',
      'Goal 3, “Goal c”: left as it is, for you to reword in step 3.',
    ]);
  });

  it('puts each reason under its change, and none under a goal that did not change', () => {
    const next = applyDecisions(goals, decided);
    const changes = revisionChanges(
      { revision: 5, goals, mission: 'Safe water.' },
      { goals: next, mission: 'Safe water.' },
      reasonsByGoal(decided),
    );
    expect(
      changes.goals.map(({ change, number, details }) => ({ change, number, details })),
    ).toEqual([
      {
        change: 'changed',
        number: 1,
        details: ['Target: was “at most 8 hours”; now “at most 6 hours”.'],
      },
      {
        change: 'dropped',
        number: 2,
        details: ['Reason given at the annual review: The county answers it now.'],
      },
    ]);
  });

  it('titles the approved revision’s section without "in force", and says when nothing changed', () => {
    const nothing = { since: 5, goals: [], mission: null };
    expect(JSON.stringify(changesSection(nothing, 'approved'))).toContain(
      'Nothing: the board kept revision 5 as it was.',
    );
    const [title] = changesSection(nothing, 'approved');
    expect(title).toMatchObject({ text: 'What changed since revision 5' });
    const [draftTitle] = changesSection(nothing);
    expect(draftTitle).toMatchObject({
      text: 'What changed since revision 5, the agreement in force',
    });
  });
});
