import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

/** "… deleted" with Undo, open long enough for a slow reader to find the button. */
export function showUndoNotice(options: {
  id: string;
  title: string;
  /** What was deleted, in a line or two; longer text is cut with an ellipsis. */
  message: string;
  undo: () => Promise<void>;
}) {
  const { id, title, message, undo } = options;
  notifications.show({
    id,
    title,
    autoClose: 20_000,
    message: (
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text lineClamp={2}>{message}</Text>
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
