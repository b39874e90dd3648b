import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import type { Goal, GoalFields, GoalKind } from '@shared/domain/goal';
import { useApi } from '../../api/api-context';
import { useOtherWindows } from '../../api/use-other-windows';
import { showUndoNotice } from '../../form-kit/show-undo-notice';
import type { SaveStatus } from '../../form-kit/autosaver';
import { blockedMessage, firstBlocked } from '../../form-kit/blocked-messages';
import { useText } from '../../i18n/use-text';
import { displayOrder, swapped, type HeldGoal } from './display-order';
import { goalActionSelector } from './GoalCard';
import type { EditorProgress } from './GoalEditor';

/** Focuses a card's button once React has drawn the change (a moved card loses the focus). */
function focusLater(selector: string, fallback?: string) {
  requestAnimationFrame(() => {
    const target =
      document.querySelector<HTMLElement>(selector) ??
      (fallback ? document.querySelector<HTMLElement>(fallback) : null);
    target?.focus();
  });
}

const addBlankSelector = '[data-goal-action="add-blank"]';

/** One kind's goal list on screen: the goals, the open editor and every change to the list. */
export function useGoalList(initial: Goal[], kind: GoalKind, initialOpenId: string | null) {
  const api = useApi();
  const text = useText();
  const [goals, setGoals] = useState(initial);
  const [openId, setOpenId] = useState(
    initial.some((goal) => goal.id === initialOpenId) ? initialOpenId : null,
  );
  const [editorStatus, setEditorStatus] = useState<SaveStatus>({ kind: 'saved' });
  const editor = useRef<EditorProgress | null>(null);
  // The open goal keeps its place on screen until its editor closes (display-order.ts).
  const [held, setHeld] = useState<HeldGoal | null>(null);
  const openGoal = goals.find((goal) => goal.id === openId) ?? null;
  if ((held?.id ?? null) !== (openGoal?.id ?? null)) {
    setHeld(openGoal && { id: openGoal.id, area: openGoal.area });
  }
  const shown = displayOrder(goals, kind, held);
  const mine = shown.map(({ goal }) => goal);

  // Another window added, changed, moved or deleted goals: show its list. The open goal stays
  // even if deleted there, so its editor keeps what was typed (its next save says why not).
  useOtherWindows(() => {
    void api['goals:list']().then((result) => {
      if (!result.ok) return;
      setGoals((current) => {
        const open = current.find((goal) => goal.id === openId);
        const gone = open && !result.value.some((goal) => goal.id === open.id);
        return gone ? [...result.value, open] : result.value;
      });
    });
  });

  function problem(title: string, message: string) {
    notifications.show({ color: 'red', title, message, autoClose: false });
  }

  /** Saves the open goal first; answers false (and says why) when it cannot be closed yet. */
  async function closeEditor(): Promise<boolean> {
    const current = editor.current;
    if (current) {
      const blocked = firstBlocked([await current.flush()]);
      if (blocked) {
        problem(text('goals.problem.stillOpen'), blockedMessage(text, blocked.kind));
        return false;
      }
    }
    editor.current = null;
    setEditorStatus({ kind: 'saved' });
    setOpenId(null);
    return true;
  }

  async function toggle(id: string) {
    const wasOpen = openId === id;
    if (!(await closeEditor())) return;
    if (wasOpen) focusLater(goalActionSelector(id, 'edit'));
    else setOpenId(id);
  }

  /**
   * Adds a goal and opens it for editing; `open: false` leaves it closed (the library adds
   * several in a row and opens the last once it closes). Answers the goal, or null.
   */
  async function add(fields: GoalFields, { open = true } = {}): Promise<Goal | null> {
    if (!(await closeEditor())) return null;
    const result = await api['goals:add']({ fields });
    if (!result.ok) {
      problem(text('goals.problem.add'), result.error.message);
      return null;
    }
    setGoals((current) => [...current, result.value]);
    if (open) setOpenId(result.value.id);
    return result.value;
  }

  /** Swaps a goal with its neighbour in the same area: the order the agreement numbers them in. */
  async function move(id: string, by: -1 | 1) {
    const card = shown.find(({ goal }) => goal.id === id);
    const other = by === -1 ? card?.above : card?.below;
    if (!other) return;
    const result = await api['goals:reorder']({ kind, ids: swapped(goals, kind, id, other) });
    if (!result.ok) {
      problem(text('goals.problem.move'), result.error.message);
      return;
    }
    // The answer is the whole list, both kinds, in the stored order.
    setGoals(result.value);
    // The same button again, or the other one once the goal reaches the end of its area.
    const [again, otherWay] = by === -1 ? (['up', 'down'] as const) : (['down', 'up'] as const);
    focusLater(`${goalActionSelector(id, again)}:not(:disabled)`, goalActionSelector(id, otherWay));
  }

  async function remove(id: string) {
    if (openId === id && !(await closeEditor())) return;
    const position = mine.findIndex((goal) => goal.id === id);
    const result = await api['goals:delete']({ id });
    if (!result.ok) {
      problem(text('goals.problem.delete'), result.error.message);
      return;
    }
    setGoals((current) => current.filter((goal) => goal.id !== id));
    const neighbour = mine[position + 1] ?? mine[position - 1];
    focusLater(neighbour ? goalActionSelector(neighbour.id, 'edit') : addBlankSelector);
    const deleted = result.value.goal;
    showUndoNotice({
      id: `goal-deleted-${deleted.id}`,
      title: text('goals.deleted.title'),
      message:
        deleted.statement.trim() === ''
          ? text('goals.deleted.blank')
          : text('goals.deleted.named', { statement: deleted.statement }),
      undo: async () => {
        const restored = await api['goals:restore'](result.value);
        if (!restored.ok) {
          problem(text('goals.problem.undo'), restored.error.message);
          return;
        }
        setGoals((current) => {
          const next = current.filter((goal) => goal.id !== restored.value.id);
          next.splice(Math.min(result.value.index, next.length), 0, restored.value);
          return next;
        });
        focusLater(goalActionSelector(restored.value.id, 'edit'));
      },
    });
  }

  return {
    goals,
    /** This kind's goals in the agreement's number order, as the cards show them. */
    mine,
    /** The same, with each card's neighbours in its area for Move up and Move down. */
    shown,
    openId,
    editorStatus,
    /** The open editor reports its save state here. */
    onEditorProgress: (progress: EditorProgress) => {
      editor.current = progress;
      // The autosaver makes a new status object on every keystroke; redraw the list only on a change.
      setEditorStatus((current) =>
        JSON.stringify(current) === JSON.stringify(progress.status) ? current : progress.status,
      );
    },
    retry: () => editor.current?.retry(),
    /** A saved edit from the editor; functional, so the editor's first copy of it stays right. */
    onSaved: (saved: Goal) =>
      setGoals((current) => current.map((goal) => (goal.id === saved.id ? saved : goal))),
    toggle,
    closeEditor,
    add,
    move,
    remove,
  };
}
