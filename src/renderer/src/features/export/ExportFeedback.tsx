import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { MissingSpanishModal } from './MissingSpanishModal';
import type { Exporter } from './use-export';

/**
 * What became of an export, and the questions asked before it: passages a Spanish paper would
 * print in English, and typed text the fonts cannot print.
 */
export function ExportFeedback({ exporter }: { exporter: Exporter }) {
  const { notice, unprintable, spanish } = exporter.state;
  const { exportAnyway: onExportAnyway, goBack: onGoBack, openSaved: onOpenSaved } = exporter;
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
          <Alert color="green" variant="light" title="Downloaded">
            Downloaded as {notice.fileName}. Find it in the browser’s downloads to open and print
            it.
          </Alert>
        )}
        {notice.kind === 'saved' && (
          <Alert color="green" variant="light" title={`Saved as ${notice.fileName}`}>
            <Stack gap="sm" align="flex-start">
              <Button onClick={onOpenSaved}>Open it to print</Button>
              {notice.openProblem && <Text>{notice.openProblem}</Text>}
            </Stack>
          </Alert>
        )}
        {notice.kind === 'failed' && (
          <Alert color="red" variant="light" title="Could not make the PDF">
            {notice.message}
          </Alert>
        )}
      </div>
      <Modal
        opened={unprintable !== null}
        onClose={onGoBack}
        title="Some characters cannot be printed"
        size="lg"
        closeButtonProps={{ 'aria-label': 'Go back without exporting' }}
        styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 700 } }}
      >
        <Stack gap="md">
          <Text>
            The PDF’s letters cannot draw these characters. They would be left out of the printed
            copy:
          </Text>
          <List spacing="xs">
            {(unprintable ?? []).map((item) => (
              <List.Item key={item.field}>
                <strong>{item.field}:</strong> {item.characters}
              </List.Item>
            ))}
          </List>
          <Text>Go back to change the wording, or export without them.</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onGoBack}>
              Go back
            </Button>
            <Button onClick={onExportAnyway}>Export anyway</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
