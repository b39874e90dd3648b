import { Button, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { hearSwitch } from '../api/other-windows';
import { reloadPage } from '../form-kit/reload-page';
import { useText } from '../i18n/use-text';

/**
 * "Another window opened Cedar Creek Water. Reload to continue." Everything on screen belongs
 * to the utility that was open before, and main refuses this window's saves until it reloads,
 * so Reload is the only way on: the dialog cannot be closed.
 */
export function SwitchedModal() {
  // Undefined until a switch is heard; null when a refused call is all that is known.
  const [what, setWhat] = useState<string | null | undefined>(undefined);
  const text = useText();
  useEffect(() => hearSwitch((heard) => setWhat((known) => known ?? heard)), []);
  return (
    <Modal
      opened={what !== undefined}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={text('app.switched.title')}
      size="lg"
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
    >
      <Stack gap="md">
        <Text>
          {/* The sentence heard comes in the other window's words, from its own catalog. */}
          {what ? text('app.switched.heard', { what }) : text('app.switched.unknown')}
        </Text>
        <Button size="lg" onClick={reloadPage} data-autofocus style={{ alignSelf: 'flex-end' }}>
          {text('app.switched.reload')}
        </Button>
      </Stack>
    </Modal>
  );
}
