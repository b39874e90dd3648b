import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { UtilityEntry } from '@shared/api/library-contract';
import { localDate } from '@shared/domain/local-date';
import { useApi } from '../../api/api-context';
import { finishSwitch } from './finish-switch';
import type { LibraryRequest } from './library-request';
import { useRequest } from './use-request';
import { utilityName } from './utility-words';
import { UtilityItem } from './UtilityItem';
import { useText } from '../../i18n/use-text';

interface UtilityListProps {
  utilities: UtilityEntry[];
  request: LibraryRequest | null;
  /** A utility went to the removed ones: the screen reads the lists again. */
  onRemoved: (removal: { removalId: string; name: string }) => void;
}

type Busy = { key: string; action: 'open' | 'remove' } | { key: null; action: 'create' };

/** Every utility kept on this computer, with one click to open any of them, and New utility. */
export function UtilityList({ utilities, request, onRemoved }: UtilityListProps) {
  const api = useApi();
  const text = useText();
  const [busy, setBusy] = useState<Busy | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const today = localDate(new Date());

  function start(next: Busy) {
    setBusy(next);
    setProblem(null);
  }

  async function open(entry: UtilityEntry) {
    start({ key: entry.key, action: 'open' });
    const result = await api['library:open']({ key: entry.key });
    // Success reloads the page: the button stays busy until it does.
    const name = utilityName(text, entry.name);
    if (result.ok) {
      finishSwitch(text('library.open.others', { name }), {
        title: text('library.open.title', { name }),
        message: text('library.open.message'),
        dismiss: text('library.dismiss'),
      });
    } else failed(result.error.message);
  }

  async function create() {
    start({ key: null, action: 'create' });
    const result = await api['library:create']();
    if (result.ok) {
      finishSwitch(text('library.new.others'), {
        title: text('library.new.title'),
        message: text('library.new.message'),
        dismiss: text('library.dismiss'),
      });
    } else failed(result.error.message);
  }

  async function remove(entry: UtilityEntry) {
    start({ key: entry.key, action: 'remove' });
    const result = await api['library:remove']({ key: entry.key });
    setBusy(null);
    if (result.ok)
      onRemoved({ removalId: result.value.removalId, name: utilityName(text, entry.name) });
    else setProblem(result.error.message);
  }

  function failed(message: string) {
    setBusy(null);
    setProblem(message);
  }

  useRequest(request, 'new-utility', () => void create());

  return (
    <Stack gap="md">
      <Stack gap="xs" align="flex-start">
        <Button
          variant="outline"
          loading={busy?.action === 'create'}
          disabled={busy !== null}
          onClick={() => void create()}
        >
          {text('library.new.button')}
        </Button>
        <Text size="sm" c="dimmed">
          {text('library.new.hint')}
        </Text>
      </Stack>
      <div role="alert">
        {problem && (
          <Alert color="red" variant="light" title={text('library.nothingChanged')}>
            {problem}
          </Alert>
        )}
      </div>
      <Stack
        component="ul"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={text('library.listTitle')}
      >
        {utilities.map((entry) => (
          <UtilityItem
            key={entry.key}
            entry={entry}
            today={today}
            busy={busy?.key === entry.key ? busy.action : null}
            disabled={busy !== null}
            onOpen={() => void open(entry)}
            onRemove={() => void remove(entry)}
          />
        ))}
      </Stack>
    </Stack>
  );
}
