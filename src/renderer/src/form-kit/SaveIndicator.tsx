import { Alert, Button, Group, Text } from '@mantine/core';
import { plural } from '@shared/domain/numbers/plural';
import type { SaveStatus } from './autosaver';
import { successColor } from '../theme';

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
          <Text role="status" size="md" style={{ flex: 1, minWidth: 'min(16rem, 100%)' }}>
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
    const fields = status.fields.length === 1 ? 'a field' : plural(status.fields.length, 'field');
    return (
      <Alert
        color="orange"
        variant="light"
        title="Not saved — changed in another window"
        w="100%"
        styles={darkTitle}
      >
        <Group justify="space-between" gap="md">
          <Text role="status" size="md" style={{ flex: 1, minWidth: 'min(16rem, 100%)' }}>
            Another window saved {fields} you were typing in. Your text is still there, marked “Not
            saved” under the field: keep it, or use the other window’s version.
          </Text>
          <Group gap="sm">
            <Button color="orange.9" onClick={() => status.choose('mine')}>
              Keep mine
            </Button>
            <Button variant="default" onClick={() => status.choose('theirs')}>
              Use the other window’s
            </Button>
          </Group>
        </Group>
      </Alert>
    );
  }
  if (status.kind === 'stale') {
    return (
      <Alert color="orange" variant="light" title="Not saved" w="100%" styles={darkTitle}>
        <Group justify="space-between" gap="md">
          <Text role="status" size="md" style={{ flex: 1, minWidth: '16rem' }}>
            {status.message} What you typed here stays on screen until you reload.
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
        <Group justify="space-between" gap="md">
          <Text role="status" size="md" style={{ flex: 1, minWidth: 'min(16rem, 100%)' }}>
            {status.message} What you typed since is still on screen; Reload shows the approved
            version.
          </Text>
          <Button color="dark" variant="outline" onClick={onReload}>
            Reload
          </Button>
        </Group>
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

// Mantine's orange title is too pale on its light background for older eyes.
const darkTitle = { title: { color: 'var(--mantine-color-dark-8)' } };

// Mantine's darkest green (green.9) is 4.4:1 on white, just under WCAG AA; this one is 6.2:1.
const quietStatus = {
  saved: { text: '✓ All changes saved', color: successColor },
  saving: { text: 'Saving…', color: 'gray.7' },
  invalid: { text: 'Not saved: fix the field marked in red', color: 'red.9' },
} as const;
