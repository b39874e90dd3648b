import { useCallback, useEffect, useState } from 'react';
import type { AutomaticBackup, LibraryView } from '@shared/api/library-contract';
import { useApi } from '../../api/api-context';
import { useOtherWindows } from '../../api/use-other-windows';
import { useCallLanguage } from '../../i18n/use-call-language';

export type LibraryState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | {
      kind: 'ready';
      view: LibraryView;
      /** The open utility's automatic backups, or why they could not be listed. */
      backups: { ok: true; list: AutomaticBackup[] } | { ok: false; message: string };
      /** The desktop picks a backup file in main's dialog; the browser through a file input. */
      mode: 'desktop' | 'browser';
    };

/**
 * The utilities on this computer and the open one's backups. `refresh` reads them again
 * while the old answer stays on screen, so a list never blinks; another window removing or
 * putting back a utility, or this window coming back into view, refreshes them too, and so
 * does a language switch (main words why a backup cannot be read in the window's language).
 */
export function useLibrary() {
  const api = useApi();
  const [state, setState] = useState<LibraryState>({ kind: 'loading' });
  const [serial, setSerial] = useState(0);
  const language = useCallLanguage();

  useEffect(() => {
    let live = true;
    void Promise.all([api['library:list'](), api['backup:list'](), api['app:status']()]).then(
      ([list, backups, status]) => {
        if (!live) return;
        if (!list.ok) {
          setState({ kind: 'failed', message: list.error.message });
          return;
        }
        setState({
          kind: 'ready',
          view: list.value,
          backups: backups.ok
            ? { ok: true, list: backups.value }
            : { ok: false, message: backups.error.message },
          mode: status.ok ? status.value.mode : 'browser',
        });
      },
    );
    return () => {
      live = false;
    };
  }, [api, serial, language]);

  const refresh = useCallback(() => setSerial((previous) => previous + 1), []);
  useOtherWindows((news) => {
    if (news.kind === 'back' || news.method.startsWith('library:')) refresh();
  });
  return { state, refresh };
}
