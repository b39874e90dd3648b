import { Alert, Stack } from '@mantine/core';
import { useState } from 'react';
import type { Notice } from '@shared/api/setup-contract';

const looks = {
  info: { color: 'blue', title: 'For your information' },
  warning: { color: 'yellow', title: 'Please note' },
  error: { color: 'red', title: 'The records on this computer were changed' },
} as const;

/**
 * Things the user must be told, such as "your work was restored from a backup". A red notice
 * (records that cannot be trusted) cannot be dismissed: it stays while its cause does.
 */
export function StartupNotices({ notices }: { notices: Notice[] }) {
  const [shown, setShown] = useState(notices);
  if (shown.length === 0) return null;
  return (
    <Stack gap="sm">
      {shown.map((notice) => (
        <Alert
          key={notice.message}
          color={looks[notice.level].color}
          variant="light"
          title={looks[notice.level].title}
          role={notice.level === 'error' ? 'alert' : undefined}
          withCloseButton={notice.level !== 'error'}
          closeButtonLabel="Dismiss notice"
          onClose={() => setShown((current) => current.filter((other) => other !== notice))}
          styles={{ message: { fontSize: 'var(--mantine-font-size-md)' } }}
        >
          {notice.message}
        </Alert>
      ))}
    </Stack>
  );
}
