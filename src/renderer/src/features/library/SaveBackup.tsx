import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ExportResult } from '@shared/api/export-result';
import type { Result } from '@shared/api/result';
import { useApi } from '../../api/api-context';
import { downloadFile } from '../export/download-file';
import type { LibraryRequest } from './library-request';
import { useRequest } from './use-request';
import { useText } from '../../i18n/use-text';

type Notice =
  | { kind: 'none' }
  | { kind: 'downloaded' | 'saved'; fileName: string }
  | { kind: 'failed'; message: string };

/** "Save a backup…": one file with all of the open utility, to carry on a USB stick. */
export function SaveBackup({ request }: { request: LibraryRequest | null }) {
  const api = useApi();
  const text = useText();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>({ kind: 'none' });

  async function save() {
    setBusy(true);
    setNotice({ kind: 'none' });
    const result = await api['backup:save']();
    if (result.ok && result.value.status === 'download') {
      downloadFile(result.value.fileName, result.value.base64, 'application/octet-stream');
    }
    setBusy(false);
    setNotice(noticeOf(result));
  }

  useRequest(request, 'save-backup', () => void save());

  return (
    <Stack gap="xs" align="flex-start">
      <Button loading={busy} onClick={() => void save()}>
        {text('library.save.button')}
      </Button>
      <Text size="sm" c="dimmed">
        {text('library.save.hint')}
      </Text>
      <div role="status" style={{ width: '100%' }}>
        {notice.kind === 'downloaded' && (
          <Alert color="green" variant="light" title={text('library.save.downloadedTitle')}>
            {text('library.save.downloaded', { file: notice.fileName })}
          </Alert>
        )}
        {notice.kind === 'saved' && (
          <Alert color="green" variant="light" title={text('library.save.savedTitle')}>
            {text('library.save.saved', { file: notice.fileName })}
          </Alert>
        )}
        {notice.kind === 'failed' && (
          <Alert color="red" variant="light" title={text('library.save.failed')}>
            {notice.message}
          </Alert>
        )}
      </div>
    </Stack>
  );
}

function noticeOf(result: Result<ExportResult>): Notice {
  if (!result.ok) return { kind: 'failed', message: result.error.message };
  const { value } = result;
  if (value.status === 'cancelled') return { kind: 'none' };
  return { kind: value.status === 'saved' ? 'saved' : 'downloaded', fileName: value.fileName };
}
