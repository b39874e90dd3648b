import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useAgreement } from './agreement-context';
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
  const stale =
    approvedInOtherWindowAt !== null &&
    loaded !== null &&
    loaded.loadedAt < approvedInOtherWindowAt;
  const title = `Revision ${agreement.revision} is approved and frozen`;
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
            The board’s approval was recorded in another window while this one was open. This page
            may not show what was approved, and nothing typed here can be saved any more. Reload to
            see the approved version.
          </Text>
          <Button variant="white" onClick={loaded.reload}>
            Reload
          </Button>
        </Group>
      ) : (
        <Group justify="space-between" gap="md">
          <Text size="md" c="white" style={{ flex: 1, minWidth: 'min(16rem, 100%)' }}>
            The board approved this version, so it can be read but not changed. To change anything,
            start a new revision: a copy you can edit, for the board to approve again.
          </Text>
          <Button
            variant="white"
            loading={starting}
            onClick={() => {
              setStarting(true);
              void startNewRevision().finally(() => setStarting(false));
            }}
          >
            Start a new revision
          </Button>
        </Group>
      )}
    </Alert>
  );
}
