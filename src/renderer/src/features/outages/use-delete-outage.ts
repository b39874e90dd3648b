import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type { Outage } from '@shared/domain/tracking/outage-records';
import { useApi } from '../../api/api-context';
import { showUndoNotice } from '../../form-kit/show-undo-notice';
import { useScreenLanguage } from '../../i18n/use-screen-language';
import { useText } from '../../i18n/use-text';
import { outageSpanText } from './outage-span';

/**
 * Deletes an outage at once, with Undo in a message (as use-delete-result.ts does for a
 * result): putting it back saves the same dates, times, counts and note again.
 */
export function useDeleteOutage(show: (outages: Outage[]) => void) {
  const api = useApi();
  const text = useText();
  const language = useScreenLanguage();
  return useCallback(
    async (outage: Outage): Promise<boolean> => {
      const result = await api['outages:delete']({ id: outage.id });
      if (!result.ok) {
        notifications.show({
          color: 'red',
          title: text('outages.delete.failed'),
          message: result.error.message,
        });
        return false;
      }
      const { removed, outages } = result.value;
      show(outages);
      const { id: _id, recordedAt: _recordedAt, ...entry } = removed;
      showUndoNotice({
        id: `outage-deleted-${removed.id}`,
        title: text('outages.delete.done'),
        message: outageSpanText({ text, language }, removed),
        undo: async () => {
          const back = await api['outages:save']({ id: null, outage: entry });
          if (back.ok) show(back.value);
          else {
            notifications.show({
              color: 'red',
              title: text('outages.delete.undoFailed'),
              message: back.error.message,
            });
          }
        },
      });
      return true;
    },
    [api, show, text, language],
  );
}
