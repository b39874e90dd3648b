import { Alert, Stack } from '@mantine/core';
import { useState } from 'react';
import type { Notice } from '@shared/api/setup-contract';
import { useText } from '../i18n/use-text';

const looks = {
  info: { color: 'blue', title: 'app.notice.info' },
  warning: { color: 'yellow', title: 'app.notice.warning' },
  error: { color: 'red', title: 'app.notice.error' },
} as const;

/**
 * Things the user must be told, such as "your work was restored from a backup". A red notice
 * (records that cannot be trusted) cannot be dismissed: it stays while its cause does.
 */
export function StartupNotices({ notices }: { notices: Notice[] }) {
  const [shown, setShown] = useState(notices);
  const text = useText();
  if (shown.length === 0) return null;
  return (
    <Stack gap="sm">
      {shown.map((notice) => (
        <Alert
          key={notice.message}
          color={looks[notice.level].color}
          variant="light"
          title={text(looks[notice.level].title)}
          role={notice.level === 'error' ? 'alert' : undefined}
          withCloseButton={notice.level !== 'error'}
          closeButtonLabel={text('app.notice.dismiss')}
          onClose={() => setShown((current) => current.filter((other) => other !== notice))}
          styles={{ message: { fontSize: 'var(--mantine-font-size-md)' } }}
        >
          {notice.message}
        </Alert>
      ))}
    </Stack>
  );
}
