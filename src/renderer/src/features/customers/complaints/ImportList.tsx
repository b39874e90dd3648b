import { Button, Group, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { ComplaintImport } from '@shared/domain/customers/complaint-log';
import { plural } from '@shared/domain/numbers/plural';

interface ImportListProps {
  imports: ComplaintImport[];
  onRemove: (importId: string) => Promise<boolean>;
}

const importedAtFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** The files imported so far; one imported with the wrong columns can be taken out again. */
export function ImportList({ imports, onRemove }: ImportListProps) {
  const [asking, setAsking] = useState<ComplaintImport | null>(null);
  const [removing, setRemoving] = useState(false);

  async function confirmRemove() {
    if (!asking) return;
    setRemoving(true);
    const removed = await onRemove(asking.id);
    setRemoving(false);
    if (removed) setAsking(null);
  }

  return (
    <Stack gap="xs">
      <Title order={4}>Files imported</Title>
      {imports.length === 0 ? (
        <Text c="dimmed">No complaint log imported yet.</Text>
      ) : (
        <Table withTableBorder verticalSpacing={6} aria-label="Files imported">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>File</Table.Th>
              <Table.Th>Imported</Table.Th>
              <Table.Th ta="right">Complaints</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {imports.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td style={{ wordBreak: 'break-word' }}>{item.fileName}</Table.Td>
                <Table.Td>{importedAtFormat.format(new Date(item.importedAt))}</Table.Td>
                <Table.Td ta="right">{item.rows.toLocaleString('en-US')}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    variant="subtle"
                    color="red"
                    c="red.9"
                    size="compact-sm"
                    aria-label={`Remove ${item.fileName}`}
                    onClick={() => setAsking(item)}
                  >
                    Remove
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title="Remove this import?"
        centered
      >
        {asking && (
          <Stack gap="md">
            <Text>
              The {plural(asking.rows, 'complaint')} imported from “{asking.fileName}” will be taken
              out of the log, with any topics you chose for them. You can import the file again
              later.
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setAsking(null)} disabled={removing}>
                Keep them
              </Button>
              <Button color="red" onClick={() => void confirmRemove()} loading={removing}>
                Remove {plural(asking.rows, 'complaint')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
