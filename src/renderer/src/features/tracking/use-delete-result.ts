import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type { TrackedGoal, TrackingView } from '@shared/api/tracking-contract';
import type { Actual } from '@shared/domain/tracking/tracking-records';
import { useApi } from '../../api/api-context';
import { showUndoNotice } from '../../form-kit/show-undo-notice';
import { resultForPeriod, useWords } from './tracking-words';

/**
 * Deletes a result at once, with Undo in a message: a result is quick to delete by mistake in a
 * long list, and putting it back saves the same period, figure, source and note again. The
 * function keeps its identity while `show` does, so the goal cards are not drawn again.
 */
export function useDeleteResult(show: (view: TrackingView) => void) {
  const api = useApi();
  const words = useWords();
  const { text } = words;
  return useCallback(
    async (goal: TrackedGoal, actual: Actual): Promise<boolean> => {
      const result = await api['tracking:deleteActual']({ id: actual.id });
      if (!result.ok) {
        notifications.show({
          color: 'red',
          title: text('tracking.delete.failed'),
          message: result.error.message,
        });
        return false;
      }
      const { removed, view } = result.value;
      show(view);
      const { goalId, period, value, source, note } = removed;
      showUndoNotice({
        id: `result-deleted-${removed.id}`,
        title: text('tracking.delete.done'),
        message: text('tracking.delete.what', {
          number: goal.number,
          result: resultForPeriod(words, goal, removed),
        }),
        undo: async () => {
          const back = await api['tracking:saveActuals']({
            entries: [{ goalId, period, value, source, note }],
          });
          if (back.ok) show(back.value);
          else {
            notifications.show({
              color: 'red',
              title: text('tracking.delete.undoFailed'),
              message: back.error.message,
            });
          }
        },
      });
      return true;
    },
    [api, show, words, text],
  );
}
