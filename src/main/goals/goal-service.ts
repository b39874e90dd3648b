import { randomUUID } from 'node:crypto';
import type { DeletedGoal } from '../../shared/api/goals-contract';
import type { Goal } from '../../shared/domain/goal';
import type { Workbook } from '../../shared/domain/workbook';
import { AppError } from '../app-error';
import { refusal } from '../messages/refusal';
import type { WorkbookStore } from '../services/editable-store';
import type { AreaHandlers } from '../../shared/api/contract';

/** The workbook schema's limit, checked first so the user gets a sentence, not a failed save. */
const maxGoals = 200;

function missingGoal(): AppError {
  return new AppError('conflict', refusal('refusals.goalGone'));
}

function indexOfGoal(draft: Workbook, id: string): number {
  const index = draft.goals.findIndex((goal) => goal.id === id);
  if (index === -1) throw missingGoal();
  return index;
}

function ensureRoom(draft: Workbook): void {
  if (draft.goals.length >= maxGoals) {
    throw new AppError('invalid-input', refusal('refusals.tooManyGoals', { max: maxGoals }));
  }
}

/** Whether `given` names each of `stored` exactly once and nothing else. */
function sameIds(given: readonly string[], stored: readonly string[]): boolean {
  const set = new Set(given);
  return (
    set.size === given.length && given.length === stored.length && stored.every((id) => set.has(id))
  );
}

/**
 * Steps 3 and 5: internal and external goals in one list, in the board's order. Each goal has
 * its own revision, so two windows editing different goals do not conflict. Every check runs
 * inside the repository's queue, against the latest saved list.
 */

export function createGoalService(repository: WorkbookStore): AreaHandlers<'goals'> {
  return {
    'goals:list': () => repository.read().goals,

    /** Goes right after the last goal of its kind, so it shows at the end of its step's list. */
    'goals:add': async ({ fields }) => {
      const goal: Goal = { ...fields, id: randomUUID(), rev: 0 };
      await repository.update((draft) => {
        ensureRoom(draft);
        const lastOfKind = draft.goals.findLastIndex((other) => other.kind === fields.kind);
        draft.goals.splice(lastOfKind === -1 ? draft.goals.length : lastOfKind + 1, 0, goal);
      });
      return goal;
    },

    'goals:update': async (input) => {
      const updated: Goal = { ...input.fields, id: input.id, rev: input.rev + 1 };
      await repository.update((draft) => {
        const index = indexOfGoal(draft, input.id);
        if (draft.goals[index]?.rev !== input.rev) {
          throw new AppError('conflict', refusal('refusals.goalChanged'));
        }
        draft.goals[index] = updated;
      });
      return updated;
    },

    /** Answers the goal and where it stood, for Undo. */
    'goals:delete': async (input) => {
      let deleted: DeletedGoal | undefined;
      await repository.update((draft, saved) => {
        const index = indexOfGoal(saved, input.id);
        deleted = { goal: saved.goals[index]!, index };
        draft.goals.splice(index, 1);
      });
      if (!deleted) throw missingGoal();
      return deleted;
    },

    /** Undo of a delete: back at its old place, or at the end if the list has since shrunk. */
    'goals:restore': async (input) => {
      await repository.update((draft) => {
        if (draft.goals.some((goal) => goal.id === input.goal.id)) {
          throw new AppError('conflict', refusal('refusals.goalAlreadyBack'));
        }
        ensureRoom(draft);
        draft.goals.splice(Math.min(input.index, draft.goals.length), 0, input.goal);
      });
      return input.goal;
    },

    /** Orders one kind's goals; the other kind's keep their places. Answers the whole list. */
    'goals:reorder': async (input) => {
      const saved = await repository.update((draft) => {
        const ofKind = draft.goals.filter((goal) => goal.kind === input.kind);
        if (
          !sameIds(
            input.ids,
            ofKind.map((goal) => goal.id),
          )
        ) {
          throw new AppError('conflict', refusal('refusals.goalsChanged'));
        }
        const byId = new Map(ofKind.map((goal) => [goal.id, goal]));
        const ordered = input.ids.flatMap((id) => byId.get(id) ?? []);
        let next = 0;
        draft.goals = draft.goals.map((goal) =>
          goal.kind === input.kind ? (ordered[next++] ?? goal) : goal,
        );
      });
      return saved.goals;
    },
  };
}
