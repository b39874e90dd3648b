import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useText } from '../../i18n/use-text';
import { MissingSpanishModal } from './MissingSpanishModal';
import type { Exporter } from './use-export';

/**
 * What became of an export, and the questions asked before it: passages a Spanish paper would
 * print in English, and typed text the fonts cannot print.
 */
export function ExportFeedback({ exporter }: { exporter: Exporter }) {
  const { notice, unprintable, spanish } = exporter.state;
  const { exportAnyway: onExportAnyway, goBack: onGoBack, openSaved: onOpenSaved } = exporter;
  const text = useText();
  return (
    <>
      <MissingSpanishModal
        question={spanish}
        onPrintMarked={exporter.printMarked}
        onCancel={exporter.cancelSpanish}
        onWritten={exporter.written}
      />
      <div role="status">
        {notice.kind === 'downloaded' && (
          <Alert color="green" variant="light" title={text('export.downloaded')}>
            {text('export.downloadedAs', { file: notice.fileName })}
          </Alert>
        )}
        {notice.kind === 'saved' && (
          <Alert
            color="green"
            variant="light"
            title={text('export.savedAs', { file: notice.fileName })}
          >
            <Stack gap="sm" align="flex-start">
              <Button onClick={onOpenSaved}>{text('export.open')}</Button>
              {notice.openProblem && <Text>{notice.openProblem}</Text>}
            </Stack>
          </Alert>
        )}
        {notice.kind === 'failed' && (
          <Alert color="red" variant="light" title={text('export.failed')}>
            {notice.message}
          </Alert>
        )}
      </div>
      <Modal
        opened={unprintable !== null}
        onClose={onGoBack}
        title={text('export.unprintable.title')}
        size="lg"
        closeButtonProps={{ 'aria-label': text('export.unprintable.close') }}
        styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
      >
        <Stack gap="md">
          <Text>{text('export.unprintable.intro')}</Text>
          <List spacing="xs">
            {(unprintable ?? []).map((item) => (
              <List.Item key={item.field}>
                <strong>{item.field}:</strong> {item.characters}
              </List.Item>
            ))}
          </List>
          <Text>{text('export.unprintable.choice')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onGoBack}>
              {text('export.unprintable.goBack')}
            </Button>
            <Button onClick={onExportAnyway}>{text('export.unprintable.anyway')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
