import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { ExportState } from './use-export';

interface ExportFeedbackProps {
  state: ExportState;
  onExportAnyway: () => void;
  onGoBack: () => void;
  onOpenSaved: () => void;
}

/** What became of an export, and the question asked when some typed text cannot be printed. */
export function ExportFeedback({
  state,
  onExportAnyway,
  onGoBack,
  onOpenSaved,
}: ExportFeedbackProps) {
  const { notice, unprintable } = state;
  return (
    <>
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
