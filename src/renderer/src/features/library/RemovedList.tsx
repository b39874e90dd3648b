import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { RemovedUtility } from '@shared/api/library-contract';
import { useApi } from '../../api/api-context';
import { utilityName } from './utility-words';
import { whenText } from './when-text';
import { useText } from '../../i18n/use-text';

interface RemovedListProps {
  removed: RemovedUtility[];
  /** The one just removed: its Put back takes the focus, so undoing is one key press away. */
  justRemoved: string | null;
  onPutBack: () => void;
}

/** Utilities taken off the list, kept until they are put back. */
export function RemovedList({ removed, justRemoved, onPutBack }: RemovedListProps) {
  const api = useApi();
  const text = useText();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const focusTarget = useRef<HTMLButtonElement>(null);
  const focused = useRef<string | null>(null);

  // Once per removal, as soon as its row is listed; a later refresh leaves the focus alone.
  useEffect(() => {
    if (!focusTarget.current || focused.current === justRemoved) return;
    focused.current = justRemoved;
    focusTarget.current.focus();
  }, [justRemoved, removed]);

  async function putBack(removalId: string) {
    setBusy(removalId);
    setProblem(null);
    const result = await api['library:undoRemove']({ removalId });
    setBusy(null);
    if (result.ok) onPutBack();
    else setProblem(result.error.message);
  }

  return (
    <Stack gap="sm">
      <div role="alert">
        {problem && (
          <Alert color="red" variant="light" title={text('library.notPutBack')}>
            {problem}
          </Alert>
        )}
      </div>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {removed.map((item) => {
          const name = utilityName(text, item.name);
          const when = whenText(text, item.removedAt);
          return (
            <Group component="li" key={item.removalId} justify="space-between" gap="sm">
              <div style={{ flex: '1 1 14rem', minWidth: 0 }}>
                <Text fw={700}>{name}</Text>
                <Text size="sm" c="dimmed">
                  {item.systemId === ''
                    ? text('library.removedAt', { when })
                    : text('library.removedWithId', { id: item.systemId, when })}
                </Text>
              </div>
              <Button
                variant="outline"
                ref={item.removalId === justRemoved ? focusTarget : undefined}
                loading={busy === item.removalId}
                disabled={busy !== null}
                aria-label={text('library.putBackLabel', { name })}
                onClick={() => void putBack(item.removalId)}
              >
                {text('library.putBack')}
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Stack>
  );
}
