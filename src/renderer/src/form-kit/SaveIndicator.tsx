import { Alert, Button, Group, Text } from '@mantine/core';
import type { SaveStatus } from './autosaver';
import { useText } from '../i18n/use-text';
import { successColor } from '../theme';

interface SaveIndicatorProps {
  status: SaveStatus;
  onRetry: () => void;
  onReload: () => void;
}

/** Says in words whether the step's changes are safely stored, and offers the way out if not. */
export function SaveIndicator({ status, onRetry, onReload }: SaveIndicatorProps) {
  const text = useText();
  if (status.kind === 'failed') {
    return (
      <Alert color="red" variant="light" title={text('save.failedTitle')} w="100%">
        <Group justify="space-between" gap="md">
          <Text role="status" size="md" style={{ flex: 1, minWidth: 'min(16rem, 100%)' }}>
            {text('save.failed', { reason: status.message })}
          </Text>
          <Button color="red" onClick={onRetry}>
            {text('save.retry')}
          </Button>
        </Group>
      </Alert>
    );
  }
  if (status.kind === 'conflict') {
    return (
      <Alert
        color="orange"
        variant="light"
        title={text('save.conflictTitle')}
        w="100%"
        styles={darkTitle}
      >
        <Group justify="space-between" gap="md">
          <Text role="status" size="md" style={{ flex: 1, minWidth: 'min(16rem, 100%)' }}>
            {text('save.conflict', { fields: status.fields.length })}
          </Text>
          <Group gap="sm">
            <Button color="orange.9" onClick={() => status.choose('mine')}>
              {text('save.keepMine')}
            </Button>
            <Button variant="default" onClick={() => status.choose('theirs')}>
              {text('save.useTheirs')}
            </Button>
          </Group>
        </Group>
      </Alert>
    );
  }
  if (status.kind === 'stale') {
    return (
      <Alert
        color="orange"
        variant="light"
        title={text('save.staleTitle')}
        w="100%"
        styles={darkTitle}
      >
        <Group justify="space-between" gap="md">
          <Text role="status" size="md" style={{ flex: 1, minWidth: '16rem' }}>
            {text('save.stale', { reason: status.message })}
          </Text>
          <Button color="orange.9" onClick={onReload}>
            {text('save.reload')}
          </Button>
        </Group>
      </Alert>
    );
  }
  if (status.kind === 'frozen') {
    // No Retry: the revision is approved, so sending again could never work.
    return (
      <Alert color="gray" variant="light" title={text('save.frozenTitle')} w="100%">
        <Group justify="space-between" gap="md">
          <Text role="status" size="md" style={{ flex: 1, minWidth: 'min(16rem, 100%)' }}>
            {text('save.frozen', { reason: status.message })}
          </Text>
          <Button color="dark" variant="outline" onClick={onReload}>
            {text('save.reload')}
          </Button>
        </Group>
      </Alert>
    );
  }
  const { key, color } = quietStatus[status.kind];
  return (
    <Text role="status" c={color} fw={600} size="md">
      {text(key)}
    </Text>
  );
}

// Mantine's orange title is too pale on its light background for older eyes.
const darkTitle = { title: { color: 'var(--mantine-color-dark-8)' } };

// Mantine's darkest green (green.9) is 4.4:1 on white, just under WCAG AA; this one is 6.2:1.
const quietStatus = {
  saved: { key: 'save.saved', color: successColor },
  saving: { key: 'save.saving', color: 'gray.7' },
  invalid: { key: 'save.invalid', color: 'red.9' },
} as const;
