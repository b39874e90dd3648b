import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formMessages } from '../i18n/messages/form-kit-messages';
import { pageText } from '../i18n/page-text';

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
      // On a narrow window the button moves under the message rather than squeeze it.
      <Group justify="space-between" gap="sm">
        <Text lineClamp={2} style={{ flex: '1 1 12rem', minWidth: 0 }}>
          {message}
        </Text>
        <Button
          variant="outline"
          // A long message must not squeeze the button to "U".
          style={{ flexShrink: 0 }}
          onClick={() => {
            notifications.hide(id);
            void undo();
          }}
        >
          {/* Drawn outside the language provider (Mantine's notifications), so read here. */}
          {pageText(formMessages, 'form.undo')}
        </Button>
      </Group>
    ),
  });
}
