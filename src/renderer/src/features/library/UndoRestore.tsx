import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { LibraryView } from '@shared/api/library-contract';
import { useApi } from '../../api/api-context';
import { finishSwitch } from './finish-switch';
import { whenText } from './when-text';
import { useText, type Text as TextOf } from '../../i18n/use-text';

type LastRestore = NonNullable<LibraryView['lastRestore']>;

/** An automatic backup is named by its time; a file by its name, shown as it is. */
function fromText(text: TextOf, from: string): string {
  return /^\d{4}-\d{2}-\d{2}T/.test(from)
    ? text('library.undo.from', { when: whenText(text, from) })
    : from;
}

/** The last restore can be taken back: the data it replaced was kept aside. */
export function UndoRestore({ lastRestore }: { lastRestore: LastRestore }) {
  const api = useApi();
  const text = useText();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const from = fromText(text, lastRestore.from);

  async function undo() {
    setBusy(true);
    setProblem(null);
    const result = await api['backup:undoRestore']({ undoId: lastRestore.undoId });
    if (result.ok) {
      finishSwitch(text('library.undo.others', { from }), {
        title: text('library.undo.doneTitle'),
        message: text('library.undo.done'),
        dismiss: text('library.dismiss'),
      });
    } else {
      setBusy(false);
      setProblem(result.error.message);
    }
  }

  return (
    <Alert color="blue" variant="light" title={text('library.undo.title')}>
      <Stack gap="sm" align="flex-start">
        <Text>{text('library.undo.text')}</Text>
        <Button variant="default" loading={busy} onClick={() => void undo()}>
          {text('library.undo.button', { from, when: whenText(text, lastRestore.restoredAt) })}
        </Button>
        <div role="alert">{problem && <Text c="red.9">{problem}</Text>}</div>
      </Stack>
    </Alert>
  );
}
