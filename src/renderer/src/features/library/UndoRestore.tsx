import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { LibraryView } from '@shared/api/library-contract';
import { useApi } from '../../api/api-context';
import { finishSwitch } from './finish-switch';
import { whenText } from './when-text';

type LastRestore = NonNullable<LibraryView['lastRestore']>;

/** An automatic backup is named by its time; a file by its name, shown as it is. */
function fromText(from: string): string {
  return /^\d{4}-\d{2}-\d{2}T/.test(from) ? `the backup of ${whenText(from)}` : from;
}

/** The last restore can be taken back: the data it replaced was kept aside. */
export function UndoRestore({ lastRestore }: { lastRestore: LastRestore }) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const from = fromText(lastRestore.from);

  async function undo() {
    setBusy(true);
    setProblem(null);
    const result = await api['backup:undoRestore']({ undoId: lastRestore.undoId });
    if (result.ok) {
      finishSwitch(`Another window undid the restore of ${from}.`, {
        title: 'Restore undone',
        message: 'The data from before the restore is back.',
      });
    } else {
      setBusy(false);
      setProblem(result.error.message);
    }
  }

  return (
    <Alert color="blue" variant="light" title="Restored from a backup">
      <Stack gap="sm" align="flex-start">
        <Text>
          The data this restore replaced is kept. If the restore was a mistake, put it back.
        </Text>
        <Button variant="default" loading={busy} onClick={() => void undo()}>
          Undo the restore of {from} ({whenText(lastRestore.restoredAt)})
        </Button>
        <div role="alert">{problem && <Text c="red.9">{problem}</Text>}</div>
      </Stack>
    </Alert>
  );
}
