import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useAgreement } from '../wizard/agreement-context';

/** Says the agreement on screen is approved and frozen, and offers the way to change it. */
export function FrozenBanner() {
  const { agreement, startNewRevision } = useAgreement();
  const [starting, setStarting] = useState(false);
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
      <Group justify="space-between" gap="md">
        <Text size="md" c="white" style={{ flex: 1, minWidth: '16rem' }}>
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
    </Alert>
  );
}
