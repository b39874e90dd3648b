import { sayIn } from '../../../src/shared/i18n/say-in';
import { describe, expect, it } from 'vitest';
import { blankGoalFields } from '../../../src/shared/domain/goal';
import { currentSnapshotFormat } from '../../../src/shared/domain/approved/stored-approval';
import { readIntact } from '../../support/read-intact';
import { approvableGoals, prepareApprovable } from '../../support/approval-sample';
import { handlerFolder } from './handler-folder';

describe('approving goals marked as stretch goals, and unfinished ones', () => {
  it('stores the approval in the current snapshot format, the stretch mark read back as approved', async () => {
    const { store, handlers } = await handlerFolder('approve-stretch');
    await prepareApprovable(handlers);
    const [first] = await handlers['goals:list'](undefined);
    const { id, rev, ...fields } = first!;
    await handlers['goals:update']({
      id,
      rev,
      fields: { ...fields, stretch: true, costNote: 'A leak survey: $4,000 a year.' },
    });
    expect((await handlers['approval:get'](undefined)).blockers).toEqual([]);
    await handlers['approval:approve'](undefined);

    const [stored] = store.repository.read().approvals;
    expect(stored?.snapshotFormat).toBe(currentSnapshotFormat);
    const version = readIntact(stored!);
    expect(version.content.goals.map((goal) => [goal.statement, goal.stretch])).toEqual([
      [approvableGoals()[0]?.statement, true],
      [approvableGoals()[1]?.statement, false],
    ]);
    expect(await handlers['export:agreementPdf']({ revision: 1, language: 'en' })).toMatchObject({
      status: 'download',
    });
  });

  it('is refused while a goal has no area or no direction, the review naming the field', async () => {
    const { store, handlers } = await handlerFolder('approve-unfinished');
    await prepareApprovable(handlers);
    const finished = approvableGoals()[0]!;
    await handlers['goals:add']({
      fields: { ...blankGoalFields('internal'), ...finished, area: null, direction: null },
    });
    const review = await handlers['review:get'](undefined);
    expect(
      review.findings
        .filter((finding) => finding.severity === 'blocker')
        .map((finding) => sayIn(finding.fix, 'en')),
    ).toEqual([
      'Open the goal and choose its area in the “Goal area” field.',
      'Open the goal and choose one under “How the target works”.',
    ]);
    await expect(handlers['approval:approve'](undefined)).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(store.repository.read().approvals).toEqual([]);
  });
});
