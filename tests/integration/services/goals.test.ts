import { describe, expect, it } from 'vitest';
import { rowId } from '../../../src/shared/domain/text';
import type { Goal } from '../../../src/shared/domain/goal';
import type { UtilityHandlers } from '../../../src/main/handlers';
import { AppError } from '../../../src/main/app-error';
import { goalFields, handlerFolder } from './handler-folder';

const statements = (goals: Goal[]) => goals.map((goal) => goal.statement);

/** Adds goals one after another (order matters) and answers them. */
async function addAll(handlers: UtilityHandlers, fields: ReturnType<typeof goalFields>[]) {
  const added: Goal[] = [];
  for (const each of fields) added.push(await handlers['goals:add']({ fields: each }));
  return added;
}

const staleGoal = {
  code: 'conflict',
  message: 'This goal was changed in another window. Reload to see the latest version.',
};
const missingGoal = {
  code: 'conflict',
  message:
    'This goal is no longer in the list; it may have been deleted in another window. Reload to see the latest version.',
};

describe('goals:add and goals:list', () => {
  it('starts empty, adds a goal with a new id at revision 0, and keeps it across a restart', async () => {
    const { handlers, reopen } = await handlerFolder('goals-add');
    expect(await handlers['goals:list'](undefined)).toEqual([]);

    const fields = { ...goalFields('Answer every leak report within a day'), target: 24 };
    const added = await handlers['goals:add']({ fields });
    expect(added).toEqual({ ...fields, id: added.id, rev: 0 });
    expect(rowId.safeParse(added.id).success).toBe(true);
    const other = await handlers['goals:add']({ fields });
    expect(other.id).not.toBe(added.id);

    expect(await (await reopen())['goals:list'](undefined)).toEqual([added, other]);
  });

  it('puts a new goal after the last goal of its kind', async () => {
    const { handlers } = await handlerFolder('goals-add-order');
    await addAll(handlers, [
      goalFields('I1'),
      goalFields('E1', 'external', 'customer-service'),
      goalFields('I2'),
    ]);
    expect(statements(await handlers['goals:list'](undefined))).toEqual(['I1', 'I2', 'E1']);

    await handlers['goals:add']({ fields: goalFields('E2', 'external', 'customer-service') });
    await handlers['goals:add']({ fields: goalFields('I3') });
    expect(statements(await handlers['goals:list'](undefined))).toEqual([
      'I1',
      'I2',
      'I3',
      'E1',
      'E2',
    ]);
  });

  it('keeps both of two adds sent at once', async () => {
    const { handlers } = await handlerFolder('goals-add-race');
    await Promise.all([
      handlers['goals:add']({ fields: goalFields('A') }),
      handlers['goals:add']({ fields: goalFields('B') }),
    ]);
    expect(statements(await handlers['goals:list'](undefined)).sort()).toEqual(['A', 'B']);
  });

  it('refuses a goal past the limit of 200 with a plain sentence', async () => {
    const { store, handlers } = await handlerFolder('goals-limit');
    await store.repository.update((draft) => {
      draft.goals = Array.from({ length: 200 }, (_, n) => ({
        ...goalFields(`Goal ${n}`),
        id: `g${n}`,
        rev: 0,
      }));
    });
    const refused = handlers['goals:add']({ fields: goalFields('One too many') });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'An agreement can hold at most 200 goals. Delete one before adding another.',
    });
    expect(await handlers['goals:list'](undefined)).toHaveLength(200);
  });
});

describe('goals:update', () => {
  it('saves the fields, bumps the revision, and keeps it across a restart', async () => {
    const { handlers, reopen } = await handlerFolder('goals-update');
    const [goal] = await addAll(handlers, [goalFields('Draft')]);
    const fields = { ...goalFields('No more than 2 boil-water notices a year'), target: 2 };

    const updated = await handlers['goals:update']({ id: goal!.id, rev: 0, fields });
    expect(updated).toEqual({ ...fields, id: goal!.id, rev: 1 });
    expect(await (await reopen())['goals:list'](undefined)).toEqual([updated]);
  });

  it('refuses an edit based on an old revision and keeps the newer one', async () => {
    const { handlers } = await handlerFolder('goals-update-stale');
    const [goal] = await addAll(handlers, [goalFields('Draft')]);
    const first = await handlers['goals:update']({
      id: goal!.id,
      rev: 0,
      fields: goalFields('First window'),
    });
    const stale = handlers['goals:update']({
      id: goal!.id,
      rev: 0,
      fields: goalFields('Second window'),
    });
    await expect(stale).rejects.toBeInstanceOf(AppError);
    await expect(stale).rejects.toMatchObject(staleGoal);
    expect(await handlers['goals:list'](undefined)).toEqual([first]);
  });

  it('lets two windows edit two different goals without a conflict', async () => {
    const { handlers } = await handlerFolder('goals-update-two');
    const [a, b] = await addAll(handlers, [goalFields('A'), goalFields('B')]);
    await handlers['goals:update']({ id: a!.id, rev: 0, fields: goalFields('A edited') });
    await handlers['goals:update']({ id: b!.id, rev: 0, fields: goalFields('B edited') });
    expect(statements(await handlers['goals:list'](undefined))).toEqual(['A edited', 'B edited']);
  });

  it('refuses an edit of a goal that is gone', async () => {
    const { handlers } = await handlerFolder('goals-update-gone');
    const [goal] = await addAll(handlers, [goalFields('Soon deleted')]);
    await handlers['goals:delete']({ id: goal!.id });
    await expect(
      handlers['goals:update']({ id: goal!.id, rev: 0, fields: goalFields('Edited') }),
    ).rejects.toMatchObject(missingGoal);
    expect(await handlers['goals:list'](undefined)).toEqual([]);
  });

  it('keeps a goal in its place when its kind changes', async () => {
    const { handlers } = await handlerFolder('goals-update-kind');
    const [, middle] = await addAll(handlers, [
      goalFields('I1'),
      goalFields('I2'),
      goalFields('I3'),
    ]);
    await handlers['goals:update']({
      id: middle!.id,
      rev: 0,
      fields: goalFields('Now external', 'external', 'customer-service'),
    });
    expect(statements(await handlers['goals:list'](undefined))).toEqual([
      'I1',
      'Now external',
      'I3',
    ]);
  });
});

describe('goals:delete and goals:restore', () => {
  it('answers the deleted goal and its place; Undo puts it back there, across a restart', async () => {
    const { handlers, reopen } = await handlerFolder('goals-delete');
    const [, middle] = await addAll(handlers, [goalFields('A'), goalFields('B'), goalFields('C')]);
    const edited = await handlers['goals:update']({
      id: middle!.id,
      rev: 0,
      fields: { ...goalFields('B'), rationale: 'Kept for the next board.' },
    });

    const deleted = await handlers['goals:delete']({ id: middle!.id });
    expect(deleted).toEqual({ goal: edited, index: 1 });
    expect(statements(await handlers['goals:list'](undefined))).toEqual(['A', 'C']);

    expect(await handlers['goals:restore'](deleted)).toEqual(edited);
    const afterRestart = await (await reopen())['goals:list'](undefined);
    expect(statements(afterRestart)).toEqual(['A', 'B', 'C']);
    expect(afterRestart[1]).toEqual(edited);
  });

  it('puts a restored goal at the end when the list has shrunk since', async () => {
    const { handlers } = await handlerFolder('goals-restore-end');
    const [a, , c] = await addAll(handlers, [goalFields('A'), goalFields('B'), goalFields('C')]);
    const deleted = await handlers['goals:delete']({ id: c!.id });
    await handlers['goals:delete']({ id: a!.id });
    await handlers['goals:restore'](deleted);
    expect(statements(await handlers['goals:list'](undefined))).toEqual(['B', 'C']);
  });

  it('refuses to delete a goal that is gone, and to restore one that is still there', async () => {
    const { handlers } = await handlerFolder('goals-delete-gone');
    const [goal] = await addAll(handlers, [goalFields('A')]);
    const deleted = await handlers['goals:delete']({ id: goal!.id });
    await expect(handlers['goals:delete']({ id: goal!.id })).rejects.toMatchObject(missingGoal);

    await handlers['goals:restore'](deleted);
    await expect(handlers['goals:restore'](deleted)).rejects.toMatchObject({
      code: 'conflict',
      message: 'This goal is already in the list, so there is nothing to undo.',
    });
    expect(await handlers['goals:list'](undefined)).toEqual([goal]);
  });
});

describe('goals:reorder', () => {
  async function mixedList(label: string) {
    const folder = await handlerFolder(label);
    const { store } = folder;
    // Kinds interleaved on purpose (as after an edit changed a kind): I1 E1 I2 E2 I3.
    await store.repository.update((draft) => {
      draft.goals = [
        ['I1', 'internal'],
        ['E1', 'external'],
        ['I2', 'internal'],
        ['E2', 'external'],
        ['I3', 'internal'],
      ].map(([statement, kind]) => ({
        ...goalFields(statement!, kind as Goal['kind'], 'customer-service'),
        id: statement!,
        rev: 0,
      }));
    });
    return folder;
  }

  it("orders one kind's goals, leaves the other kind's in place, and keeps it across a restart", async () => {
    const { handlers, reopen } = await mixedList('goals-reorder');
    const answer = await handlers['goals:reorder']({ kind: 'internal', ids: ['I3', 'I1', 'I2'] });
    const expected = ['I3', 'E1', 'I1', 'E2', 'I2'];
    expect(statements(answer)).toEqual(expected);
    expect(statements(await (await reopen())['goals:list'](undefined))).toEqual(expected);
  });

  it('orders external goals the same way', async () => {
    const { handlers } = await mixedList('goals-reorder-external');
    await handlers['goals:reorder']({ kind: 'external', ids: ['E2', 'E1'] });
    expect(statements(await handlers['goals:list'](undefined))).toEqual([
      'I1',
      'E2',
      'I2',
      'E1',
      'I3',
    ]);
  });

  it.each([
    ['one missing', ['I3', 'I1']],
    ['an unknown one', ['I3', 'I1', 'I2', 'I9']],
    ['one twice instead of another', ['I3', 'I1', 'I1']],
    ['one of the other kind', ['I3', 'I1', 'E1']],
  ])('refuses a list of ids with %s and changes nothing', async (_, ids) => {
    const { handlers } = await mixedList('goals-reorder-wrong');
    await expect(handlers['goals:reorder']({ kind: 'internal', ids })).rejects.toMatchObject({
      code: 'conflict',
      message: 'The list of goals was changed in another window. Reload to see the latest version.',
    });
    expect(statements(await handlers['goals:list'](undefined))).toEqual([
      'I1',
      'E1',
      'I2',
      'E2',
      'I3',
    ]);
  });
});
