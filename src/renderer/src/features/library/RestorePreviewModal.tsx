import { Alert, Box, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { BackupPreview, BackupRelation } from '@shared/api/library-contract';
import { contentsText, revisionText } from './backup-words';
import { utilityName } from './utility-words';
import { whenText } from './when-text';

interface RestorePreviewModalProps {
  preview: BackupPreview | null;
  restoring: 'replace' | 'copy' | null;
  problem: string | null;
  onRestore: (as: 'replace' | 'copy') => void;
  onClose: () => void;
}

/**
 * How each relation looks. On a warning, main's message sits in an orange box under a plain
 * heading, so it cannot be read past; otherwise it is the first line of the dialog.
 */
const looks: Record<BackupRelation, { title: string; warning: string | null }> = {
  newer: { title: 'Restore this backup?', warning: null },
  older: {
    title: 'This backup is older than the data here',
    warning: 'Restoring it takes this utility back to an earlier state',
  },
  'both-changed': {
    title: 'Both have changed',
    warning: 'The backup and the data here were each changed since they last matched',
  },
  new: { title: 'Add this utility from the backup?', warning: null },
  same: { title: 'Nothing to restore', warning: null },
};

/**
 * What a backup holds and what restoring it would do. Nothing changes until a button here says
 * so; when both sides changed, keeping the backup as a separate copy is the safer first choice.
 */
export function RestorePreviewModal(props: RestorePreviewModalProps) {
  const { preview, restoring, problem, onRestore, onClose } = props;
  const look = preview ? looks[preview.relation] : looks.newer;
  return (
    <Modal
      opened={preview !== null}
      onClose={onClose}
      title={look.title}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close without restoring' }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
    >
      {preview && (
        <Stack gap="md">
          {look.warning ? (
            <Alert
              color="orange"
              variant="light"
              title={look.warning}
              icon={<span aria-hidden>⚠</span>}
              // Orange letters on the orange box are too faint to read; the box is the warning.
              styles={{ title: { color: 'var(--mantine-color-text)' }, icon: { fontSize: 22 } }}
            >
              {preview.message}
            </Alert>
          ) : (
            <Text>{preview.message}</Text>
          )}
          <BackupDetails preview={preview} />
          <div role="alert">
            {problem && (
              <Alert color="red" variant="light" title="Nothing was restored">
                {problem}
              </Alert>
            )}
          </div>
          {/* Kept in sight at the bottom of a tall dialog (large text, a short window). */}
          <Box
            pos="sticky"
            bottom={0}
            py="sm"
            bg="var(--mantine-color-body)"
            style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
          >
            <Choices
              preview={preview}
              restoring={restoring}
              onRestore={onRestore}
              onClose={onClose}
            />
          </Box>
        </Stack>
      )}
    </Modal>
  );
}

function Choices({
  preview,
  restoring,
  onRestore,
  onClose,
}: Pick<RestorePreviewModalProps, 'restoring' | 'onRestore' | 'onClose'> & {
  preview: BackupPreview;
}) {
  const busy = restoring !== null;
  const { relation } = preview;
  if (relation === 'same') {
    return (
      <Group justify="flex-end">
        <Button data-autofocus onClick={onClose}>
          Close
        </Button>
      </Group>
    );
  }
  const replace = {
    loading: restoring === 'replace',
    disabled: busy,
    onClick: () => onRestore('replace'),
  };
  return (
    <Group justify="flex-end" gap="sm">
      {/* On a warning the focus starts on Cancel: Enter alone must not restore old data. */}
      <Button variant="default" disabled={busy} onClick={onClose} data-autofocus>
        Cancel
      </Button>
      {relation === 'both-changed' ? (
        <>
          <Button variant="outline" color="red" {...replace}>
            Restore over the data here
          </Button>
          <Button loading={restoring === 'copy'} disabled={busy} onClick={() => onRestore('copy')}>
            Keep as a separate copy
          </Button>
        </>
      ) : (
        <Button color={relation === 'older' ? 'red' : undefined} {...replace}>
          {relation === 'new' ? 'Add as a new utility' : 'Restore'}
        </Button>
      )}
    </Group>
  );
}

/** What is inside, read from the backup itself. */
function BackupDetails({ preview }: { preview: BackupPreview }) {
  const { summary, target } = preview;
  const systemId = summary.systemId === '' ? 'no system ID' : `System ID ${summary.systemId}`;
  const rows: [string, string][] = [
    ['From', preview.from],
    ['Utility', `${utilityName(summary.utilityName)} · ${systemId}`],
    ['Agreement', `${revisionText(summary)} · last change ${whenText(summary.lastChange)}`],
    ['Holds', contentsText(summary)],
    ['Made', `${whenText(summary.createdAt)}, with LOS Builder ${summary.appVersion}`],
  ];
  if (target) {
    const last = target.lastChange === null ? 'nothing saved yet' : whenText(target.lastChange);
    rows.push(['Here now', `${utilityName(target.name)} · last change ${last}`]);
  }
  return (
    <Table withTableBorder verticalSpacing={4} aria-label="What the backup holds">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w="7.5rem" style={{ verticalAlign: 'top' }}>
              {label}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
