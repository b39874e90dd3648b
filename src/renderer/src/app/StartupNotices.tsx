import { Alert, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Notice } from '@shared/api/setup-contract';
import type { Language } from '@shared/domain/printed-date';
import { useApi } from '../api/api-context';
import { useCallLanguage } from '../i18n/use-call-language';
import { useText } from '../i18n/use-text';

const looks = {
  info: { color: 'blue', title: 'app.notice.info' },
  warning: { color: 'yellow', title: 'app.notice.warning' },
  error: { color: 'red', title: 'app.notice.error' },
} as const;

interface StartupNoticesProps {
  notices: Notice[];
  /** The language main said them in (the one the page showed when the wizard start was read). */
  language: Language;
}

/**
 * Things the user must be told, such as "your work was restored from a backup". A red notice
 * (records that cannot be trusted) cannot be dismissed: it stays while its cause does.
 */
export function StartupNotices({ notices, language }: StartupNoticesProps) {
  const current = useNoticesIn(notices, language);
  // By place, not by words: a dismissed notice stays dismissed when the language changes.
  // Main only ever adds start-up notices after the ones it has, and the red ones come last.
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(() => new Set());
  const text = useText();
  const shown = current
    .map((notice, place) => ({ notice, place }))
    .filter(({ place }) => !dismissed.has(place));
  if (shown.length === 0) return null;
  return (
    <Stack gap="sm">
      {shown.map(({ notice, place }) => (
        <Alert
          key={place}
          color={looks[notice.level].color}
          variant="light"
          title={text(looks[notice.level].title)}
          role={notice.level === 'error' ? 'alert' : undefined}
          withCloseButton={notice.level !== 'error'}
          closeButtonLabel={text('app.notice.dismiss')}
          onClose={() => setDismissed((before) => new Set(before).add(place))}
          styles={{ message: { fontSize: 'var(--mantine-font-size-md)' } }}
        >
          {notice.message}
        </Alert>
      ))}
    </Stack>
  );
}

/**
 * The notices in the language the screen shows: main words them for the window that asks, so
 * after a switch they are asked for again. The old words stay on screen until the new ones come.
 */
function useNoticesIn(first: Notice[], firstLanguage: Language): Notice[] {
  const api = useApi();
  const language = useCallLanguage();
  const [said, setSaid] = useState({ language: firstLanguage, notices: first });
  useEffect(() => {
    if (said.language === language) return;
    let live = true;
    void api['app:status']().then((status) => {
      if (live && status.ok) setSaid({ language, notices: status.value.notices });
    });
    return () => {
      live = false;
    };
  }, [api, language, said.language]);
  return said.notices;
}
