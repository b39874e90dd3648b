import { Button, Group, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { ComplaintImport } from '@shared/domain/customers/complaint-log';
import { formatNumber } from '@shared/domain/numbers/number-text';
import type { Language } from '@shared/domain/printed-date';
import { intlLocale } from '@shared/i18n/intl-locale';
import { useScreenLanguage } from '../../../i18n/use-screen-language';
import { useText } from '../../../i18n/use-text';

interface ImportListProps {
  imports: ComplaintImport[];
  onRemove: (importId: string) => Promise<boolean>;
}

const importedAtFormat = (language: Language) =>
  new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'medium', timeStyle: 'short' });

/** The files imported so far; one imported with the wrong columns can be taken out again. */
export function ImportList({ imports, onRemove }: ImportListProps) {
  const [asking, setAsking] = useState<ComplaintImport | null>(null);
  const [removing, setRemoving] = useState(false);
  const text = useText();
  const language = useScreenLanguage();
  const importedAt = importedAtFormat(language);

  async function confirmRemove() {
    if (!asking) return;
    setRemoving(true);
    const removed = await onRemove(asking.id);
    setRemoving(false);
    if (removed) setAsking(null);
  }

  return (
    <Stack gap="xs">
      <Title order={4}>{text('complaints.imports.title')}</Title>
      {imports.length === 0 ? (
        <Text c="dimmed">{text('complaints.imports.none')}</Text>
      ) : (
        <Table withTableBorder verticalSpacing={6} aria-label={text('complaints.imports.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{text('complaints.imports.file')}</Table.Th>
              <Table.Th>{text('complaints.imports.imported')}</Table.Th>
              <Table.Th ta="right">{text('complaints.imports.complaints')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{text('complaints.imports.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {imports.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td style={{ wordBreak: 'break-word' }}>{item.fileName}</Table.Td>
                <Table.Td>{importedAt.format(new Date(item.importedAt))}</Table.Td>
                <Table.Td ta="right">{formatNumber(item.rows, language)}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    variant="subtle"
                    color="red"
                    c="red.9"
                    size="compact-sm"
                    aria-label={text('complaints.imports.removeLabel', { file: item.fileName })}
                    onClick={() => setAsking(item)}
                  >
                    {text('complaints.imports.remove')}
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
        title={text('complaints.imports.removeTitle')}
        centered
      >
        {asking && (
          <Stack gap="md">
            <Text>
              {text('complaints.imports.removeBody', {
                count: asking.rows,
                file: asking.fileName,
              })}
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setAsking(null)} disabled={removing}>
                {text('complaints.imports.keep')}
              </Button>
              <Button color="red" onClick={() => void confirmRemove()} loading={removing}>
                {text('complaints.imports.removeCount', { count: asking.rows })}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
