import { Button, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { hearSwitch } from '../api/other-windows';
import { reloadPage } from '../form-kit/reload-page';

/**
 * "Another window opened Cedar Creek Water. Reload to continue." Everything on screen belongs
 * to the utility that was open before, and main refuses this window's saves until it reloads,
 * so Reload is the only way on: the dialog cannot be closed.
 */
export function SwitchedModal() {
  // Undefined until a switch is heard; null when a refused call is all that is known.
  const [what, setWhat] = useState<string | null | undefined>(undefined);
  useEffect(() => hearSwitch((heard) => setWhat((known) => known ?? heard)), []);
  return (
    <Modal
      opened={what !== undefined}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title="This window must reload"
      size="lg"
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
    >
      <Stack gap="md">
        <Text>
          {what ?? 'Another window opened a different utility.'} This window still shows the utility
          that was open before, so nothing more can be saved here. Reload to continue.
        </Text>
        <Button size="lg" onClick={reloadPage} data-autofocus style={{ alignSelf: 'flex-end' }}>
          Reload
        </Button>
      </Stack>
    </Modal>
  );
}
