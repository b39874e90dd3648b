import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Goal } from '../../../../shared/domain/goal';

/** "Goal deleted" with Undo, long enough for a slow reader to find the button. */
export function showDeletedNotice(goal: Goal, undo: () => Promise<void>) {
  const id = `goal-deleted-${goal.id}`;
  const name = goal.statement.trim() === '' ? 'A goal with no wording' : `“${goal.statement}”`;
  notifications.show({
    id,
    title: 'Goal deleted',
    autoClose: 20_000,
    message: (
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text>{name} was deleted.</Text>
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
