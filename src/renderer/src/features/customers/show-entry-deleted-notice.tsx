import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FeedbackEntry } from '../../../../shared/domain/customers/feedback-entry';
import { entrySummary } from './customer-words';

/** "Comment deleted" with Undo, long enough for a slow reader to find the button. */
export function showEntryDeletedNotice(entry: FeedbackEntry, undo: () => Promise<void>) {
  const id = `entry-deleted-${entry.id}`;
  notifications.show({
    id,
    title: 'Comment deleted',
    autoClose: 20_000,
    message: (
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text lineClamp={2}>{entrySummary(entry)}</Text>
        <Button
          variant="outline"
          onClick={() => {
            notifications.hide(id);
            void undo();
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  });
}
