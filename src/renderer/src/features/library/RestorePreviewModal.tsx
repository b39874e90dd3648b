import { Alert, Box, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { BackupPreview, BackupRelation } from '@shared/api/library-contract';
import { contentsText, revisionText } from './backup-words';
import { utilityName } from './utility-words';
import { whenText } from './when-text';
import { useText } from '../../i18n/use-text';
import type { MessageKey } from '../../i18n/catalog';

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
const looks: Record<BackupRelation, { title: MessageKey; warning: MessageKey | null }> = {
  newer: { title: 'library.preview.newer', warning: null },
  older: { title: 'library.preview.older', warning: 'library.preview.olderWarning' },
  'both-changed': {
    title: 'library.preview.both-changed',
    warning: 'library.preview.bothWarning',
  },
  new: { title: 'library.preview.new', warning: null },
  same: { title: 'library.preview.same', warning: null },
};

/**
 * What a backup holds and what restoring it would do. Nothing changes until a button here says
 * so; when both sides changed, keeping the backup as a separate copy is the safer first choice.
 */
export function RestorePreviewModal(props: RestorePreviewModalProps) {
  const { preview, restoring, problem, onRestore, onClose } = props;
  const text = useText();
  const look = preview ? looks[preview.relation] : looks.newer;
  return (
    <Modal
      opened={preview !== null}
      onClose={onClose}
      title={text(look.title)}
      size="lg"
      closeButtonProps={{ 'aria-label': text('library.preview.closeLabel') }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
    >
      {preview && (
        <Stack gap="md">
          {look.warning ? (
            <Alert
              color="orange"
              variant="light"
              title={text(look.warning)}
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
              <Alert color="red" variant="light" title={text('library.preview.failed')}>
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
  const text = useText();
  const busy = restoring !== null;
  const { relation } = preview;
  if (relation === 'same') {
    return (
      <Group justify="flex-end">
        <Button data-autofocus onClick={onClose}>
          {text('library.preview.close')}
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
        {text('library.preview.cancel')}
      </Button>
      {relation === 'both-changed' ? (
        <>
          <Button variant="outline" color="red" {...replace}>
            {text('library.preview.over')}
          </Button>
          <Button loading={restoring === 'copy'} disabled={busy} onClick={() => onRestore('copy')}>
            {text('library.preview.copy')}
          </Button>
        </>
      ) : (
        <Button color={relation === 'older' ? 'red' : undefined} {...replace}>
          {text(relation === 'new' ? 'library.preview.add' : 'library.preview.restore')}
        </Button>
      )}
    </Group>
  );
}

/** What is inside, read from the backup itself. */
function BackupDetails({ preview }: { preview: BackupPreview }) {
  const text = useText();
  const { summary, target } = preview;
  const systemId =
    summary.systemId === ''
      ? text('library.row.noSystemId')
      : text('library.systemId', { id: summary.systemId });
  const rows: [string, string][] = [
    [text('library.row.from'), preview.from],
    [
      text('library.row.utility'),
      text('library.row.utilityValue', {
        name: utilityName(text, summary.utilityName),
        systemId,
      }),
    ],
    [
      text('library.row.agreement'),
      text('library.row.agreementValue', {
        revision: revisionText(text, summary),
        when: whenText(text, summary.lastChange),
      }),
    ],
    [text('library.row.holds'), contentsText(text, summary)],
    [
      text('library.row.made'),
      text('library.row.madeValue', {
        when: whenText(text, summary.createdAt),
        version: summary.appVersion,
      }),
    ],
  ];
  if (target) {
    const when =
      target.lastChange === null
        ? text('library.row.nothingSaved')
        : whenText(text, target.lastChange);
    rows.push([
      text('library.row.here'),
      text('library.row.hereValue', { name: utilityName(text, target.name), when }),
    ]);
  }
  return (
    <Table withTableBorder verticalSpacing={4} aria-label={text('library.preview.holds')}>
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
