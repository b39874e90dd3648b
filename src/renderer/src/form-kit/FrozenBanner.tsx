import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useAgreement } from './agreement-context';
import { useText } from '../i18n/use-text';
import { useLoadedRecord } from './loaded-record';

/**
 * Says the agreement on screen is approved and frozen, and offers the way to change it. In a
 * window that learned of the approval from another window, the step on screen may predate
 * the vote, so the way out offered is Reload, to show what the board approved.
 */
export function FrozenBanner() {
  const { agreement, startNewRevision, approvedInOtherWindowAt } = useAgreement();
  const loaded = useLoadedRecord();
  const [starting, setStarting] = useState(false);
  const text = useText();
  const stale =
    approvedInOtherWindowAt !== null &&
    loaded !== null &&
    loaded.loadedAt < approvedInOtherWindowAt;
  const title = text('form.frozen.title', { revision: agreement.revision });
  return (
    <Alert
      // A region, not an alert: it is the state of the page, not news to interrupt with.
      role="region"
      aria-label={title}
      color="blue"
      variant="filled"
      title={title}
      styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {stale && loaded ? (
        <Group justify="space-between" gap="md">
          <Text size="md" c="white" style={{ flex: 1, minWidth: 'min(16rem, 100%)' }}>
            {text('form.frozen.approvedElsewhere')}
          </Text>
          <Button variant="white" onClick={loaded.reload}>
            {text('form.reload')}
          </Button>
        </Group>
      ) : (
        <Group justify="space-between" gap="md">
          <Text size="md" c="white" style={{ flex: 1, minWidth: 'min(16rem, 100%)' }}>
            {text('form.frozen.body')}
          </Text>
          <Button
            variant="white"
            loading={starting}
            onClick={() => {
              setStarting(true);
              void startNewRevision().finally(() => setStarting(false));
            }}
          >
            {text('form.frozen.startRevision')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
