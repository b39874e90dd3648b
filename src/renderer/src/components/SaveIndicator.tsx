import { Alert, Button, Group, Text } from '@mantine/core';
import type { SaveStatus } from '../wizard/autosaver';

interface SaveIndicatorProps {
  status: SaveStatus;
  onRetry: () => void;
  onReload: () => void;
}

/** Says in words whether the step's changes are safely stored, and offers the way out if not. */
export function SaveIndicator({ status, onRetry, onReload }: SaveIndicatorProps) {
  if (status.kind === 'failed') {
    return (
      <Alert color="red" variant="light" title="Not saved yet" w="100%">
        <Group justify="space-between" gap="md">
          <Text role="status" size="md" style={{ flex: 1, minWidth: '16rem' }}>
            Could not save: {status.message} Your changes are still on screen.
          </Text>
          <Button color="red" onClick={onRetry}>
            Retry
          </Button>
        </Group>
      </Alert>
    );
  }
  if (status.kind === 'conflict') {
    return (
      <Alert color="orange" variant="light" title="Changed in another window" w="100%">
        <Group justify="space-between" gap="md">
          <Text role="status" size="md" style={{ flex: 1, minWidth: '16rem' }}>
            Changed in another window: {status.message} Your last changes here were not saved.
          </Text>
          <Button color="orange.9" onClick={onReload}>
            Reload
          </Button>
        </Group>
      </Alert>
    );
  }
  if (status.kind === 'frozen') {
    // No Retry: the revision is approved, so sending again could never work.
    return (
      <Alert color="gray" variant="light" title="Not saved: this revision is frozen" w="100%">
        <Text role="status" size="md">
          {status.message}
        </Text>
      </Alert>
    );
  }
  const { text, color } = quietStatus[status.kind];
  return (
    <Text role="status" c={color} fw={600} size="md">
      {text}
    </Text>
  );
}

// Mantine's darkest green (green.9) is 4.4:1 on white, just under WCAG AA; this one is 6.2:1.
const quietStatus = {
  saved: { text: '✓ All changes saved', color: '#1f6f31' },
  saving: { text: 'Saving…', color: 'gray.7' },
  invalid: { text: 'Not saved: fix the field marked in red', color: 'red.9' },
} as const;
