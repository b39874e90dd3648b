import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { useText } from '../../i18n/use-text';
import { finishSwitch } from './finish-switch';

/**
 * On step 1 of a utility nobody has named yet: the way to the example utility, so a new board
 * member can explore a finished agreement before the real work, without looking for it.
 */
export function ExampleInvite() {
  const api = useApi();
  const text = useText();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function open() {
    setBusy(true);
    setProblem(null);
    const result = await api['library:openExample']();
    if (!result.ok) {
      setBusy(false);
      setProblem(result.error.message);
      return;
    }
    // The page reloads on the example; the button stays busy until it does.
    finishSwitch(text('example.opened.others'), {
      title: text('example.opened.title'),
      message: text('example.opened.message'),
      dismiss: text('library.dismiss'),
    });
  }

  return (
    // Grey, not the example's own colour: this is still the user's utility, not the example.
    <Alert color="gray" variant="light" title={text('example.invite.title')}>
      <Stack gap="sm" align="flex-start">
        <Text inherit maw={760}>
          {text('example.invite.body')}
        </Text>
        <Button variant="default" loading={busy} onClick={() => void open()}>
          {text('example.open')}
        </Button>
        {problem && (
          <Text c="red" role="alert">
            {problem}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
