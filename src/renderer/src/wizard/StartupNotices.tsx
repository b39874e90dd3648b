import { Alert, Stack } from '@mantine/core';
import { useState } from 'react';
import type { Notice } from '../../../shared/api/contract';

/** Things the user must be told once, such as "your work was restored from a backup". */
export function StartupNotices({ notices }: { notices: Notice[] }) {
  const [shown, setShown] = useState(notices);
  if (shown.length === 0) return null;
  return (
    <Stack gap="sm">
      {shown.map((notice) => (
        <Alert
          key={notice.message}
          color={notice.level === 'warning' ? 'yellow' : 'blue'}
          variant="light"
          title={notice.level === 'warning' ? 'Please note' : 'For your information'}
          withCloseButton
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
