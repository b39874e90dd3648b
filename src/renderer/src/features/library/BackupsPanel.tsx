import { Alert, Button, FileButton, Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import type { AutomaticBackup } from '@shared/api/library-contract';
import { AutomaticBackups } from './AutomaticBackups';
import type { LibraryRequest } from './library-request';
import { RestorePreviewModal } from './RestorePreviewModal';
import { SaveBackup } from './SaveBackup';
import { useRequest } from './use-request';
import { useRestore } from './use-restore';
import { useText } from '../../i18n/use-text';

interface BackupsPanelProps {
  backups: { ok: true; list: AutomaticBackup[] } | { ok: false; message: string };
  mode: 'desktop' | 'browser';
  request: LibraryRequest | null;
}

/** Saving a backup of the open utility, and restoring one: from a file or an automatic one. */
export function BackupsPanel({ backups, mode, request }: BackupsPanelProps) {
  const restore = useRestore();
  const text = useText();
  const resetFile = useRef<() => void>(null);
  const fileProblem = restore.problemAt('file');

  // The File menu exists only on the desktop, where main's dialog picks the file.
  useRequest(request, 'restore-backup', () => {
    if (mode === 'desktop') restore.pick();
  });

  return (
    <Stack gap="lg">
      <SaveBackup request={request} />
      <Stack gap="xs" align="flex-start">
        {mode === 'desktop' ? (
          <Button
            variant="outline"
            loading={restore.isChecking('file')}
            disabled={restore.busy}
            onClick={restore.pick}
          >
            {text('library.restore.button')}
          </Button>
        ) : (
          <FileButton
            resetRef={resetFile}
            accept=".losbackup"
            disabled={restore.busy}
            onChange={(file) => {
              if (file) restore.showFile(file);
              // Cleared at once, so choosing the same file again still reads it.
              resetFile.current?.();
            }}
            inputProps={{ 'aria-label': text('library.restore.fileLabel') }}
          >
            {(props) => (
              <Button
                {...props}
                variant="outline"
                loading={restore.isChecking('file')}
                disabled={restore.busy}
              >
                {text('library.restore.button')}
              </Button>
            )}
          </FileButton>
        )}
        <Text size="sm" c="dimmed">
          {text('library.restore.hint')}
        </Text>
        <div role="alert" style={{ width: '100%' }}>
          {fileProblem && (
            <Alert color="red" variant="light" title={text('library.restore.refused')}>
              {fileProblem}
            </Alert>
          )}
        </div>
      </Stack>
      <Stack gap="xs">
        <Title order={4}>{text('library.automatic.title')}</Title>
        <Text size="sm" c="dimmed">
          {text('library.automatic.hint')}
        </Text>
        {backups.ok ? (
          <AutomaticBackups
            backups={backups.list}
            isChecking={(name) => restore.isChecking({ automatic: name })}
            busy={restore.busy}
            problemOf={(name) => restore.problemAt({ automatic: name })}
            onRestore={restore.showAutomatic}
          />
        ) : (
          <Text c="red.9">{backups.message}</Text>
        )}
      </Stack>
      <RestorePreviewModal
        preview={restore.preview}
        restoring={restore.restoring}
        problem={restore.restoreProblem}
        onRestore={restore.restore}
        onClose={restore.close}
      />
    </Stack>
  );
}
