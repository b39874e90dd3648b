import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { UtilityEntry } from '@shared/api/library-contract';
import type { Result } from '@shared/api/result';
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

/** What a switch says: to the other windows, and here once the page is back. */
interface Switched {
  others: string;
  title: string;
  message: string;
}

type Busy =
  { key: string; action: 'open' | 'remove' } | { key: null; action: 'create' | 'example' };

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

  /** Opens another utility: success reloads the page, so the button stays busy until it does. */
  async function switchWith(next: Busy, call: () => Promise<Result<unknown>>, said: Switched) {
    start(next);
    const result = await call();
    if (!result.ok) return failed(result.error.message);
    const { others, ...here } = said;
    finishSwitch(others, { ...here, dismiss: text('library.dismiss') });
  }

  function open(entry: UtilityEntry) {
    const name = utilityName(text, entry.name);
    return switchWith(
      { key: entry.key, action: 'open' },
      () => api['library:open']({ key: entry.key }),
      {
        others: text('library.open.others', { name }),
        title: text('library.open.title', { name }),
        message: text('library.open.message'),
      },
    );
  }

  function create() {
    return switchWith({ key: null, action: 'create' }, () => api['library:create'](), {
      others: text('library.new.others'),
      title: text('library.new.title'),
      message: text('library.new.message'),
    });
  }

  function openExample() {
    return switchWith({ key: null, action: 'example' }, () => api['library:openExample'](), {
      others: text('example.opened.others'),
      title: text('example.opened.title'),
      message: text('example.opened.message'),
    });
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
      {/* Not while it is open: the banner above every screen already says so. */}
      {!utilities.some((entry) => entry.example && entry.open) && (
        <Stack gap="xs" align="flex-start">
          <Button
            variant="light"
            color="grape"
            loading={busy?.action === 'example'}
            disabled={busy !== null}
            onClick={() => void openExample()}
          >
            {text('example.open')}
          </Button>
          <Text size="sm" c="dimmed" maw={640}>
            {text('example.openHint')}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
