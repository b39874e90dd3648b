import { describe, expect, it } from 'vitest';
import type { CustomerRecords } from '../../../src/shared/domain/customers/customer-records';
import type { EvidenceRef } from '../../../src/shared/domain/customers/evidence';
import { blankEntryFields } from '../../../src/shared/domain/customers/feedback-entry';
import type { Goal } from '../../../src/shared/domain/goal';
import {
  customersBacking,
  findingsOf,
  makeExternalGoal,
  makeGoal,
  makeInput,
} from './review-fixtures';

/** Step 4 with one annual meeting and one comment (id c1) on it, and the given links to goal e1. */
function customersWith(refs: EvidenceRef[]): CustomerRecords {
  const records = customersBacking([]);
  records.outreaches = [
    {
      id: 'm1',
      rev: 0,
      method: 'annual-meeting',
      date: '2026-05-12',
      place: 'Grange hall',
      reached: 40,
      answered: 25,
      notes: '',
    },
  ];
  records.entries = [
    {
      ...blankEntryFields('response'),
      id: 'c1',
      rev: 0,
      outreachId: 'm1',
      said: 'Nobody called back for two days',
    },
  ];
  records.evidence = refs.map((ref) => ({ goalId: 'e1', ref }));
  return records;
}

function customerInput(goals: Goal[], refs: EvidenceRef[]) {
  return findingsOf(makeInput(goals, { customers: customersWith(refs) }), 'customer-input');
}

describe('customer-input rule', () => {
  it('passes an external goal with a comment linked as evidence', () => {
    const goal = makeExternalGoal('e1');
    expect(customerInput([goal], [{ kind: 'entry', entryId: 'c1' }])).toEqual([]);
  });

  it('counts a link to every comment on a topic, or to the complaints on it', () => {
    const goal = makeExternalGoal('e1');
    expect(customerInput([goal], [{ kind: 'topic', topic: 'response' }])).toEqual([]);
    expect(customerInput([goal], [{ kind: 'complaints', topic: 'response' }])).toEqual([]);
  });

  it('flags, without blocking, an external goal with no linked evidence', () => {
    // What the goal says customers said is not enough: the evidence must be linked in step 4.
    const goal = makeExternalGoal('e1');
    expect(customerInput([goal], [])).toEqual([
      {
        key: 'customer-input:e1',
        severity: 'warning',
        rule: 'customer-input',
        message:
          'Goal 1 (“Answer complaints within 1 working day”) is an external goal, but no customer feedback is linked to it as evidence.',
        fix: 'In step 4 (Customers), link the comments, survey answers or complaints this goal rests on.',
        goalId: 'e1',
        area: 'customer-service',
      },
    ]);
  });

  it('does not count a link to a comment that was deleted', () => {
    const goal = makeExternalGoal('e1');
    const deleted = customerInput([goal], [{ kind: 'entry', entryId: 'gone' }]);
    expect(deleted.map((finding) => finding.key)).toEqual(['customer-input:e1']);
    const stillOne = customerInput(
      [goal],
      [
        { kind: 'entry', entryId: 'gone' },
        { kind: 'entry', entryId: 'c1' },
      ],
    );
    expect(stillOne).toEqual([]);
  });

  it('does not count evidence linked to another goal', () => {
    const goals = [makeExternalGoal('e1'), makeExternalGoal('e2')];
    const keys = customerInput(goals, [{ kind: 'topic', topic: 'response' }]).map((f) => f.key);
    expect(keys).toEqual(['customer-input:e2']);
  });

  it('never asks an internal goal for customer input', () => {
    expect(customerInput([makeGoal('i1'), makeGoal('e1')], [])).toEqual([]);
  });
});
